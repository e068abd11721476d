/**
 * The schema of an authority's base-year figures (2025/26 or 2026/27, as it declares). Every figure carries its own label,
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

/**
 * The optional parts of a published budget beyond the core lines: each defaults to none, so a
 * baseline without them imports and projects exactly as before.
 */
export const budgetPartFigureIds = [
	'collectionFundSurplus',
	'plannedUseOfReserves',
	'businessRatesPoolGain',
	'combinedAuthorityLevy',
	'adultSocialCarePreceptBandD',
	'parishPreceptBandD'
] as const;

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
	'localElectionTurnout',
	// Added in model 2027.1, at the end so that older templates' lines keep their numbers.
	'baseYear',
	'settledGrantChange2026',
	'settledGrantChange2027',
	'settledGrantChange2028',
	'dsgDeficit',
	'dsgInYearDeficit',
	// Added for issue 13 (every part of a published budget), each optional and none by default.
	...budgetPartFigureIds
] as const;
export type AuthorityFigureId = (typeof authorityFigureIds)[number];
export type BudgetPartFigureId = (typeof budgetPartFigureIds)[number];

/**
 * What each figure is measured in (the unit text the template writes) and the range a real
 * English council's value falls in, from the Isles of Scilly to Kent, Birmingham and Westminster.
 * Wide on purpose: the import refuses a value outside it as a mistake of units or typing (0.8 for
 * a growth of 0.8 %, 58 for a share of 58 %), not an unusual council.
 */
export interface FigureRule {
	unit: string;
	min: number;
	max: number;
	/** How a value in this unit is written, said when the unit or the value is wrong. */
	hint: string;
	/** Why the range is where it is. */
	why: string;
}

const share = (why: string): FigureRule => ({
	unit: 'share',
	min: 0,
	max: 1,
	hint: '0.57 for 57 %',
	why
});
const rate = (min: number, max: number, why: string): FigureRule => ({
	unit: 'rate',
	min,
	max,
	hint: '0.04 for 4 %',
	why
});
const growth = (why: string): FigureRule => ({
	unit: 'rate per year',
	min: -0.05,
	max: 0.1,
	hint: '0.012 for 1.2 % a year',
	why
});
const pounds = (min: number, max: number, why: string, unit = 'gbp'): FigureRule => ({
	unit,
	min,
	max,
	hint: 'pounds: 1500000 for £1.5m',
	why
});
const count = (unit: string, min: number, max: number, why: string): FigureRule => ({
	unit,
	min,
	max,
	hint: `a count of ${unit}`,
	why
});

/** The base years a baseline may declare, as the year each starts (2026 for 2026/27). */
export const baseYearStarts = [2025, 2026] as const;

const settledChange = (year: string): FigureRule => ({
	unit: 'rate',
	min: -0.3,
	max: 0.5,
	hint: '0.052 for 5.2 %',
	why: `the change in the council’s grants into ${year} under the 2026–29 settlement: the floors hold losses to a few %, and Recovery Grant uplifts and consolidation add at most a few tens of %`
});

