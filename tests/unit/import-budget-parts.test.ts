/**
 * The optional parts of a published budget (issue 13, item 1): a collection fund surplus or
 * deficit, a planned use of reserves, a pool gain or levy, combined-authority levies, and the
 * adult social care and parish precepts at Band D. A met in a 100 % retention area with a
 * deficit and a draw on reserves, and a district with parishes in a pool, import and balance to
 * the penny; the lines keep any base year balanced; a file without them is read as before.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	authorities,
	budgetPartFigureIds,
	type Authority,
	type BudgetPartFigureId
} from '../../models/index';
import { authorityToCsv, importAuthorityCsv } from '../../src/lib/authority-import';
import { csvRows, parseCsv } from '../../src/lib/csv';
import {
	baseYearImbalance,
	checkAuthority,
	Decimal,
	project,
	projectionToJson
} from '../../src/lib/engine/index';
import { importAuthorityUpload } from '../../src/lib/server/authority-xlsx';
import { runs, slow } from './arbitraries';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const byKind = (kind: string) => authorities.find((a) => a.kind === kind)!;
const pounds = (n: Decimal) => n.toFixed(2);

async function imported(name: string) {
	const result = await importAuthorityUpload(fixture(name));
	expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
	if (!result.ok) throw new Error('not imported');
	return result.authority;
}

/** The authority with some of its budget-part lines set. */
function withParts(
	authority: Authority,
	parts: Partial<Record<BudgetPartFigureId, number>>
): Authority {
	const figures = { ...authority.figures };
	for (const [id, value] of Object.entries(parts) as [BudgetPartFigureId, number][])
		figures[id] = { ...figures[id], value };
	return { ...authority, figures };
}

