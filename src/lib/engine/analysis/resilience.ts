/**
 * Resilience indicators per year, each in a band against the thresholds declared in
 * models/resilience.ts. Deliberately never summed into one score.
 */
import { resilienceIndicators, type ResilienceIndicatorId } from '../../../../models/index';
import type { Decimal } from '../decimal';
import type { Projection, YearResult } from '../types';

export type RiskBand = 'lower' | 'watch' | 'higher';

export interface ResilienceReading {
	id: ResilienceIndicatorId;
	/** Years or a share (0.25 = 25 %); null where it cannot be measured (e.g. no history yet). */
	value: number | null;
	band: RiskBand | null;
}

/** Reserves sustainability is capped, as CIPFA caps it, so a tiny fall does not read as forever. */
export const SUSTAINABLE_YEARS_CAP = 100;

const ratio = (a: Decimal, b: Decimal) => (b.isZero() ? null : a.dividedBy(b).toNumber());

function measure(id: ResilienceIndicatorId, years: YearResult[], t: number): number | null {
	const y = years[t];
	switch (id) {
		case 'reservesSustainability': {
			if (t < 1) return null;
			const from = years[Math.max(0, t - 3)];
			const spanYears = t - from.index;
			const averageFall = from.closingReserves.minus(y.closingReserves).dividedBy(spanYears);
			if (y.closingReserves.lessThanOrEqualTo(0)) return 0;
			if (averageFall.lessThanOrEqualTo(0)) return SUSTAINABLE_YEARS_CAP;
			return Math.min(SUSTAINABLE_YEARS_CAP, y.closingReserves.dividedBy(averageFall).toNumber());
		}
		case 'reservesToNetBudget':
			return ratio(y.closingReserves, y.netBudget);
		case 'reservesChange3Years': {
			if (t < 3) return null;
			const before = years[t - 3].closingReserves;
			return before.lessThanOrEqualTo(0) ? null : ratio(y.closingReserves.minus(before), before);
		}
		case 'debtToNetBudget':
			return ratio(y.externalDebt, y.netBudget);
		case 'socialCareRatio':
			return ratio(
				y.expenditure.adultSocialCare.plus(y.expenditure.childrensSocialCare),
				y.expenditureTotal.minus(y.financingCosts)
			);
		case 'feesToServiceSpend':
			return ratio(y.feesAndChargesIncome, y.expenditureTotal.minus(y.financingCosts));
		case 'councilTaxToNetBudget':
			return ratio(y.income.councilTax, y.netBudget);
		case 'businessRatesGrowth':
			return ratio(
				y.income.businessRates.plus(y.income.localMultiplierIncome).minus(y.baselineFundingLevel),
				y.baselineFundingLevel
			);
		case 'interestToNetBudget':
			return ratio(y.expenditure.interest, y.netBudget);
	}
}

export function riskBand(id: ResilienceIndicatorId, value: number | null): RiskBand | null {
	if (value === null) return null;
	const indicator = resilienceIndicators.find((i) => i.id === id)!;
	if (indicator.better === 'higher') {
		if (value < indicator.higherRiskAt) return 'higher';
		return value < indicator.watchAt ? 'watch' : 'lower';
	}
	if (value > indicator.higherRiskAt) return 'higher';
	return value > indicator.watchAt ? 'watch' : 'lower';
}

/** One row per indicator, one reading per year (the base year first). */
export function resilience(
	projection: Projection
): { id: ResilienceIndicatorId; years: ResilienceReading[] }[] {
	return resilienceIndicators.map(({ id }) => ({
		id,
		years: projection.years.map((_, t) => {
			const value = measure(id, projection.years, t);
			return { id, value, band: riskBand(id, value) };
		})
	}));
}
