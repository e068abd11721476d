/**
 * Gross budgets beside the net service lines (issue 13, item 1): gross expenditure, ringfenced
 * grants and fees and charges for any service, its net derived from them to the penny. A council
 * giving them imports to the same net lines and projection as its net-only file; a net line that
 * disagrees is named with the gross lines and the sum; a grant or fee line without its gross is
 * refused; the gross lines survive every export and import; a file without them reads as before.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	authorities,
	serviceLineIds,
	type Authority,
	type ServiceLineId
} from '../../models/index';
import {
	authorityToCsv,
	importAuthorityCsv,
	importAuthorityJson
} from '../../src/lib/authority-import';
import { parseCsv, csvRows } from '../../src/lib/csv';
import { baseYearImbalance, Decimal, project, projectionToJson } from '../../src/lib/engine/index';
import { authorityToXlsx, importAuthorityUpload } from '../../src/lib/server/authority-xlsx';
import { runs, slow } from './arbitraries';

const fixtureText = readFileSync(
	new URL('../fixtures/import/unitary-gross-grants-fees.csv', import.meta.url),
	'utf8'
);
const unitary = authorities.find((a) => a.kind === 'unitary')!;
const projected = (a: Authority) => projectionToJson(project(a, { values: {} }), {});

function imported(text: string): { authority: Authority; summary: string[] } {
	const result = importAuthorityCsv(text);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result;
}

function errorsOf(text: string): string[] {
	const result = importAuthorityCsv(text);
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.errors;
}

/** The fixture with its rows changed by `edit` (section, id, cells) → cells, or dropped. */
function edited(edit: (cells: string[]) => string[] | undefined): string {
	const rows = parseCsv(fixtureText).flatMap(({ cells }) => {
		const out = edit(cells);
		return out ? [out] : [];
	});
	return csvRows(rows);
}

const lineNumber = (section: string, id: string) =>
	fixtureText.split('\n').findIndex((l) => l.startsWith(`${section},${id},`)) + 1;

describe('a unitary giving gross expenditure, ringfenced grants and fees for some services', () => {
	it('imports, deriving the net lines it leaves out, to the penny', () => {
		const { authority } = imported(fixtureText);
		for (const id of serviceLineIds)
			expect(authority.services[id].value, id).toBe(unitary.services[id].value);
		// Worked by hand: £166,967,961.55 − £14,862,311.00 − £24,310,450.55.
		expect(authority.serviceDetail?.grossExpenditure?.adultSocialCare?.value).toBe(166_967_961.55);
		expect(new Decimal(166_967_961.55).minus(14_862_311).minus(24_310_450.55).toNumber()).toBe(
			authority.services.adultSocialCare.value
		);
		expect(authority.services.adultSocialCare.note).toContain('derived');
		expect(authority.serviceDetail?.ringfencedGrants?.centralAndCorporate?.label).toContain(
			'Housing benefit subsidy'
		);
	});

	it('reproduces the net-only council’s base year and projection exactly', () => {
		const { authority } = imported(fixtureText);
		const base = project(authority, { values: {} }).years[0];
		expect(baseYearImbalance(authority, base).isZero()).toBe(true);
		expect(base.netBudget.toFixed(2)).toBe(
			project(unitary, { values: {} }).years[0].netBudget.toFixed(2)
		);
		expect(projected(authority)).toEqual(projected(unitary));
	});

	it('says in the summary what each gross budget came to', () => {
		const { summary } = imported(fixtureText);
		expect(summary).toContain(
			'adult social care: gross £166,967,961.55 − ringfenced grants £14,862,311.00 − fees and charges £24,310,450.55 = net £127,795,200.00 (the net line derived from them)'
		);
		expect(summary.find((s) => s.startsWith('central and corporate services:'))).toContain(
			'agreeing with the net line given'
		);
	});

	it('keeps the gross lines through CSV, workbook and JSON', async () => {
		const { authority } = imported(fixtureText);
		expect(imported(authorityToCsv(authority)).authority).toEqual(authority);
		const xlsx = await importAuthorityUpload(await authorityToXlsx(authority));
		expect(xlsx.ok && xlsx.authority).toEqual(authority);
		const json = importAuthorityJson(JSON.stringify(authority));
		expect(json.ok && json.authority).toEqual(authority);
	});
});

