/**
 * What the engine takes and returns. Money is decimal.js `Decimal` in pounds, rounded to the penny
 * once per line per year; everything else is a plain number.
 */
import type { Decimal } from './decimal';
import { grantLineIds, serviceLineIds, type Citation } from '../../../models/index';

export type ScenarioValues = Record<string, number | boolean>;

/** A scenario holds only what differs from the status quo, in slider units (4.99 = 4.99 %). */
export interface Scenario {
	modelVersion?: string;
	authorityId?: string;
	values: ScenarioValues;
}

export const incomeLineIds = [
	'councilTax',
	'businessRates',
	'businessRatesSafetyNet',
	'businessRatesPoolGain',
	'localMultiplierIncome',
	...grantLineIds,
	'settlementAdjustment',
	'collectionFundSurplus',
	'touristLevy',
	'localSalesTax',
	'additionalFeesIncome',
	'poolingSavings',
	'acuteSavingsReinvested',
	'investToSaveReturns',
	'earnback',
	'investmentIncome'
] as const;
export type IncomeLineId = (typeof incomeLineIds)[number];

export const expenditureLineIds = [
	...serviceLineIds,
	'combinedAuthorityLevy',
	'skillsInvestment',
	'preventionInvestment',
	'earlyHelpInvestment',
	'preventionSavings',
	'integrationSavings',
	'healthPoolingSavings',
	'coProductionSavings',
	'plannedSavings',
	'interest',
	'minimumRevenueProvision',
	'dsgDeficitCharge'
] as const;
export type ExpenditureLineId = (typeof expenditureLineIds)[number];

export type FlagId =
	| 'reservesExhausted'
	| 'generalFundBelowMinimum'
	| 'referendumRequired'
	| 'prudentialWarning'
	| 'needsLegislation';

export interface Flag {
	id: FlagId;
	severity: 'critical' | 'warning' | 'info';
	/** Plain English, e.g. "Reserves exhausted: a s114 notice would be likely". */
	message: string;
	citation: Citation;
}

export interface Bill<N = Decimal> {
	band: string;
	council: N;
	police: N;
	fire: N;
	/** Other precepting tiers: the district on a county's bill, the county on a district's. */
	other: N;
	/** Parish and town councils' precepts, at the area's average. */
	parish: N;
	/** Of `council`, the adult social care precept (shown apart on bills; not added again). */
	adultSocialCare: N;
	total: N;
}

/** Indicative trust indicators, as shares (0.57 = 57 %). */
export interface TrustIndicators {
	satisfaction: number;
	trust: number;
	valueForMoney: number;
	turnout: number;
}

export interface YearResult<N = Decimal> {
	/** 0 is the base year the authority declares (2025/26 or 2026/27); 1–10 the ten after it. */
	index: number;
	year: string;
	income: Record<IncomeLineId, N>;
	expenditure: Record<ExpenditureLineId, N>;
	incomeTotal: N;
	expenditureTotal: N;
	/** Expenditure − income, after the plan's savings: positive is a shortfall to be met. */
	gap: N;
	/** The gap before the plan's savings: `gap` + `savingsDelivered` (equal without a plan). */
	gapWithoutAction: N;
	/** The plan's savings delivered this year (£): every year's new savings so far, as delivered. */
	savingsDelivered: N;
	/**
	 * What the plan's planned draw took from reserves this year (£). In the base year, the
	 * budget's own planned use of reserves (negative: a planned contribution to them).
	 */
	reservesUsed: N;
	/**
	 * Gap met by exceptional financial support (a capitalisation direction, £). Financing, not
	 * income: closing reserves = opening + income − expenditure + exceptional support.
	 */
	exceptionalSupport: N;
	openingGeneralFund: N;
	closingGeneralFund: N;
	openingEarmarkedReserves: N;
	closingEarmarkedReserves: N;
	/** Usable reserves = general fund + earmarked. */
	openingReserves: N;
	closingReserves: N;
	/**
	 * What is left to meet a gap: the general fund plus the earmarked reserves above the share
	 * held back for their own purposes. Below zero once reserves have run out (the shortfall).
	 */
	closingAvailableReserves: N;
	/**
	 * Core funding: council tax, business rates (with any pool gain), grants and any collection
	 * fund surplus (the "net revenue budget").
	 */
	netBudget: N;
	minimumGeneralFund: N;
	financingCosts: N;
	/** All fees and charges (netted off service budgets), including any extra from higher recovery. */
	feesAndChargesIncome: N;
	/** Business rates baseline funding level, uprated by CPI: what government assumes the council keeps. */
	baselineFundingLevel: N;
	externalDebt: N;
	/**
	 * High-needs (DSG) deficit held off the general fund at the year's end under the statutory
	 * override (cumulative); zero once the override has ended and the deficit has been charged.
	 */
	dsgDeficit: N;
	bandDCouncilTax: N;
	bills: Bill<N>[];
	/** Band D's bill in `bills`, the total: what most readers of the bills want. */
	bandDBill: N;
	childrenInCare: number;
	/** Share of income raised locally (council tax, local share of rates, local taxes, extra fees). */
	locallyRaisedShare: number;
	trust: TrustIndicators;
	flags: Flag[];
}

export interface Projection<N = Decimal> {
	modelVersion: string;
	authorityId: string;
	authorityName: string;
	/** Every parameter's value in slider units, status quo filled in. */
	values: ScenarioValues;
	years: YearResult<N>[];
	/** Label of the first year reserves cannot meet the gap, or null if they last. */
	reservesExhaustedIn: string | null;
}
