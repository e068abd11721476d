import { describe, expect, it } from 'vitest';
import { authorities } from '../../models/index';
import {
	authorityToCsv,
	importAuthorityCsv,
	importAuthorityFile
} from '../../src/lib/authority-import';
import { csvRows, parseCsv } from '../../src/lib/csv';
import { readNumber } from '../../src/lib/import-numbers';
import { anyborough2025 } from './anyborough-2025';

const anyborough = anyborough2025;
const template = authorityToCsv(anyborough);

/** The template with one line's value cell replaced (quoted as a spreadsheet would). */
function withValue(csv: string, id: string, value: string): string {
	const rows = parseCsv(csv).map((r) => (r.cells[1] === id ? r.cells.with(3, value) : r.cells));
	return csvRows(rows);
}

function errorsOf(result: ReturnType<typeof importAuthorityCsv>): string[] {
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.errors;
}

describe('numbers as spreadsheets write them', () => {
	it.each([
		['£2,104.29', 'money', 2104.29],
		['49%', 'fraction', 0.49],
		['4.5%', 'fraction', 0.045],
		['(1,250,000.00)', 'money', -1250000],
		['−3', 'money', -3],
		['-£5', 'money', -5],
		['1 250 000', 'money', 1250000],
		['1,250', 'money', 1250],
		['0.035', 'fraction', 0.035]
	] as const)('reads %s as %s', (text, kind, value) => {
		expect(readNumber(text, kind)).toMatchObject({ ok: true, value });
	});

	it.each([
		['1.250.000,50', 1250000.5],
		['2104,29', 2104.29],
		['0,49', 0.49],
		['1,250,000', 1250000],
		['1.5', 1.5]
	] as const)('with decimal commas, reads %s as %s', (text, value) => {
		expect(readNumber(text, 'money', ',')).toMatchObject({ ok: true, value });
	});

	it.each([
		[
			'1,250',
			'either',
			/could be 1250 or 1\.25: write 1250 without a separator, or 1,25 for the decimal/
		],
		['1.250', 'either', /could be 1250 or 1\.25/],
		['120.5m', '.', /write pounds in full: 120500000, not in m/],
		['£1.5bn', '.', /write pounds in full: 1500000000/],
		['12,34,567', '.', /thousands separators are in the wrong places/],
		['n/a', '.', /value must be a number, found “n\/a”; write it as, for example, 1500000/],
		['(-5)', '.', /both brackets and a sign/]
	] as const)('refuses the ambiguous %s, saying what to write', (text, mark, message) => {
		const read = readNumber(text, 'money', mark);
		expect(read.ok).toBe(false);
		expect(read.ok ? '' : read.message).toMatch(message);
	});

	it('takes a % only for shares and rates, and a £ only for money', () => {
		expect(readNumber('49%', 'money')).toMatchObject({
			ok: false,
			message: /a percentage, but this line is in pounds/
		});
		expect(readNumber('£320000', 'count')).toMatchObject({ ok: false, message: /not in pounds/ });
	});
});

