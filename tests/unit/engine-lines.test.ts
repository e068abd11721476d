/**
 * Every engine line against figures worked by hand from shared/MODEL.md and the engine's
 * documented modelling choices, for Anyborough's 2025/26 baseline as model 2026.3 stored it
 * (tests/fixtures/anyborough-2025.json: no base year, settlement or high-needs figures, so it also
 * shows an older baseline still projecting, with the declared defaults). Each expected figure is computed here step by
 * step in decimal.js (precision 34, half-even to the penny, as the reference arithmetic), never by
 * calling the engine's internals; the key ones are also written out as literals.
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { optionalFigureDefaults } from '../../models/index';
import {
	baseline,
	checkAuthority,
	expenditureLineIds,
	incomeLineIds,
	project,
	projectionToJson,
	type Projection,
	type ScenarioValues,
	type YearResult
} from '../../src/lib/engine/index';

const stored = JSON.parse(
	readFileSync(new URL('../fixtures/anyborough-2025.json', import.meta.url), 'utf8')
);
const checked = checkAuthority(stored);
if (!checked.ok) throw new Error(checked.problems.join('; '));
const authority = checked.authority;
const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
type D = InstanceType<typeof D>;
const d = (x: number | string | D) => new D(x);
const penny = (x: D) => x.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN);
const sum = (xs: D[]) => xs.reduce((a, b) => a.plus(b), d(0));
const cube = (x: D) => x.pow(3);

/** The engine's figure equals the hand figure exactly (and so has at most 2 decimal places). */
function same(actual: { toString(): string }, expected: D | string | number, what = '') {
	expect(String(actual), what).toBe(d(expected).toString());
}

/**
 * Model 2027.2's pressures, switched off where a value does so exactly, so that the lines below
 * follow MODEL.md's equations: no care overspend re-based, no packaging EPR carved out of the
 * waste line, no pension reset in 2026/27. Each is checked by hand on its own at the end. MRP on
 * new borrowing by asset life and the cash actually invested have no such value: the figures
 * below include them.
 */
const without2027Pressures: ScenarioValues = {
	adultCareOverspend: 0,
	childrenCareOverspend: 0,
	packagingEprShareOfWaste: 0,
	pensionRateReset2026: 0
};
const run = (values: ScenarioValues): Projection =>
	project(authority, { values: { ...without2027Pressures, ...values } });
const base = run({});
const statusQuo = baseline(authority);
const y = (p: Projection, t: number): YearResult => p.years[t];

/** The lines only a lever moves: zero while every lever is at its status quo. */
const leverIncomeLines = [
	'localMultiplierIncome',
	'settlementAdjustment',
	'touristLevy',
	'localSalesTax',
	'additionalFeesIncome',
	'poolingSavings',
	'acuteSavingsReinvested',
	'investToSaveReturns',
	'earnback'
] as const;
const leverExpenditureLines = [
	'skillsInvestment',
	'preventionInvestment',
	'earlyHelpInvestment',
	'preventionSavings',
	'integrationSavings',
	'healthPoolingSavings',
	'coProductionSavings'
] as const;

/** Every line of `year` other than `changed` equals the baseline's line in the same year. */
function onlyTheseLinesMove(p: Projection, t: number, changed: string[]) {
	for (const id of incomeLineIds) {
		if (!changed.includes(id)) same(y(p, t).income[id], y(base, t).income[id].toString(), id);
	}
	for (const id of expenditureLineIds) {
		if (!changed.includes(id))
			same(y(p, t).expenditure[id], y(base, t).expenditure[id].toString(), id);
	}
}

// ---- Anyborough's 2025/26 figures and the status-quo economics, from MODEL.md ----
const population0 = d(320000);
const popGrowth = d('1.004');
const taxBase0 = d(76000);
const taxBaseGrowth = d('1.008');
const bandD0 = d(2120);
const ndr0 = d(125_000_000);
const localShare = d('0.49');
const topUp0 = d(55_000_000);
const bfl0 = localShare.times(ndr0).plus(topUp0); // £116.25m
const grants0 = {
	revenueSupportGrant: d(28_000_000),
	socialCareGrant: d(40_000_000),
	improvedBetterCareFund: d(22_000_000),
	recoveryGrant: d(8_000_000),
	otherGrants: d(14_630_000)
};
const grantIds = Object.keys(grants0) as (keyof typeof grants0)[];
const services0 = {
	adultSocialCare: d(140_000_000),
	childrensSocialCare: d(78_000_000),
	educationAndEarlyHelp: d(18_000_000),
	housingAndHomelessness: d(14_000_000),
	environmentAndWaste: d(32_000_000),
	highwaysAndTransport: d(38_000_000),
	cultureLeisureAndPlanning: d(15_000_000),
	centralAndCorporate: d(23_500_000)
};
const otherServiceIds = [
	'educationAndEarlyHelp',
	'housingAndHomelessness',
	'environmentAndWaste',
	'highwaysAndTransport',
	'cultureLeisureAndPlanning',
	'centralAndCorporate'
] as const;
const children0 = d(730);
const costPerChild0 = d(97000);
const otherChildrenCosts0 = services0.childrensSocialCare.minus(children0.times(costPerChild0));
const cpi = d('1.02');
// Children's placements: 5 % a year. Adult care: 60 % of fees with the National Living Wage
// (4.1 %), 40 % with CPI (2 %): 3.26 %, then 3.5 % more demand. Other services: 45 % staff with
// the 3.2 % pay award, 55 % prices at 2.5 %: 2.815 %, then population.
const careInflation = d('1.05');
const adultPrice = d(1).plus(d('0.6').times('0.041')).plus(d('0.4').times('0.02')); // 1.0326
const adultDemand = d('1.035');
const otherGrowth = d(1)
	.plus(d('0.45').times('0.032'))
	.plus(d('0.55').times('0.025'))
	.times(popGrowth); // pay and prices × population
const grantGrowth = d('1.01');
/**
 * A baseline without settlement figures takes England's average change in core spending power
 * for 2026/27, 2027/28 and 2028/29 on every grant but Recovery Grant (kept in cash); the growth
 * assumption applies from 2029/30 (year 4).
 */
const settled = [d('1.058'), d('1.043'), d('1.044')];
const grantRate = (id: string, year: number, growth = grantGrowth) =>
	year <= 3 ? (id === 'recoveryGrant' ? d(1) : settled[year - 1]) : growth;