export const figureRules: Record<AuthorityFigureId, FigureRule> = {
	baseYear: {
		unit: 'year',
		min: baseYearStarts[0],
		max: baseYearStarts.at(-1)!,
		hint: '2026 for 2026/27',
		why: 'the model starts from the budget as set for 2025/26 or 2026/27'
	},
	population: count('people', 1_000, 2_000_000, 'Isles of Scilly about 2,300; Kent about 1.6m'),
	populationGrowth: growth('fastest-growing boroughs about 3 % a year; none shrink 5 %'),
	councilTaxBase: count(
		'Band D equivalents',
		500,
		1_000_000,
		'Isles of Scilly about 1,000; Kent about 600,000'
	),
	councilTaxBaseGrowth: growth('new building adds at most a few % a year'),
	housingDemandGrowth: {
		...growth(''),
		max: 0.15,
		why: 'temporary accommodation costs have lately grown about 12 % a year beyond population'
	},
	bandDCouncilTax: pounds(0, 4_000, 'districts from about £100; unitaries up to about £2,300'),
	policePreceptBandD: pounds(0, 1_000, 'about £200–£320 in 2025/26; 0 where none is shown'),
	firePreceptBandD: pounds(0, 1_000, 'about £70–£120; 0 in London (the GLA precept)'),
	otherPreceptBandD: pounds(
		0,
		3_000,
		'a county’s precept on a district bill is up to about £2,000'
	),
	businessRatesCollectable: pounds(0, 5_000_000_000, 'Westminster collects about £2.5bn'),
	localShareOfRates: {
		...share('set by law for each kind of council'),
		unit: 'rate',
		hint: '0.49 for 49 %'
	},
	topUp: pounds(
		-3_000_000_000,
		1_000_000_000,
		'negative is a tariff: Westminster’s is over £1bn; the largest top-ups are a few £100m'
	),
	childrenInCare: count('children', 0, 10_000, '0 for a district; Birmingham and Kent about 2,000'),
	costPerChildInCare: pounds(
		0,
		500_000,
		'0 for a district; residential placements average about £300,000',
		'gbp per year'
	),
	externalDebt: pounds(0, 10_000_000_000, 'Birmingham about £3bn'),
	averageDebtRate: rate(0, 0.15, 'PWLB loans since 1990 from under 2 % to about 10 %'),
	capitalFinancingRequirement: pounds(0, 10_000_000_000, 'Birmingham about £4bn'),
	capitalProgrammeBorrowing: pounds(
		0,
		2_000_000_000,
		'the largest programmes borrow a few £100m a year',
		'gbp per year'
	),
	minimumRevenueProvisionRate: rate(0, 0.1, 'asset lives of 10 to 50 years or more'),
	investmentIncome: pounds(0, 500_000_000, 'interest on cash held; cannot be negative'),
	generalFundBalance: pounds(0, 2_000_000_000, 'a negative balance is unlawful (section 114)'),
	earmarkedReserves: pounds(0, 5_000_000_000, 'the largest councils hold about £1bn'),
	earmarkedAvailableShare: {
		...share('a share of the earmarked reserves'),
		unit: 'rate',
		hint: '0.4 for 40 %'
	},
	minimumGeneralFundShare: {
		...rate(0, 0.5, 'a share of net budget: commonly 5 %, rarely above 25 %'),
		hint: '0.05 for 5 %'
	},
	feesAndChargesIncome: pounds(0, 2_000_000_000, 'income, so not negative'),
	chargeableServicesCost: pounds(0, 3_000_000_000, 'a cost, so not negative'),
	hotelRoomNights: count('room-nights', 0, 50_000_000, 'Westminster sells about 15m a year'),
	satisfactionWithCouncil: share('a share of residents'),
	trustInCouncil: share('a share of residents'),
	valueForMoney: share('a share of residents'),
	localElectionTurnout: share('a share of electors'),
	settledGrantChange2026: settledChange('2026/27'),
	settledGrantChange2027: settledChange('2027/28'),
	settledGrantChange2028: settledChange('2028/29'),
	dsgDeficit: pounds(
		0,
		1_000_000_000,
		'the largest high-needs deficits at March 2026 were a few £100m (Kent, Surrey, Birmingham); 0 for a district'
	),
	dsgInYearDeficit: pounds(
		0,
		300_000_000,
		'the largest in-year high-needs overspends are several £10m; 0 for a district',
		'gbp per year'
	),
	collectionFundSurplus: {
		...pounds(
			-300_000_000,
			300_000_000,
			'a deficit is written negative; the largest after the pandemic were a few £10m'
		),
		hint: 'pounds: 2500000 for a £2.5m surplus, -2500000 for a deficit'
	},
	plannedUseOfReserves: {
		...pounds(
			-500_000_000,
			500_000_000,
			'a planned contribution to reserves is written negative; the largest planned draws are a few £10m'
		),
		hint: 'pounds: 4000000 for a £4m draw, -4000000 for a contribution to reserves'
	},
	businessRatesPoolGain: {
		...pounds(
			-200_000_000,
			200_000_000,
			'a levy paid is written negative; pools keep a few £m for each member'
		),
		hint: 'pounds: 1500000 for a £1.5m gain, -1500000 for a levy paid'
	},
	combinedAuthorityLevy: pounds(
		0,
		500_000_000,
		'mets’ transport levies are up to about £100m; 0 where there is none',
		'gbp per year'
	),
	adultSocialCarePreceptBandD: pounds(
		0,
		1_000,
		'the adult social care precept accumulated since 2016/17: up to about £400 at Band D; 0 for a district'
	),
	parishPreceptBandD: pounds(
		0,
		500,
		'England’s average parish precept at Band D is about £90 where parishes exist; 0 where none'
	)
};