describe('a met keeping 99 % of its rates, with a collection fund deficit and a draw on reserves', () => {
	it('imports, and its base year balances to the penny with the draw', async () => {
		const met = await imported('met-99-percent-deficit-reserves.csv');
		const f = met.figures;
		expect(f.localShareOfRates.value).toBe(0.99);
		expect(f.collectionFundSurplus.value).toBe(-1_850_000);
		expect(f.plannedUseOfReserves.value).toBe(4_200_000);
		expect(f.combinedAuthorityLevy.value).toBe(16_380_000);

		const base = project(met, { values: {} }).years[0];
		// Each line as the balancing rule in docs/import.md writes it, worked by hand.
		const councilTax = new Decimal(f.councilTaxBase.value)
			.times(f.bandDCouncilTax.value)
			.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
		const rates = new Decimal(f.businessRatesCollectable.value)
			.times(0.99)
			.plus(f.topUp.value)
			.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
		expect(pounds(base.income.councilTax)).toBe(councilTax.toFixed(2));
		expect(pounds(base.income.businessRates)).toBe(rates.toFixed(2));
		expect(pounds(base.income.collectionFundSurplus)).toBe('-1850000.00');
		expect(pounds(base.expenditure.combinedAuthorityLevy)).toBe('16380000.00');

		// spending − income = planned use of reserves, to the penny; the draw leaves reserves.
		expect(pounds(base.expenditureTotal.minus(base.incomeTotal))).toBe('4200000.00');
		expect(baseYearImbalance(met, base).isZero()).toBe(true);
		expect(pounds(base.reservesUsed)).toBe('4200000.00');
		expect(pounds(base.exceptionalSupport)).toBe('0.00');
		expect(pounds(base.openingReserves.minus(base.closingReserves))).toBe('4200000.00');
		// The deficit is in the net budget it reduces.
		expect(pounds(base.netBudget)).toBe(
			pounds(
				base.income.councilTax
					.plus(base.income.businessRates)
					.plus(base.income.businessRatesSafetyNet)
					.plus(base.income.localMultiplierIncome)
					.plus(base.income.revenueSupportGrant)
					.plus(base.income.socialCareGrant)
					.plus(base.income.improvedBetterCareFund)
					.plus(base.income.recoveryGrant)
					.plus(base.income.otherGrants)
					.plus(base.income.settlementAdjustment)
					.plus(base.income.collectionFundSurplus)
			)
		);
	});

	it('takes the deficit once, and the levy on with prices, in the years after', async () => {
		const met = await imported('met-99-percent-deficit-reserves.csv');
		const years = project(met, { values: {} }).years;
		for (const year of years.slice(1))
			expect(year.income.collectionFundSurplus.isZero()).toBe(true);
		const cpi = project(met, { values: {} }).values.cpiInflation as number;
		expect(pounds(years[1].expenditure.combinedAuthorityLevy)).toBe(
			new Decimal(16_380_000)
				.times(1 + cpi / 100)
				.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
				.toFixed(2)
		);
		// Every year's reserves follow from the last: opening = last year's closing.
		for (let t = 1; t < years.length; t++)
			expect(pounds(years[t].openingReserves)).toBe(pounds(years[t - 1].closingReserves));
	});

	it('says in the import summary what the parts do', async () => {
		const result = await importAuthorityUpload(fixture('met-99-percent-deficit-reserves.csv'));
		if (!result.ok) throw new Error(result.errors.join('\n'));
		expect(result.summary).toEqual(
			expect.arrayContaining([
				'the base year includes a collection fund deficit of £1,850,000.00 (this year only) and combined-authority levies of £16,380,000.00 (spending)',
				'the base year balances with a planned draw on reserves of £4,200,000.00',
				'the adult social care precept, £318.62 at Band D, is shown within the council’s charge on the bills'
			])
		);
	});

	it('shows the adult social care precept within Band D on its bills', async () => {
		const met = await imported('met-99-percent-deficit-reserves.csv');
		const [base, next] = project(met, { values: {} }).years;
		const d = base.bills.find((b) => b.band === 'D')!;
		expect(pounds(d.adultSocialCare)).toBe('318.62');
		expect(pounds(d.council)).toBe(met.figures.bandDCouncilTax.value.toFixed(2));
		// Within the council's charge, not added to the bill.
		expect(pounds(d.total)).toBe(pounds(d.council.plus(d.police).plus(d.fire).plus(d.other)));
		const a = base.bills.find((b) => b.band === 'A')!;
		expect(pounds(a.adultSocialCare)).toBe(
			new Decimal(318.62).times(6).dividedBy(9).toDecimalPlaces(2).toFixed(2)
		);
		// It keeps its share of the Band D charge as that rises.
		const nextD = next.bills.find((b) => b.band === 'D')!;
		expect(nextD.adultSocialCare.dividedBy(nextD.council).toNumber()).toBeCloseTo(
			318.62 / met.figures.bandDCouncilTax.value,
			5
		);
	});

	it('with its draw written in £ thousands, names that line', async () => {
		const text = new TextDecoder().decode(fixture('met-99-percent-deficit-reserves.csv'));
		const changed = text.replace(
			/^(figures,plannedUseOfReserves,[^,]*,)"£4,200,000\.00"/m,
			'$14200'
		);
		expect(changed).not.toBe(text);
		const result = importAuthorityCsv(changed);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatch(
			/^2026\/27 does not balance: income £[\d,.]+ with planned use of reserves £4,200\.00, spending .*spending is more than income and the planned use of reserves\)/
		);
		expect(result.errors).toContainEqual(
			expect.stringMatching(
				/^line \d+ \(figures\.plannedUseOfReserves\): 4200 looks like £ thousands; write pounds: 4200000/
			)
		);
	});
});

