/**
 * The budget plan: how a council closes the gap the projection shows, as real medium-term
 * financial plans do (savings, a planned draw on reserves, and exceptional financial support as
 * the last resort). Its parameters are ordinary parameters (spread into `parameters`), grouped
 * under their own heading; the terms of exceptional support are declared figures.
 */
import type { Figure, Source } from './schema';

const auditWales: Source = {
	title:
		'Savings Planning in Councils in Wales: councils planned £251.6m of savings in 2015-16 and delivered £221.5m (88 %)',
	publisher: 'Auditor General for Wales (Wales Audit Office)',
	year: 2017,
	url: 'https://www.audit.wales/news/councils-wales-are-improving-their-medium-term-financial-planning'
};

const efsGuidance: Source = {
	title:
		'Exceptional Financial Support for local authorities for 2026-27 (capitalisation directions)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2026,
	url: 'https://www.gov.uk/guidance/exceptional-financial-support-for-local-authorities-for-2026-27'
};

/**
 * A sum the council chooses each year (savings to find, reserves to draw): up to £40m at
 * Anyborough's size, scaled to each council's service spending.
 */
const yearlySumChosen = {
	unit: 'gbpMillionsPerYear',
	min: 0,
	max: 40,
	step: 0.5,
	statusQuo: 0,
	scaleWith: 'serviceSpending',
	lever: true,
	evidence: 'assumption'
} as const;

export const planParameters = [
	{
		id: 'savingsProgramme',
		kind: 'number',
		proposition: 'plan',
		label: 'New savings found each year',
		description:
			'Recurring savings the council plans to find each year from the first projected year. They add up: by the third year, three years’ worth are in the budget.',
		...yearlySumChosen,
		reasoning:
			'A council choice. Published medium-term plans close most of their gap this way: Bradford’s, for example, sought about £50m of savings alongside exceptional support (its MTFS decision, on opengovernment.network).'
	},
	{
		id: 'savingsDelivery',
		kind: 'number',
		proposition: 'plan',
		label: 'Share of planned savings delivered',
		description:
			'How much of each year’s planned savings is actually delivered. Councils rarely deliver every saving they plan.',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		statusQuo: 80,
		low: 60,
		high: 95,
		lever: false,
		evidence: 'estimate',
		source: auditWales,
		reasoning:
			'Welsh councils delivered 88 % of planned savings in 2015-16 (Audit Wales); English councils report more slippage since, and in 2017 only 52 % of senior officers were confident of delivering all of that year’s savings (LGC survey). 80 % is a cautious central value; range 60–95 %.'
	},
	{
		id: 'reservesDraw',
		kind: 'number',
		proposition: 'plan',
		label: 'Planned draw on reserves each year',
		description:
			'Reserves the plan uses each year to meet what is left of the gap after savings. It never takes the general fund below its prudent minimum or uses earmarked reserves held for their own purposes.',
		...yearlySumChosen,
		reasoning:
			'A council choice, limited by the chief finance officer’s duty to report on the adequacy of reserves (Local Government Act 2003, s25).'
	},
	{
		id: 'exceptionalSupport',
		kind: 'boolean',
		proposition: 'plan',
		label: 'Ask government for exceptional financial support',
		description:
			'The last resort. On: whatever gap is left after savings and the planned draw on reserves is met by a capitalisation direction, paid for by borrowing, whose repayment and interest raise the gap in every later year.',
		unit: 'boolean',
		statusQuo: false,
		lever: true,
		evidence: 'published',
		source: efsGuidance
	},
	{
		id: 'efsInterestPremium',
		kind: 'number',
		proposition: 'plan',
		label: 'Extra interest on exceptional-support borrowing',
		description:
			'Percentage points above the council’s usual borrowing rate charged on borrowing that funds exceptional support.',
		unit: 'percentagePoints',
		min: 0,
		max: 2,
		step: 0.1,
		statusQuo: 0,
		low: 0,
		high: 1,
		lever: false,
		evidence: 'published',
		source: {
			title:
				'Councils to receive exceptional support: the 1 % premium on borrowing for capitalisation removed from 2025-26',
			publisher: 'Government Business (reporting MHCLG)',
			year: 2025,
			url: 'https://governmentbusiness.co.uk/news/21022025/councils-receive-exceptional-support'
		},
		reasoning:
			'No premium since 2025-26; up to 2024-25 the terms added 1 percentage point to PWLB borrowing for capitalisation, so the range runs from none to that premium.'
	}
] as const;

/** The terms of exceptional support that are not sliders. */
export const efsTerms = {
	mrpYears: {
		label: 'Years over which exceptional-support borrowing is repaid (MRP)',
		value: 20,
		unit: 'years',
		evidence: 'published',
		source: {
			title:
				'Statutory guidance on Minimum Revenue Provision: expenditure capitalised by a direction under s16(2)(b) of the Local Government Act 2003 is provided for over at most 20 years',
			publisher: 'Ministry of Housing, Communities and Local Government',
			year: 2024,
			url: 'https://www.gov.uk/government/publications/capital-finance-guidance-on-minimum-revenue-provision-third-edition'
		},
		note: 'Straight line from the year after the support is taken. Check the current edition of the guidance before relying on the exact period.'
	}
} satisfies Record<string, Figure>;

export const efsCitation = {
	title: 'Exceptional Financial Support for local authorities (MHCLG): capitalisation directions',
	url: efsGuidance.url!
};
