/**
 * Model 2027.2 by hand and as properties: social care overspends re-based into the first
 * projected year, packaging EPR, the LGPS valuations, MRP on new borrowing by asset life, and
 * the cash behind reserves (internal borrowing). Examples are worked from the declared figures;
 * the properties hold for any sample council and any scenario in range.
 */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorities, authorityById, parametersFor, type Authority } from '../../models/index';
import { importAuthorityFile } from '../../src/lib/authority-import';
import {
	baseline,
	project,
	type Projection,
	type ScenarioValues
} from '../../src/lib/engine/index';
import { forLowAndHigh, numberParameter, steppedValue } from './arbitraries';

const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
const penny = (x: InstanceType<typeof D>) => x.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN);
const anyborough = authorityById.get('anyborough')!;
const slow = { timeout: 60_000 };

const run = (authority: Authority, values: ScenarioValues) => project(authority, { values });

/** `line` in `less` is never above `line` in `more`, in any year from `from` to the last. */
function expectNeverAbove(
	less: Projection,
	more: Projection,
	line: keyof Projection['years'][number]['expenditure'],
	from: number
) {
	for (let y = from; y <= 10; y++)
		expect(less.years[y].expenditure[line].lessThanOrEqualTo(more.years[y].expenditure[line])).toBe(
			true
		);
}

describe('re-basing the base year’s social care overspend', () => {
	const base = baseline(anyborough);
	const none = run(anyborough, { adultCareOverspend: 0, childrenCareOverspend: 0 });

	it('adds 2.9 % to adult care and 9.9 % to children’s care in the first projected year', () => {
		const ratio = (a: { toString(): string }, b: { toString(): string }) =>
			new D(a.toString()).dividedBy(b.toString()).toNumber();
		expect(
			ratio(base.years[1].expenditure.adultSocialCare, none.years[1].expenditure.adultSocialCare)
		).toBeCloseTo(1.029, 9);
		expect(
			ratio(
				base.years[1].expenditure.childrensSocialCare,
				none.years[1].expenditure.childrensSocialCare
			)
		).toBeCloseTo(1.099, 9);
	});

	it('raises Anyborough’s 2027/28 gap by the overspend built in: about £13m', () => {
		const added = base.years[1].gap.minus(none.years[1].gap).toNumber();
		const adult = none.years[1].expenditure.adultSocialCare.toNumber() * 0.029;
		const children = none.years[1].expenditure.childrensSocialCare.toNumber() * 0.099;
		expect(added).toBeCloseTo(adult + children, -1); // to the nearest £10 (penny rounding)
		expect(added).toBeGreaterThan(12_000_000);
		expect(added).toBeLessThan(14_000_000);
	});

	it('builds in only the share re-based: half of it at 50 %', () => {
		const half = run(anyborough, { overspendRebasedShare: 50 });
		expect(
			new D(half.years[1].expenditure.adultSocialCare.toString())
				.dividedBy(none.years[1].expenditure.adultSocialCare.toString())
				.toNumber()
		).toBeCloseTo(1.0145, 9);
	});

	it('does not apply to a district, which runs no social care', () => {
		const district = authorities.find((a) => a.kind === 'shire district')!;
		for (const id of ['adultCareOverspend', 'childrenCareOverspend', 'overspendRebasedShare'])
			expect(parametersFor(district).find((p) => p.id === id)!.notApplicable, id).toBeTruthy();
	});

	it('re-bases once: from year 2, care grows at the same rate whatever the overspend', slow, () => {
		forLowAndHigh('adultCareOverspend', 25, ({ authority, values, low, high }) => {
			const a = run(authority, { ...values, adultCareOverspend: low });
			const b = run(authority, { ...values, adultCareOverspend: high });
			// A bigger overspend never lowers the first projected year's gap,
			expect(b.years[1].gap.greaterThanOrEqualTo(a.years[1].gap)).toBe(true);
			// and later years are the same level shift, grown (to within penny rounding).
			const shift = (y: number) =>
				b.years[y].expenditure.adultSocialCare
					.dividedBy(a.years[y].expenditure.adultSocialCare)
					.toNumber();
			for (let y = 2; y <= 10; y++) expect(shift(y)).toBeCloseTo(shift(1), 8);
		});
	});
});

describe('packaging extended producer responsibility', () => {
	it(
		'keeps the base year as set, and a slower-growing payment never lowers the waste line',
		slow,
		() => {
			forLowAndHigh('packagingEprGrowth', 25, ({ authority, values, low, high }) => {
				const slower = run(authority, { ...values, packagingEprGrowth: low });
				const faster = run(authority, { ...values, packagingEprGrowth: high });
				expect(slower.years[0].expenditure.environmentAndWaste.toString()).toBe(
					String(authority.services.environmentAndWaste.value)
				);
				expectNeverAbove(faster, slower, 'environmentAndWaste', 1);
			});
		}
	);

	it('covers a different share of waste costs by kind: collection, disposal or both', () => {
		const share = (kind: string) =>
			numberParameter(
				authorities.find((a) => a.kind === kind)!,
				'packagingEprShareOfWaste'
			).statusQuo;
		expect(share('metropolitan borough')).toBe(20);
		expect(share('shire district')).toBe(25);
		expect(share('shire county')).toBe(15);
	});
});

