/**
 * project(authority, scenario): the council's accounts year by year, 2025/26 to 2035/36.
 * Equations follow shared/MODEL.md "Yearly accounts". Every published line is rounded to the
 * penny once a year and carried forward rounded, so each year's totals are sums of exactly
 * the lines shown and the books balance to the penny.
 */
import {
	childrenInCareFloorShare,
	councilTaxBands,
	lags,
	MODEL_VERSION,
	parameterById,
	safetyNetThreshold,
	serviceLineIds,
	grantLineIds,
	type Authority,
	type GrantLineId,
	type ServiceLineId
} from '../../../models/index';
import { Decimal, ONE, ZERO, max, min, penny, sum } from './decimal';
import { yearFlags } from './flags';
import { engineInputs, resolveValues } from './parameters';
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
const BASE_YEAR_START = 2025;

export function yearLabel(index: number): string {
	const start = BASE_YEAR_START + index;
	return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const bandRatios = councilTaxBands.map(({ band, ninths }) => ({
	band,
	ratio: new Decimal(ninths).dividedBy(9)
}));

/** Band A–H bills from the Band D charges: each part rounded to the penny, as on the bill. */
function bandBills(council: Decimal, police: Decimal, fire: Decimal): Bill[] {
	return bandRatios.map(({ band, ratio }) => {
		const c = penny(council.times(ratio));
		const p = penny(police.times(ratio));
		const f = penny(fire.times(ratio));
		return { band, council: c, police: p, fire: f, total: c.plus(p).plus(f) };
	});
}

/** Linear phase-in: 1/n of the full effect in year 1, all of it from year n. */
function phaseIn(year: number, years: number): Decimal {
	return new Decimal(Math.min(year, years)).dividedBy(years);
}

const zeroLines = <K extends string>(ids: readonly K[]) =>
	Object.fromEntries(ids.map((id) => [id, ZERO])) as Record<K, Decimal>;
const noIncome = zeroLines(incomeLineIds);
const noExpenditure = zeroLines(expenditureLineIds);

export function project(authority: Authority, scenario: Scenario): Projection {
	const values = resolveValues(scenario.values);
	const p = engineInputs(values);
	const f = (id: keyof Authority['figures']) => new Decimal(authority.figures[id].value);

	const phaseYears = lags.phaseInYears.value;
	const statusQuoShare = f('localShareOfRates');
	const retentionShare = p.num('businessRatesRetention');
	// Slider status quo (49 %) is the current local share; a retention change is measured from it.
	const extraShare = retentionShare.minus(statusQuoShare);
	// Extra fees are measured from today's cost recovery: the slider's status quo.
	const statusQuoRecovery = new Decimal(
		parameterById.get('feesCostRecovery')!.statusQuo as number
	).dividedBy(100);
	const targetRecovery = p.num('feesCostRecovery');
	const marginalRate = p
		.num('pwlbRate')
		.minus(p.num('bondAgencyShare').times(p.num('bondAgencySaving')));
	const multiplierRatio = p.num('multiplierChange').dividedBy(p.num('averageMultiplier'));
	const multiplierFactor = ONE.plus(p.num('rateableValueElasticity').times(multiplierRatio))
		.times(ONE.plus(multiplierRatio))
		.minus(ONE);

	// Growth factors are constant across years: computed once, not once a year.
	const cpiGrowth = ONE.plus(p.num('cpiInflation'));
	const populationGrowth = ONE.plus(f('populationGrowth'));
	const socialCareGrowth = ONE.plus(p.num('socialCareInflation'));
	const adultCareGrowth = socialCareGrowth.times(ONE.plus(p.num('adultCareDemandGrowth')));
	const otherGrowth = ONE.plus(p.num('otherInflation')).times(populationGrowth);
	const taxBaseGrowth = ONE.plus(f('councilTaxBaseGrowth'));
	const bandDGrowth = ONE.plus(p.num('councilTaxIncrease'));
	const preceptGrowth = ONE.plus(p.num('preceptGrowth'));
	const grantGrowth = ONE.plus(
		p.flag('settlementProtection')
			? max(p.num('grantGrowth'), p.num('cpiInflation'))
			: p.num('grantGrowth')
	);
	const skillsSpend = p.num('skillsInvestment');
	const skillsEffect = skillsSpend.dividedBy(1_000_000).times(p.num('skillsGrowthEffect'));
	const realRatesGrowth = ONE.plus(p.num('rateableValueGrowth'));
	const earlyHelp = p.num('earlyHelpInvestment');
	const careGrowthBeforeLag = ONE.plus(p.num('childrenInCareGrowth'));
	const careGrowthAfterLag = careGrowthBeforeLag.minus(
		earlyHelp.dividedBy(1_000_000).times(p.num('careGrowthReductionPerMillion'))
	);
	const safetyNetShare = new Decimal(safetyNetThreshold.value);
	const childrenInCareFloor = f('childrenInCare').times(childrenInCareFloorShare.value);
	const needsIndexChange = p.num('needsFundingIndex').minus(ONE);
	const englandUplift = p.num('englandShareUplift');
	const settlementChanges = !needsIndexChange.isZero() || !englandUplift.isZero();
	const levy = p.num('touristLevy');
	const salesTaxRate = p.num('localSalesTax');
	const keptAfterCollection = ONE.minus(p.num('localTaxCollectionCost'));
	const poolingRate = p
		.num('placeBudgetPooling')
		.times(p.num('poolingEfficiency'))
		.times(p.num('poolingSavingsRetained'));
	const prevention = p.num('preventionInvestment');
	const integration = p.num('integratedFamilyServices');
	const coProductionRate = p.num('coProductionShare').times(p.num('coProductionEfficiency'));
	const investToSave = p.num('investToSaveBorrowing');
	const capitalProgramme = p.num('capitalProgrammeBorrowing');
	const refinanceShare = p.num('debtRefinancedShare');
	const mrpRate = f('minimumRevenueProvisionRate');
	const legacyRate = f('averageDebtRate');

	// ---- State carried from year to year ----
	let population = f('population');
	let taxBase = f('councilTaxBase');
	let bandD = f('bandDCouncilTax');
	let policeBandD = f('policePreceptBandD');
	let fireBandD = f('firePreceptBandD');
	let ratesCollectable = f('businessRatesCollectable');
	let cpiIndex = ONE;
	let cpiIndexAtReset = ONE;
	let ratesAtReset = ZERO;
	const topUpBase = f('topUp');
	const baselineFundingLevelBase = statusQuoShare.times(ratesCollectable).plus(topUpBase);
	const grants = Object.fromEntries(
		grantLineIds.map((id) => [id, new Decimal(authority.grants[id].value)])
	) as Record<GrantLineId, Decimal>;
	const services = Object.fromEntries(
		serviceLineIds.map((id) => [id, new Decimal(authority.services[id].value)])
	) as Record<ServiceLineId, Decimal>;
	let childrenInCare = f('childrenInCare');
	let costPerChild = f('costPerChildInCare');
	let otherChildrenCosts = services.childrensSocialCare.minus(childrenInCare.times(costPerChild));
	let chargeableCost = f('chargeableServicesCost');
	let legacyDebt = f('externalDebt');
	let marginalDebt = ZERO;
	let programmeCfr = f('capitalFinancingRequirement');
	let investToSaveInvested = ZERO;
	let investToSaveRepaid = ZERO;
	let skillsInvested = ZERO;
	let generalFund = f('generalFundBalance');
	let earmarked = f('earmarkedReserves');
	const earmarkedFloor = earmarked.times(ONE.minus(f('earmarkedAvailableShare')));

	const years: YearResult[] = [];
	const trustState = startTrust(authority);
	let baseYear: YearResult | undefined;

	for (let t = 0; t <= YEARS; t++) {
		const income = { ...noIncome };
		const expenditure = { ...noExpenditure };
		const openingGeneralFund = generalFund;
		const openingEarmarked = earmarked;
		const openingReserves = generalFund.plus(earmarked);

		let interest: Decimal;
		let mrp: Decimal;
		let localRatesShare: Decimal;

		if (t === 0) {
			// The base year is the budget as set: published figures, no levers.
			income.councilTax = penny(taxBase.times(bandD));
			income.businessRates = penny(statusQuoShare.times(ratesCollectable).plus(topUpBase));
			localRatesShare = statusQuoShare.times(ratesCollectable);
			for (const id of grantLineIds) income[id] = penny(grants[id]);
			income.investmentIncome = f('investmentIncome');
			for (const id of serviceLineIds) expenditure[id] = penny(services[id]);
			interest = penny(legacyDebt.times(legacyRate));
			mrp = penny(programmeCfr.times(mrpRate));
		} else {
			const phase = phaseIn(t, phaseYears);
			cpiIndex = cpiIndex.times(cpiGrowth);
			population = population.times(populationGrowth);

			// 1. Council tax: the Band D charge is set to the penny each year.
			taxBase = taxBase.times(taxBaseGrowth);
			bandD = penny(bandD.times(bandDGrowth));
			income.councilTax = penny(taxBase.times(bandD));

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
			income.businessRates = penny(retained);
			const safetyNetLevel = baselineFundingLevelBase.times(cpiIndex).times(safetyNetShare);
			income.businessRatesSafetyNet = penny(max(ZERO, safetyNetLevel.minus(retained)));
			if (!multiplierFactor.isZero()) {
				income.localMultiplierIncome = penny(ratesCollectable.times(multiplierFactor));
			}

			// 3. Grants, floored at inflation under constitutional protection; then needs-based
			// share-out and England's uplift, phased in, on settlement funding (BFL + grants).
			for (const id of grantLineIds) {
				grants[id] = penny(grants[id].times(grantGrowth));
				income[id] = grants[id];
			}
			if (settlementChanges) {
				const settlementFunding = baselineFundingLevelBase
					.times(cpiIndex)
					.plus(sum(Object.values(grants)));
				const settlementFactor = ONE.plus(needsIndexChange.times(phase))
					.times(ONE.plus(englandUplift.times(phase)))
					.minus(ONE);
				income.settlementAdjustment = penny(settlementFunding.times(settlementFactor));
			}

			// 4. Local taxes, net of the demand response and collection cost.
			if (!levy.isZero()) {
				const priceRise = levy.dividedBy(p.num('averageRoomRate'));
				const roomNights = p
					.num('roomNightsPerYear')
					.times(ONE.plus(p.num('touristDemandElasticity').times(priceRise)));
				income.touristLevy = penny(levy.times(roomNights).times(keptAfterCollection));
			}
			if (!salesTaxRate.isZero()) {
				const taxableSales = p
					.num('retailSalesPerHead')
					.times(population)
					.times(cpiIndex)
					.times(ONE.plus(p.num('salesTaxLeakage').times(salesTaxRate)));
				income.localSalesTax = penny(salesTaxRate.times(taxableSales).times(keptAfterCollection));
			}

			// 5. Fees: extra income from raising cost recovery towards the s93 cap, phased in.
			chargeableCost = chargeableCost.times(otherGrowth);
			if (!targetRecovery.equals(statusQuoRecovery)) {
				const recovery = statusQuoRecovery.plus(
					targetRecovery.minus(statusQuoRecovery).times(phase)
				);
				const usage = ONE.plus(
					p.num('feesDemandElasticity').times(recovery.dividedBy(statusQuoRecovery).minus(ONE))
				);
				income.additionalFeesIncome = penny(
					chargeableCost.times(recovery.times(usage).minus(statusQuoRecovery))
				);
			}

			// P1 pooling: the council's share of savings on partners' pooled spend.
			if (!poolingRate.isZero()) {
				const inScopeSpend = p.num('inScopeSpendPerHead').times(population).times(cpiIndex);
				income.poolingSavings = penny(inScopeSpend.times(poolingRate).times(phase));
			}

			// 6. Services. Adult care grows with care inflation and demand; children's care is the
			// number in care times the cost per child; the rest grow with pay, prices and population.
			services.adultSocialCare = penny(services.adultSocialCare.times(adultCareGrowth));
			const careGrowth = t > lags.earlyHelpYears.value ? careGrowthAfterLag : careGrowthBeforeLag;
			childrenInCare = max(childrenInCare.times(careGrowth), childrenInCareFloor);
			costPerChild = costPerChild.times(socialCareGrowth);
			otherChildrenCosts = otherChildrenCosts.times(socialCareGrowth);
			services.childrensSocialCare = penny(
				childrenInCare.times(costPerChild).plus(otherChildrenCosts)
			);
			for (const id of serviceLineIds) {
				if (id !== 'adultSocialCare' && id !== 'childrensSocialCare') {
					services[id] = penny(services[id].times(otherGrowth));
				}
				expenditure[id] = services[id];
			}

			// Investments are spent each year; their savings are shown as separate negative lines.
			expenditure.skillsInvestment = penny(skillsSpend);
			expenditure.preventionInvestment = penny(prevention);
			expenditure.earlyHelpInvestment = penny(earlyHelp);
			if (!prevention.isZero()) {
				const ramp = min(ONE, new Decimal(t).dividedBy(p.num('preventionLag')));
				const gross = prevention.times(p.num('preventionReturn')).times(ramp);
				const councilShare = p.num('preventionSavingsInCouncil');
				expenditure.preventionSavings = ZERO.minus(penny(gross.times(councilShare)));
				income.acuteSavingsReinvested = penny(
					gross.times(ONE.minus(councilShare)).times(p.num('acuteSavingsReinvested'))
				);
			}
			if (!integration.isZero()) {
				expenditure.integrationSavings = ZERO.minus(
					penny(services.childrensSocialCare.times(integration).times(phase))
				);
			}
			if (!coProductionRate.isZero()) {
				expenditure.coProductionSavings = ZERO.minus(
					penny(sum(serviceLineIds.map((id) => services[id])).times(coProductionRate))
				);
			}

			// 7. Capital financing. MRP is charged on last year's CFR; maturing old loans and all new
			// borrowing are taken at the marginal rate (PWLB, less the bond agency's saving).
			const investToSaveMrp = investToSaveInvested.dividedBy(lags.investToSaveRepaymentYears.value);
			const programmeMrp = programmeCfr.times(mrpRate);
			mrp = penny(programmeMrp.plus(investToSaveMrp));
			if (!investToSaveInvested.isZero()) {
				income.investToSaveReturns = penny(investToSaveInvested.times(p.num('investToSaveYield')));
			}
			const investedForGrowth = investToSaveInvested.plus(skillsInvested);
			if (!investedForGrowth.isZero()) {
				income.earnback = penny(
					min(
						investedForGrowth.times(p.num('earnbackRate')),
						p.num('earnbackCapPerHead').times(population)
					)
				);
			}
			const refinanced = legacyDebt.times(refinanceShare);
			const repaidFromLegacy = min(legacyDebt.minus(refinanced), mrp);
			legacyDebt = legacyDebt.minus(refinanced).minus(repaidFromLegacy);
			marginalDebt = marginalDebt
				.plus(refinanced)
				.plus(capitalProgramme)
				.plus(investToSave)
				.minus(mrp.minus(repaidFromLegacy));
			programmeCfr = programmeCfr.plus(capitalProgramme).minus(programmeMrp);
			investToSaveRepaid = investToSaveRepaid.plus(investToSaveMrp);
			investToSaveInvested = investToSaveInvested.plus(investToSave);
			skillsInvested = skillsInvested.plus(skillsSpend);
			interest = penny(
				legacyDebt.times(legacyRate).plus(max(ZERO, marginalDebt).times(marginalRate))
			);

			// 8. Interest on cash: nothing is earned on a negative balance.
			income.investmentIncome = penny(max(ZERO, openingReserves).times(p.num('investmentReturn')));
			policeBandD = penny(policeBandD.times(preceptGrowth));
			fireBandD = penny(fireBandD.times(preceptGrowth));
		}
		expenditure.interest = interest;
		expenditure.minimumRevenueProvision = mrp;

		// 9. The gap is met from available earmarked reserves, then the general fund; a surplus
		// adds to the general fund. Closing = opening + income − expenditure by construction.
		const incomeTotal = sum(Object.values(income));
		const expenditureTotal = sum(Object.values(expenditure));
		const gap = expenditureTotal.minus(incomeTotal);
		if (gap.greaterThan(0)) {
			const fromEarmarked = min(gap, max(ZERO, earmarked.minus(earmarkedFloor)));
			earmarked = penny(earmarked.minus(fromEarmarked));
			generalFund = generalFund.minus(gap.minus(fromEarmarked));
		} else {
			generalFund = generalFund.minus(gap);
		}
		earmarked = penny(earmarked);
		generalFund = penny(generalFund);

		const netBudget = sum([
			income.councilTax,
			income.businessRates,
			income.businessRatesSafetyNet,
			income.localMultiplierIncome,
			...grantLineIds.map((id) => income[id]),
			income.settlementAdjustment
		]);
		const locallyRaised = sum([
			income.councilTax,
			penny(localRatesShare),
			income.localMultiplierIncome,
			income.touristLevy,
			income.localSalesTax,
			income.additionalFeesIncome
		]);
		const locallyRaisedShare = incomeTotal.isZero()
			? 0
			: locallyRaised.dividedBy(incomeTotal).toNumber();
		const serviceSpend = expenditureTotal.minus(interest).minus(mrp);

		const bandDAtYear = bandD;
		const policeAtYear = policeBandD;
		const fireAtYear = fireBandD;
		let bills: Bill[] | undefined;
		const year: YearResult = {
			index: t,
			year: yearLabel(t),
			income,
			expenditure,
			incomeTotal,
			expenditureTotal,
			gap,
			openingGeneralFund,
			closingGeneralFund: generalFund,
			openingEarmarkedReserves: openingEarmarked,
			closingEarmarkedReserves: earmarked,
			openingReserves,
			closingReserves: generalFund.plus(earmarked),
			netBudget,
			minimumGeneralFund: penny(netBudget.times(f('minimumGeneralFundShare'))),
			financingCosts: interest.plus(mrp),
			feesAndChargesIncome:
				t === 0
					? f('feesAndChargesIncome')
					: penny(chargeableCost.times(statusQuoRecovery)).plus(income.additionalFeesIncome),
			baselineFundingLevel: penny(baselineFundingLevelBase.times(cpiIndex)),
			externalDebt: penny(legacyDebt.plus(marginalDebt)),
			bandDCouncilTax: bandD,
			// Bills are worked out when read: most uses (sliders, Monte Carlo) never look at them.
			get bills() {
				return (bills ??= bandBills(bandDAtYear, policeAtYear, fireAtYear));
			},
			childrenInCare: childrenInCare.toDecimalPlaces(1).toNumber(),
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
		year.flags = yearFlags(year, values, p);
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
