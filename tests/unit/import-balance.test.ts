import { describe, expect, it } from 'vitest';
import { authorityToCsv, importAuthorityCsv } from '../../src/lib/authority-import';
import { csvRows, parseCsv } from '../../src/lib/csv';
import { signConvention } from '../../src/lib/import-balance';
import { anyborough2025 } from './anyborough-2025';

const anyborough = anyborough2025;
const template = authorityToCsv(anyborough);

/** The template with one cell of one line replaced (3 is the value, 6 the source). */
function withCell(csv: string, id: string, value: string, cell = 3): string {
	return csvRows(
		parseCsv(csv).map((r) => (r.cells[1] === id ? r.cells.with(cell, value) : r.cells))
	);
}
const lineOf = (id: string) => parseCsv(template).find((r) => r.cells[1] === id)!.line;

function errorsOf(csv: string): string[] {
	const result = importAuthorityCsv(csv);
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.errors;
}

describe('one round of messages', () => {
	it('names a service line left in £m, together with the other line errors', () => {
		const inMillions = anyborough.services.adultSocialCare.value / 1e6;
		const csv = withCell(
			withCell(template, 'adultSocialCare', String(inMillions)),
			'trustInCouncil',
			'no source',
			6
		);
		const errors = errorsOf(csv);
		expect(errors).toHaveLength(3);
		expect(errors[0]).toMatch(
			new RegExp(
				`^line ${lineOf('trustInCouncil')} \\(figures\\.trustInCouncil\\): the source must read`
			)
		);
		expect(errors[1]).toMatch(
			/^2025\/26 does not balance: income £393,000,000\.00, spending £253,000,140\.00 \(difference −£139,999,860\.00: income is more than spending\)/
		);
		expect(errors[2]).toBe(
			`line ${lineOf('adultSocialCare')} (services.adultSocialCare): 140 looks like £m; write pounds: 140000000, with which the budget balances or nearly does`
		);
	});

	it('shows the officer’s totals beside the model’s, and states the sign convention', () => {
		const [headline] = errorsOf(
			withCell(
				template,
				'centralAndCorporate',
				String(anyborough.services.centralAndCorporate.value + 1e6)
			)
		);
		const services = Object.values(anyborough.services).reduce((t, f) => t + f.value, 0) + 1e6;
		expect(headline).toContain(`Your service lines total £${services.toLocaleString('en-GB')}.00`);
		expect(headline).toContain('the model adds council tax £161,120,000.00 (tax base × Band D)');
		expect(headline).toContain('interest £24,000,000.00 (external debt × average rate)');
		expect(headline).toContain(signConvention);
	});

	it('without a single slip to blame, names the lines nearest the difference', () => {
		const errors = errorsOf(
			withCell(
				template,
				'centralAndCorporate',
				String(anyborough.services.centralAndCorporate.value + 1e6)
			)
		);
		expect(errors).toHaveLength(2);
		expect(errors[1]).toMatch(
			/^lines whose part in the budget is nearest the difference, to check first \(left out, counted twice or the wrong sign\?\): line \d+ \(\w+\.\w+\) £[\d,.]+; /
		);
	});

	it('names a top-up with the wrong sign', () => {
		const errors = errorsOf(withCell(template, 'topUp', String(-anyborough.figures.topUp.value)));
		expect(errors.at(-1)).toBe(
			`line ${lineOf('topUp')} (figures.topUp): ${-anyborough.figures.topUp.value} looks like the wrong sign; write ${anyborough.figures.topUp.value}, with which the budget balances or nearly does`
		);
	});

	it('names a sum in £ thousands', () => {
		const errors = errorsOf(
			withCell(
				template,
				'revenueSupportGrant',
				String(anyborough.grants.revenueSupportGrant.value / 1e3)
			)
		);
		expect(errors.at(-1)).toMatch(
			/\(grants\.revenueSupportGrant\): [\d.]+ looks like £ thousands; write pounds: \d+/
		);
	});

	it('names every line left in £m when several are, by the size of a council of its kind', () => {
		let csv = template;
		for (const id of ['adultSocialCare', 'childrensSocialCare'] as const)
			csv = withCell(csv, id, String(anyborough.services[id].value / 1e6));
		const errors = errorsOf(csv);
		// About what a council of its kind and size spends (the sample of its kind, scaled).
		expect(errors.slice(1)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^line ${lineOf('adultSocialCare')} \\(services\\.adultSocialCare\\): 140 looks like £m \\(a council of this kind and size has about £[\\d,]+\\.00\\); write pounds: 140000000$`
				)
			),
			expect.stringMatching(
				new RegExp(
					`^line ${lineOf('childrensSocialCare')} \\(services\\.childrensSocialCare\\): 78 looks like £m \\(a council of this kind and size has about £[\\d,]+\\.00\\); write pounds: 78000000$`
				)
			)
		]);
	});

	it('checks the balance despite an unreadable line the base year does not use, and not otherwise', () => {
		const inMillions = withCell(template, 'adultSocialCare', '140');
		const unused = errorsOf(withCell(inMillions, 'population', 'lots'));
		expect(unused).toHaveLength(3);
		expect(unused[1]).toMatch(/does not balance/);
		const used = errorsOf(withCell(inMillions, 'councilTaxBase', 'lots'));
		expect(used).toEqual([
			expect.stringMatching(/\(figures\.councilTaxBase\): value must be a number/)
		]);
	});

	it('says nothing of the balance when it balances', () => {
		const errors = errorsOf(withCell(template, 'trustInCouncil', 'no source', 6));
		expect(errors).toHaveLength(1);
	});
});