describe('the LGPS valuations', () => {
	it(
		'change nothing for a 2026/27 budget, which already has the 2025 valuation’s rates',
		slow,
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...authorities),
					fc.integer({ min: 0, max: 30 }),
					(authority, steps) => {
						const p = numberParameter(authority, 'pensionRateReset2026');
						const moved = run(authority, { pensionRateReset2026: steppedValue(p, steps) });
						expect(moved.years.map((y) => y.gap.toString())).toEqual(
							baseline(authority).years.map((y) => y.gap.toString())
						);
					}
				),
				{ numRuns: 15 }
			);
		}
	);

	it('lower a 2025/26 budget’s staff costs in 2026/27: Oldham’s central costs by 1.35 %', () => {
		const bytes = readFileSync(new URL('../fixtures/oldham-2025.json', import.meta.url));
		const imported = importAuthorityFile(new Uint8Array(bytes));
		if (!imported.ok) throw new Error('Oldham fixture');
		const oldham = imported.authority;
		const withReset = baseline(oldham);
		const without = run(oldham, { pensionRateReset2026: 0 });
		const ratio = withReset.years[1].expenditure.centralAndCorporate
			.dividedBy(without.years[1].expenditure.centralAndCorporate)
			.toNumber();
		expect(ratio).toBeCloseTo(1 - 0.45 * 0.03, 8);
		// From 2027/28 the lines grow at the same rate again.
		const later = withReset.years[2].expenditure.centralAndCorporate
			.dividedBy(without.years[2].expenditure.centralAndCorporate)
			.toNumber();
		expect(later).toBeCloseTo(ratio, 8);
	});

	it('apply the 2028 valuation’s change from 2029/30, the samples’ fourth projected year', () => {
		const up = run(anyborough, { pensionRateReset2029: 2 });
		const base = baseline(anyborough);
		for (let y = 0; y <= 2; y++)
			expect(up.years[y].gap.toString()).toBe(base.years[y].gap.toString());
		const ratio = up.years[3].expenditure.centralAndCorporate
			.dividedBy(base.years[3].expenditure.centralAndCorporate)
			.toNumber();
		expect(ratio).toBeCloseTo(1 + 0.45 * 0.02, 8);
	});
});

describe('MRP on new borrowing by asset life', () => {
	it('repays Anyborough’s £30m a year over 25 years from the year after', () => {
		const base = baseline(anyborough);
		const f = anyborough.figures;
		const cfr = new D(f.capitalFinancingRequirement.value);
		const rate = new D(f.minimumRevenueProvisionRate.value);
		const legacy1 = cfr.minus(cfr.times(rate));
		const legacy2 = legacy1.minus(legacy1.times(rate));
		const programme = new D(f.capitalProgrammeBorrowing.value);
		expect(base.years[1].expenditure.minimumRevenueProvision.toString()).toBe(
			penny(cfr.times(rate)).toString()
		);
		expect(base.years[2].expenditure.minimumRevenueProvision.toString()).toBe(
			penny(legacy1.times(rate).plus(programme.dividedBy(25))).toString()
		);
		expect(base.years[3].expenditure.minimumRevenueProvision.toString()).toBe(
			penny(legacy2.times(rate).plus(programme.times(2).dividedBy(25))).toString()
		);
	});

	it(
		'a longer asset life never raises MRP, and never changes the first projected year',
		slow,
		() => {
			forLowAndHigh('newBorrowingAssetLife', 25, ({ authority, values, low, high }) => {
				// Without exceptional support: its own MRP follows the gaps, and a longer asset life
				// repays debt more slowly, so later interest, gaps and support can rightly be higher.
				const without = { ...values, exceptionalSupport: false };
				const short = run(authority, { ...without, newBorrowingAssetLife: low });
				const long = run(authority, { ...without, newBorrowingAssetLife: high });
				expect(long.years[1].expenditure.minimumRevenueProvision.toString()).toBe(
					short.years[1].expenditure.minimumRevenueProvision.toString()
				);
				expectNeverAbove(long, short, 'minimumRevenueProvision', 2);
			});
		}
	);
});

describe('the cash behind reserves (internal borrowing)', () => {
	it('starts from the base year’s own interest, so the first projected year does not jump', () => {
		for (const authority of authorities) {
			const p = baseline(authority);
			expect(p.years[1].income.investmentIncome.toString(), authority.id).toBe(
				p.years[0].income.investmentIncome.toString()
			);
		}
	});

	it(
		'earns less, never more, when the council spends more, and never goes below zero',
		slow,
		() => {
			forLowAndHigh('adultCareDemandGrowth', 25, ({ authority, values, low, high }) => {
				const lean = run(authority, { ...values, adultCareDemandGrowth: low });
				const costly = run(authority, { ...values, adultCareDemandGrowth: high });
				for (let y = 1; y <= 10; y++) {
					const earned = costly.years[y].income.investmentIncome;
					expect(earned.isNegative()).toBe(false);
					expect(earned.lessThanOrEqualTo(lean.years[y].income.investmentIncome)).toBe(true);
					// What reserves no longer back is borrowed: debt never falls as spending rises.
					expect(
						costly.years[y].externalDebt.greaterThanOrEqualTo(lean.years[y].externalDebt)
					).toBe(true);
				}
			});
		}
	);
});
