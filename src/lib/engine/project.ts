/**
 * project(authority, scenario): the council's accounts year by year, from the base year the
 * authority declares (2025/26 or 2026/27) and ten projected years after it.
 * Equations follow shared/MODEL.md "Yearly accounts". Every published line is rounded to the
 * penny once a year and carried forward rounded, so each year's totals are sums of exactly
 * the lines shown and the books balance to the penny.
 */
import {
	childrenInCareFloorShare,
	councilTaxBands,
	dsgOverrideLastYear,
	lags,
	MODEL_VERSION,
	parametersFor,
	safetyNetThreshold,
	serviceLineIds,
	grantLineIds,
	type Authority,
	type GrantLineId,
	type ServiceLineId
} from '../../../models/index';
import type { Arithmetic, Num } from './arithmetic';
import { decimalArithmetic, type Decimal } from './decimal';
import { floatArithmetic, type Float } from './arithmetic';
import { yearFlags } from './flags';
import { engineInputs, resolveValues } from './parameters';
import { startPlan } from './plan';
import { startTrust, stepTrust } from './trust';
import {
	expenditureLineIds,
	incomeLineIds,
	type Bill,
	type ExpenditureLineId,
	type IncomeLineId,
	type Projection,
	type Scenario,
	type YearResult
} from './types';

export const YEARS = 10;