const rvGrowth = d('1.01');
const careGrowth = d('1.01');
const pwlb = d('0.056');
const legacyRate = d('0.04');
const mrpRate = d('0.015');
const refinance = d('0.04');
const programme = d(30_000_000);
const debt0 = d(600_000_000);
const cfr0 = d(700_000_000);
const gf0 = d(22_000_000);
const earmarked0 = d(85_000_000);
const earmarkedFloor = earmarked0.times(d(1).minus('0.4')); // £51m
const investmentReturn = d('0.028');
/** The cash invested in 2025/26, read from its interest at 2.8 %: £107.14m. */
const cash0 = d(3_000_000).dividedBy(investmentReturn);
/** New capital programme borrowing is repaid over 25 years from the year after. */
const assetLife = d(25);
const phase = (t: number) => d(Math.min(t, 3)).dividedBy(3);
const cpiIndex = (t: number) => cpi.pow(t);
const population = (t: number) => population0.times(popGrowth.pow(t));
/** Collectable business rates with status-quo growth. */
const ndr = (t: number) => ndr0.times(rvGrowth.times(cpi).pow(t));
/** Each grant line is rounded to the penny each year and carried. */
function grantLine(id: keyof typeof grants0, t: number, growth = grantGrowth) {
	let g = grants0[id];
	for (let i = 1; i <= t; i++) g = penny(g.times(grantRate(id, i, growth)));
	return g;
}
/** A service line grown by `growth` and rounded to the penny each year. */
function serviceLine(start: D, growth: D, t: number) {
	let s = start;
	for (let i = 1; i <= t; i++) s = penny(s.times(growth));
	return s;
}

describe('year 0 (2025/26): the budget as set from the authority figures', () => {
	const y0 = y(base, 0);

	it('has every income line from the published figures', () => {
		same(y0.income.councilTax, taxBase0.times(bandD0)); // 76,000 × £2,120
		same(y0.income.councilTax, '161120000');
		same(y0.income.businessRates, '116250000'); // 49 % × £125m + £55m top-up
		same(y0.income.businessRates, bfl0);
		for (const id of grantIds) same(y0.income[id], grants0[id], id);
		same(y0.income.investmentIncome, '3000000');
		for (const id of ['businessRatesSafetyNet', ...leverIncomeLines] as const)
			same(y0.income[id], 0, id);
	});

	it('has every expenditure line from the published figures', () => {
		for (const [id, value] of Object.entries(services0))
			same(y0.expenditure[id as keyof typeof services0], value, id);
		same(y0.expenditure.interest, debt0.times(legacyRate)); // £600m at 4 %
		same(y0.expenditure.interest, '24000000');
		same(y0.expenditure.minimumRevenueProvision, cfr0.times(mrpRate)); // 1.5 % of £700m
		same(y0.expenditure.minimumRevenueProvision, '10500000');
		for (const id of leverExpenditureLines) same(y0.expenditure[id], 0, id);
	});

	it('balances at £393.0m with a £390.0m net budget, £22m general fund and £85m earmarked', () => {
		same(y0.incomeTotal, '393000000');
		same(y0.expenditureTotal, '393000000');
		same(y0.gap, 0);
		same(y0.netBudget, '390000000');
		same(y0.openingGeneralFund, '22000000');
		same(y0.closingGeneralFund, '22000000');
		same(y0.openingEarmarkedReserves, '85000000');
		same(y0.closingEarmarkedReserves, '85000000');
		same(y0.openingReserves, '107000000');
		same(y0.closingReserves, '107000000');
		same(y0.minimumGeneralFund, '19500000'); // 5 % of £390m
		same(y0.financingCosts, '34500000');
		same(y0.externalDebt, '600000000');
		same(y0.baselineFundingLevel, '116250000');
		same(y0.feesAndChargesIncome, '60000000');
		same(y0.bandDCouncilTax, '2120');
		expect(y0.childrenInCare).toBe(730);
		expect(y0.year).toBe('2025/26');
		expect(y0.flags).toEqual([]);
	});

	it('is untouched by every lever: levers act from year 1', () => {
		const p = run(everyLever);
		const json = projectionToJson(p, everyLever).years[0];
		const baseJson = projectionToJson(base, {}).years[0];
		expect(json).toEqual(baseJson);
	});
});

describe('year 1 (2026/27) baseline: every line by hand', () => {
	const y1 = y(base, 1);

	it('council tax: tax base × Band D, Band D rounded to the penny', () => {
		const taxBase1 = taxBase0.times(taxBaseGrowth); // 76,608
		const bandD1 = penny(bandD0.times('1.0499')); // 2,225.788 → 2,225.79
		same(bandD1, '2225.79');
		same(y1.bandDCouncilTax, bandD1);
		same(y1.income.councilTax, penny(taxBase1.times(bandD1)));
		// (The lead's rough figure £170,511,320.32 was £2,000 out: 76,608 × 2,225.79 is below.)
		same(y1.income.councilTax, '170513320.32');
	});

	it('business rates: 49 % of NDR₁ plus the CPI-indexed top-up; no safety net', () => {
		const ndr1 = ndr0.times(rvGrowth).times(cpi); // £128,775,000
		same(ndr1, '128775000');
		const retained = localShare.times(ndr1).plus(topUp0.times(cpi));
		same(y1.income.businessRates, penny(retained));
		same(y1.income.businessRates, '119199750');
		// 92.5 % × £116.25m × 1.02 = £109.68m is below what is retained.
		expect(bfl0.times(cpi).times('0.925').lessThan(retained)).toBe(true);
		same(y1.income.businessRatesSafetyNet, 0);
		same(y1.baselineFundingLevel, penny(bfl0.times(cpi)));
	});

	it('grants follow the settlement: +5.8 % by default, Recovery Grant in cash, to the penny', () => {
		for (const id of grantIds) same(y1.income[id], penny(grants0[id].times(grantRate(id, 1))), id);
		same(y1.income.otherGrants, '15478540'); // £14.63m × 1.058
		same(y1.income.recoveryGrant, '8000000');
	});

	it('interest on cash is 2.8 % of the cash invested in 2025/26 (its interest ÷ 2.8 %)', () => {
		// Opening reserves are still £107m, so the cash invested is still 2025/26's.
		same(y1.income.investmentIncome, penny(cash0.times(investmentReturn)));
		same(y1.income.investmentIncome, '3000000');
	});

	it('adult social care grows with the Living Wage and CPI (price), then demand', () => {
		same(
			y1.expenditure.adultSocialCare,
			penny(d(140_000_000).times(adultPrice).times(adultDemand))
		);
		same(y1.expenditure.adultSocialCare, '149623740'); // £140m × 1.0326 × 1.035
	});

	it('children’s social care = children in care × cost per child + other costs', () => {
		const children1 = children0.times(careGrowth); // 737.3
		const cost1 = costPerChild0.times(careInflation); // £101,850
		const other1 = otherChildrenCosts0.times(careInflation); // £7.19m × 1.05
		same(y1.expenditure.childrensSocialCare, penny(children1.times(cost1).plus(other1)));
		same(y1.expenditure.childrensSocialCare, '82643505'); // £75,094,005 + £7,549,500
		expect(y1.childrenInCare).toBe(737.3);
	});

	it('other services grow with pay (3.2 %) and prices (2.5 %) and population (0.4 %)', () => {
		for (const id of otherServiceIds)
			same(y1.expenditure[id], penny(services0[id].times(otherGrowth)), id);
		same(otherGrowth, '1.0322626'); // 1.02815 × 1.004
		same(y1.expenditure.centralAndCorporate, '24258171.1');
	});

	it('capital financing: legacy debt at 4 %, refinanced and new borrowing at PWLB 5.6 %', () => {
		const mrp1 = cfr0.times(mrpRate); // £10.5m, repays legacy debt
		const refinanced = debt0.times(refinance); // £24m
		const legacy1 = debt0.minus(refinanced).minus(mrp1); // £565.5m
		const marginal1 = refinanced.plus(programme); // £54m
		same(y1.expenditure.minimumRevenueProvision, penny(mrp1));
		same(y1.expenditure.minimumRevenueProvision, '10500000');
		same(y1.expenditure.interest, penny(legacy1.times(legacyRate).plus(marginal1.times(pwlb))));
		same(y1.expenditure.interest, '25644000');
		same(y1.externalDebt, legacy1.plus(marginal1)); // £619.5m
		same(y1.financingCosts, '36144000');
	});

	it('has no lever lines, and totals are the sums of the lines', () => {
		for (const id of leverIncomeLines) same(y1.income[id], 0, id);
		for (const id of leverExpenditureLines) same(y1.expenditure[id], 0, id);
		// Council tax £170,513,320.32 + rates £119,199,750 + grants £118,698,540 (£29,624,000 +
		// £42,320,000 + £23,276,000 + £8,000,000 + £15,478,540) + interest on cash £3,000,000.
		same(y1.incomeTotal, '411411610.32');
		// Services £377,300,140.30 + interest £25,644,000 + MRP £10,500,000.
		same(y1.expenditureTotal, '413444140.3');
		same(y1.gap, '2032529.98');
		same(y1.netBudget, '408411610.32'); // council tax + rates + grants
	});
});