/** Net service budgets: no more than any council spends; some may be negative, not care. */
export const serviceLineRules: Record<ServiceLineId, FigureRule> = {
	adultSocialCare: pounds(0, 3_000_000_000, 'Kent and Birmingham spend about £600m'),
	childrensSocialCare: pounds(0, 3_000_000_000, 'the largest spend about £400m'),
	educationAndEarlyHelp: pounds(0, 3_000_000_000, 'non-schools education, not negative'),
	housingAndHomelessness: pounds(0, 3_000_000_000, 'temporary accommodation, not negative'),
	environmentAndWaste: pounds(0, 3_000_000_000, 'not negative'),
	highwaysAndTransport: pounds(
		-1_000_000_000,
		3_000_000_000,
		'negative where parking income exceeds cost, as in Westminster'
	),
	cultureLeisureAndPlanning: pounds(
		-1_000_000_000,
		3_000_000_000,
		'negative where fees exceed cost'
	),
	centralAndCorporate: pounds(
		-1_000_000_000,
		3_000_000_000,
		'negative where commercial income exceeds central costs'
	)
};

/**
 * The parts behind a service's net budget, each optional and given for any services the officer
 * chooses: gross expenditure, less ringfenced grants and less fees and charges, is the net.
 */
export const serviceDetailSections = [
	'grossExpenditure',
	'ringfencedGrants',
	'feesAndCharges'
] as const;
export type ServiceDetailSection = (typeof serviceDetailSections)[number];

export const serviceDetailRules: Record<ServiceDetailSection, FigureRule> = {
	grossExpenditure: pounds(
		0,
		5_000_000_000,
		'spending before grants and income: the largest councils’ adult care is about £1bn gross'
	),
	ringfencedGrants: pounds(
		0,
		3_000_000_000,
		'grants for one purpose (public health, housing benefit subsidy), so not negative'
	),
	feesAndCharges: pounds(0, 3_000_000_000, 'income, so not negative')
};

/** Each service as a sentence names it. */
export const serviceNames: Record<ServiceLineId, string> = {
	adultSocialCare: 'adult social care',
	childrensSocialCare: 'children’s social care',
	educationAndEarlyHelp: 'education and early help',
	housingAndHomelessness: 'housing and homelessness',
	environmentAndWaste: 'environment and waste',
	highwaysAndTransport: 'highways and transport',
	cultureLeisureAndPlanning: 'culture, leisure and planning',
	centralAndCorporate: 'central and corporate services'
};

/** How each part is named, before the service's own name. */
export const serviceDetailNames: Record<ServiceDetailSection, string> = {
	grossExpenditure: 'Gross expenditure',
	ringfencedGrants: 'Ringfenced grants',
	feesAndCharges: 'Fees and charges'
};