/** The label of the financial year starting in April of `startYear`: 2026 → "2026/27". */
export function financialYear(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The label of projection year `index` (0 is the base year) for a base year starting `baseStart`. */
export function yearLabel(index: number, baseStart: number): string {
	return financialYear(baseStart + index);
}

/** The first calendar year of the authority's base year (2026 for 2026/27). */
export function baseYearStart(authority: Authority): number {
	return authority.figures.baseYear.value;
}

/** The settlement years the authority figures declare (the multi-year settlement 2026–29). */
const settledYears = {
	2026: 'settledGrantChange2026',
	2027: 'settledGrantChange2027',
	2028: 'settledGrantChange2028'
} as const;

/** The years new employer pension rates from an LGPS valuation take effect (2025 and 2028). */
const pensionResets = {
	2026: 'pensionRateReset2026',
	2029: 'pensionRateReset2029'
} as const;

/**
 * Band A–H bills from the Band D charges: each part rounded to the penny, as on the bill. The
 * adult social care precept is shown within the council's part, not added to the total.
 */
function bandBills<N extends Num<N>>(
	k: Arithmetic<N>,
	bandD: { council: N; police: N; fire: N; other: N; parish: N; adultSocialCare: N }
): Bill<N>[] {
	return councilTaxBands.map(({ band, ninths }) => {
		const ratio = k.of(ninths).dividedBy(9);
		const council = k.penny(bandD.council.times(ratio));
		const police = k.penny(bandD.police.times(ratio));
		const fire = k.penny(bandD.fire.times(ratio));
		const other = k.penny(bandD.other.times(ratio));
		const parish = k.penny(bandD.parish.times(ratio));
		const adultSocialCare = k.penny(bandD.adultSocialCare.times(ratio));
		const total = council.plus(police).plus(fire).plus(other).plus(parish);
		return { band, council, police, fire, other, parish, adultSocialCare, total };
	});
}

/** Linear phase-in: 1/n of the full effect in year 1, all of it from year n. */
function phaseIn<N extends Num<N>>(k: Arithmetic<N>, year: number, years: number): N {
	return k.of(Math.min(year, years)).dividedBy(years);
}

const zeroLines = <K extends string, N>(ids: readonly K[], zero: N) =>
	Object.fromEntries(ids.map((id) => [id, zero])) as Record<K, N>;

/** The reference projection, exact to the penny in decimal.js. */
export function project(authority: Authority, scenario: Scenario): Projection {
	return projectWith(decimalArithmetic, authority, scenario);
}

/**
 * The same projection in floats, for sampling thousands of runs (Monte Carlo). Agrees with
 * project() to within pennies; never use it for published figures.
 */
export function projectFast(authority: Authority, scenario: Scenario): Projection<Float> {
	return projectWith(floatArithmetic, authority, scenario);
}

export function projectWith<N extends Num<N>>(
	k: Arithmetic<N>,
	authority: Authority,
	scenario: Scenario
): Projection<N> {
	const noIncome = zeroLines(incomeLineIds, k.zero);
	const noExpenditure = zeroLines(expenditureLineIds, k.zero);
	const values = resolveValues(scenario.values, authority);
	const p = engineInputs(k, values);
	const f = (id: keyof Authority['figures']) => k.of(authority.figures[id].value);

	const phaseYears = lags.phaseInYears.value;
	const statusQuoShare = f('localShareOfRates');
	const retentionShare = p.num('businessRatesRetention');
	// Slider status quo (49 %) is the current local share; a retention change is measured from it.
	const extraShare = retentionShare.minus(statusQuoShare);
	// Extra fees are measured from today's cost recovery: the slider's status quo.
	const statusQuoOf = (id: string) =>
		k.of(parametersFor(authority).find((p) => p.id === id)!.statusQuo as number).dividedBy(100);
	const statusQuoRecovery = statusQuoOf('feesCostRecovery');
	const targetRecovery = p.num('feesCostRecovery');
	const marginalRate = p
		.num('pwlbRate')
		.minus(p.num('bondAgencyShare').times(p.num('bondAgencySaving')));
	const multiplierRatio = p.num('multiplierChange').dividedBy(p.num('averageMultiplier'));
	const multiplierFactor = k.one
		.plus(p.num('rateableValueElasticity').times(multiplierRatio))
		.times(k.one.plus(multiplierRatio))
		.minus(k.one);

	// Growth factors are constant across years: computed once, not once a year.
	const cpiGrowth = k.one.plus(p.num('cpiInflation'));
	const populationGrowth = k.one.plus(f('populationGrowth'));
	// Children's placements: their own cost inflation, apart from the number of children.
	const socialCareGrowth = k.one.plus(p.num('socialCareInflation'));
	// Adult care: providers' pay rises with the National Living Wage, the rest with CPI; then demand.
	const providerPay = p.num('careProviderPayShare');
	const adultCarePrice = providerPay
		.times(p.num('nationalLivingWageGrowth'))
		.plus(k.one.minus(providerPay).times(p.num('cpiInflation')));
	const adultCareGrowth = k.one
		.plus(adultCarePrice)
		.times(k.one.plus(p.num('adultCareDemandGrowth')));
	// Re-basing: the first projected year's budget starts from what the base year really spent,
	// so the share of the base year's social care overspend the council builds in is added once.
	const rebasedShare = p.num('overspendRebasedShare');
	const adultRebase = k.one.plus(rebasedShare.times(p.num('adultCareOverspend')));
	const childrenRebase = k.one.plus(rebasedShare.times(p.num('childrenCareOverspend')));
	// Other services: the staff share with the pay award, the rest with prices; then population.
	const staffShare = p.num('staffShareOfServiceCosts');
	const otherGrowth = k.one
		.plus(staffShare.times(p.num('payAward')))
		.plus(k.one.minus(staffShare).times(p.num('otherInflation')))
		.times(populationGrowth);
	// Housing and homelessness also grow with the place's own temporary-accommodation demand.
	const housingDemand = k.one.plus(f('housingDemandGrowth'));
	// A new LGPS valuation changes employer pension rates, so staff costs, in the year it applies.
	const pensionFactor = (calendarYear: number): N => {
		const id = pensionResets[calendarYear as keyof typeof pensionResets];
		return id ? k.one.plus(staffShare.times(p.num(id))) : k.one;
	};
	// Packaging EPR: the base year's waste line is net of the payments, which change at their
	// own rate while the cost of collecting and disposing of waste grows like other services.
	const eprGrowth = k.one.plus(p.num('packagingEprGrowth'));
	const taxBaseGrowth = k.one.plus(f('councilTaxBaseGrowth'));
	const bandDGrowth = k.one.plus(p.num('councilTaxIncrease'));
	const preceptGrowth = k.one.plus(p.num('preceptGrowth'));
	// Grants follow the settlement in force for its years, then the declared growth assumption;
	// constitutional protection floors either at CPI.
	const protectedGrowth = (rate: N) =>
		k.one.plus(p.flag('settlementProtection') ? k.max(rate, p.num('cpiInflation')) : rate);
	const grantGrowth = protectedGrowth(p.num('grantGrowth'));
	const baseStart = baseYearStart(authority);
	const settledGrowth = (calendarYear: number): N | undefined => {
		const id = settledYears[calendarYear as keyof typeof settledYears];
		return id ? protectedGrowth(f(id)) : undefined;
	};
	// High-needs (DSG) deficits: held off the general fund until the override ends, then what
	// government has not written off falls on it, and each later year's overspend as it arises.
	const dsgHistoric = f('dsgDeficit');
	const dsgInYear = f('dsgInYearDeficit');
	const dsgWrittenOff = k.penny(dsgHistoric.times(p.num('dsgWriteOffShare')));
	const skillsSpend = p.num('skillsInvestment');
	const skillsEffect = skillsSpend.dividedBy(1_000_000).times(p.num('skillsGrowthEffect'));
	const realRatesGrowth = k.one.plus(p.num('rateableValueGrowth'));
	const earlyHelp = p.num('earlyHelpInvestment');
	const careGrowthBeforeLag = k.one.plus(p.num('childrenInCareGrowth'));
	const careGrowthAfterLag = careGrowthBeforeLag.minus(
		earlyHelp.dividedBy(1_000_000).times(p.num('careGrowthReductionPerMillion'))
	);
	const safetyNetShare = k.of(safetyNetThreshold.value);
	const childrenInCareFloor = f('childrenInCare').times(childrenInCareFloorShare.value);
	const needsIndexChange = p.num('needsFundingIndex').minus(k.one);
	const englandUplift = p.num('englandShareUplift');
	const settlementChanges = !needsIndexChange.isZero() || !englandUplift.isZero();
	const levy = p.num('touristLevy');
	const salesTaxRate = p.num('localSalesTax');
	const keptAfterCollection = k.one.minus(p.num('localTaxCollectionCost'));
	const poolingRate = p
		.num('placeBudgetPooling')
		.times(p.num('poolingEfficiency'))
		.times(p.num('poolingSavingsRetained'));
	const prevention = p.num('preventionInvestment');
	// P3 pooling with the NHS beyond today's Better Care Fund share (the slider's status quo):
	// only the extra pooled share saves, so the status quo changes nothing.
	const extraPooled = p.num('pooledHealthCareBudget').minus(statusQuoOf('pooledHealthCareBudget'));
	const healthPoolingRate = extraPooled.times(p.num('healthPoolingSaving'));
	const integration = p.num('integratedFamilyServices');
	const coProductionRate = p.num('coProductionShare').times(p.num('coProductionEfficiency'));
	const investToSave = p.num('investToSaveBorrowing');
	const capitalProgramme = f('capitalProgrammeBorrowing').times(p.num('capitalProgrammeScale'));
	const refinanceShare = p.num('debtRefinancedShare');
	const mrpRate = f('minimumRevenueProvisionRate');
	const assetLife = p.num('newBorrowingAssetLife').toNumber();
	// Internal borrowing: the cash behind reserves is partly lent to the capital programme, so
	// the base year's investment income (at today's rate) says how much cash is really invested.
	// That cash rises and falls with reserves; what reserves cannot back is borrowed externally.
	const reservesAtStart = f('generalFundBalance').plus(f('earmarkedReserves'));
	const cashInvestedAtStart = f('investmentIncome').dividedBy(statusQuoOf('investmentReturn'));
	const legacyRate = f('averageDebtRate');
	// The budget plan (plan.ts): savings, a planned draw on reserves, exceptional support.
	const plan = startPlan(k, p, marginalRate);

	// ---- State carried from year to year ----
	let population = f('population');
	let taxBase = f('councilTaxBase');
	let bandD = f('bandDCouncilTax');
	let policeBandD = f('policePreceptBandD');
	let fireBandD = f('firePreceptBandD');
	let otherBandD = f('otherPreceptBandD');
	let parishBandD = f('parishPreceptBandD');
	// The adult social care precept keeps its base-year share of the council's Band D.
	const bandDBase = bandD;
	const ascBandDBase = f('adultSocialCarePreceptBandD');
	// A pool gain (or levy) is held at its base-year cash: the model does not forecast the growth
	// above baseline it comes from. A combined-authority levy rises with prices.
	const poolGain = k.penny(f('businessRatesPoolGain'));
	let combinedAuthorityLevy = k.penny(f('combinedAuthorityLevy'));
	let ratesCollectable = f('businessRatesCollectable');
	let cpiIndex = k.one;
	let cpiIndexAtReset = k.one;
	let ratesAtReset = k.zero;
	const topUpBase = f('topUp');
	const baselineFundingLevelBase = statusQuoShare.times(ratesCollectable).plus(topUpBase);
	const grants = Object.fromEntries(
		grantLineIds.map((id) => [id, k.of(authority.grants[id].value)])
	) as Record<GrantLineId, N>;
	const services = Object.fromEntries(
		serviceLineIds.map((id) => [id, k.of(authority.services[id].value)])
	) as Record<ServiceLineId, N>;
	let childrenInCare = f('childrenInCare');
	let costPerChild = f('costPerChildInCare');
	let otherChildrenCosts = services.childrensSocialCare.minus(childrenInCare.times(costPerChild));
	let eprPayments = services.environmentAndWaste.times(p.num('packagingEprShareOfWaste'));
	let wasteBeforeEpr = services.environmentAndWaste.plus(eprPayments);
	let chargeableCost = f('chargeableServicesCost');
	let legacyDebt = f('externalDebt');
	let marginalDebt = k.zero;
	let programmeCfr = f('capitalFinancingRequirement');
	// Each projected year's programme borrowing, repaid over the asset life from the year after.
	const newBorrowing: N[] = [];
	let investToSaveInvested = k.zero;
	let investToSaveRepaid = k.zero;
	let skillsInvested = k.zero;
	// The deficit held in the DSG account at the end of the base year.
	let dsgDeficit = baseStart > 2025 ? dsgHistoric.plus(dsgInYear) : dsgHistoric;
	let cashInvested = cashInvestedAtStart;
	let generalFund = f('generalFundBalance');
	let earmarked = f('earmarkedReserves');
	const earmarkedFloor = k.penny(earmarked.times(k.one.minus(f('earmarkedAvailableShare'))));

	const years: YearResult<N>[] = [];
	const trustState = startTrust(authority);
	let baseYear: YearResult<N> | undefined;

	for (let t = 0; t <= YEARS; t++) {
		const income = { ...noIncome };
		const expenditure = { ...noExpenditure };
		const openingGeneralFund = generalFund;
		const openingEarmarked = earmarked;
		const openingReserves = generalFund.plus(earmarked);

		let interest: N;
		let mrp: N;
		let localRatesShare: N;

		if (t === 0) {
			// The base year is the budget as set: published figures, no levers.
			income.councilTax = k.penny(taxBase.times(bandD));
			income.businessRates = k.penny(statusQuoShare.times(ratesCollectable).plus(topUpBase));
			localRatesShare = statusQuoShare.times(ratesCollectable);
			// One-off: the base year's share of the collection fund's estimated surplus (deficit).
			income.collectionFundSurplus = k.penny(f('collectionFundSurplus'));
			for (const id of grantLineIds) income[id] = k.penny(grants[id]);
			income.investmentIncome = f('investmentIncome');
			for (const id of serviceLineIds) expenditure[id] = k.penny(services[id]);
			interest = k.penny(legacyDebt.times(legacyRate));
			mrp = k.penny(programmeCfr.times(mrpRate));
		} else {
			const phase = phaseIn(k, t, phaseYears);
			const calendarYear = baseStart + t;
			cpiIndex = cpiIndex.times(cpiGrowth);
			population = population.times(populationGrowth);

			// 1. Council tax: the Band D charge is set to the penny each year.
			taxBase = taxBase.times(taxBaseGrowth);
			bandD = k.penny(bandD.times(bandDGrowth));
			income.councilTax = k.penny(taxBase.times(bandD));

			// 2. Business rates. Skills investment lifts real growth after its lag.
			ratesCollectable = ratesCollectable
				.times(t > lags.skillsYears.value ? realRatesGrowth.plus(skillsEffect) : realRatesGrowth)
				.times(cpiGrowth);
			if (t === 1) {
				// The retention reset: the top-up falls by the extra share of year-1 rates, so the
				// change is neutral in its first year and the council keeps the extra share of growth.
				ratesAtReset = ratesCollectable;
				cpiIndexAtReset = cpiIndex;
			}
			const topUp = topUpBase
				.times(cpiIndex)
				.minus(extraShare.times(ratesAtReset).times(cpiIndex.dividedBy(cpiIndexAtReset)));
			localRatesShare = retentionShare.times(ratesCollectable);
			const retained = localRatesShare.plus(topUp);
			income.businessRates = k.penny(retained);
			combinedAuthorityLevy = k.penny(combinedAuthorityLevy.times(cpiGrowth));
			const safetyNetLevel = baselineFundingLevelBase.times(cpiIndex).times(safetyNetShare);
			income.businessRatesSafetyNet = k.penny(k.max(k.zero, safetyNetLevel.minus(retained)));
			if (!multiplierFactor.isZero()) {
				income.localMultiplierIncome = k.penny(ratesCollectable.times(multiplierFactor));
			}

			// 3. Grants, floored at inflation under constitutional protection; then needs-based
			// share-out and England's uplift, phased in, on settlement funding (BFL + grants).
			// In the settlement's years every grant but Recovery Grant (kept at its 2025/26 cash
			// allocation) changes as the council's settlement says.
			const settled = settledGrowth(calendarYear);
			for (const id of grantLineIds) {
				if (settled) {
					if (id !== 'recoveryGrant') grants[id] = k.penny(grants[id].times(settled));
				} else grants[id] = k.penny(grants[id].times(grantGrowth));
				income[id] = grants[id];
			}
			if (settlementChanges) {
				const settlementFunding = baselineFundingLevelBase
					.times(cpiIndex)
					.plus(k.sum(Object.values(grants)));
				const settlementFactor = k.one
					.plus(needsIndexChange.times(phase))
					.times(k.one.plus(englandUplift.times(phase)))
					.minus(k.one);
				income.settlementAdjustment = k.penny(settlementFunding.times(settlementFactor));
			}

			// 4. Local taxes, net of the demand response and collection cost.
			if (!levy.isZero()) {
				const priceRise = levy.dividedBy(p.num('averageRoomRate'));
				const roomNights = f('hotelRoomNights').times(
					k.one.plus(p.num('touristDemandElasticity').times(priceRise))
				);
				income.touristLevy = k.penny(levy.times(roomNights).times(keptAfterCollection));
			}
			if (!salesTaxRate.isZero()) {
				const taxableSales = p
					.num('retailSalesPerHead')
					.times(population)
					.times(cpiIndex)
					.times(k.one.plus(p.num('salesTaxLeakage').times(salesTaxRate)));
				income.localSalesTax = k.penny(salesTaxRate.times(taxableSales).times(keptAfterCollection));
			}

			// Pay, prices and population, with any new employer pension rates this year.
			const pension = pensionFactor(calendarYear);
			const yearOtherGrowth = otherGrowth.times(pension);

			// 5. Fees: extra income from raising cost recovery towards the s93 cap, phased in.
			chargeableCost = chargeableCost.times(yearOtherGrowth);
			if (!targetRecovery.equals(statusQuoRecovery)) {
				const recovery = statusQuoRecovery.plus(
					targetRecovery.minus(statusQuoRecovery).times(phase)
				);
				const usage = k.one.plus(
					p.num('feesDemandElasticity').times(recovery.dividedBy(statusQuoRecovery).minus(k.one))
				);
				income.additionalFeesIncome = k.penny(
					chargeableCost.times(recovery.times(usage).minus(statusQuoRecovery))
				);
			}

			// P1 pooling: the council's share of savings on partners' pooled spend.
			if (!poolingRate.isZero()) {
				const inScopeSpend = p.num('inScopeSpendPerHead').times(population).times(cpiIndex);
				income.poolingSavings = k.penny(inScopeSpend.times(poolingRate).times(phase));
			}

			// 6. Services. Adult care grows with care inflation and demand; children's care is the
			// number in care times the cost per child; the rest grow with pay, prices and population.
			// In the first projected year both care budgets are re-based on the base year's overspend.
			const adultGrowth = t === 1 ? adultCareGrowth.times(adultRebase) : adultCareGrowth;
			const placementGrowth = t === 1 ? socialCareGrowth.times(childrenRebase) : socialCareGrowth;
			services.adultSocialCare = k.penny(services.adultSocialCare.times(adultGrowth));
			const careGrowth = t > lags.earlyHelpYears.value ? careGrowthAfterLag : careGrowthBeforeLag;
			childrenInCare = k.max(childrenInCare.times(careGrowth), childrenInCareFloor);
			costPerChild = costPerChild.times(placementGrowth);
			otherChildrenCosts = otherChildrenCosts.times(placementGrowth);
			services.childrensSocialCare = k.penny(
				childrenInCare.times(costPerChild).plus(otherChildrenCosts)
			);
			wasteBeforeEpr = wasteBeforeEpr.times(yearOtherGrowth);
			eprPayments = eprPayments.times(eprGrowth);
			services.environmentAndWaste = k.penny(wasteBeforeEpr.minus(eprPayments));
			for (const id of serviceLineIds) {
				if (id === 'housingAndHomelessness')
					services[id] = k.penny(services[id].times(yearOtherGrowth).times(housingDemand));
				else if (
					id !== 'adultSocialCare' &&
					id !== 'childrensSocialCare' &&
					id !== 'environmentAndWaste'
				)
					services[id] = k.penny(services[id].times(yearOtherGrowth));
				expenditure[id] = services[id];
			}

			// Investments are spent each year; their savings are shown as separate negative lines.
			expenditure.skillsInvestment = k.penny(skillsSpend);
			expenditure.preventionInvestment = k.penny(prevention);
			expenditure.earlyHelpInvestment = k.penny(earlyHelp);
			if (!prevention.isZero()) {
				const ramp = k.min(k.one, k.of(t).dividedBy(p.num('preventionLag')));
				const gross = prevention.times(p.num('preventionReturn')).times(ramp);
				const councilShare = p.num('preventionSavingsInCouncil');
				expenditure.preventionSavings = k.zero.minus(k.penny(gross.times(councilShare)));
				income.acuteSavingsReinvested = k.penny(
					gross.times(k.one.minus(councilShare)).times(p.num('acuteSavingsReinvested'))
				);
			}
			if (!integration.isZero()) {
				expenditure.integrationSavings = k.zero.minus(
					k.penny(services.childrensSocialCare.times(integration).times(phase))
				);
			}
			if (!healthPoolingRate.isZero()) {
				expenditure.healthPoolingSavings = k.zero.minus(
					k.penny(services.adultSocialCare.times(healthPoolingRate).times(phase))
				);
			}
			if (!coProductionRate.isZero()) {
				expenditure.coProductionSavings = k.zero.minus(
					k.penny(k.sum(serviceLineIds.map((id) => services[id])).times(coProductionRate))
				);
			}
			expenditure.plannedSavings = k.zero.minus(plan.savingsIn(t));

			// High needs: the deficit grows under the override; at its end government writes off its
			// share of the deficit to March 2026, and the rest is charged the year after.
			if (calendarYear <= dsgOverrideLastYear.value) {
				dsgDeficit = dsgDeficit.plus(dsgInYear);
				if (calendarYear === dsgOverrideLastYear.value)
					dsgDeficit = k.max(k.zero, dsgDeficit.minus(dsgWrittenOff));
			} else {
				expenditure.dsgDeficitCharge = k.penny(dsgDeficit.plus(dsgInYear));
				dsgDeficit = k.zero;
			}

			// 7. Capital financing. MRP is charged on last year's CFR from before the base year at the
			// council's own rate, and on each later year's borrowing over the asset life; maturing old
			// loans and all new borrowing are taken at the marginal rate (PWLB, less the bond agency's
			// saving).
			const investToSaveMrp = investToSaveInvested.dividedBy(lags.investToSaveRepaymentYears.value);
			const legacyMrp = programmeCfr.times(mrpRate);
			const newMrp = k.sum(
				newBorrowing
					.filter((_, i) => t - (i + 1) <= assetLife)
					.map((borrowed) => borrowed.dividedBy(assetLife))
			);
			const programmeMrp = legacyMrp.plus(newMrp);
			mrp = k.penny(programmeMrp.plus(investToSaveMrp));
			if (!investToSaveInvested.isZero()) {
				income.investToSaveReturns = k.penny(
					investToSaveInvested.times(p.num('investToSaveYield'))
				);
			}
			const investedForGrowth = investToSaveInvested.plus(skillsInvested);
			if (!investedForGrowth.isZero()) {
				income.earnback = k.penny(
					k.min(
						investedForGrowth.times(p.num('earnbackRate')),
						p.num('earnbackCapPerHead').times(population)
					)
				);
			}
			const refinanced = legacyDebt.times(refinanceShare);
			const repaidFromLegacy = k.min(legacyDebt.minus(refinanced), mrp);
			legacyDebt = legacyDebt.minus(refinanced).minus(repaidFromLegacy);
			marginalDebt = marginalDebt
				.plus(refinanced)
				.plus(capitalProgramme)
				.plus(investToSave)
				.minus(mrp.minus(repaidFromLegacy));
			programmeCfr = programmeCfr.minus(legacyMrp);
			newBorrowing.push(capitalProgramme);
			investToSaveRepaid = investToSaveRepaid.plus(investToSaveMrp);
			investToSaveInvested = investToSaveInvested.plus(investToSave);
			skillsInvested = skillsInvested.plus(skillsSpend);
			// Cash invested moves with reserves; below zero, the council borrows what reserves no longer
			// back (internal borrowing repaid) at the marginal rate.
			cashInvested = cashInvestedAtStart.plus(openingReserves.minus(reservesAtStart));
			const borrowedForCash = k.max(k.zero, k.zero.minus(cashInvested));
			interest = k.penny(
				legacyDebt
					.times(legacyRate)
					.plus(k.max(k.zero, marginalDebt).plus(borrowedForCash).times(marginalRate))
			);
			// Exceptional support taken in earlier years: its own MRP and interest (plan.ts).
			const supportFinancing = plan.financing();
			interest = interest.plus(supportFinancing.interest);
			mrp = mrp.plus(supportFinancing.mrp);

			// 8. Interest on the cash actually invested: nothing is earned on a negative balance.
			income.investmentIncome = k.penny(
				k.max(k.zero, cashInvested).times(p.num('investmentReturn'))
			);
			policeBandD = k.penny(policeBandD.times(preceptGrowth));
			fireBandD = k.penny(fireBandD.times(preceptGrowth));
			otherBandD = k.penny(otherBandD.times(preceptGrowth));
			parishBandD = k.penny(parishBandD.times(preceptGrowth));
		}
		income.businessRatesPoolGain = poolGain;
		expenditure.combinedAuthorityLevy = combinedAuthorityLevy;
		expenditure.interest = interest;
		expenditure.minimumRevenueProvision = mrp;

		// 9. The gap is met by the plan's exceptional support (if any), then from available
		// earmarked reserves, then the general fund; a surplus adds to the general fund.
		// Closing = opening + income − expenditure + exceptional support by construction.
		const incomeTotal = k.sum(Object.values(income));
		const expenditureTotal = k.sum(Object.values(expenditure));
		const gap = expenditureTotal.minus(incomeTotal);
		const netBudget = k.sum([
			income.councilTax,
			income.businessRates,
			income.businessRatesSafetyNet,
			income.businessRatesPoolGain,
			income.collectionFundSurplus,
			income.localMultiplierIncome,
			...grantLineIds.map((id) => income[id]),
			income.settlementAdjustment
		]);
		const minimumGeneralFund = k.penny(netBudget.times(f('minimumGeneralFundShare')));
		const availableEarmarked = k.max(k.zero, earmarked.minus(earmarkedFloor));
		// The base year is the budget as set: its gap is its own planned use of reserves (none
		// unless declared, checked by checkAuthority), never met by the plan's levers.
		const { reservesUsed, exceptionalSupport } =
			t === 0
				? { reservesUsed: gap, exceptionalSupport: k.zero }
				: plan.meetGap(
						gap,
						availableEarmarked.plus(k.max(k.zero, generalFund.minus(minimumGeneralFund)))
					);
		const fromReserves = gap.minus(exceptionalSupport);
		if (fromReserves.greaterThan(0)) {
			const fromEarmarked = k.min(fromReserves, availableEarmarked);
			earmarked = k.penny(earmarked.minus(fromEarmarked));
			generalFund = generalFund.minus(fromReserves.minus(fromEarmarked));
		} else {
			generalFund = generalFund.minus(fromReserves);
		}
		earmarked = k.penny(earmarked);
		generalFund = k.penny(generalFund);

		const locallyRaised = k.sum([
			income.councilTax,
			k.penny(localRatesShare),
			income.localMultiplierIncome,
			income.touristLevy,
			income.localSalesTax,
			income.additionalFeesIncome
		]);
		const locallyRaisedShare = incomeTotal.isZero()
			? 0
			: locallyRaised.dividedBy(incomeTotal).toNumber();
		const serviceSpend = expenditureTotal
			.minus(interest)
			.minus(mrp)
			.minus(expenditure.dsgDeficitCharge);

		const bandDs = {
			council: bandD,
			police: policeBandD,
			fire: fireBandD,
			other: otherBandD,
			parish: parishBandD,
			adultSocialCare: bandDBase.isZero()
				? k.zero
				: k.penny(ascBandDBase.times(bandD).dividedBy(bandDBase))
		};
		let bills: Bill<N>[] | undefined;
		const year: YearResult<N> = {
			index: t,
			year: yearLabel(t, baseStart),
			income,
			expenditure,
			incomeTotal,
			expenditureTotal,
			gap,
			gapWithoutAction: gap.minus(expenditure.plannedSavings),
			savingsDelivered: k.zero.minus(expenditure.plannedSavings),
			reservesUsed,
			exceptionalSupport,
			openingGeneralFund,
			closingGeneralFund: generalFund,
			openingEarmarkedReserves: openingEarmarked,
			closingEarmarkedReserves: earmarked,
			openingReserves,
			closingReserves: generalFund.plus(earmarked),
			closingAvailableReserves: generalFund.plus(k.max(k.zero, earmarked.minus(earmarkedFloor))),
			netBudget,
			minimumGeneralFund,
			financingCosts: interest.plus(mrp),
			feesAndChargesIncome:
				t === 0
					? f('feesAndChargesIncome')
					: k.penny(chargeableCost.times(statusQuoRecovery)).plus(income.additionalFeesIncome),
			baselineFundingLevel: k.penny(baselineFundingLevelBase.times(cpiIndex)),
			externalDebt: k.penny(
				legacyDebt
					.plus(marginalDebt)
					.plus(plan.debt())
					.plus(k.max(k.zero, k.zero.minus(cashInvested)))
			),
			dsgDeficit: k.penny(dsgDeficit),
			bandDCouncilTax: bandD,
			// Bills are worked out when read: most uses (sliders, Monte Carlo) never look at them.
			get bills() {
				return (bills ??= bandBills(k, bandDs));
			},
			childrenInCare: Math.round(childrenInCare.toNumber() * 10) / 10,
			locallyRaisedShare,
			trust: trustState.current,
			flags: []
		};
		baseYear ??= year;
		year.trust = stepTrust(trustState, {
			year: t,
			locallyRaisedShare,
			baseLocallyRaisedShare: baseYear.locallyRaisedShare,
			realServiceSpendPerHead: serviceSpend.dividedBy(cpiIndex).dividedBy(population).toNumber(),
			realBandD: bandD.dividedBy(cpiIndex).toNumber(),
			coProductionSharePct: values.coProductionShare as number,
			reservesExhausted: generalFund.lessThan(0)
		});
		year.flags = yearFlags(year, values, p, plan.active);
		years.push(year);
	}

	const exhausted = years.find((y) => y.flags.some((flag) => flag.id === 'reservesExhausted'));
	return {
		modelVersion: MODEL_VERSION,
		authorityId: authority.id,
		authorityName: authority.name,
		values,
		years,
		reservesExhaustedIn: exhausted?.year ?? null
	};
}