describe('years 2–4 baseline: carried state', () => {
	it('grants, services and council tax carry their rounded values', () => {
		const y3 = y(base, 3);
		for (const id of grantIds) same(y3.income[id], grantLine(id, 3), id);
		same(
			y3.expenditure.adultSocialCare,
			serviceLine(services0.adultSocialCare, adultPrice.times(adultDemand), 3)
		);
		for (const id of otherServiceIds)
			same(y3.expenditure[id], serviceLine(services0[id], otherGrowth, 3), id);
		let bandD = bandD0;
		for (let t = 1; t <= 3; t++) bandD = penny(bandD.times('1.0499'));
		same(y3.bandDCouncilTax, bandD);
		same(y3.income.councilTax, penny(taxBase0.times(taxBaseGrowth.pow(3)).times(bandD)));
	});

	it('business rates grow with real RV growth and CPI; top-up with CPI', () => {
		const y2 = y(base, 2);
		same(y2.income.businessRates, penny(localShare.times(ndr(2)).plus(topUp0.times(cpiIndex(2)))));
		same(y2.income.businessRates, '122227362.45');
	});

	it('capital financing in year 2: MRP on last year’s CFR, new borrowing over 25 years', () => {
		const y2 = y(base, 2);
		// 1.5 % of what is left of the CFR from before the base year, and year 1's £30m over 25
		// years: £10,342,500 + £1,200,000.
		const legacyCfr1 = cfr0.minus(cfr0.times(mrpRate)); // £689.5m
		const mrp2 = legacyCfr1.times(mrpRate).plus(programme.dividedBy(assetLife));
		same(mrp2, '11542500');
		const legacy1 = d(565_500_000);
		const refinanced = legacy1.times(refinance);
		const legacy2 = legacy1.minus(refinanced).minus(mrp2);
		const marginal2 = d(54_000_000).plus(refinanced).plus(programme);
		same(y2.expenditure.minimumRevenueProvision, mrp2);
		same(y2.expenditure.interest, penny(legacy2.times(legacyRate).plus(marginal2.times(pwlb))));
		same(y2.expenditure.interest, '27224220');
		same(y2.externalDebt, legacy2.plus(marginal2));
	});

	it('children in care compound at 3 %; cost per child with care inflation', () => {
		const y4 = y(base, 4);
		const children4 = children0.times(careGrowth.pow(4));
		same(
			y4.expenditure.childrensSocialCare,
			penny(
				children4
					.times(costPerChild0.times(careInflation.pow(4)))
					.plus(otherChildrenCosts0.times(careInflation.pow(4)))
			)
		);
		expect(y4.childrenInCare).toBe(Math.round(children4.toNumber() * 10) / 10);
	});

	it('a gap comes first from earmarked reserves down to £51m, then the general fund', () => {
		const [, y1, y2, y3, y4, y5] = base.years;
		// Year 1: £2.04m from earmarked.
		same(y1.closingEarmarkedReserves, earmarked0.minus(y1.gap));
		same(y1.closingEarmarkedReserves, '82967470.02');
		same(y1.closingGeneralFund, gf0);
		// Year 2: the cash invested falls with reserves, by year 1's £2,032,529.98; then earmarked.
		const cash2 = cash0.plus(d('104967470.02').minus(gf0.plus(earmarked0)));
		same(y2.income.investmentIncome, penny(cash2.times(investmentReturn)));
		same(y2.income.investmentIncome, '2943089.16');
		const earmarked2 = d('82967470.02').minus(d(y2.gap.toString()));
		same(y2.closingEarmarkedReserves, earmarked2);
		same(y2.closingGeneralFund, gf0);
		// Year 3: still from earmarked; the £22m general fund is now below 5 % of the net budget.
		const earmarked3 = earmarked2.minus(d(y3.gap.toString()));
		same(y3.closingEarmarkedReserves, earmarked3);
		same(y3.closingGeneralFund, gf0);
		expect(d(y3.netBudget.toString()).times('0.05').greaterThan(gf0)).toBe(true);
		expect(y3.flags.map((f) => f.id)).toEqual(['generalFundBelowMinimum']);
		same(y3.minimumGeneralFund, penny(d(y3.netBudget.toString()).times('0.05')));
		// Year 4: earmarked stops at the floor; the rest comes from the general fund.
		const available = earmarked3.minus(earmarkedFloor);
		same(y4.closingEarmarkedReserves, '51000000');
		same(y4.closingGeneralFund, gf0.minus(d(y4.gap.toString()).minus(available)));
		// Year 5: the general fund goes negative and a s114 notice would be likely.
		same(y5.closingEarmarkedReserves, '51000000');
		same(y5.closingGeneralFund, d(y4.closingGeneralFund.toString()).minus(y5.gap.toString()));
		expect(y5.closingGeneralFund.isNegative()).toBe(true);
		expect(y5.flags.map((f) => f.id)).toContain('reservesExhausted');
		expect(base.reservesExhaustedIn).toBe('2030/31');
		// What is left to meet a gap: the general fund plus earmarked above the floor.
		same(y1.closingAvailableReserves, gf0.plus('82967470.02').minus(earmarkedFloor));
		same(y4.closingAvailableReserves, y4.closingGeneralFund);
		same(y5.closingAvailableReserves, y5.closingGeneralFund);
		same(y5.closingReserves, d(y5.closingGeneralFund.toString()).plus(earmarkedFloor));
	});

	it('earns nothing once the cash behind reserves is gone, and borrows what is missing', () => {
		const cash = (t: number) =>
			cash0.plus(d(y(base, t).openingReserves.toString()).minus(gf0.plus(earmarked0)));
		const t = base.years.findIndex((yr, i) => i > 0 && cash(i).isNegative());
		expect(t).toBeGreaterThan(1);
		same(y(base, t).income.investmentIncome, 0);
		same(y(base, t - 1).income.investmentIncome, penny(cash(t - 1).times(investmentReturn)));
		// Debt: last year's, plus this year's £30m programme, less MRP, plus the cash borrowed.
		same(
			y(base, t).externalDebt,
			penny(
				d(y(base, t - 1).externalDebt.toString())
					.plus(programme)
					.minus(y(base, t).expenditure.minimumRevenueProvision.toString())
					.minus(cash(t))
			)
		);
	});

	it('a surplus adds to the general fund and leaves earmarked reserves alone', () => {
		const p = run({ councilTaxIncrease: 15 });
		const y1 = y(p, 1);
		const bandD1 = penny(bandD0.times('1.15'));
		same(y1.income.councilTax, penny(taxBase0.times(taxBaseGrowth).times(bandD1)));
		expect(y1.gap.isNegative()).toBe(true);
		same(y1.closingEarmarkedReserves, earmarked0);
		same(y1.closingGeneralFund, gf0.minus(y1.gap.toString()));
	});
});

