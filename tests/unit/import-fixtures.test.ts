/**
 * Budgets in the shapes officers' spreadsheets save them (tests/fixtures/import/, made by
 * make-fixtures.ts from the samples): each imports and reproduces its council, or fails with
 * one round of messages naming its lines; and any template filled with in-range values either
 * imports or fails with messages that name lines.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorities, authorityRules, type FigureRule } from '../../models/index';
import { authorityToCsv, importAuthorityCsv } from '../../src/lib/authority-import';
import { csvRows, parseCsv } from '../../src/lib/csv';
import { baseline, baseYearImbalance } from '../../src/lib/engine/index';
import { importAuthorityUpload } from '../../src/lib/server/authority-xlsx';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const byKind = (kind: string) => authorities.find((a) => a.kind === kind)!;

async function imported(name: string) {
	const result = await importAuthorityUpload(fixture(name));
	expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
	if (!result.ok) throw new Error('not imported');
	return result;
}

/** The same base year and the same ten years, to the penny. */
function reproduces(authority: (typeof authorities)[number], sample: (typeof authorities)[number]) {
	const ours = baseline(authority).years;
	const theirs = baseline(sample).years;
	expect(ours[0].gap.isZero()).toBe(true);
	expect(ours.map((y) => y.closingReserves.toFixed(2))).toEqual(
		theirs.map((y) => y.closingReserves.toFixed(2))
	);
}

describe('budgets as spreadsheets save them', () => {
	it('a met typed into UK Excel (£, thousands, %, a byte-order mark) imports and reproduces', async () => {
		const met = byKind('metropolitan borough');
		const { authority, summary } = await imported('met-uk-excel.csv');
		expect(authority).toEqual({
			...met,
			id: 'northby',
			name: 'Northby Metropolitan Borough Council',
			fictional: false
		});
		reproduces(authority, met);
		expect(summary[0]).toMatch(/byte-order mark/);
		expect(summary.some((s) => /^£ signs taken off \(lines /.test(s))).toBe(true);
		expect(summary.some((s) => /^percentages read as fractions \(lines /.test(s))).toBe(true);
	});

	it('a district with a tariff from European-locale Excel (semicolons, 1.234.567, 0,035) imports', async () => {
		const district = byKind('shire district');
		const { authority, summary } = await imported('district-european-excel.csv');
		expect(authority).toEqual({ ...district, name: 'Westvale District Council', fictional: false });
		expect(authority.figures.topUp.value).toBeLessThan(0);
		reproduces(authority, district);
		expect(summary[0]).toMatch(/semicolon-separated .* decimal commas/);
	});

	it('a county as a workbook, with sums pasted as text and a share formatted 0%, imports', async () => {
		const county = byKind('shire county');
		const { authority, summary } = await imported('county-workbook.xlsx');
		expect(authority).toEqual({ ...county, name: 'Eastshire County Council', fictional: false });
		reproduces(authority, county);
		expect(summary).toEqual([
			expect.stringMatching(/^read from the Excel workbook/),
			expect.stringMatching(/^£ signs taken off \(lines \d+ and \d+\)/),
			expect.stringMatching(/^thousands separators taken out/)
		]);
	});

	it('a met with a service left in £m gets one round of messages naming that line', async () => {
		const result = await importAuthorityUpload(fixture('met-service-in-millions.csv'));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(2);
		const pounds = byKind('metropolitan borough').services.adultSocialCare.value;
		expect(result.errors[0]).toMatch(/^2026\/27 does not balance/);
		expect(result.errors[1]).toMatch(
			new RegExp(
				`^line \\d+ \\(services\\.adultSocialCare\\): ${pounds / 1e6} looks like £m; write pounds: ${pounds}`
			)
		);
	});
});

/** A value anywhere in a rule's range, written as the template writes numbers. */
function inRange(rule: FigureRule): fc.Arbitrary<string> {
	const whole = !/rate|share/.test(rule.unit) && !rule.unit.startsWith('gbp');
	if (whole) return fc.integer({ min: Math.ceil(rule.min), max: Math.floor(rule.max) }).map(String);
	if (rule.unit.startsWith('gbp'))
		return fc.integer({ min: rule.min * 100, max: rule.max * 100 }).map((p) => String(p / 100));
	return fc
		.double({ min: rule.min, max: rule.max, noNaN: true, noDefaultInfinity: true })
		.map((v) => String(Number(v.toFixed(6))));
}

const lineErrorPattern = /(^|\s|\()line \d+|^missing line: /;

describe('any template filled with in-range values', { timeout: 60_000 }, () => {
	it('imports, or fails with messages that each name lines', () => {
		const templates = authorities.map((a) => parseCsv(authorityToCsv(a)).map((r) => r.cells));
		const numbered = templates.map((rows) =>
			rows.flatMap((cells, i) => {
				const rule = (authorityRules as Record<string, Record<string, FigureRule>>)[cells[0]]?.[
					cells[1]
				];
				return rule ? [{ row: i, rule }] : [];
			})
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: authorities.length - 1 }).chain((which) =>
					fc.tuple(
						fc.constant(which),
						fc.array(fc.option(fc.constant(null), { freq: 3 }), {
							minLength: numbered[which].length,
							maxLength: numbered[which].length
						}),
						fc.tuple(...numbered[which].map(({ rule }) => inRange(rule)))
					)
				),
				([which, keep, values]) => {
					// Some lines keep the sample's value, the rest take any value in range.
					const rows = templates[which].map((cells) => [...cells]);
					numbered[which].forEach(({ row }, i) => {
						if (keep[i] === null) rows[row][3] = values[i];
					});
					const result = importAuthorityCsv(csvRows(rows));
					if (result.ok) {
						const base = baseline(result.authority).years[0];
						expect(baseYearImbalance(result.authority, base).isZero()).toBe(true);
						return;
					}
					for (const error of result.errors) {
						const isHeadline = /^\d{4}\/\d{2} does not balance/.test(error);
						if (isHeadline) continue;
						expect(error).toMatch(lineErrorPattern);
					}
					// An unbalanced budget always comes with lines to look at first.
					if (result.errors.some((e) => /does not balance/.test(e)))
						expect(result.errors.filter((e) => lineErrorPattern.test(e)).length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 25 }
		);
	});

	it('moving money between two service lines always imports and still balances', () => {
		const met = byKind('metropolitan borough');
		const csv = authorityToCsv(met);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20_000_000 }), (pounds) => {
				const rows = parseCsv(csv).map(({ cells }) =>
					cells[1] === 'adultSocialCare'
						? cells.with(3, String(met.services.adultSocialCare.value - pounds))
						: cells[1] === 'highwaysAndTransport'
							? cells.with(
									3,
									`£${(met.services.highwaysAndTransport.value + pounds).toLocaleString('en-GB')}`
								)
							: cells
				);
				const result = importAuthorityCsv(csvRows(rows));
				expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
			}),
			{ numRuns: 20 }
		);
	});
});