export const grantLineRules: Record<GrantLineId, FigureRule> = {
	revenueSupportGrant: pounds(0, 2_000_000_000, 'a grant, so not negative'),
	socialCareGrant: pounds(0, 2_000_000_000, 'a grant, so not negative'),
	improvedBetterCareFund: pounds(0, 2_000_000_000, 'a grant, so not negative'),
	recoveryGrant: pounds(0, 2_000_000_000, 'a grant, so not negative'),
	otherGrants: pounds(0, 2_000_000_000, 'grants, so not negative')
};

/** A bound as people write it: −0.05, 0.10, 2,000,000, £1bn. */
export function formatBound(value: number, rule: FigureRule): string {
	const sign = value < 0 ? '−' : '';
	const size = Math.abs(value);
	if (rule.unit.startsWith('gbp')) {
		if (size >= 1e9) return `${sign}£${size / 1e9}bn`;
		if (size >= 1e6) return `${sign}£${size / 1e6}m`;
		return `${sign}£${size.toLocaleString('en-GB')}`;
	}
	if (Number.isInteger(value) && size >= 1) return sign + size.toLocaleString('en-GB');
	return (
		sign + (size === 0 ? '0' : size.toFixed(Math.max(2, String(size).split('.')[1]?.length ?? 0)))
	);
}

/**
 * What is wrong with a figure's unit and value, given its rule: the unit must be the template's
 * (in any case), the value within the plausible range.
 */
export function figureRuleProblems(
	rule: FigureRule,
	figure: { value: number; unit: string }
): { field: 'unit' | 'value'; message: string }[] {
	const problems: { field: 'unit' | 'value'; message: string }[] = [];
	if (figure.unit.trim().replace(/\s+/g, ' ').toLowerCase() !== rule.unit.toLowerCase()) {
		problems.push({
			field: 'unit',
			message: `unit "${figure.unit}" — expected "${rule.unit}" (${rule.hint})`
		});
	}
	if (!(figure.value >= rule.min && figure.value <= rule.max)) {
		const per = rule.unit.endsWith('per year') && !rule.unit.startsWith('gbp') ? ' a year' : '';
		problems.push({
			field: 'value',
			message: `${figure.value} is outside the plausible range ${formatBound(rule.min, rule)} to ${formatBound(rule.max, rule)}${per} (${rule.hint}; ${rule.why})`
		});
	}
	return problems;
}

export const authorityRules = {
	figures: figureRules,
	services: serviceLineRules,
	grants: grantLineRules
} as const;

/**
 * Figures added after councils began importing their own baselines: a file or a stored baseline
 * without one reads as this default, so nothing saved before becomes unreadable.
 */