describe('trust indicators (year 1 baseline, by hand in floats)', () => {
	it('move a third of the way to the target logit', () => {
		const logit = (s: number) => Math.log(s / (1 - s));
		const logistic = (x: number) => 1 / (1 + Math.exp(-x));
		const y1 = y(base, 1);
		const local0 = (161_120_000 + 61_250_000) / 393_000_000;
		const local1 = (170_513_320.32 + 0.49 * 128_775_000) / 411_411_610.32;
		const spend0 = (393_000_000 - 34_500_000) / 320_000;
		const spend1 = (413_444_140.3 - 36_144_000) / 1.02 / 321_280;
		const bill0 = 2120;
		const bill1 = 2225.79 / 1.02;
		const move = (base: number, target: number) =>
			logistic(logit(base) + (target - logit(base)) / 3);
		const localPp = (local1 - local0) * 100;
		expect(y1.trust.satisfaction).toBeCloseTo(
			move(0.57, logit(0.57) + 0.02 * (spend1 / spend0 - 1) * 100),
			10
		);
		expect(y1.trust.trust).toBeCloseTo(move(0.58, logit(0.58) + 0.01 * localPp), 10);
		expect(y1.trust.valueForMoney).toBeCloseTo(
			move(0.43, logit(0.43) - 0.015 * (bill1 / bill0 - 1) * 100),
			10
		);
		expect(y1.trust.turnout).toBeCloseTo(move(0.28, logit(0.28) + 0.01 * localPp), 10);
		expect(y(base, 0).trust).toEqual({
			satisfaction: expect.closeTo(0.57, 12),
			trust: expect.closeTo(0.58, 12),
			valueForMoney: expect.closeTo(0.43, 12),
			turnout: expect.closeTo(0.28, 12)
		});
	});
});

/** Every lever moved at once (used to show year 0 is unaffected). */
const everyLever: ScenarioValues = {
	councilTaxIncrease: 2.99,
	businessRatesRetention: 100,
	multiplierChange: 1,
	touristLevy: 1,
	localSalesTax: 1,
	feesCostRecovery: 85,
	needsFundingIndex: 110,
	englandShareUplift: 3,
	placeBudgetPooling: 50,
	poolingEfficiency: 5,
	preventionInvestment: 10,
	acuteSavingsReinvested: 50,
	earlyHelpInvestment: 5,
	integratedFamilyServices: 2,
	investToSaveBorrowing: 20,
	bondAgencyShare: 100,
	earnbackRate: 2,
	skillsInvestment: 10,
	coProductionShare: 2,
	settlementProtection: true,
	grantGrowth: -2
};