describe('a file as a spreadsheet saves it', () => {
	it('imports £2,104.29, 49% and (1,250,000.00), with a summary of what was read how', () => {
		const district = authorities.find((a) => a.kind === 'shire district')!;
		let csv = authorityToCsv(district);
		const bandD = district.figures.bandDCouncilTax.value;
		csv = withValue(
			csv,
			'bandDCouncilTax',
			`£${bandD.toLocaleString('en-GB', { minimumFractionDigits: 2 })}`
		);
		csv = withValue(csv, 'localShareOfRates', `${district.figures.localShareOfRates.value * 100}%`);
		const topUp = district.figures.topUp.value;
		csv = withValue(
			csv,
			'topUp',
			`(${(-topUp).toLocaleString('en-GB', { minimumFractionDigits: 2 })})`
		);
		const result = importAuthorityCsv(csv);
		expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
		if (!result.ok) return;
		expect(result.authority).toEqual({ ...district, fictional: false });
		const line = (id: string) => parseCsv(csv).find((r) => r.cells[1] === id)!.line;
		expect(result.summary).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					new RegExp(`^£ signs taken off \\(line ${line('bandDCouncilTax')}\\)`)
				),
				expect.stringMatching(
					new RegExp(
						`^percentages read as fractions \\(line ${line('localShareOfRates')}\\): “${district.figures.localShareOfRates.value * 100}%” as ${district.figures.localShareOfRates.value}`
					)
				),
				expect.stringMatching(
					new RegExp(
						`^accounting brackets read as minus \\(line ${line('topUp')}\\): “\\(${(-topUp).toLocaleString('en-GB', { minimumFractionDigits: 2 })}\\)” as ${topUp}`
					)
				)
			])
		);
	});

	it('reads a semicolon-separated file with decimal commas and a byte-order mark', () => {
		const rows = parseCsv(template).map((r) =>
			r.cells.map((c, i) => (i === 3 && /^\d+\.\d+$/.test(c) ? c.replace('.', ',') : c))
		);
		const text = '\uFEFF' + csvRows(rows, ';');
		expect(text.split('\r\n')[0]).toBe(
			'\uFEFFsection;id;label;value;unit;evidence;source or reasoning;note'
		);
		const result = importAuthorityFile(new TextEncoder().encode(text));
		expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
		if (!result.ok) return;
		expect(result.authority).toEqual({ ...anyborough, fictional: false });
		expect(result.summary[0]).toMatch(/byte-order mark/);
		expect(result.summary[1]).toMatch(
			/semicolon-separated .* decimal commas, so a point separates thousands/
		);
		expect(result.summary[2]).toMatch(/^decimal commas read as decimal points \(lines \d+, /);
	});

	it('in a semicolon file, reads 320.000 as its other numbers say', () => {
		const european = parseCsv(template).map((r) =>
			r.cells[1] === 'population'
				? r.cells.with(3, '320.000')
				: r.cells.map((c, i) => (i === 3 && /^0\.\d+$/.test(c) ? c.replace('.', ',') : c))
		);
		const read = importAuthorityCsv(csvRows(european, ';'));
		expect(read).toMatchObject({
			ok: true,
			authority: { figures: { population: { value: 320000 } } }
		});
		// With decimal points elsewhere, the same cell is 320.0: too few people, so refused.
		const english = parseCsv(template).map((r) =>
			r.cells[1] === 'population' ? r.cells.with(3, '320.000') : r.cells
		);
		expect(errorsOf(importAuthorityCsv(csvRows(english, ';')))[0]).toMatch(
			/\(figures\.population\): 320 is outside the plausible range/
		);
	});

	it('refuses an ambiguous 1.250 in a semicolon file that shows both marks, saying what to write', () => {
		const rows = parseCsv(template).map((r) =>
			r.cells[1] === 'population'
				? r.cells.with(3, '320.000')
				: r.cells[1] === 'averageDebtRate'
					? r.cells.with(3, '0,04')
					: r.cells
		);
		const errors = errorsOf(importAuthorityCsv(csvRows(rows, ';')));
		expect(errors).toEqual([
			expect.stringMatching(
				/^line \d+ \(figures\.population\): value must be a number, found “320\.000”: it could be 320000 or 320: write 320000 without a separator/
			)
		]);
	});

	it('refuses a sum in £m, saying what to write in pounds', () => {
		const errors = errorsOf(importAuthorityCsv(withValue(template, 'adultSocialCare', '£120.5m')));
		expect(errors).toEqual([
			expect.stringMatching(
				/\(services\.adultSocialCare\): value must be a number, found “£120\.5m”: write pounds in full: 120500000, not in m$/
			)
		]);
	});

	it('lists the ids an unknown line could have meant, nearest first, and not again as missing', () => {
		const csv = template
			.replace('figures,populationGrowth,', 'figures,populatonGrowth,')
			.replace('services,adultSocialCare,', 'services,adultsocialcar,');
		const errors = errorsOf(importAuthorityCsv(csv));
		expect(errors).toEqual([
			expect.stringMatching(
				/unknown figures line “populatonGrowth”; did you mean populationGrowth\?$/
			),
			expect.stringMatching(
				/unknown services line “adultsocialcar”; did you mean adultSocialCare\?$/
			)
		]);
		const far = errorsOf(
			importAuthorityCsv(template.replace('grants,otherGrants,', 'grants,moonbeams,'))
		);
		expect(far[0]).toMatch(/unknown grants line “moonbeams”; did you mean \w+, \w+ or \w+\?$/);
		const moved = errorsOf(importAuthorityCsv(template.replace('figures,topUp,', 'grants,topUp,')));
		expect(moved[0]).toMatch(
			/“topUp” is a figures line, not grants: write figures in the first cell/
		);
	});
});