describe('gross lines that do not add up', () => {
	it('a net line that disagrees names both lines and shows the sum, in one round', () => {
		const text = edited((cells) =>
			cells[0] === 'services' && cells[1] === 'centralAndCorporate'
				? cells.with(3, String(unitary.services.centralAndCorporate.value + 1000))
				: cells
		);
		const errors = errorsOf(text);
		const net = lineNumber('services', 'centralAndCorporate');
		const gross = lineNumber('grossExpenditure', 'centralAndCorporate');
		const mismatch = errors.find((e) => e.startsWith(`line ${net} (services.centralAndCorporate)`));
		expect(mismatch, errors.join('\n')).toBeDefined();
		expect(mismatch).toContain(
			`line ${gross} (grossExpenditure.centralAndCorporate) £87,746,921.87`
		);
		expect(mismatch).toContain(
			`line ${lineNumber('ringfencedGrants', 'centralAndCorporate')} (ringfencedGrants.centralAndCorporate) £58,412,906.37`
		);
		expect(mismatch).toContain(
			`= £${unitary.services.centralAndCorporate.value.toLocaleString('en-GB', { minimumFractionDigits: 2 })}`
		);
		// The model's totals come with it, not in a second round.
		expect(errors.some((e) => e.includes('does not balance'))).toBe(true);
	});

	it('a ringfenced grant or fee line without its gross line is refused by name', () => {
		const text = edited((cells) =>
			cells[0] === 'grossExpenditure' && cells[1] === 'centralAndCorporate' ? undefined : cells
		);
		const errors = errorsOf(text);
		for (const section of ['ringfencedGrants', 'feesAndCharges']) {
			expect(errors).toContain(
				`line ${lineNumber(section, 'centralAndCorporate') - 1} (${section}.centralAndCorporate): this service has no gross expenditure line (grossExpenditure,centralAndCorporate), and its net budget is derived as gross − ringfenced grants − fees and charges: add the gross line, or leave this line out and give the net budget alone`
			);
		}
	});

	it('a derived service with neither gross nor net is missing', () => {
		const text = edited((cells) =>
			cells[0] === 'grossExpenditure' && cells[1] === 'cultureLeisureAndPlanning'
				? undefined
				: cells
		);
		expect(errorsOf(text)).toContain('missing line: services.cultureLeisureAndPlanning');
	});

	it('a gross line that cannot be read is named once, not again as a mismatch or missing', () => {
		const text = edited((cells) =>
			cells[0] === 'feesAndCharges' && cells[1] === 'adultSocialCare'
				? cells.with(3, 'lots')
				: cells
		);
		const errors = errorsOf(text).filter((e) => e.startsWith('line') || e.startsWith('missing'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			/^line \d+ \(feesAndCharges\.adultSocialCare\): value must be a number, found “lots”/
		);
	});

	it('JSON whose net disagrees with its gross names the path', () => {
		const { authority } = imported(fixtureText);
		const bad = {
			...authority,
			services: {
				...authority.services,
				adultSocialCare: { ...authority.services.adultSocialCare, value: 1 }
			}
		};
		const result = importAuthorityJson(JSON.stringify(bad));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors.join('\n')).toContain(
			'services.adultSocialCare.value: the net budget £1.00 is not gross expenditure less ringfenced grants and fees and charges: £166,967,961.55 − £14,862,311.00 − £24,310,450.55 = £127,795,200.00'
		);
	});
});

describe('files without gross lines', () => {
	it('every sample’s template imports to the same authority, with no gross lines', () => {
		for (const sample of authorities) {
			const { authority } = imported(authorityToCsv(sample));
			expect('serviceDetail' in authority, sample.id).toBe(false);
			expect(projected(authority)).toEqual(projected(sample));
		}
	});
});

/** Pence, so every split is to the penny. */
const pence = (max: number) => fc.integer({ min: 0, max }).map((p) => new Decimal(p).div(100));

describe('property: any gross ≥ ringfenced + fees split of a sample’s net services', () => {
	it(
		'imports to the same projection as the net-only file, with or without the net lines',
		slow(),
		() => {
			const samples = fc.constantFrom(...authorities);
			const split = fc.record({
				ringfenced: pence(200_000_000_00),
				fees: pence(200_000_000_00),
				keepNet: fc.boolean(),
				given: fc.boolean()
			});
			fc.assert(
				fc.property(
					samples,
					fc.array(split, { minLength: serviceLineIds.length, maxLength: serviceLineIds.length }),
					(sample, splits) => {
						const gross: Record<string, Authority['services'][ServiceLineId]> = {};
						const ringfenced: typeof gross = {};
						const fees: typeof gross = {};
						const dropped = new Set<string>();
						serviceLineIds.forEach((id, i) => {
							const net = sample.services[id];
							const s = splits[i];
							// Only a net of 0 or more is gross less grants and fees, each 0 or more.
							if (!s.given || net.value < 0) return;
							const figure = (value: Decimal) => ({ ...net, value: value.toNumber() });
							gross[id] = figure(s.ringfenced.plus(s.fees).plus(net.value));
							ringfenced[id] = figure(s.ringfenced);
							fees[id] = figure(s.fees);
							if (!s.keepNet) dropped.add(id);
						});
						const withGross: Authority = {
							...sample,
							serviceDetail: {
								grossExpenditure: gross,
								ringfencedGrants: ringfenced,
								feesAndCharges: fees
							}
						};
						const rows = parseCsv(authorityToCsv(withGross))
							.map(({ cells }) => cells)
							.filter(([section, id]) => !(section === 'services' && dropped.has(id)));
						const result = importAuthorityCsv(csvRows(rows));
						if (!result.ok) throw new Error(result.errors.join('\n'));
						for (const id of serviceLineIds)
							expect(result.authority.services[id].value).toBe(sample.services[id].value);
						expect(projected(result.authority)).toEqual(projected(sample));
					}
				),
				{ numRuns: runs(30) }
			);
		}
	);
});