describe('each lever, by hand', () => {
	it('councilTaxIncrease 2.99 %: Band D and council tax, years 1 and 2', () => {
		const p = run({ councilTaxIncrease: 2.99 });
		const bandD1 = penny(bandD0.times('1.0299')); // 2,183.388 → 2,183.39
		same(bandD1, '2183.39');
		same(y(p, 1).income.councilTax, penny(taxBase0.times(taxBaseGrowth).times(bandD1)));
		same(y(p, 1).income.councilTax, '167265141.12');
		const bandD2 = penny(bandD1.times('1.0299')); // 2,248.673… → 2,248.67
		same(y(p, 2).bandDCouncilTax, bandD2);
		same(y(p, 2).income.councilTax, penny(taxBase0.times(taxBaseGrowth.pow(2)).times(bandD2)));
		onlyTheseLinesMove(p, 1, ['councilTax']);
		expect(p.years.flatMap((yr) => yr.flags).some((f) => f.id === 'referendumRequired')).toBe(
			false
		);
	});

	it('council tax above 4.99 % needs a referendum from year 1, unless the limit is off', () => {
		const flagged = (values: ScenarioValues) =>
			run(values).years.map((yr) => yr.flags.some((f) => f.id === 'referendumRequired'));
		expect(flagged({ councilTaxIncrease: 5 })).toEqual([false, ...Array(10).fill(true)]);
		expect(flagged({ councilTaxIncrease: 4.99 })).toEqual(Array(11).fill(false));
		expect(flagged({ councilTaxIncrease: 5, referendumLimit: false })).toEqual(
			Array(11).fill(false)
		);
	});

	it('businessRatesRetention 100 %: neutral in year 1, keeps 51 % more of growth after', () => {
		const p = run({ businessRatesRetention: 100 });
		const ndr1 = ndr(1);
		const topUp = (t: number) =>
			topUp0.times(cpiIndex(t)).minus(d('0.51').times(ndr1).times(cpiIndex(t).dividedBy(cpi)));
		same(y(p, 1).income.businessRates, penny(ndr1.plus(topUp(1))));
		same(y(p, 1).income.businessRates, '119199750'); // as the baseline
		same(y(p, 2).income.businessRates, penny(ndr(2).plus(topUp(2))));
		same(y(p, 2).income.businessRates, '122897250');
		// The extra: 51 % of real growth, £1,313,505, in year 2.
		same(
			d(y(p, 2).income.businessRates.toString()).minus(y(base, 2).income.businessRates.toString()),
			d('0.51').times(ndr(2).minus(ndr1.times(cpi)))
		);
		same(y(p, 4).income.businessRates, penny(ndr(4).plus(topUp(4))));
		onlyTheseLinesMove(p, 1, []);
	});

	it('the safety net tops retained rates up to 92.5 % of the CPI-indexed BFL', () => {
		// 100 % retention and a 3 % real fall in rateable value: below the net from year 3.
		const p = run({ businessRatesRetention: 100, rateableValueGrowth: -3 });
		const ndrFalling = (t: number) => ndr0.times(d('0.97').times(cpi).pow(t));
		const retained = (t: number) =>
			ndrFalling(t)
				.plus(topUp0.times(cpiIndex(t)))
				.minus(d('0.51').times(ndrFalling(1)).times(cpiIndex(t).dividedBy(cpi)));
		const net = (t: number) => bfl0.times(cpiIndex(t)).times('0.925');
		for (const t of [1, 2]) {
			expect(net(t).lessThan(retained(t))).toBe(true);
			same(y(p, t).income.businessRatesSafetyNet, 0);
		}
		for (const t of [3, 4, 5]) {
			same(y(p, t).income.businessRates, penny(retained(t)));
			same(y(p, t).income.businessRatesSafetyNet, penny(net(t).minus(retained(t))), `year ${t}`);
		}
	});

	it('multiplierChange +1p: all the yield change, net of elasticity −0.3, kept locally', () => {
		const p = run({ multiplierChange: 1 });
		const r = d(1).dividedBy(53); // 1p on a 53p multiplier
		const factor = d(1).plus(d('-0.3').times(r)).times(d(1).plus(r)).minus(1);
		same(y(p, 1).income.localMultiplierIncome, penny(ndr(1).times(factor)));
		same(y(p, 1).income.localMultiplierIncome, '1687048.77');
		same(y(p, 3).income.localMultiplierIncome, penny(ndr(3).times(factor)));
		onlyTheseLinesMove(p, 1, ['localMultiplierIncome']);
	});

	it('touristLevy £1: 900,000 room-nights less 0.125 % demand response, less 3 % collection', () => {
		const p = run({ touristLevy: 1 });
		const nights = d(900000).times(d(1).plus(d('-0.1').times(d(1).dividedBy(80)))); // 898,875
		const levy = penny(d(1).times(nights).times('0.97'));
		same(levy, '871908.75');
		for (const t of [1, 2, 10]) same(y(p, t).income.touristLevy, levy);
		onlyTheseLinesMove(p, 1, ['touristLevy']);
	});

	it('touristLevy rounds half-even: £0.20 and £0.10 at odd collection costs', () => {
		// 0.2 × 900,000 × (1 − 0.1 × 0.2/80) × 0.995 = 179,055.225 → 179,055.22 (even)
		same(
			run({ touristLevy: 0.2, localTaxCollectionCost: 0.5 }).years[1].income.touristLevy,
			'179055.22'
		);
		// 0.1 × 900,000 × (1 − 0.1 × 0.1/80) × 0.98 = 88,188.975 → 88,188.98 (even)
		same(
			run({ touristLevy: 0.1, localTaxCollectionCost: 2 }).years[1].income.touristLevy,
			'88188.98'
		);
	});

	it('localSalesTax 1 %: £7,300/head in year-t prices, −0.5 leakage, 3 % collection', () => {
		const p = run({ localSalesTax: 1 });
		const tax = (t: number) =>
			penny(
				d('0.01')
					.times(
						d(7300)
							.times(population(t))
							.times(cpiIndex(t))
							.times(d(1).plus(d('-0.5').times('0.01')))
					)
					.times('0.97')
			);
		same(tax(1), '23088809.37');
		for (const t of [1, 2, 5]) same(y(p, t).income.localSalesTax, tax(t), `year ${t}`);
		onlyTheseLinesMove(p, 1, ['localSalesTax']);
		expect(p.years.map((yr) => yr.flags.some((f) => f.id === 'needsLegislation'))).toEqual([
			false,
			...Array(10).fill(true)
		]);
	});

	it('feesCostRecovery 85 %: phased over 3 years, demand elasticity −0.2', () => {
		const p = run({ feesCostRecovery: 85 });
		const sq = d('0.7');
		const extra = (t: number) => {
			const cost = d(85_700_000).times(otherGrowth.pow(t));
			const recovery = sq.plus(d('0.85').minus(sq).times(phase(t)));
			const usage = d(1).plus(d('-0.2').times(recovery.dividedBy(sq).minus(1)));
			return penny(cost.times(recovery.times(usage).minus(sq)));
		};
		// Year 1: recovery 75 %, usage 69/70: extra = £88,464,904.82 × 2.75/70.
		same(extra(1), penny(d('88464904.82').times('2.75').dividedBy(70)));
		for (const t of [1, 2, 3, 4]) same(y(p, t).income.additionalFeesIncome, extra(t), `year ${t}`);
		onlyTheseLinesMove(p, 1, ['additionalFeesIncome']);
		same(y(p, 1).feesAndChargesIncome, penny(d('88464904.82').times(sq)).plus(extra(1)));
	});

	it('needsFundingIndex 110 % and englandShareUplift 3 %: on BFL + grants, phased', () => {
		const p = run({ needsFundingIndex: 110, englandShareUplift: 3 });
		const adjustment = (t: number) => {
			const settlement = bfl0.times(cpiIndex(t)).plus(sum(grantIds.map((id) => grantLine(id, t))));
			const factor = d(1)
				.plus(d('0.1').times(phase(t)))
				.times(d(1).plus(d('0.03').times(phase(t))))
				.minus(1);
			return penny(settlement.times(factor));
		};
		// Year 1: (£118,575,000 + £118,698,540) × ((1 + 0.1/3)(1 + 0.03/3) − 1)
		same(
			adjustment(1),
			penny(
				d(237_273_540).times(
					d(1)
						.plus(d('0.1').dividedBy(3))
						.times(d(1).plus(d('0.01')))
						.minus(1)
				)
			)
		);
		for (const t of [1, 2, 3, 4])
			same(y(p, t).income.settlementAdjustment, adjustment(t), `year ${t}`);
		// From year 3 the full effect: × 1.1 × 1.03.
		same(
			adjustment(3),
			penny(
				bfl0
					.times(cpiIndex(3))
					.plus(sum(grantIds.map((id) => grantLine(id, 3))))
					.times('0.133')
			)
		);
		onlyTheseLinesMove(p, 1, ['settlementAdjustment']);
		same(y(p, 1).netBudget, d(y(base, 1).netBudget.toString()).plus(adjustment(1)));
	});

	it('placeBudgetPooling 50 % × poolingEfficiency 5 % × 50 % retained, phased', () => {
		const p = run({ placeBudgetPooling: 50, poolingEfficiency: 5 });
		const savings = (t: number) =>
			penny(d(1500).times(population(t)).times(cpiIndex(t)).times('0.0125').times(phase(t)));
		same(savings(1), '2048160'); // £491,558,400 × 1.25 % / 3
		for (const t of [1, 2, 3, 6]) same(y(p, t).income.poolingSavings, savings(t), `year ${t}`);
		onlyTheseLinesMove(p, 1, ['poolingSavings']);
	});

	it('preventionInvestment £10m with half the NHS savings reinvested', () => {
		const p = run({ preventionInvestment: 10, acuteSavingsReinvested: 50 });
		for (const [t, gross] of [
			[1, d(15_000_000).dividedBy(3)],
			[2, d(15_000_000).times(2).dividedBy(3)],
			[3, d(15_000_000)],
			[7, d(15_000_000)]
		] as const) {
			same(y(p, t).expenditure.preventionInvestment, '10000000');
			same(y(p, t).expenditure.preventionSavings, penny(gross.times('0.4')).negated(), `year ${t}`);
			same(y(p, t).income.acuteSavingsReinvested, penny(gross.times('0.6').times('0.5')));
		}
		same(y(p, 1).expenditure.preventionSavings, '-2000000');
		same(y(p, 1).income.acuteSavingsReinvested, '1500000');
		same(y(p, 2).expenditure.preventionSavings, '-4000000');
		same(y(p, 3).income.acuteSavingsReinvested, '4500000');
		onlyTheseLinesMove(p, 1, [
			'preventionInvestment',
			'preventionSavings',
			'acuteSavingsReinvested'
		]);
	});

	it('earlyHelpInvestment £5m: children-in-care growth 0.75 pp lower from year 3', () => {
		const p = run({ earlyHelpInvestment: 5 });
		const children = [children0];
		for (let t = 1; t <= 4; t++)
			children.push(children[t - 1].times(t > 2 ? careGrowth.minus('0.0075') : careGrowth));
		const csc = (t: number) =>
			penny(
				children[t]
					.times(costPerChild0.times(careInflation.pow(t)))
					.plus(otherChildrenCosts0.times(careInflation.pow(t)))
			);
		for (const t of [1, 2])
			same(
				y(p, t).expenditure.childrensSocialCare,
				y(base, t).expenditure.childrensSocialCare.toString()
			);
		for (const t of [1, 2, 3, 4]) {
			same(y(p, t).expenditure.childrensSocialCare, csc(t), `year ${t}`);
			same(y(p, t).expenditure.earlyHelpInvestment, '5000000');
		}
		expect(y(p, 3).childrenInCare).toBe(Math.round(children[3].toNumber() * 10) / 10);
		expect(y(p, 3).childrenInCare).toBeLessThan(y(base, 3).childrenInCare);
		onlyTheseLinesMove(p, 1, ['earlyHelpInvestment']);
	});

	it('children in care never fall below half of 2025/26', () => {
		const p = run({
			earlyHelpInvestment: 15,
			careGrowthReductionPerMillion: 0.5,
			childrenInCareGrowth: -3
		});
		// Growth from year 3: 0.97 − 15 × 0.005 = 0.895 a year; the floor is 365.
		expect(p.years[10].childrenInCare).toBe(365);
		const csc10 = penny(
			d(365)
				.times(costPerChild0.times(careInflation.pow(10)))
				.plus(otherChildrenCosts0.times(careInflation.pow(10)))
		);
		same(y(p, 10).expenditure.childrensSocialCare, csc10);
	});

	it('integratedFamilyServices 2 % of children’s social care, phased', () => {
		const p = run({ integratedFamilyServices: 2 });
		same(
			y(p, 1).expenditure.integrationSavings,
			penny(d('82643505').times('0.02').dividedBy(3)).negated()
		);
		same(y(p, 1).expenditure.integrationSavings, '-550956.7');
		for (const t of [2, 3, 5]) {
			const csc = d(y(base, t).expenditure.childrensSocialCare.toString());
			same(
				y(p, t).expenditure.integrationSavings,
				penny(csc.times('0.02').times(phase(t))).negated()
			);
		}
		onlyTheseLinesMove(p, 1, ['integrationSavings']);
	});

	it('pooledHealthCareBudget 55 %: 1 % a year on the 30 points pooled beyond the BCF, phased', () => {
		const p = run({ pooledHealthCareBudget: 55 });
		// Year 1: £149,623,740 of adult care × (55 % − 25 %) × 1 % × 1/3.
		same(
			y(p, 1).expenditure.healthPoolingSavings,
			penny(d('149623740').times('0.3').times('0.01').dividedBy(3)).negated()
		);
		same(y(p, 1).expenditure.healthPoolingSavings, '-149623.74');
		for (const t of [2, 3, 5]) {
			const asc = d(y(base, t).expenditure.adultSocialCare.toString());
			same(
				y(p, t).expenditure.healthPoolingSavings,
				penny(asc.times('0.3').times('0.01').times(phase(t))).negated()
			);
		}
		onlyTheseLinesMove(p, 1, ['healthPoolingSavings']);
		// Today's Better Care Fund share saves nothing, whatever the saving rate.
		onlyTheseLinesMove(run({ pooledHealthCareBudget: 25, healthPoolingSaving: 5 }), 1, []);
	});

	it('investToSaveBorrowing £20m: marginal-rate debt, MRP over 25 years, 6 % from next year', () => {
		const p = run({ investToSaveBorrowing: 20 });
		// Year 1: borrowed at year end, interest on it at 5.6 %; no MRP or returns yet.
		same(y(p, 1).expenditure.minimumRevenueProvision, '10500000');
		same(
			y(p, 1).expenditure.interest,
			penny(d(565_500_000).times(legacyRate).plus(d(74_000_000).times(pwlb)))
		);
		same(y(p, 1).expenditure.interest, '26764000');
		same(y(p, 1).income.investToSaveReturns, 0);
		same(y(p, 1).externalDebt, '639500000');
		// Year 2: MRP £10,342,500 + £30m/25 (the programme) + £20m/25; returns 6 % of £20m.
		const mrp2 = d(689_500_000)
			.times(mrpRate)
			.plus(programme.dividedBy(assetLife))
			.plus(d(20_000_000).dividedBy(25));
		same(y(p, 2).expenditure.minimumRevenueProvision, mrp2);
		same(y(p, 2).expenditure.minimumRevenueProvision, '12342500');
		same(y(p, 2).income.investToSaveReturns, '1200000');
		const legacy2 = d(565_500_000).times(d(1).minus(refinance)).minus(mrp2);
		const marginal2 = d(74_000_000)
			.plus(d(565_500_000).times(refinance))
			.plus(programme)
			.plus(20_000_000);
		same(
			y(p, 2).expenditure.interest,
			penny(legacy2.times(legacyRate).plus(marginal2.times(pwlb)))
		);
		same(y(p, 2).expenditure.interest, '29432220');
		// Year 3: MRP on the CFR left from before the base year (£679.1575m), two years of the
		// programme over 25 years, plus £40m/25; returns on £40m.
		const legacyCfr2 = d(689_500_000).minus(d(689_500_000).times(mrpRate));
		same(
			y(p, 3).expenditure.minimumRevenueProvision,
			penny(
				legacyCfr2
					.times(mrpRate)
					.plus(programme.times(2).dividedBy(assetLife))
					.plus(d(40_000_000).dividedBy(25))
			)
		);
		same(y(p, 3).income.investToSaveReturns, '2400000');
		onlyTheseLinesMove(p, 1, ['interest']);
	});

	it('bondAgencyShare 100 %: new and refinanced debt at PWLB less 0.25 pp', () => {
		const p = run({ bondAgencyShare: 100 });
		const marginalRate = pwlb.minus(d(1).times('0.0025'));
		same(
			y(p, 1).expenditure.interest,
			penny(d(565_500_000).times(legacyRate).plus(d(54_000_000).times(marginalRate)))
		);
		same(y(p, 1).expenditure.interest, '25509000');
		const legacy2 = d('531337500'); // £542.88m less MRP £11,542,500
		const marginal2 = d(54_000_000).plus(d(565_500_000).times(refinance)).plus(programme);
		same(
			y(p, 2).expenditure.interest,
			penny(legacy2.times(legacyRate).plus(marginal2.times(marginalRate)))
		);
		onlyTheseLinesMove(p, 1, ['interest']);
		// Half through the agency: half the saving.
		const half = run({ bondAgencyShare: 50 });
		same(
			y(half, 1).expenditure.interest,
			penny(d(22_620_000).plus(d(54_000_000).times('0.05475')))
		);
	});

	it('earnbackRate 2 %: a share of cumulative invest-to-save and skills investment', () => {
		const p = run({ earnbackRate: 2, investToSaveBorrowing: 20, skillsInvestment: 10 });
		same(y(p, 1).income.earnback, 0);
		same(y(p, 2).income.earnback, d(30_000_000).times('0.02')); // £600,000
		same(y(p, 3).income.earnback, d(60_000_000).times('0.02'));
		same(y(p, 6).income.earnback, d(150_000_000).times('0.02'));
		// Without investment there is nothing to earn back.
		const none = run({ earnbackRate: 2 });
		expect(none.years.every((yr) => yr.income.earnback.isZero())).toBe(true);
	});

	it('earnback is capped at £10.70 a head a year', () => {
		const p = run({ earnbackRate: 3, investToSaveBorrowing: 50, skillsInvestment: 20 });
		same(y(p, 2).income.earnback, '2100000'); // 3 % of £70m, under the cap
		const cap3 = penny(d('10.7').times(population(3)));
		expect(cap3.lessThan(d(140_000_000).times('0.03'))).toBe(true);
		same(y(p, 3).income.earnback, cap3);
		same(y(p, 10).income.earnback, penny(d('10.7').times(population(10))));
	});

	it('skillsInvestment £10m: spent every year, +0.5 pp real rates growth from year 4', () => {
		const p = run({ skillsInvestment: 10 });
		for (const t of [1, 2, 3, 4]) same(y(p, t).expenditure.skillsInvestment, '10000000');
		for (const t of [1, 2, 3])
			same(y(p, t).income.businessRates, y(base, t).income.businessRates.toString(), `year ${t}`);
		const ndr4 = ndr(3).times(d('1.01').plus('0.005')).times(cpi);
		same(
			y(p, 4).income.businessRates,
			penny(localShare.times(ndr4).plus(topUp0.times(cpiIndex(4))))
		);
		const ndr5 = ndr4.times('1.015').times(cpi);
		same(
			y(p, 5).income.businessRates,
			penny(localShare.times(ndr5).plus(topUp0.times(cpiIndex(5))))
		);
		onlyTheseLinesMove(p, 1, ['skillsInvestment']);
	});

	it('coProductionShare 2 %: 2 % efficiency on 2 % of service budgets', () => {
		const p = run({ coProductionShare: 2 });
		const services1 = sum(
			(Object.keys(services0) as (keyof typeof services0)[]).map((id) =>
				d(y(base, 1).expenditure[id].toString())
			)
		);
		same(services1, '377300140.3');
		same(y(p, 1).expenditure.coProductionSavings, penny(services1.times('0.0004')).negated());
		same(y(p, 1).expenditure.coProductionSavings, '-150920.06');
		onlyTheseLinesMove(p, 1, ['coProductionSavings']);
	});

	it('settlementProtection floors grant growth at CPI', () => {
		// The settlement's changes (5.8 %, 4.3 %, 4.4 %) are above CPI: protection acts from
		// 2029/30 (year 4), when the growth assumption takes over.
		const cut = run({ grantGrowth: -2 });
		const protectedCut = run({ grantGrowth: -2, settlementProtection: true });
		for (const id of grantIds) {
			same(y(cut, 4).income[id], grantLine(id, 4, d('0.98')), id);
			same(y(protectedCut, 4).income[id], grantLine(id, 4, cpi), id);
			same(y(protectedCut, 5).income[id], grantLine(id, 5, cpi), id);
		}
		// £28m × 1.058 × 1.043 × 1.044 = £32,257,336.61 (each year to the penny), × 1.02.
		same(grantLine('revenueSupportGrant', 3), '32257336.61');
		same(y(protectedCut, 4).income.revenueSupportGrant, '32902483.34');
		// Growth above CPI is left alone.
		const generous = run({ grantGrowth: 3, settlementProtection: true });
		same(y(generous, 5).income.otherGrants, grantLine('otherGrants', 5, d('1.03')));
		for (let t = 1; t <= 3; t++) onlyTheseLinesMove(protectedCut, t, []);
	});
});