describe('a district with parishes, in a business rates pool', () => {
	it('imports; the pool gain goes to reserves and the parish precept is on the bills only', async () => {
		const district = await imported('district-parishes-pool.csv');
		const sample = byKind('shire district');
		const [base] = project(district, { values: {} }).years;
		const [sampleBase] = project(sample, { values: {} }).years;
		expect(pounds(base.income.businessRatesPoolGain)).toBe('1240000.00');
		expect(pounds(base.gap)).toBe('-1240000.00');
		expect(pounds(base.closingReserves.minus(base.openingReserves))).toBe('1240000.00');
		// The parishes' money is not the council's: its spending is the sample's.
		expect(pounds(base.expenditureTotal)).toBe(pounds(sampleBase.expenditureTotal));
		const d = base.bills.find((b) => b.band === 'D')!;
		const sampleD = sampleBase.bills.find((b) => b.band === 'D')!;
		expect(pounds(d.parish)).toBe('84.27');
		expect(pounds(d.total)).toBe(pounds(sampleD.total.plus(84.27)));
		expect(pounds(d.adultSocialCare)).toBe('0.00');
	});

	it('refuses an adult social care precept, which a district does not levy', () => {
		const result = checkAuthority(
			withParts(byKind('shire district'), { adultSocialCarePreceptBandD: 50 })
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toContainEqual(
			expect.stringMatching(
				/^figures\.adultSocialCarePreceptBandD\.value: .*runs no adult social care/
			)
		);
	});

	it('refuses an adult social care precept larger than the Band D it is part of', () => {
		const met = byKind('metropolitan borough');
		const csv = parseCsv(authorityToCsv(met)).map(({ cells }) =>
			cells[1] === 'adultSocialCarePreceptBandD' ? cells.with(3, '999') : cells
		);
		const bandD = met.figures.bandDCouncilTax.value;
		const big = importAuthorityCsv(csvRows(csv));
		if (bandD >= 999) return;
		expect(big.ok).toBe(false);
		if (big.ok) return;
		expect(big.errors).toContainEqual(
			expect.stringMatching(
				/^line \d+ \(figures\.adultSocialCarePreceptBandD\): .*cannot be more than it/
			)
		);
	});
});

const cents = (min: number, max: number) =>
	fc.integer({ min: min * 100, max: max * 100 }).map((p) => p / 100);

describe('the optional lines keep any base year balanced', slow(60_000), () => {
	it('a surplus or deficit, a pool gain or levy and a levy, met by the planned use of reserves, balance to the penny', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...authorities),
				cents(-20_000_000, 20_000_000),
				cents(-5_000_000, 5_000_000),
				cents(0, 40_000_000),
				(sample, surplus, poolGain, levy) => {
					// What the parts add to spending less income, met by reserves as planned.
					const planned = new Decimal(levy).minus(surplus).minus(poolGain).toNumber();
					const authority = withParts(sample, {
						collectionFundSurplus: surplus,
						businessRatesPoolGain: poolGain,
						combinedAuthorityLevy: levy,
						plannedUseOfReserves: planned
					});
					const check = checkAuthority(authority);
					expect(check.ok, check.ok ? '' : check.problems.join('\n')).toBe(true);
					const base = project(authority, { values: {} }).years[0];
					const sampleBase = project(sample, { values: {} }).years[0];
					expect(baseYearImbalance(authority, base).isZero()).toBe(true);
					expect(pounds(base.openingReserves.minus(base.closingReserves))).toBe(
						new Decimal(planned).toFixed(2)
					);
					// The core lines are untouched: only the parts' own lines differ.
					expect(pounds(base.income.councilTax)).toBe(pounds(sampleBase.income.councilTax));
					expect(pounds(base.expenditure.interest)).toBe(pounds(sampleBase.expenditure.interest));
				}
			),
			{ numRuns: runs(40) }
		);
	});

	it('the precepts at Band D change the bills and nothing in the budget', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...authorities.filter((a) => a.kind !== 'shire district')),
				cents(0, 400),
				cents(0, 300),
				(sample, care, parish) => {
					const authority = withParts(sample, {
						adultSocialCarePreceptBandD: Math.min(care, sample.figures.bandDCouncilTax.value),
						parishPreceptBandD: parish
					});
					expect(checkAuthority(authority).ok).toBe(true);
					const ours = project(authority, { values: {} }).years;
					const theirs = project(sample, { values: {} }).years;
					for (let t = 0; t < ours.length; t++) {
						expect(pounds(ours[t].closingReserves)).toBe(pounds(theirs[t].closingReserves));
						const d = ours[t].bills.find((b) => b.band === 'D')!;
						const sampleD = theirs[t].bills.find((b) => b.band === 'D')!;
						expect(pounds(d.council)).toBe(pounds(sampleD.council));
						expect(pounds(d.total)).toBe(pounds(sampleD.total.plus(d.parish)));
					}
				}
			),
			{ numRuns: runs(20) }
		);
	});
});

describe('a file without the new lines', () => {
	it('imports exactly as before, and projects exactly as before, for every sample', () => {
		for (const sample of authorities) {
			const rows = parseCsv(authorityToCsv(sample)).filter(
				({ cells }) => !(budgetPartFigureIds as readonly string[]).includes(cells[1])
			);
			expect(rows.length).toBeLessThan(parseCsv(authorityToCsv(sample)).length);
			const result = importAuthorityCsv(csvRows(rows.map((r) => r.cells)));
			expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
			if (!result.ok) return;
			expect(result.authority).toEqual({ ...sample, fictional: false });
			expect(projectionToJson(project(result.authority, { values: {} }), {})).toEqual(
				projectionToJson(project(sample, { values: {} }), {})
			);
		}
	});
});
