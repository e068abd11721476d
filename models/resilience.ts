/**
 * Financial resilience indicators, after CIPFA's Financial Resilience Index. Each is shown in
 * three bands (lower risk / watch / higher risk) against the thresholds below. CIPFA publishes
 * the indicators but no bands: every threshold here is an assumption, with its reasoning, and
 * the app never combines them into one score or ranks councils by them.
 */
import type { Figure, Source } from './schema';

const cipfa: Source = {
	title: 'Financial Resilience Index: indicators and methodology',
	publisher: 'CIPFA',
	year: 2024,
	url: 'https://www.cipfa.org/services/financial-resilience-index'
};

export const resilienceIndicatorIds = [
	'reservesSustainability',
	'reservesToNetBudget',
	'reservesChange3Years',
	'debtToNetBudget',
	'socialCareRatio',
	'feesToServiceSpend',
	'councilTaxToNetBudget',
	'businessRatesGrowth',
	'interestToNetBudget'
] as const;
export type ResilienceIndicatorId = (typeof resilienceIndicatorIds)[number];

export interface ResilienceIndicator {
	id: ResilienceIndicatorId;
	label: string;
	description: string;
	unit: 'years' | 'share';
	/** 'higher' when a higher value means lower risk. */
	better: 'higher' | 'lower';
	/** Boundary between lower risk and watch, and between watch and higher risk. */
	watchAt: number;
	higherRiskAt: number;
	reasoning: string;
	source: Source;
}

export const resilienceIndicators: ResilienceIndicator[] = [
	{
		id: 'reservesSustainability',
		label: 'Reserves sustainability',
		description:
			'Years until usable reserves run out if they keep falling at the average rate of the last three years. Reserves that are not falling are sustainable.',
		unit: 'years',
		better: 'higher',
		watchAt: 10,
		higherRiskAt: 5,
		reasoning:
			'Five years is the span of a medium-term financial strategy: reserves that would not last it leave no room to plan.',
		source: cipfa
	},
	{
		id: 'reservesToNetBudget',
		label: 'Level of reserves',
		description: 'Usable reserves as a share of the net budget.',
		unit: 'share',
		better: 'higher',
		watchAt: 0.2,
		higherRiskAt: 0.1,
		reasoning:
			'English councils held usable reserves of about 25–30 % of net budget in 2024; below 10 % a single bad year can exhaust them.',
		source: cipfa
	},
	{
		id: 'reservesChange3Years',
		label: 'Change in reserves over three years',
		description: 'How much usable reserves have grown or fallen over the last three years.',
		unit: 'share',
		better: 'higher',
		watchAt: 0,
		higherRiskAt: -0.25,
		reasoning:
			'Any fall is worth watching; losing a quarter of reserves in three years has preceded most recent s114 notices.',
		source: cipfa
	},
	{
		id: 'debtToNetBudget',
		label: 'Gross external debt',
		description: 'Borrowing owed to lenders, as a share of the net budget.',
		unit: 'share',
		better: 'lower',
		watchAt: 1.5,
		higherRiskAt: 2.5,
		reasoning:
			'Metropolitan boroughs typically owe one to two years of net budget; councils that issued s114 notices after commercial borrowing owed far more.',
		source: cipfa
	},
	{
		id: 'socialCareRatio',
		label: 'Social care ratio',
		description:
			'Adult and children’s social care as a share of service spending: the higher it is, the less room for everything else.',
		unit: 'share',
		better: 'lower',
		watchAt: 0.55,
		higherRiskAt: 0.65,
		reasoning:
			'Social care took about 60 % of metropolitan net budgets in 2025/26; above 65 % other services are squeezed hard.',
		source: cipfa
	},
	{
		id: 'feesToServiceSpend',
		label: 'Fees and charges',
		description: 'Income from fees and charges as a share of service spending.',
		unit: 'share',
		better: 'higher',
		watchAt: 0.15,
		higherRiskAt: 0.1,
		reasoning:
			'A wider income base spreads risk; mets raise roughly 15 % of service spending from charges.',
		source: cipfa
	},
	{
		id: 'councilTaxToNetBudget',
		label: 'Council tax share of net budget',
		description:
			'Council tax as a share of the net budget: a council that raises more of its own money depends less on government decisions.',
		unit: 'share',
		better: 'higher',
		watchAt: 0.5,
		higherRiskAt: 0.35,
		reasoning:
			'Shire areas raise over half of their budget from council tax, mets about 40 %; below 35 % a council depends heavily on grants.',
		source: cipfa
	},
	{
		id: 'businessRatesGrowth',
		label: 'Business rates growth',
		description:
			'Business rates kept, compared with the baseline funding level government assumed (above 0 % is growth the council keeps).',
		unit: 'share',
		better: 'higher',
		watchAt: 0.05,
		higherRiskAt: 0,
		reasoning: 'Falling below the baseline funding level means the local economy is shrinking.',
		source: cipfa
	},
	{
		id: 'interestToNetBudget',
		label: 'Interest payable',
		description: 'Interest on debt as a share of the net budget.',
		unit: 'share',
		better: 'lower',
		watchAt: 0.05,
		higherRiskAt: 0.08,
		reasoning:
			'Interest of 5–8 % of net budget is typical for mets with large capital programmes; above 8 % it crowds out services.',
		source: cipfa
	}
];

/** The bands as documented figures, for the same load-time validation as everything else. */
export const resilienceThresholdFigures: Record<string, Figure> = Object.fromEntries(
	resilienceIndicators.flatMap((indicator) => [
		[
			`${indicator.id}.watchAt`,
			{
				label: `${indicator.label}: watch from`,
				value: indicator.watchAt,
				unit: indicator.unit,
				evidence: 'assumption' as const,
				reasoning: indicator.reasoning
			}
		],
		[
			`${indicator.id}.higherRiskAt`,
			{
				label: `${indicator.label}: higher risk from`,
				value: indicator.higherRiskAt,
				unit: indicator.unit,
				evidence: 'assumption' as const,
				reasoning: indicator.reasoning
			}
		]
	])
);
