/**
 * The schema of an authority's base-year (2025/26) figures. Every figure carries its own label,
 * unit and evidence, so the app can show where each number comes from.
 */
import { z } from 'zod';
import { figureSchema, type Figure } from './schema';

export const authorityKinds = [
	'metropolitan borough',
	'unitary',
	'london borough',
	'shire county',
	'shire district'
] as const;
export type AuthorityKind = (typeof authorityKinds)[number];

/** Net service budgets, in the order councils publish them (MHCLG revenue account budget). */
export const serviceLineIds = [
	'adultSocialCare',
	'childrensSocialCare',
	'educationAndEarlyHelp',
	'housingAndHomelessness',
	'environmentAndWaste',
	'highwaysAndTransport',
	'cultureLeisureAndPlanning',
	'centralAndCorporate'
] as const;
export type ServiceLineId = (typeof serviceLineIds)[number];

export const grantLineIds = [
	'revenueSupportGrant',
	'socialCareGrant',
	'improvedBetterCareFund',
	'recoveryGrant',
	'otherGrants'
] as const;
export type GrantLineId = (typeof grantLineIds)[number];

/** Every figure an authority must declare, besides its service and grant lines. */
export const authorityFigureIds = [
	'population',
	'populationGrowth',
	'councilTaxBase',
	'councilTaxBaseGrowth',
	'bandDCouncilTax',
	'policePreceptBandD',
	'firePreceptBandD',
	'otherPreceptBandD',
	'businessRatesCollectable',
	'localShareOfRates',
	'topUp',
	'childrenInCare',
	'costPerChildInCare',
	'externalDebt',
	'averageDebtRate',
	'capitalFinancingRequirement',
	'capitalProgrammeBorrowing',
	'minimumRevenueProvisionRate',
	'investmentIncome',
	'generalFundBalance',
	'earmarkedReserves',
	'earmarkedAvailableShare',
	'minimumGeneralFundShare',
	'feesAndChargesIncome',
	'chargeableServicesCost',
	'hotelRoomNights',
	'housingDemandGrowth',
	'satisfactionWithCouncil',
	'trustInCouncil',
	'valueForMoney',
	'localElectionTurnout'
] as const;
export type AuthorityFigureId = (typeof authorityFigureIds)[number];

/**
 * Figures added after councils began importing their own baselines: a file or a stored baseline
 * without one reads as this default, so nothing saved before becomes unreadable.
 */
export const optionalFigureDefaults: Partial<Record<AuthorityFigureId, Figure>> = {
	housingDemandGrowth: {
		label: 'Housing and homelessness demand growth beyond population (temporary accommodation)',
		unit: 'rate per year',
		value: 0,
		evidence: 'assumption',
		reasoning:
			'Not given in this baseline: housing and homelessness costs grow with pay, prices and population only.'
	}
};

const figures = <K extends string>(ids: readonly K[]) =>
	z.object(
		Object.fromEntries(
			ids.map((id) => {
				const fallback = optionalFigureDefaults[id as unknown as AuthorityFigureId];
				return [id, fallback ? figureSchema.default(fallback) : figureSchema];
			})
		) as Record<K, typeof figureSchema>
	);

export const authoritySchema = z.object({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	name: z.string().min(1),
	kind: z.enum(authorityKinds),
	fictional: z.boolean(),
	description: z.string().min(1),
	figures: figures(authorityFigureIds),
	services: figures(serviceLineIds),
	grants: figures(grantLineIds)
});
export type Authority = z.infer<typeof authoritySchema>;
export type { Figure };
