/**
 * project(authority, scenario): the council's accounts year by year, from the base year the
 * authority declares (2025/26 or 2026/27) and ten projected years after it, in decimal.js. The
 * accounts themselves are core.ts (shared with the fast path); this adds what is published with
 * them: labels, bills, trust indicators and flags.
 */
import { councilTaxBands, MODEL_VERSION, type Authority } from '../../../models/index';
import { projectYears } from './core';
import { Decimal, decimalArithmetic, penny, sum, ZERO } from './decimal';
import { yearFlags } from './flags';
import { engineInputs, resolveValues } from './parameters';
import { startTrust, stepTrust } from './trust';
import {
	expenditureLineIds,
	incomeLineIds,
	type Bill,
	type Projection,
	type Scenario,
	type YearResult
} from './types';

export { YEARS } from './core';

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

interface BandDCharges {
	council: Decimal;
	police: Decimal;
	fire: Decimal;
	other: Decimal;
	parish: Decimal;
	adultSocialCare: Decimal;
}

/**
 * A band's bill from the Band D charges: each part rounded to the penny, as on the bill. The
 * adult social care precept is shown within the council's part, not added to the total.
 */
function bandBill(bandD: BandDCharges, { band, ninths }: (typeof councilTaxBands)[number]): Bill {
	const ratio = new Decimal(ninths).dividedBy(9);
	const council = penny(bandD.council.times(ratio));
	const police = penny(bandD.police.times(ratio));
	const fire = penny(bandD.fire.times(ratio));
	const other = penny(bandD.other.times(ratio));
	const parish = penny(bandD.parish.times(ratio));
	const adultSocialCare = penny(bandD.adultSocialCare.times(ratio));
	const total = council.plus(police).plus(fire).plus(other).plus(parish);
	return { band, council, police, fire, other, parish, adultSocialCare, total };
}

const bandD = councilTaxBands.find(({ band }) => band === 'D')!;

const lineRecord = <K extends string>(ids: readonly K[], lines: Decimal[]) =>
	Object.fromEntries(ids.map((id, i) => [id, lines[i]])) as Record<K, Decimal>;

/** The reference projection, exact to the penny in decimal.js. */
export function project(authority: Authority, scenario: Scenario): Projection {
	const k = decimalArithmetic;
	const values = resolveValues(scenario.values, authority);
	const p = engineInputs(k, values);
	const baseStart = baseYearStart(authority);
	const years: YearResult[] = [];
	const trustState = startTrust(authority);
	const income: Decimal[] = new Array(incomeLineIds.length);
	const expenditure: Decimal[] = new Array(expenditureLineIds.length);

	projectYears(k, authority, p, {
		income,
		expenditure,
		year(y) {
			const t = y.t;
			const incomeLines = lineRecord(incomeLineIds, income);
			const expenditureLines = lineRecord(expenditureLineIds, expenditure);
			const locallyRaised = sum([
				incomeLines.councilTax,
				penny(y.localRatesShare),
				incomeLines.localMultiplierIncome,
				incomeLines.touristLevy,
				incomeLines.localSalesTax,
				incomeLines.additionalFeesIncome
			]);
			const locallyRaisedShare = y.incomeTotal.isZero()
				? 0
				: locallyRaised.dividedBy(y.incomeTotal).toNumber();
			const serviceSpend = y.expenditureTotal
				.minus(y.interest)
				.minus(y.mrp)
				.minus(expenditureLines.dsgDeficitCharge);
			const bandDs: BandDCharges = {
				council: y.bandD,
				police: y.policeBandD,
				fire: y.fireBandD,
				other: y.otherBandD,
				parish: y.parishBandD,
				adultSocialCare: y.bandDBase.isZero()
					? ZERO
					: penny(y.ascBandDBase.times(y.bandD).dividedBy(y.bandDBase))
			};
			let bills: Bill[] | undefined;
			let bandDBill: Decimal | undefined;
			const year: YearResult = {
				index: t,
				year: yearLabel(t, baseStart),
				income: incomeLines,
				expenditure: expenditureLines,
				incomeTotal: y.incomeTotal,
				expenditureTotal: y.expenditureTotal,
				gap: y.gap,
				gapWithoutAction: y.gap.minus(expenditureLines.plannedSavings),
				savingsDelivered: ZERO.minus(expenditureLines.plannedSavings),
				reservesUsed: y.reservesUsed,
				exceptionalSupport: y.exceptionalSupport,
				openingGeneralFund: y.openingGeneralFund,
				closingGeneralFund: y.closingGeneralFund,
				openingEarmarkedReserves: y.openingEarmarked,
				closingEarmarkedReserves: y.closingEarmarked,
				openingReserves: y.openingReserves,
				closingReserves: y.closingReserves,
				closingAvailableReserves: y.closingAvailableReserves,
				netBudget: y.netBudget,
				minimumGeneralFund: y.minimumGeneralFund,
				financingCosts: y.financingCosts,
				feesAndChargesIncome: y.feesAndChargesIncome,
				baselineFundingLevel: y.baselineFundingLevel,
				externalDebt: y.externalDebt,
				dsgDeficit: y.dsgDeficit,
				bandDCouncilTax: y.bandD,
				// Bills are worked out when read: most uses (the Monte Carlo) never look at them, and
				// a slider's charts and headline read only Band D's.
				get bills() {
					return (bills ??= councilTaxBands.map((band) => bandBill(bandDs, band)));
				},
				get bandDBill() {
					return (bandDBill ??= bandBill(bandDs, bandD).total);
				},
				childrenInCare: Math.round(y.childrenInCare.toNumber() * 10) / 10,
				locallyRaisedShare,
				trust: trustState.current,
				flags: []
			};
			const baseYear = years[0] ?? year;
			year.trust = stepTrust(trustState, {
				year: t,
				locallyRaisedShare,
				baseLocallyRaisedShare: baseYear.locallyRaisedShare,
				realServiceSpendPerHead: serviceSpend
					.dividedBy(y.cpiIndex)
					.dividedBy(y.population)
					.toNumber(),
				realBandD: y.bandD.dividedBy(y.cpiIndex).toNumber(),
				coProductionSharePct: values.coProductionShare as number,
				reservesExhausted: y.closingGeneralFund.lessThan(0)
			});
			year.flags = yearFlags(year, values, p, y.planActive);
			years.push(year);
		}
	});

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
