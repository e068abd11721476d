/**
 * Fixed model constants that are not sliders: statutory ratios, the trust model's coefficients
 * and reserve rules. Each is documented like any other figure.
 */
import type { Figure } from './schema';

const assumption = (label: string, value: number, unit: string, reasoning: string): Figure => ({
	label,
	value,
	unit,
	evidence: 'assumption',
	reasoning
});

/** Band A–H as ninths of Band D: Local Government Finance Act 1992, s5(1). */
export const councilTaxBands = [
	{ band: 'A', ninths: 6 },
	{ band: 'B', ninths: 7 },
	{ band: 'C', ninths: 8 },
	{ band: 'D', ninths: 9 },
	{ band: 'E', ninths: 11 },
	{ band: 'F', ninths: 13 },
	{ band: 'G', ninths: 15 },
	{ band: 'H', ninths: 18 }
] as const;

export const bandRatiosFigure: Figure = {
	label: 'Council tax band ratios (A–H as ninths of Band D)',
	value: 9,
	unit: 'ninths',
	evidence: 'published',
	source: {
		title: 'Local Government Finance Act 1992, section 5',
		publisher: 'UK Parliament',
		year: 1992,
		url: 'https://www.legislation.gov.uk/ukpga/1992/14/section/5'
	}
};

const trustReasoning =
	'Indicative only: no study estimates these effects for English councils. The signs follow the LGA’s argument and resident polling; the sizes are kept small so the indicators move by a few points.';

/**
 * Trust indicators move in logit space towards a target; see MODEL.md "Outputs".
 * Coefficients are per percentage point or per % change, as labelled.
 */
export const trustModel = {
	adjustmentShare: assumption(
		'Share of the distance to the target closed each year',
		1 / 3,
		'share',
		'Opinion responds to changes over a few years, not at once.'
	),
	localShareEffect: assumption(
		'Turnout and trust: logit change per pp of income raised locally',
		0.01,
		'logit per pp',
		trustReasoning
	),
	realSpendEffect: assumption(
		'Satisfaction: logit change per % change in real service spend per resident',
		0.02,
		'logit per %',
		trustReasoning
	),
	realBillEffect: assumption(
		'Value for money: logit change per % change in the real Band D bill',
		-0.015,
		'logit per %',
		trustReasoning
	),
	coProductionEffect: assumption(
		'Trust: logit change per pp of budgets co-produced',
		0.03,
		'logit per pp',
		trustReasoning
	),
	reservesExhaustedEffect: assumption(
		'All indicators: logit change once reserves run out',
		-0.4,
		'logit',
		'A s114 notice and emergency cuts are reported widely and damage confidence, as in Birmingham (2023) and Croydon (2020).'
	)
} satisfies Record<string, Figure>;

/** Historical points shown beside the projection, from the 2013 coverage in shared/seed. */
export const trustHistory = [
	{
		label: 'Trust councils to make decisions about local services (Ipsos MORI, 2013)',
		value: 0.79
	},
	{
		label: 'Trust central government to make decisions about local services (Ipsos MORI, 2013)',
		value: 0.11
	},
	{ label: 'Think their council does a good job (LGA research, 2013)', value: 0.7 }
] as const;

/** Business rates safety net: Non-Domestic Rating (Levy and Safety Net) Regulations 2013. */
export const safetyNetThreshold: Figure = {
	label: 'Business rates safety net (share of baseline funding level)',
	value: 0.925,
	unit: 'share',
	evidence: 'published',
	source: {
		title: 'Business rates retention: safety net at 92.5 % of baseline funding level',
		publisher: 'Ministry of Housing, Communities and Local Government',
		year: 2025,
		url: 'https://www.gov.uk/government/collections/final-local-government-finance-settlement-england-2025-to-2026'
	}
};

/**
 * The Dedicated Schools Grant statutory override (School and Early Years Finance (England)
 * Regulations): high-needs deficits are kept out of the general fund to 31 March 2028.
 */
export const dsgOverrideLastYear: Figure = {
	label:
		'Last financial year the DSG statutory override keeps high-needs deficits off the general fund (its first calendar year: 2027 for 2027/28)',
	value: 2027,
	unit: 'year',
	evidence: 'published',
	source: {
		title:
			'SEND deficits to be kept off council balance sheets for two more years (override extended to March 2028)',
		publisher: 'FE Week',
		year: 2025,
		url: 'https://feweek.co.uk/send-deficits-to-be-kept-off-council-balance-sheets-for-two-more-years/'
	}
};

/** MODEL.md P4: early help never takes the number in care below this share of 2025/26. */
export const childrenInCareFloorShare = assumption(
	'Lowest number of children in care, as a share of 2025/26',
	0.5,
	'share',
	'Early help cannot prevent every need for care; halving the number in care would already exceed any English authority’s record.'
);

/** Years of delay before an investment changes outcomes; stated in the parameters' descriptions. */
export const lags = {
	skillsYears: assumption(
		'Years before skills investment raises business growth',
		3,
		'years',
		'Skills programmes take a course cycle and a hiring cycle before firms expand.'
	),
	earlyHelpYears: assumption(
		'Years before early help slows growth in children in care',
		2,
		'years',
		'Families supported now are those whose children would otherwise enter care one to three years later.'
	),
	phaseInYears: assumption(
		'Years over which funding changes, pooling and efficiency savings phase in',
		3,
		'years',
		'As the Fair Funding Review 2.0 transition (2026–29), and the time service redesign takes.'
	),
	investToSaveRepaymentYears: assumption(
		'Years over which invest-to-save borrowing is repaid (MRP)',
		25,
		'years',
		'Asset life of energy and regeneration schemes under the MRP guidance’s asset-life method.'
	)
} satisfies Record<string, Figure>;

export interface Citation {
	title: string;
	url: string;
}

/** The statutes and codes each flag cites. */
export const citations = {
	s114: {
		title: 'Local Government Finance Act 1988, section 114',
		url: 'https://www.legislation.gov.uk/ukpga/1988/41/section/114'
	},
	s25: {
		title:
			'Local Government Act 2003, section 25 (robustness of estimates and adequacy of reserves)',
		url: 'https://www.legislation.gov.uk/ukpga/2003/26/section/25'
	},
	referendum: {
		title:
			'Local Government Finance Act 1992, Chapter 4ZA (inserted by the Localism Act 2011, Part 5)',
		url: 'https://www.legislation.gov.uk/ukpga/2011/20/part/5'
	},
	prudentialCode: {
		title: 'CIPFA Prudential Code for Capital Finance in Local Authorities (2021)',
		url: 'https://www.cipfa.org/policy-and-guidance/publications/t/the-prudential-code-for-capital-finance-in-local-authorities-2021-edition'
	},
	feesAtCost: {
		title:
			'Local Government Act 2003, section 93 (charges for discretionary services not to exceed cost)',
		url: 'https://www.legislation.gov.uk/ukpga/2003/26/section/93'
	},
	primaryLegislation: {
		title: 'No power exists: a local sales tax needs an Act of Parliament',
		url: 'https://www.legislation.gov.uk/ukpga/2003/26/contents'
	}
} satisfies Record<string, Citation>;