describe('council tax bills: Band A–H as ninths of Band D, each part to the penny', () => {
	const ninths = { A: 6, B: 7, C: 8, D: 9, E: 11, F: 13, G: 15, H: 18 } as const;
	const check = (year: YearResult, parts: { council: D; police: D; fire: D }) => {
		expect(year.bills.map((b) => b.band)).toEqual(Object.keys(ninths));
		for (const bill of year.bills) {
			const n = ninths[bill.band as keyof typeof ninths];
			const council = penny(parts.council.times(n).dividedBy(9));
			const police = penny(parts.police.times(n).dividedBy(9));
			const fire = penny(parts.fire.times(n).dividedBy(9));
			same(bill.council, council, bill.band);
			same(bill.police, police, bill.band);
			same(bill.fire, fire, bill.band);
			same(bill.other, 0, bill.band);
			same(bill.total, council.plus(police).plus(fire), bill.band);
		}
	};

	it('year 0: £2,120 council, £265 police, £95 fire', () => {
		check(y(base, 0), { council: d(2120), police: d(265), fire: d(95) });
		const a = y(base, 0).bills[0];
		same(a.council, '1413.33');
		same(a.police, '176.67');
		same(a.total, '1653.33');
		same(y(base, 0).bills[3].total, '2480');
	});

	it('year 1: Band D £2,225.79, precepts up 3 %', () => {
		check(y(base, 1), {
			council: d('2225.79'),
			police: penny(d(265).times('1.03')),
			fire: penny(d(95).times('1.03'))
		});
		same(y(base, 1).bills[7].council, '4451.58');
	});

	it('year 2 at 2.99 %', () => {
		const p = run({ councilTaxIncrease: 2.99 });
		check(y(p, 2), {
			council: penny(penny(bandD0.times('1.0299')).times('1.0299')),
			police: penny(penny(d(265).times('1.03')).times('1.03')),
			fire: penny(penny(d(95).times('1.03')).times('1.03'))
		});
	});
});