export const optionalFigureDefaults: Partial<Record<AuthorityFigureId, Figure>> = {
	baseYear: {
		label: 'Base year: the year the budget figures are for (its first calendar year)',
		unit: 'year',
		value: 2025,
		evidence: 'assumption',
		reasoning:
			'Not given in this baseline: baselines made before model 2027.1 were all for 2025/26.'
	},
	settledGrantChange2026: {
		label: 'Change in grants other than Recovery Grant into 2026/27 (the settlement)',
		unit: 'rate',
		value: 0.058,
		evidence: 'assumption',
		reasoning:
			'Not given in this baseline: England’s average change in core spending power for 2026/27 in the provisional 2026–29 settlement. Enter your own from the settlement’s tables.'
	},
	settledGrantChange2027: {
		label: 'Change in grants other than Recovery Grant into 2027/28 (the settlement)',
		unit: 'rate',
		value: 0.043,
		evidence: 'assumption',
		reasoning:
			'Not given in this baseline: England’s average change in core spending power for 2027/28 in the provisional 2026–29 settlement. Enter your own from the settlement’s tables.'
	},
	settledGrantChange2028: {
		label: 'Change in grants other than Recovery Grant into 2028/29 (the settlement)',
		unit: 'rate',
		value: 0.044,
		evidence: 'assumption',
		reasoning:
			'Not given in this baseline: England’s average change in core spending power for 2028/29 in the provisional 2026–29 settlement. Enter your own from the settlement’s tables.'
	},
	dsgDeficit: {
		label: 'High-needs (DSG) cumulative deficit at 31 March 2026',
		unit: 'gbp',
		value: 0,
		evidence: 'assumption',
		reasoning: 'Not given in this baseline: no high-needs deficit is modelled.'
	},
	dsgInYearDeficit: {
		label: 'High-needs (DSG) in-year deficit each year',
		unit: 'gbp per year',
		value: 0,
		evidence: 'assumption',
		reasoning: 'Not given in this baseline: no high-needs deficit is modelled.'
	},
	collectionFundSurplus: {
		label: 'Collection fund surplus (negative: deficit) taken into the base-year budget',
		unit: 'gbp',
		value: 0,
		evidence: 'assumption',
		reasoning: 'Not given in this baseline: no collection fund surplus or deficit.'
	},
	plannedUseOfReserves: {
		label: 'Planned use of reserves in the base-year budget (negative: contribution to reserves)',
		unit: 'gbp',
		value: 0,
		evidence: 'assumption',
		reasoning: 'Not given in this baseline: the budget balances without reserves.'
	},
	businessRatesPoolGain: {
		label: 'Business rates pool gain (negative: levy paid)',
		unit: 'gbp',
		value: 0,
		evidence: 'assumption',
		reasoning: 'Not given in this baseline: no pool gain and no levy.'
	},
	combinedAuthorityLevy: {
		label: 'Combined-authority levies (transport and others) the council pays',
		unit: 'gbp per year',
		value: 0,
		evidence: 'assumption',
		reasoning:
			'Not given in this baseline: any levy is within the service lines (highways and transport).'
	},
	adultSocialCarePreceptBandD: {
		label: 'Adult social care precept within the council’s Band D',
		unit: 'gbp',
		value: 0,
		evidence: 'assumption',
		reasoning: 'Not given in this baseline: the bills table does not show it apart.'
	},
	parishPreceptBandD: {
		label: 'Parish and town council precepts: average at Band D',
		unit: 'gbp',
		value: 0,
		evidence: 'assumption',
		reasoning: 'Not given in this baseline: bills are shown without parish precepts.'
	},
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
	z.strictObject(
		Object.fromEntries(
			ids.map((id) => {
				const fallback = optionalFigureDefaults[id as unknown as AuthorityFigureId];
				return [id, fallback ? figureSchema.default(fallback) : figureSchema];
			})
		) as Record<K, typeof figureSchema>
	);

// Strict, so a key the model does not read is refused by name, not silently dropped.
export const authoritySchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	name: z.string().min(1),
	kind: z.enum(authorityKinds),
	fictional: z.boolean(),
	description: z.string().min(1),
	figures: figures(authorityFigureIds),
	services: figures(serviceLineIds),
	grants: figures(grantLineIds),
	/**
	 * Optional: the gross budget behind some services' net lines. Read for showing and for
	 * round trips only; the model runs on the net lines, which must equal gross − ringfenced
	 * grants − fees and charges to the penny (src/lib/engine/authority-check.ts).
	 */
	serviceDetail: z
		.strictObject(
			Object.fromEntries(
				serviceDetailSections.map((section) => [
					section,
					z
						.strictObject(
							Object.fromEntries(
								serviceLineIds.map((id) => [id, figureSchema.optional()])
							) as Record<ServiceLineId, z.ZodOptional<typeof figureSchema>>
						)
						.optional()
				])
			) as Record<
				ServiceDetailSection,
				z.ZodOptional<
					z.ZodObject<Record<ServiceLineId, z.ZodOptional<typeof figureSchema>>, z.core.$strict>
				>
			>
		)
		.optional()
});
export type Authority = z.infer<typeof authoritySchema>;
export type { Figure };
