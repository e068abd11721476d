/**
 * Scenario values from outside (URL, API, file), the export formats and the headline sentences.
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { defaultAuthority, parameters } from '../../models/index';
import { csvCell, csvRows, parseCsv } from '../../src/lib/csv';
import {
	baseline,
	changedValues,
	expenditureLineIds,
	expenditureLineLabels,
	headlines,
	incomeLineIds,
	incomeLineLabels,
	parseScenarioValues,
	project,
	projectionToCsv,
	projectionToJson
} from '../../src/lib/engine/index';

const authority = defaultAuthority;
const base = baseline(authority);
const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
const penny = (x: InstanceType<typeof D>) => x.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN);

describe('parseScenarioValues', () => {
	it('accepts valid values and returns them unchanged', () => {
		const values = {
			councilTaxIncrease: 2.99,
			settlementProtection: true,
			multiplierChange: -5,
			feesCostRecovery: 100
		};
		expect(parseScenarioValues(values)).toEqual({ ok: true, values });
		expect(parseScenarioValues({})).toEqual({ ok: true, values: {} });
	});

	it('accepts every parameter at its minimum, maximum and status quo', () => {
		for (const p of parameters) {
			const candidates = p.kind === 'number' ? [p.min, p.max, p.statusQuo] : [true, false];
			for (const value of candidates) {
				expect(parseScenarioValues({ [p.id]: value }), `${p.id} = ${value}`).toEqual({
					ok: true,
					values: { [p.id]: value }
				});
			}
		}
	});

	it('rejects an unknown parameter by name', () => {
		const result = parseScenarioValues({ councilTaxIncrease: 3, unicornTax: 1 });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual(['unknown parameter: unicornTax']);
	});

	it('rejects values out of range, naming the parameter and the limit', () => {
		const result = parseScenarioValues({ councilTaxIncrease: 15.01, touristLevy: -0.1 });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors).toHaveLength(2);
			expect(result.errors).toContainEqual(expect.stringMatching(/^councilTaxIncrease\b.*15/));
			expect(result.errors).toContainEqual(expect.stringMatching(/^touristLevy\b.*0/));
		}
	});

	it('rejects values of the wrong type, naming the parameter', () => {
		const cases: [string, unknown][] = [
			['councilTaxIncrease', '4.99'],
			['councilTaxIncrease', true],
			['touristLevy', null],
			['touristLevy', Number.NaN],
			['touristLevy', Number.POSITIVE_INFINITY],
			['settlementProtection', 1],
			['referendumLimit', 'false']
		];
		for (const [id, value] of cases) {
			const result = parseScenarioValues({ [id]: value });
			expect(result.ok, `${id} = ${String(value)}`).toBe(false);
			if (!result.ok) {
				expect(result.errors.length).toBeGreaterThan(0);
				for (const error of result.errors) expect(error).toContain(id);
			}
		}
	});

	it('rejects something that is not an object', () => {
		for (const input of [null, 42, 'councilTaxIncrease=3', [1, 2]]) {
			expect(parseScenarioValues(input).ok, JSON.stringify(input)).toBe(false);
		}
	});
});

describe('changedValues', () => {
	it('drops values at their status quo and keeps the rest', () => {
		expect(
			changedValues({
				councilTaxIncrease: 4.99,
				touristLevy: 1,
				settlementProtection: false,
				referendumLimit: false,
				businessRatesRetention: 49,
				needsFundingIndex: 110
			})
		).toEqual({ touristLevy: 1, referendumLimit: false, needsFundingIndex: 110 });
	});

	it('of every status quo is empty', () => {
		expect(changedValues(Object.fromEntries(parameters.map((p) => [p.id, p.statusQuo])))).toEqual(
			{}
		);
	});
});

describe('projectionToCsv', () => {
	const projection = project(authority, { values: { touristLevy: 1, multiplierChange: -2 } });
	const csv = projectionToCsv(projection);
	const rows = parseCsv(csv).map((r) => r.cells);
	const [header, ...body] = rows;
	const json = projectionToJson(projection, { touristLevy: 1, multiplierChange: -2 });

	it('has a header and one row per year, 2026/27 to 2036/37 (Anyborough’s base year on)', () => {
		expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(12);
		expect(rows).toHaveLength(12);
		expect(body.map((r) => r[0])).toEqual(json.years.map((y) => y.year));
		expect(body[0][0]).toBe('2026/27');
		expect(body[10][0]).toBe('2036/37');
		for (const row of body) expect(row).toHaveLength(header.length);
	});

	it('has one column per income and expenditure line, with its unit', () => {
		for (const id of incomeLineIds) expect(header).toContain(`${incomeLineLabels[id]} (£)`);
		for (const id of expenditureLineIds)
			expect(header).toContain(`${expenditureLineLabels[id]} (£)`);
		expect(new Set(header).size).toBe(header.length);
		for (const column of header.slice(1))
			expect(column, column).toMatch(/\((£|share|number)\)$|^Flags$/);
	});

	it('carries the same numbers as projectionToJson', () => {
		const column = (label: string) => header.indexOf(label);
		const totals: [string, string][] = [
			['Total income (£)', 'incomeTotal'],
			['Total expenditure (£)', 'expenditureTotal'],
			['Gap (expenditure less income) (£)', 'gap'],
			['Opening usable reserves (£)', 'openingReserves'],
			['Closing usable reserves (£)', 'closingReserves'],
			['Closing general fund (£)', 'closingGeneralFund'],
			['Closing earmarked reserves (£)', 'closingEarmarkedReserves'],
			['Net budget (£)', 'netBudget'],
			['Financing costs (£)', 'financingCosts'],
			['External debt (£)', 'externalDebt'],
			['Band D council tax, council element (£)', 'bandDCouncilTax']
		];
		body.forEach((row, i) => {
			const year = json.years[i] as Record<string, unknown> & {
				income: Record<string, string>;
				expenditure: Record<string, string>;
				bills: { band: string; total: string }[];
			};
			for (const id of incomeLineIds)
				expect(row[column(`${incomeLineLabels[id]} (£)`)], id).toBe(year.income[id]);
			for (const id of expenditureLineIds)
				expect(row[column(`${expenditureLineLabels[id]} (£)`)], id).toBe(year.expenditure[id]);
			for (const [label, key] of totals) expect(row[column(label)], label).toBe(year[key]);
			for (const bill of year.bills)
				expect(row[column(`Band ${bill.band} bill incl. precepts (£)`)]).toBe(bill.total);
			expect(Number(row[column('Children in care (number)')])).toBe(year.childrenInCare);
		});
		// And a number checked by hand: the tourist levy, £871,908.75 a year.
		expect(body[1][column('Tourist levy (£)')]).toBe('871908.75');
	});

	it('writes negative numbers as plain numbers, without an apostrophe', () => {
		const gf = header.indexOf('Closing general fund (£)');
		const negative = body.map((row) => row[gf]).filter((cell) => cell.startsWith('-'));
		expect(negative.length).toBeGreaterThan(0);
		for (const cell of negative) expect(cell).toMatch(/^-\d+\.\d{2}$/);
		// The multiplier cut gives a negative line; it is written raw in the file too.
		const multiplier = header.indexOf('Local business rates multiplier change (£)');
		expect(body[1][multiplier]).toMatch(/^-\d+\.\d{2}$/);
		expect(csv).toContain(`,${body[1][multiplier]},`);
		expect(csv).not.toContain(`'-`);
	});
});

describe('CSV escaping against formula injection', () => {
	it('prefixes text starting with = + - @ with an apostrophe', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+cmd')).toBe(`'+cmd`);
		expect(csvCell('-2+3')).toBe(`'-2+3`);
		expect(csvCell('@SUM(A1:A2)')).toBe(`'@SUM(A1:A2)`);
		expect(csvCell('\t=1')).toBe(`'\t=1`);
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('+44 20')).toBe("'+44 20");
		expect(csvCell('@user')).toBe("'@user");
	});

	it('leaves numbers, negative ones included, and ordinary text alone', () => {
		for (const cell of [
			'-18885062.00',
			'-3',
			'1234.50',
			'2029/30',
			'Adult social care',
			'-11400000',
			'-0.25',
			'+320000'
		])
			expect(csvCell(cell), cell).toBe(cell);
	});

	it('quotes cells with commas, quotes or line breaks, and round-trips', () => {
		expect(csvCell('-11,400,000')).toBe('"-11,400,000"');
		const rows = [
			['a,b', 'say "hi"', 'two\nlines', '-1.50', '=1+1'],
			['x', '', 'y', 'z', 'w']
		];
		const text = csvRows(rows);
		expect(text.startsWith('"a,b","say ""hi""","two\nlines",-1.50,\'=1+1\r\n')).toBe(true);
		expect(parseCsv(text).map((r) => r.cells)).toEqual([
			['a,b', 'say "hi"', 'two\nlines', '-1.50', "'=1+1"],
			['x', '', 'y', 'z', 'w']
		]);
	});
});

describe('headlines', () => {
	const h = headlines(base, base);

	it('says when the baseline’s reserves run out and its gap in 2031/32, in £m', () => {
		expect(h.gapYear).toBe('2031/32');
		expect(h.reservesExhaustedIn).toBe('2028/29');
		expect(h.sentences).toContain('Reserves available to meet the gap run out in 2028/29');
		// The gap in £m to one decimal place, from the year's own figure.
		const m = base.years[5].gap.dividedBy(1e6).toFixed(1);
		expect(h.sentences[0]).toBe(`Gap in 2031/32: £${m}m (baseline £${m}m)`);
	});

	it('gives the Band D bill in 2031/32 including precepts', () => {
		const f = authority.figures;
		let council = new D(f.bandDCouncilTax.value);
		let police = new D(f.policePreceptBandD.value);
		let fire = new D(f.firePreceptBandD.value);
		for (let t = 1; t <= 5; t++) {
			council = penny(council.times('1.0499'));
			police = penny(police.times('1.03'));
			fire = penny(fire.times('1.03'));
		}
		const total = council.plus(police).plus(fire);
		const pounds = `£${total.toNumber().toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
		expect(h.sentences[2]).toBe(`Band D bill in 2031/32: ${pounds} (baseline ${pounds})`);
	});

	it('compares a scenario with the baseline', () => {
		const scenario = project(authority, {
			values: { councilTaxIncrease: 15, referendumLimit: false, needsFundingIndex: 130 }
		});
		const s = headlines(scenario, base).sentences;
		const m = base.years[5].gap.dividedBy(1e6).toFixed(1);
		expect(s[0]).toMatch(new RegExp(`^Surplus in 2031/32: £\\d+\\.\\dm \\(baseline £${m}m\\)$`));
		expect(s[1]).toBe(
			'Reserves available to meet the gap last all ten years (baseline: run out in 2028/29)'
		);
		const later = project(authority, {
			values: { councilTaxIncrease: 10, referendumLimit: false }
		});
		expect(later.reservesExhaustedIn).not.toBe('2028/29');
		expect(headlines(later, base).sentences[1]).toBe(
			`Reserves available to meet the gap run out in ${later.reservesExhaustedIn} (baseline 2028/29)`
		);
	});

	it('lists each flag once with its first year', () => {
		expect(h.flags.map((f) => [f.id, f.firstYear])).toEqual([
			// Earmarked reserves meet the gap until 2028/29's high-needs charge takes the general
			// fund straight past its minimum; MRP on new borrowing passes 10 % of the budget later.
			['reservesExhausted', '2028/29'],
			['prudentialWarning', '2031/32']
		]);
	});
});