describe('flags', () => {
	it('prudential warning when financing costs exceed the threshold share of net budget', () => {
		// £34.5m / £390m = 8.85 %: no warning at 10 %, a warning at 8.5 %.
		expect(y(base, 0).flags.some((f) => f.id === 'prudentialWarning')).toBe(false);
		const p = run({ prudentialWarningThreshold: 8.5 });
		expect(y(p, 0).flags.some((f) => f.id === 'prudentialWarning')).toBe(true);
		const q = run({ prudentialWarningThreshold: 9 });
		expect(y(q, 0).flags.some((f) => f.id === 'prudentialWarning')).toBe(false);
	});

	it('the authority figures used here are the stored 2025/26 ones, with declared defaults', () => {
		// Guards the hand figures above against a change in the fixture.
		expect(authority.figures.councilTaxBase.value).toBe(76000);
		expect(authority.figures.externalDebt.value).toBe(600_000_000);
		expect(authority.figures.earmarkedAvailableShare.value).toBe(0.4);
		expect(stored.figures.baseYear).toBeUndefined();
		expect(authority.figures.baseYear).toEqual(optionalFigureDefaults.baseYear);
		expect(authority.figures.dsgDeficit.value).toBe(0);
		expect(authority.figures.settledGrantChange2026.value).toBe(0.058);
	});
});

describe('model 2027.2’s pressures, by hand (the status quo, 2025/26 base)', () => {
	const y1 = y(statusQuo, 1);
	const y2 = y(statusQuo, 2);
	// The 2025 LGPS valuation: staff costs 3 % lower from 2026/27, on the 45 % staff share.
	const pension2026 = d(1).plus(d('0.45').times('-0.03')); // 0.9865

	it('re-bases adult care on the base year’s 2.9 % overspend, once, in year 1', () => {
		const adult1 = penny(d(140_000_000).times(adultPrice).times(adultDemand).times('1.029'));
		same(y1.expenditure.adultSocialCare, adult1);
		same(y2.expenditure.adultSocialCare, penny(adult1.times(adultPrice).times(adultDemand)));
	});

	it('re-bases children’s placements and other costs on the 9.9 % overspend, in year 1', () => {
		const children1 = children0.times(careGrowth);
		const rebased = careInflation.times('1.099');
		same(
			y1.expenditure.childrensSocialCare,
			penny(children1.times(costPerChild0.times(rebased)).plus(otherChildrenCosts0.times(rebased)))
		);
		const children2 = children1.times(careGrowth);
		same(
			y2.expenditure.childrensSocialCare,
			penny(
				children2
					.times(costPerChild0.times(rebased).times(careInflation))
					.plus(otherChildrenCosts0.times(rebased).times(careInflation))
			)
		);
	});

	it('lowers other services’ staff costs in 2026/27 only, for the new pension rates', () => {
		for (const id of [
			'educationAndEarlyHelp',
			'highwaysAndTransport',
			'centralAndCorporate'
		] as const) {
			const line1 = penny(services0[id].times(otherGrowth).times(pension2026));
			same(y1.expenditure[id], line1, id);
			same(y2.expenditure[id], penny(line1.times(otherGrowth)), id);
		}
	});

	it('keeps packaging EPR (20 % of the waste line) flat in cash while waste costs grow', () => {
		const epr = d(32_000_000).times('0.2'); // £6.4m
		const gross1 = d(32_000_000).plus(epr).times(otherGrowth).times(pension2026);
		same(y1.expenditure.environmentAndWaste, penny(gross1.minus(epr)));
		same(y2.expenditure.environmentAndWaste, penny(gross1.times(otherGrowth).minus(epr)));
		// Without the carve-out the line would have grown with costs: EPR is now a pressure.
		const withoutEpr = penny(d(32_000_000).times(otherGrowth).times(pension2026));
		expect(y1.expenditure.environmentAndWaste.greaterThan(withoutEpr.toString())).toBe(true);
	});

	it('still balances every year to the penny', () => {
		for (const year of statusQuo.years)
			same(
				year.openingReserves.plus(year.incomeTotal).minus(year.expenditureTotal),
				year.closingReserves.toString()
			);
	});
});
