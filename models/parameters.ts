/**
 * Every adjustable parameter of the model, declared once. Sliders, validation, the CLI and the
 * docs are all derived from this list. Values are in the units shown to people (see
 * `parameterUnits` in schema.ts); status-quo values reproduce today's settlement.
 * Source for the list and the effect sizes: shared/MODEL.md.
 */
import type { Parameter, Source } from './schema';
import { planParameters } from './plan';

const obr: Source = {
	title: 'Economic and fiscal outlook',
	publisher: 'Office for Budget Responsibility',
	year: 2025,
	url: 'https://obr.uk/efo/economic-and-fiscal-outlook-march-2025/'
};
const ffr: Source = {
	title: 'The Fair Funding Review 2.0 (consultation)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/consultations/the-fair-funding-review-20'
};
const pwlb: Source = {
	title: 'PWLB interest rates (certainty rate: gilts + 80 basis points)',
	publisher: 'UK Debt Management Office',
	year: 2025,
	url: 'https://www.dmo.gov.uk/data/pdfdatareport?reportCode=D7A'
};
const ctLimits: Source = {
	title:
		'Council tax referendum principles 2025-26 (Local Government Finance Act 1992, Chapter 4ZA)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.legislation.gov.uk/ukpga/1992/14/part/1/chapter/4ZA'
};

/** The LGA's paper launching the campaign (July 2013), which the presets cite too. */
export const rewiring: Source = {
	title: 'Rewiring public services: rejuvenating democracy',
	publisher: 'Local Government Association',
	year: 2013,
	url: 'https://www.local.gov.uk/rewiring-public-services'
};
const bondAgency: Source = {
	title:
		'UK Municipal Bonds Agency: first bond, £350m for Lancashire County Council at SONIA + 80 bp (March 2020)',
	publisher: 'UK Municipal Bonds Agency',
	year: 2020,
	url: 'https://www.ukmba.org'
};
const earnbackDeal: Source = {
	title:
		'Greater Manchester City Deal: earnback up to £30m a year for £1.2bn of investment (2.8m residents)',
	publisher: 'HM Government and Greater Manchester Combined Authority',
	year: 2012,
	url: 'https://www.gov.uk/government/publications/city-deal-greater-manchester'
};

export const parameters = [
	// ---- Economy: the status-quo world every proposition acts in ----
	{
		id: 'cpiInflation',
		kind: 'number',
		proposition: 'economy',
		label: 'General inflation (CPI)',
		description:
			'How fast prices rise each year. Uprates grants, business rates and the cost of goods the council buys.',
		unit: 'percent',
		min: 0,
		max: 8,
		step: 0.1,
		statusQuo: 2,
		low: 1.5,
		high: 4,
		lever: false,
		evidence: 'published',
		source: { ...obr, title: 'Bank of England 2 % target; OBR CPI forecast' }
	},
	{
		id: 'socialCareInflation',
		kind: 'number',
		proposition: 'economy',
		label: 'Placement cost inflation, children’s social care',
		description:
			'Yearly rise in what a child’s placement costs, apart from the number of children in care: numbers fell in 2025, placement costs did not. Also applies to the rest of children’s social care spending.',
		unit: 'percent',
		min: 0,
		max: 12,
		step: 0.1,
		statusQuo: 5,
		low: 3,
		high: 8,
		lever: false,
		evidence: 'estimate',
		source: {
			title:
				'Children’s social care budgets up 10.7 % in real terms in 2024-25 while the number in care fell; NAO: a children’s home place averages about £318,400 a year and costs have outpaced inflation',
			publisher: 'MHCLG (RA 2024-25 budget); National Audit Office',
			year: 2025,
			url: 'https://www.nao.org.uk/press-releases/government-needs-better-oversight-to-tackle-market-failures-in-childrens-residential-care'
		}
	},
	{
		id: 'nationalLivingWageGrowth',
		kind: 'number',
		proposition: 'economy',
		label: 'National Living Wage rise each year',
		description:
			'The yearly rise in the National Living Wage, which care providers must pay their staff: it drives most of what councils pay for adult care. £12.71 an hour from April 2026, up 4.1 %.',
		unit: 'percent',
		min: 0,
		max: 10,
		step: 0.1,
		statusQuo: 4.1,
		low: 3,
		high: 5.5,
		lever: false,
		evidence: 'published',
		source: {
			title: 'National Living Wage to rise by 4.1 % to £12.71 from April 2026',
			publisher: 'Incomes Data Research',
			year: 2025,
			url: 'https://www.incomesdataresearch.co.uk/resources/insights/national-living-wage-to-rise-by-41-to-1271-from-april'
		}
	},
	{
		id: 'careProviderPayShare',
		kind: 'number',
		proposition: 'economy',
		label: 'Share of adult care fees that is care workers’ pay',
		description:
			'How much of what a council pays a care provider goes on staff pay, which rises with the National Living Wage; the rest rises with general inflation (CPI).',
		unit: 'percent',
		min: 30,
		max: 90,
		step: 1,
		statusQuo: 60,
		low: 50,
		high: 75,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Care is labour-intensive: providers’ published cost models put care workers’ pay, with employer National Insurance and pensions, at roughly 60–70 % of a homecare hour and somewhat less of a care-home bed. Employer National Insurance rose in April 2025 and providers were not compensated (LGA estimate £1.13bn), so it is in today’s fees. Unverified for any one council.'
	},
	{
		id: 'otherInflation',
		kind: 'number',
		proposition: 'economy',
		label: 'Price inflation, other services (not pay)',
		description:
			'Yearly rise in what every other service buys: fuel, energy, contracts. Staff pay rises with the pay award instead.',
		unit: 'percent',
		min: 0,
		max: 8,
		step: 0.1,
		statusQuo: 2.5,
		low: 2,
		high: 4,
		lever: false,
		evidence: 'estimate',
		source: { ...obr, title: 'OBR CPI forecast, with contract indexation above CPI' }
	},
	{
		id: 'payAward',
		kind: 'number',
		proposition: 'economy',
		label: 'Pay award for council staff each year',
		description:
			'The national pay award for council staff (the NJC “green book”): 3.2 % for 2025/26. Applies to the staff share of every service other than social care placements.',
		unit: 'percent',
		min: 0,
		max: 10,
		step: 0.1,
		statusQuo: 3.2,
		low: 2.5,
		high: 4.5,
		lever: false,
		evidence: 'published',
		source: {
			title: 'National Employers: NJC full and final pay offer for 2025-26 (3.2 %), accepted',
			publisher: 'Judicium Education HR Hub; Derbyshire Association of Local Councils',
			year: 2025,
			url: 'https://www.derbyshirealc.gov.uk/blog/dalc-news-updates-1/njc-pay-agreement-54'
		}
	},
	{
		id: 'staffShareOfServiceCosts',
		kind: 'number',
		proposition: 'economy',
		label: 'Share of other services’ costs that is staff pay',
		description:
			'How much of the cost of services other than social care is the council’s own staff (rising with the pay award); the rest is goods and contracts (rising with prices).',
		unit: 'percent',
		min: 20,
		max: 80,
		step: 1,
		statusQuo: 45,
		low: 35,
		high: 55,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Employees are about 40–50 % of councils’ gross spending outside schools and social care placements in the revenue outturn (RO) returns; waste and highways are mostly contracted, central services mostly staff. Employer pension rates reset by the 2025 LGPS valuation from 2026/27 are in the 2026/27 base.'
	},
	{
		id: 'adultCareDemandGrowth',
		kind: 'number',
		proposition: 'economy',
		label: 'Adult social care demand growth',
		description:
			'How much more care older and disabled adults need each year, in numbers and in complexity, before any change in price.',
		unit: 'percent',
		min: 0,
		max: 8,
		step: 0.1,
		statusQuo: 3.5,
		low: 2,
		high: 5,
		lever: false,
		evidence: 'estimate',
		source: {
			title:
				'Adult social care net budgets up 9.1 % in real terms in 2024-25 (RA 2024-25), with overspends of £774m in 2024/25 and £623m projected for 2025/26 (ADASS); over-85s grow about 2.4 % a year (ONS 2022-based projections)',
			publisher: 'MHCLG; ADASS; Office for National Statistics',
			year: 2025,
			url: 'https://gov.uk/government/statistics/local-authority-revenue-expenditure-and-financing-england-2024-to-2025-budget/local-authority-revenue-expenditure-and-financing-2024-25-budget-england'
		}
	},
	{
		id: 'childrenInCareGrowth',
		kind: 'number',
		proposition: 'economy',
		label: 'Growth in children in care',
		description:
			'Yearly change in the number of children the council looks after, before any early help. What each placement costs grows apart from this.',
		unit: 'percent',
		min: -3,
		max: 8,
		step: 0.1,
		statusQuo: 1,
		low: -2,
		high: 3,
		lever: false,
		evidence: 'estimate',
		source: {
			title:
				'Children looked after in England including adoptions, 2025 (81,770 at 31 March 2025, down 2 % on 83,630; up about 1–2 % a year in the decade before)',
			publisher: 'Department for Education',
			year: 2025,
			url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2025'
		}
	},
	{
		id: 'adultCareOverspend',
		kind: 'number',
		proposition: 'economy',
		label: 'Adult social care overspend in the base year',
		description:
			'How far councils spend beyond their adult social care budget in the year the budget was set for, as a share of that budget. The next year’s budget must start from what is really being spent, so the part built in (next parameter) is added to adult care from the first projected year.',
		unit: 'percent',
		min: 0,
		max: 15,
		step: 0.1,
		statusQuo: 2.9,
		low: 1.5,
		high: 5.2,
		lever: false,
		evidence: 'estimate',
		source: {
			title:
				'Adult social care net spending £25.2bn in 2024-25 (RO outturn, second release) against £24.5bn budgeted (RA 2024-25 budget): 2.9 % over. ADASS Autumn Survey 2025: £623m overspend projected for 2025-26, “equivalent to 3 %” of adult care spending. LGA: 5.2 % a year on average, 2022-23 to 2024-25 (the high end)',
			publisher: 'MHCLG; ADASS; Local Government Association',
			year: 2025,
			url: 'https://www.gov.uk/government/statistics/local-authority-revenue-expenditure-and-financing-england-2024-to-2025-first-release/local-authority-revenue-expenditure-and-financing-england-2024-to-2025-first-release'
		}
	},
	{
		id: 'childrenCareOverspend',
		kind: 'number',
		proposition: 'economy',
		label: 'Children’s social care overspend in the base year',
		description:
			'How far councils spend beyond their children’s social care budget in the year the budget was set for, as a share of that budget (mostly placements). The part built into the next year’s budget is added to the cost per child in care and the rest of children’s social care from the first projected year.',
		unit: 'percent',
		min: 0,
		max: 25,
		step: 0.1,
		statusQuo: 9.9,
		low: 0.6,
		high: 14.2,
		lever: false,
		evidence: 'estimate',
		source: {
			title:
				'Children’s social care net spending £15.6bn in 2024-25 (RO outturn) against £14.2bn budgeted (RA 2024-25): 9.9 % over. LGA analysis of MHCLG data: 14.2 % a year on average 2022-23 to 2024-25 (the high end); first quarter of 2025-26 running at £15.65bn a year against a £15.55bn budget, 0.6 % over (the low end, as spending rises through the year)',
			publisher: 'MHCLG; Local Government Association (via Community Care)',
			year: 2025,
			url: 'http://www.narrativecare.org/council-social-care-budgets-already-under-pressure-this-year-following-repeated-overspends-finds-analysis.html'
		}
	},
	{
		id: 'overspendRebasedShare',
		kind: 'number',
		proposition: 'economy',
		label: 'Share of a care overspend built into next year’s budget',
		description:
			'Of the base year’s social care overspend, the share the council must add to the next year’s budget (“re-basing”), because the care is still being provided. The rest it expects to recover through management action.',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		statusQuo: 100,
		low: 50,
		high: 100,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Nationally, councils re-based in full: the 2025-26 children’s social care budgets (£15.55bn) equalled the 2024-25 outturn (£15.6bn), and adult care budgets (about £26.7bn, +9 % on the 2024-25 budget) were above the 2024-25 outturn (£25.2bn) by about a year’s growth (LGA analysis of RA and RO data). Councils’ own papers budget for “re-basing” of demand pressures (Middlesbrough 2026/27: £15.5m of pressures and re-basing). The low end, 50 %, is a council that expects to recover half its overspend.'
	},
	{
		id: 'packagingEprShareOfWaste',
		kind: 'number',
		proposition: 'economy',
		label: 'Share of waste costs met by packaging EPR payments',
		description:
			'Packaging extended producer responsibility (pEPR): producers pay councils for collecting and disposing of household packaging waste, from 2025/26. This is the share of the base year’s net waste budget those payments cover. They change each year with the next parameter, not with waste costs.',
		unit: 'percent',
		min: 0,
		max: 60,
		step: 1,
		statusQuo: 20,
		low: 10,
		high: 30,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'England’s councils receive about £1.1bn in 2025/26 (Defra/PackUK, as reported by Resource), against net spending on waste of roughly £4–5bn a year (RO outturn; unverified): about a fifth to a quarter. A council with both duties (a met, unitary or London borough) takes 20 %; the figure differs by kind because payments are split between collection (mostly packaging: a district’s 25 %) and disposal (a county’s 15 %). Unverified for any one council: enter your own notice of assessment.'
	},
	{
		id: 'packagingEprGrowth',
		kind: 'number',
		proposition: 'economy',
		label: 'Yearly change in packaging EPR payments',
		description:
			'How packaging EPR payments to the council change each year in cash. Below the growth in waste costs, the share of waste costs they meet falls and the council pays the rest.',
		unit: 'percent',
		min: -20,
		max: 10,
		step: 0.5,
		statusQuo: 0,
		low: -10,
		high: 3,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Payments are set each year from producers’ fees on the packaging they place on the market, and from 2026/27 on councils’ own data with an efficiency test (Defra guidance on local authority payments). As producers cut packaging to cut fees, payments are not expected to keep up with collection costs: flat cash is the central case, a fall of 10 % a year the low one. No path beyond 2026/27 has been published.'
	},
	{
		id: 'pensionRateReset2026',
		kind: 'number',
		proposition: 'economy',
		label: 'Employer pension contributions from April 2026 (2025 LGPS valuation)',
		description:
			'The change in the council’s staff costs from the employer pension rates the 2025 Local Government Pension Scheme valuation set for 2026/27 to 2028/29. Negative is a saving. Only a council whose base year is 2025/26 sees it as a change; a 2026/27 budget already has the new rates.',
		unit: 'percent',
		min: -10,
		max: 5,
		step: 0.5,
		statusQuo: -3,
		low: -6,
		high: 0,
		lever: false,
		evidence: 'estimate',
		source: {
			title:
				'LGPS funds 126 % funded at the 31 March 2025 valuation in aggregate (Isio), so most funds cut employer rates from April 2026; East Hertfordshire: a pension fund revaluation saving of nearly £1m a year in 2026/27. An employer rate about 3–5 points of pay lower is about 2.5–4 % of staff costs with on-costs',
			publisher: 'mallowstreet (Isio Low-Risk Funding Index); East Hertfordshire District Council',
			year: 2025,
			url: 'https://mallowstreet.com/Article/b77657'
		}
	},
	{
		id: 'pensionRateReset2029',
		kind: 'number',
		proposition: 'economy',
		label: 'Employer pension contributions from April 2029 (2028 LGPS valuation)',
		description:
			'The change in the council’s staff costs from the employer pension rates the next valuation (31 March 2028) sets from 2029/30. Negative is a saving.',
		unit: 'percent',
		min: -10,
		max: 10,
		step: 0.5,
		statusQuo: 0,
		low: -2,
		high: 2,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Nothing is known of the 2028 valuation. With funds well above 100 % funded a further cut is possible, and a market fall could reverse the 2025 cut: no change is the central case, ±2 % of staff costs the range.'
	},
	{
		id: 'grantGrowth',
		kind: 'number',
		proposition: 'economy',
		label: 'Growth in government grants after the settlement (from 2029/30)',
		description:
			'Yearly cash change in the grants government pays the council once the 2026–29 multi-year settlement ends. Until then grants follow the council’s own settlement figures.',
		unit: 'percent',
		min: -5,
		max: 6,
		step: 0.1,
		statusQuo: 1,
		low: -2,
		high: 3,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'No spending review covers the years after 2028/29. Business rates baselines rise with CPI in the settlement years, but the grants beside them have mostly been held flat in cash outside settlement uplifts; 1 % cash is a cautious central case below inflation.'
	},
	{
		id: 'dsgWriteOffShare',
		kind: 'number',
		proposition: 'economy',
		label: 'Share of high-needs (DSG) deficits to March 2026 written off by government',
		description:
			'Government has said it will write off 90 % of councils’ high-needs deficits built up to the end of 2025/26, if the council has an approved local SEND reform plan. Applied when the statutory override ends (March 2028); what is left, and every later year’s overspend, falls on the general fund from 2028/29.',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		statusQuo: 90,
		low: 0,
		high: 90,
		lever: false,
		evidence: 'published',
		source: {
			title: 'Government to write off 90 % of councils’ SEND deficits',
			publisher: 'Schools Week',
			year: 2026,
			url: 'https://schoolsweek.co.uk/government-to-write-off-90-of-councils-send-deficits'
		}
	},
	{
		id: 'rateableValueGrowth',
		kind: 'number',
		proposition: 'economy',
		label: 'Real growth in business rateable value',
		description:
			'Yearly growth in the value of business property, above inflation: new shops, offices and factories in the area.',
		unit: 'percent',
		min: -3,
		max: 4,
		step: 0.1,
		statusQuo: 1,
		low: -1,
		high: 2,
		lever: false,
		evidence: 'estimate',
		source: {
			title: 'Non-domestic rating: stock of properties',
			publisher: 'Valuation Office Agency',
			year: 2025,
			url: 'https://www.gov.uk/government/collections/valuation-office-agency-non-domestic-rating-stock-of-properties'
		}
	},
	{
		id: 'pwlbRate',
		kind: 'number',
		proposition: 'economy',
		label: 'Interest rate on new borrowing (PWLB)',
		description:
			'What the council pays to borrow from the Public Works Loan Board, the government lender most councils use.',
		unit: 'percent',
		min: 2,
		max: 9,
		step: 0.05,
		statusQuo: 5.6,
		low: 4.5,
		high: 7,
		lever: false,
		evidence: 'published',
		source: pwlb
	},
	{
		id: 'debtRefinancedShare',
		kind: 'number',
		proposition: 'economy',
		label: 'Existing debt refinanced each year',
		description:
			'Share of the old, cheaper loans that mature each year and are replaced at the current interest rate.',
		unit: 'percent',
		min: 0,
		max: 20,
		step: 0.5,
		statusQuo: 4,
		low: 2,
		high: 6,
		lever: false,
		reasoning:
			'Range 2–6 %: a debt book weighted to 40–50-year PWLB loans matures about 2 % a year, one with an average life nearer 17 years about 6 %.',
		evidence: 'estimate',
		source: {
			title: 'Local authority borrowing and investment: maturity profiles',
			publisher: 'Ministry of Housing, Communities and Local Government',
			year: 2025,
			url: 'https://www.gov.uk/government/collections/local-authority-capital-expenditure-receipts-and-financing'
		}
	},
	{
		id: 'capitalProgrammeScale',
		kind: 'number',
		proposition: 'economy',
		label: 'Capital programme funded by borrowing',
		description:
			'Borrowing each year for roads, schools and buildings, as a share of the council’s own plan (100 % = as planned). Adds to debt and so to interest and repayments.',
		unit: 'percent',
		min: 0,
		max: 200,
		step: 5,
		statusQuo: 100,
		low: 75,
		high: 110,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Each authority declares its planned borrowing (its capital strategy); this scales it for a bigger or smaller programme. Range 75–110 %: capital programmes commonly slip, so that a quarter or more of planned spend moves to later years, while cost inflation on schemes can take borrowing somewhat above plan.'
	},
	{
		id: 'newBorrowingAssetLife',
		kind: 'number',
		proposition: 'economy',
		label: 'Asset life for repaying new borrowing (MRP)',
		description:
			'New borrowing for the capital programme is repaid from the revenue budget (minimum revenue provision) in equal parts over the life of what it buys, from the year after. Borrowing before the base year keeps the council’s own MRP rate.',
		unit: 'years',
		min: 5,
		max: 50,
		step: 1,
		statusQuo: 25,
		low: 15,
		high: 40,
		lever: false,
		evidence: 'estimate',
		reasoning:
			'Range 15–40 years: a programme of vehicles, IT and equipment (5–10 years) with highways (20–25) sits near 15; one of schools and buildings (40–50) near 40.',
		source: {
			title:
				'Statutory guidance on minimum revenue provision (5th edition): the asset-life method, with lives of at most 50 years',
			publisher: 'Ministry of Housing, Communities and Local Government',
			year: 2024,
			url: 'https://www.gov.uk/government/publications/statutory-guidance-on-minimum-revenue-provision'
		}
	},
	{
		id: 'investmentReturn',
		kind: 'number',
		proposition: 'economy',
		label: 'Interest earned on cash',
		description: 'What the council earns on the cash it holds as reserves.',
		unit: 'percent',
		min: 0,
		max: 6,
		step: 0.1,
		statusQuo: 2.8,
		low: 1.5,
		high: 4,
		lever: false,
		evidence: 'estimate',
		source: {
			title: 'Bank Rate 4.00 % (August 2025), less a spread for instant-access deposits',
			publisher: 'Bank of England',
			year: 2025,
			url: 'https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate'
		}
	},
	{
		id: 'preceptGrowth',
		kind: 'number',
		proposition: 'economy',
		label: 'Police and fire precept increase',
		description:
			'Yearly rise in the police and fire parts of the council tax bill. Other bodies set them; they appear on the same bill.',
		unit: 'percent',
		min: 0,
		max: 10,
		step: 0.1,
		statusQuo: 3,
		low: 2,
		high: 5,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Police and fire authorities have raised Band D by about 3 % a year within their referendum limits (£14 and £5 in 2025/26). Range 2–5 %: about 2 % if the limits return to pre-2023 levels; about 5 % if both use their full £14 and £5 on Band D precepts of £265 and £95.'
	},

	// ---- P1 Independent local government: each place a local treasury ----
	{
		id: 'needsFundingIndex',
		kind: 'number',
		proposition: 'P1',
		label: 'Needs-based funding (share of today’s)',
		description:
			'The council’s settlement funding (business-rates baseline plus grants) shared out by need beyond what the Fair Funding Review 2.0 already does, as a share of the settlement in force (100 % = the 2026–29 settlement as it stands). Phased in over 3 years.',
		unit: 'percent',
		min: 80,
		max: 130,
		step: 1,
		statusQuo: 100,
		lever: true,
		evidence: 'published',
		source: ffr
	},
	{
		id: 'englandShareUplift',
		kind: 'number',
		proposition: 'P1',
		label: 'England’s fair share uplift',
		description:
			'Extra funding if England’s share of UK public money were set by need rather than the Barnett formula. Phased in over 3 years.',
		unit: 'percent',
		min: 0,
		max: 10,
		step: 0.5,
		statusQuo: 0,
		lever: true,
		evidence: 'assumption',
		reasoning:
			'HM Treasury PESA 2024 identifiable spending per head (UK = 100): England 97, Wales 111, Scotland 114, NI 119. Closing part of that gap for local government is a political choice, not a forecast.'
	},
	{
		id: 'placeBudgetPooling',
		kind: 'number',
		proposition: 'P1',
		label: 'Public spending pooled into a place budget',
		description:
			'Share of other public spending in the area (police, health, employment support, housing) that partners pool with the council in one local treasury. Today’s integrated settlements for established mayoral authorities pool some departmental funding at combined-authority level; this models pooling at the council, beyond them.',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		statusQuo: 0,
		lever: true,
		evidence: 'assumption',
		reasoning:
			'In-scope spend of £1,500 a head is a round figure below the EY 2013 Whole Place pilot areas’ mapped spend; pooling itself is a choice.'
	},
	{
		id: 'poolingEfficiency',
		kind: 'number',
		proposition: 'P1',
		label: 'Saving on pooled spending',
		description:
			'Money saved by running pooled services together (fewer hand-offs, less duplication), reached after 3 years.',
		unit: 'percent',
		min: 0,
		max: 10,
		step: 0.5,
		statusQuo: 0,
		low: 0,
		high: 10,
		lever: true,
		needs: { allOf: ['placeBudgetPooling'] },
		evidence: 'published',
		source: {
			title:
				'Whole Place Community Budgets: a review of the potential for aggregation (£4.2–7.9bn a year)',
			publisher: 'Ernst & Young for the Local Government Association',
			year: 2013,
			url: 'https://www.local.gov.uk/publications'
		}
	},
	{
		id: 'poolingSavingsRetained',
		kind: 'number',
		proposition: 'P1',
		label: 'Share of pooling savings kept by the council',
		description:
			'Of the money saved by pooling, the share that comes to the council; the rest stays with health, police and other partners.',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		statusQuo: 50,
		lever: true,
		needs: { allOf: ['placeBudgetPooling', 'poolingEfficiency'] },
		evidence: 'assumption',
		reasoning: 'An even split between the council and its partners is the neutral starting point.'
	},
	{
		id: 'inScopeSpendPerHead',
		kind: 'number',
		proposition: 'P1',
		label: 'Other public spending that could be pooled, per resident',
		description:
			'Police, health, employment support and housing spending in the place that a local treasury could pool, per resident per year.',
		unit: 'gbp',
		min: 500,
		max: 3000,
		step: 50,
		statusQuo: 1500,
		low: 1000,
		high: 2000,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'EY (2013) mapped far larger totals; £1,500 a head keeps to services that pilots actually pooled. Range £1,000–2,000 (±⅓): what pilots actually pooled varied widely with which services partners brought in.'
	},
	{
		id: 'settlementProtection',
		kind: 'boolean',
		proposition: 'P1',
		label: 'Constitutional protection of funding',
		description:
			'When on, grant funding can never fall in real terms: it rises at least with inflation each year, “beyond future Whitehall revision”. Today a multi-year settlement fixes 2026/27–2028/29, but nothing protects it beyond that or against revision; this models the step beyond.',
		unit: 'boolean',
		statusQuo: false,
		lever: true,
		evidence: 'published',
		source: rewiring
	},

	// ---- P2 Growth: local taxes, vary business rates, skills and jobs ----
	{
		id: 'businessRatesRetention',
		kind: 'number',
		proposition: 'P2',
		label: 'Business rates kept locally',
		description:
			'Share of business rates the council keeps. A reset in the first year keeps it neutral then; after that the council keeps its extra share of any growth.',
		unit: 'percent',
		min: 49,
		max: 100,
		step: 1,
		statusQuo: 49,
		lever: true,
		evidence: 'published',
		source: {
			title: 'Local Government Finance Act 2012, Schedule 7B; 100 % retention pilots from 2017',
			publisher: 'UK Parliament',
			year: 2012,
			url: 'https://www.legislation.gov.uk/ukpga/2012/17/schedule/1'
		}
	},
	{
		id: 'multiplierChange',
		kind: 'number',
		proposition: 'P2',
		label: 'Local change to the business rates multiplier',
		description:
			'Pence in the pound added to (or taken off) business rates locally. The council keeps all of the change; some businesses respond by using less property.',
		unit: 'pence',
		min: -5,
		max: 2,
		step: 0.1,
		statusQuo: 0,
		lever: true,
		evidence: 'published',
		source: {
			title: 'Business Rate Supplements Act 2009 (2p supplement for Crossrail)',
			publisher: 'UK Parliament',
			year: 2009,
			url: 'https://www.legislation.gov.uk/ukpga/2009/7/contents'
		}
	},
	{
		id: 'averageMultiplier',
		kind: 'number',
		proposition: 'P2',
		label: 'Average business rates multiplier today',
		description:
			'The pence in the pound businesses pay on average, between the small-business (49.9p) and standard (55.5p) multipliers.',
		unit: 'pence',
		min: 40,
		max: 60,
		step: 0.1,
		statusQuo: 53,
		low: 49.9,
		high: 55.5,
		lever: false,
		reasoning:
			'Range 49.9–55.5p: the average cannot lie outside the small-business and standard multipliers, whatever the mix of properties.',
		evidence: 'estimate',
		source: {
			title: 'Business rates multipliers 2025-26: 49.9p small, 55.5p standard',
			publisher: 'Valuation Office Agency',
			year: 2025,
			url: 'https://www.gov.uk/guidance/business-rates-multipliers'
		}
	},
	{
		id: 'rateableValueElasticity',
		kind: 'number',
		proposition: 'P2',
		label: 'How business property responds to the multiplier',
		description:
			'For each 1 % rise in the multiplier, the % change in rateable value in the area (businesses leaving or using less space).',
		unit: 'ratio',
		min: -1,
		max: 0,
		step: 0.05,
		statusQuo: -0.3,
		low: -0.6,
		high: -0.1,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Studies of property-tax incidence find modest short-run responses; −0.3 is a cautious middle value.'
	},
	{
		id: 'touristLevy',
		kind: 'number',
		proposition: 'P2',
		label: 'Tourist levy per room-night',
		description:
			'A local charge on each night’s stay in a hotel or guest house, kept by the council. Today only mayoral strategic authorities may levy one (written statement, 25 November 2025), and Manchester’s £1 a night goes to its hotels’ business improvement district: money that goes to a combined authority or a district is not the council’s income, so it is not counted here.',
		unit: 'gbp',
		min: 0,
		max: 5,
		step: 0.1,
		statusQuo: 0,
		lever: true,
		evidence: 'published',
		source: {
			title: 'Manchester Accommodation BID: £1 per room per night (2023, about £2.8m in year 1)',
			publisher: 'Manchester City Council',
			year: 2023,
			url: 'https://www.manchester.gov.uk'
		},
		caveat: 'English councils need powers to levy this beyond a business improvement district.'
	},
	{
		id: 'averageRoomRate',
		kind: 'number',
		proposition: 'P2',
		label: 'Average room rate',
		description:
			'Average price of a room-night, used to turn the levy into a price rise for the demand response.',
		unit: 'gbp',
		min: 40,
		max: 200,
		step: 5,
		statusQuo: 80,
		low: 70,
		high: 90,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Regional hotel rates outside London in 2024 averaged £70–90 a night. Range £70–90: the spread of those regional averages.'
	},
	{
		id: 'touristDemandElasticity',
		kind: 'number',
		proposition: 'P2',
		label: 'How visitors respond to the levy',
		description: 'For each 1 % rise in the room price, the % change in room-nights sold.',
		unit: 'ratio',
		min: -1,
		max: 0,
		step: 0.05,
		statusQuo: -0.1,
		low: -0.3,
		high: 0,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Levies of a few percent of the room price show little effect on stays in European cities. Range −0.3 to 0: from no response at all to three times the central value, as a small levy is a small share of a trip’s cost.'
	},
	{
		id: 'localTaxCollectionCost',
		kind: 'number',
		proposition: 'P2',
		label: 'Cost of collecting local taxes',
		description: 'Share of a new local tax that goes on collecting it.',
		unit: 'percent',
		min: 0,
		max: 10,
		step: 0.5,
		statusQuo: 3,
		low: 1.5,
		high: 5,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Council tax and business rates cost about 1–2 % to collect; a new tax carries set-up costs too. Range 1.5–5 %: from the cost of collecting an established tax to one carrying heavy set-up and compliance costs.'
	},
	{
		id: 'localSalesTax',
		kind: 'number',
		proposition: 'P2',
		label: 'Local sales tax',
		description: 'A local percentage added to the price of retail sales in the area.',
		unit: 'percent',
		min: 0,
		max: 2,
		step: 0.1,
		statusQuo: 0,
		lever: true,
		evidence: 'assumption',
		reasoning:
			'No English council has this power; US local sales taxes of 1–2 % are the model the LGA pointed to.',
		caveat: 'A local sales tax needs primary legislation: no English council has the power today.'
	},
	{
		id: 'retailSalesPerHead',
		kind: 'number',
		proposition: 'P2',
		label: 'Taxable retail sales per resident',
		description: 'Yearly retail spending in the area per resident, at today’s prices.',
		unit: 'gbp',
		min: 3000,
		max: 12000,
		step: 100,
		statusQuo: 7300,
		low: 5800,
		high: 8800,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Great Britain retail sales of about £500bn a year divided by population, less sales made online outside the area. Range ±20 % (£5,800–8,800): local spending per head varies with incomes and with how much goes to neighbouring centres or online.'
	},
	{
		id: 'salesTaxLeakage',
		kind: 'number',
		proposition: 'P2',
		label: 'Sales lost to other areas per 1 % of sales tax',
		description:
			'For each 1 % of local sales tax, the % of sales that move to shops outside the area or online.',
		unit: 'ratio',
		min: -3,
		max: 0,
		step: 0.1,
		statusQuo: -0.5,
		low: -1.5,
		high: -0.2,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Cross-border shopping studies of US county sales taxes find losses of this order. Range −1.5 to −0.2: small losses in a large, self-contained place; losses three times the central value where shops across the boundary are close.'
	},
	{
		id: 'skillsInvestment',
		kind: 'number',
		proposition: 'P2',
		label: 'Investment in local skills and jobs',
		description:
			'Extra spending each year on local skills and jobs programmes. Raises business growth after a 3-year lag.',
		unit: 'gbpMillionsPerYear',
		min: 0,
		max: 20,
		step: 0.5,
		statusQuo: 0,
		scaleWith: 'serviceSpending',
		lever: true,
		evidence: 'assumption',
		reasoning: 'A council choice; its effect is set by the next parameter.'
	},
	{
		id: 'skillsGrowthEffect',
		kind: 'number',
		proposition: 'P2',
		label: 'Growth from each £1m a year of skills investment',
		description:
			'Extra yearly growth in business rateable value from each £1m a year spent on skills, after 3 years.',
		unit: 'percentagePoints',
		min: 0,
		max: 0.2,
		step: 0.01,
		statusQuo: 0.05,
		low: 0.01,
		high: 0.1,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Local skills evaluations find small, lagged effects on local output; 0.05 pp per £1m is deliberately modest.'
	},

	// ---- P3 Adult social care and health: place budgets, prevention ----
	{
		id: 'preventionInvestment',
		kind: 'number',
		proposition: 'P3',
		label: 'Investment in prevention and re-ablement',
		description:
			'Extra spending each year helping people stay independent at home, so fewer need long-term care or a hospital bed.',
		unit: 'gbpMillionsPerYear',
		min: 0,
		max: 20,
		step: 0.5,
		statusQuo: 0,
		scaleWith: 'adultSocialCare',
		lever: true,
		evidence: 'assumption',
		reasoning: 'A council choice; its return is set by the next parameters.'
	},
	{
		id: 'preventionReturn',
		kind: 'number',
		proposition: 'P3',
		label: 'Saving per £1 of prevention, at maturity',
		description:
			'Pounds saved across care and the NHS for each pound spent on prevention, once the programme has matured.',
		unit: 'ratio',
		min: 0.5,
		max: 3,
		step: 0.05,
		statusQuo: 1.5,
		low: 0.8,
		high: 2.2,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Re-ablement evaluations report returns of about £1.20–£2 per £1; £1.50 is a middle value.'
	},
	{
		id: 'preventionLag',
		kind: 'number',
		proposition: 'P3',
		label: 'Years for prevention to reach full effect',
		description: 'Savings ramp up in a straight line over this many years.',
		unit: 'years',
		min: 1,
		max: 6,
		step: 1,
		statusQuo: 3,
		low: 2,
		high: 4,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Re-ablement services typically take two to four years to scale up. Range 2–4 whole years, as that experience suggests; Monte Carlo draws are rounded to whole years.'
	},
	{
		id: 'preventionSavingsInCouncil',
		kind: 'number',
		proposition: 'P3',
		label: 'Share of prevention savings in council care budgets',
		description:
			'Of the money prevention saves, the share that falls in adult social care. The rest falls in the NHS (fewer hospital stays).',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		statusQuo: 40,
		low: 25,
		high: 55,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Most avoided costs of falls and delayed discharges fall in acute hospitals; 40 % to the council is typical of Better Care Fund business cases. Range 25–55 %: where care homes rather than hospitals carry more of the avoided cost, the council’s share is higher.'
	},
	{
		id: 'acuteSavingsReinvested',
		kind: 'number',
		proposition: 'P3',
		label: 'NHS savings returned to the place',
		description:
			'Share of the NHS’s savings from prevention that is returned to the place budget, “reinvested in the local community”.',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		statusQuo: 0,
		lever: true,
		needs: { allOf: ['preventionInvestment'] },
		evidence: 'published',
		source: rewiring,
		caveat: 'Returning NHS savings in full needs a pooled place budget with the NHS.'
	},
	{
		id: 'pooledHealthCareBudget',
		kind: 'number',
		proposition: 'P3',
		label: 'Adult social care budget pooled with the NHS',
		description:
			'Share of the council’s adult social care budget held in one pot with the local NHS (a section 75 pooled budget) and spent to a joint plan. Today the Better Care Fund already pools part of it; this models pooling more, beyond the Better Care Fund.',
		unit: 'percent',
		min: 25,
		max: 100,
		step: 5,
		statusQuo: 25,
		lever: true,
		evidence: 'estimate',
		source: {
			title:
				'Better Care Fund: grants and funding; Better Care Fund policy framework 2025 to 2026 (NHS minimum contribution at least £5,614m, pooled with councils’ Better Care Grant and disabled facilities grant)',
			publisher: 'NHS England; Department of Health and Social Care and MHCLG',
			year: 2025,
			url: 'https://www.england.nhs.uk/ourwork/part-rel/transformation-fund/bcf-plan/'
		},
		reasoning:
			'The Better Care Fund pools at least £5,614m of NHS money with council grants in 2025/26, much of it spent on adult social care. Anyborough’s improved Better Care Fund grant alone (£23.5m) is about 16 % of its £149.1m adult social care budget; with the NHS money passed to social care, a quarter is a round estimate of the share pooled today. A council’s own section 75 agreement gives its real figure.'
	},
	{
		id: 'healthPoolingSaving',
		kind: 'number',
		proposition: 'P3',
		label: 'Yearly saving on care pooled beyond the Better Care Fund',
		description:
			'Money saved each year on the adult social care pooled beyond today’s Better Care Fund (joint commissioning, fewer hand-offs between hospital and care), reached after 3 years. Acts only when more is pooled than today.',
		unit: 'percent',
		min: 0,
		max: 5,
		step: 0.5,
		statusQuo: 1,
		low: 0,
		high: 3,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'The National Audit Office (Health and social care integration, 2017) found little evidence that integration, including the Better Care Fund, had yet saved money or cut hospital admissions. 1 % is a modest middle value; the range runs from no saving at all to 3 %.',
		source: {
			title: 'Health and social care integration (HC 1011, Session 2016–17)',
			publisher: 'National Audit Office',
			year: 2017,
			url: 'https://www.nao.org.uk/reports/health-and-social-care-integration/'
		}
	},

	// ---- P4 Children: redesign around families, early intervention ----
	{
		id: 'earlyHelpInvestment',
		kind: 'number',
		proposition: 'P4',
		label: 'Investment in early help for families',
		description:
			'Extra spending each year helping families early, so fewer children need to come into care (after a 2-year lag).',
		unit: 'gbpMillionsPerYear',
		min: 0,
		max: 15,
		step: 0.5,
		statusQuo: 0,
		scaleWith: 'childrensSocialCare',
		lever: true,
		evidence: 'assumption',
		reasoning: 'A council choice; its effect is set by the next parameter.'
	},
	{
		id: 'careGrowthReductionPerMillion',
		kind: 'number',
		proposition: 'P4',
		label: 'Slower growth in care per £1m of early help',
		description:
			'How much each £1m a year of early help lowers the yearly growth in children in care, after 2 years.',
		unit: 'percentagePoints',
		min: 0,
		max: 0.5,
		step: 0.01,
		statusQuo: 0.15,
		low: 0.05,
		high: 0.25,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'The Troubled Families evaluation (MHCLG 2019) found £2.28 of benefit per £1; the share that reaches care numbers is uncertain.'
	},
	{
		id: 'integratedFamilyServices',
		kind: 'number',
		proposition: 'P4',
		label: 'Saving from one integrated family service',
		description:
			'Saving on the children’s social care budget from running education and children’s social care as one service, reached after 3 years. Families First (£2.4bn nationally, December 2025) already funds early help; this is the saving beyond it.',
		unit: 'percent',
		min: 0,
		max: 5,
		step: 0.25,
		statusQuo: 0,
		lever: true,
		evidence: 'assumption',
		reasoning:
			'Integrated children’s services report back-office and commissioning savings of a few percent.'
	},

	// ---- P5 Financial sustainability: self-funded, freed borrowing, bond agency, earnback ----
	{
		id: 'councilTaxIncrease',
		kind: 'number',
		proposition: 'P5',
		label: 'Council tax increase each year',
		description:
			'Yearly rise in the council’s Band D council tax. Today’s limit without a referendum is 4.99 % (2.99 % core plus 2 % for adult social care).',
		unit: 'percent',
		min: 0,
		max: 15,
		step: 0.01,
		statusQuo: 4.99,
		lever: true,
		evidence: 'published',
		source: ctLimits
	},
	{
		id: 'referendumLimit',
		kind: 'boolean',
		proposition: 'P5',
		label: 'Council tax referendum limit applies',
		description:
			'On: a rise above the limit needs a local referendum. Off: the council sets its own tax, as the LGA proposed.',
		unit: 'boolean',
		statusQuo: true,
		lever: true,
		evidence: 'published',
		source: {
			title: 'Localism Act 2011, Part 5 and Schedule 5 (council tax referendums)',
			publisher: 'UK Parliament',
			year: 2011,
			url: 'https://www.legislation.gov.uk/ukpga/2011/20/part/5'
		}
	},
	{
		id: 'referendumThreshold',
		kind: 'number',
		proposition: 'P5',
		label: 'Referendum threshold',
		description: 'A Band D rise above this needs a local referendum while the limit applies.',
		unit: 'percent',
		min: 0,
		max: 15,
		step: 0.01,
		statusQuo: 4.99,
		low: 2.99,
		high: 5.99,
		lever: false,
		reasoning:
			'Range 2.99–5.99 %: since 2016 the principles have ranged from the 2.99 % core limit alone (no adult social care precept, as for districts) to 5.99 % (2.99 % core plus a 3 % precept, 2018/19). Moves only the flag, not the money.',
		evidence: 'published',
		source: ctLimits
	},
	{
		id: 'feesCostRecovery',
		kind: 'number',
		proposition: 'P5',
		label: 'Fees and charges: share of cost recovered',
		description:
			'How much of the cost of chargeable services (parking, leisure, planning, licences) the charges cover. Phased in over 3 years; the law caps most charges at cost.',
		unit: 'percent',
		min: 70,
		max: 100,
		step: 1,
		statusQuo: 70,
		lever: true,
		evidence: 'published',
		source: {
			title: 'Local Government Act 2003, section 93 (charges not to exceed cost)',
			publisher: 'UK Parliament',
			year: 2003,
			url: 'https://www.legislation.gov.uk/ukpga/2003/26/section/93'
		}
	},
	{
		id: 'feesDemandElasticity',
		kind: 'number',
		proposition: 'P5',
		label: 'How users respond to higher charges',
		description: 'For each 1 % rise in charges, the % change in use of chargeable services.',
		unit: 'ratio',
		min: -1,
		max: 0,
		step: 0.05,
		statusQuo: -0.2,
		low: -0.5,
		high: -0.1,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Parking and leisure demand is fairly inelastic in the short run. Range −0.5 to −0.1: short-run responses of parking and leisure use to price are usually put in this band.'
	},
	{
		id: 'investToSaveBorrowing',
		kind: 'number',
		proposition: 'P5',
		label: 'Prudential borrowing to invest to save',
		description:
			'Borrowing each year for projects that pay for themselves (energy, housing, regeneration). Repaid over 25 years; returns start the year after.',
		unit: 'gbpMillionsPerYear',
		min: 0,
		max: 50,
		step: 1,
		statusQuo: 0,
		scaleWith: 'capitalProgrammeBorrowing',
		lever: true,
		evidence: 'published',
		source: {
			title: 'The Prudential Code for Capital Finance in Local Authorities (2021)',
			publisher: 'CIPFA',
			year: 2021,
			url: 'https://www.cipfa.org/policy-and-guidance/publications/t/the-prudential-code-for-capital-finance-in-local-authorities-2021-edition'
		}
	},
	{
		id: 'investToSaveYield',
		kind: 'number',
		proposition: 'P5',
		label: 'Yearly saving from invest-to-save projects',
		description:
			'Savings each year (lower energy bills, avoided temporary accommodation, income the service itself earns) as a share of the total invested so far. Not a commercial yield: the PWLB will not lend to a council that buys assets primarily for yield.',
		unit: 'percent',
		min: 0,
		max: 12,
		step: 0.1,
		statusQuo: 6,
		low: 3,
		high: 8,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Council energy-efficiency, renewable and temporary-accommodation purchase schemes report savings of about 5–8 % a year on their cost; 6 % is mid-range. PWLB lending terms (gilts + 80 basis points) bar borrowing primarily for yield, so commercial property returns are not counted.'
	},
	{
		id: 'bondAgencyShare',
		kind: 'number',
		proposition: 'P5',
		label: 'Borrowing through a municipal bond agency',
		description:
			'Share of new and refinanced borrowing raised by issuing bonds through a councils’ own agency instead of from the PWLB.',
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		statusQuo: 0,
		lever: true,
		evidence: 'published',
		source: bondAgency
	},
	{
		id: 'bondAgencySaving',
		kind: 'number',
		proposition: 'P5',
		label: 'Bond agency rate below PWLB',
		description: 'How much cheaper agency bonds are than PWLB loans.',
		unit: 'percentagePoints',
		min: 0,
		max: 1,
		step: 0.05,
		statusQuo: 0.25,
		low: 0,
		high: 0.5,
		lever: false,
		evidence: 'estimate',
		source: bondAgency
	},
	{
		id: 'earnbackRate',
		kind: 'number',
		proposition: 'P5',
		label: 'Earnback from government',
		description:
			'Yearly payment from government as a share of what the council has invested in growth (invest to save plus skills), capped per resident.',
		unit: 'percent',
		min: 0,
		max: 3,
		step: 0.1,
		statusQuo: 0,
		lever: true,
		needs: { anyOf: ['investToSaveBorrowing', 'skillsInvestment'] },
		evidence: 'published',
		source: earnbackDeal
	},
	{
		id: 'earnbackCapPerHead',
		kind: 'number',
		proposition: 'P5',
		label: 'Earnback cap per resident',
		description: 'The most government pays in earnback each year, per resident.',
		unit: 'gbp',
		min: 0,
		max: 50,
		step: 0.1,
		statusQuo: 10.7,
		low: 5.4,
		high: 16,
		lever: false,
		reasoning:
			'Range £5.40–16 (half to one and a half times Greater Manchester’s £10.70 a head): a cap is negotiated deal by deal.',
		evidence: 'estimate',
		source: earnbackDeal
	},

	// ---- P6 Transforming local government: trust ----
	{
		id: 'coProductionShare',
		kind: 'number',
		proposition: 'P6',
		label: 'Service budgets co-produced with residents',
		description:
			'Share of service budgets designed and decided with residents (participatory budgets, co-produced services). Builds trust and saves a little.',
		unit: 'percent',
		min: 0,
		max: 5,
		step: 0.25,
		statusQuo: 0,
		lever: true,
		evidence: 'published',
		source: {
			title: 'Co-production of public services and outcomes (Bovaird & Loeffler)',
			publisher: 'INLOGOV, University of Birmingham',
			year: 2013,
			url: 'https://www.birmingham.ac.uk/research/inlogov'
		}
	},
	{
		id: 'coProductionEfficiency',
		kind: 'number',
		proposition: 'P6',
		label: 'Saving on co-produced budgets',
		description: 'Money saved on the co-produced part of the budget.',
		unit: 'percent',
		min: 0,
		max: 10,
		step: 0.5,
		statusQuo: 2,
		low: 0,
		high: 5,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'Co-production studies report modest efficiencies; 2 % is cautious. Range 0–5 %: from no saving at all to a saving like a good service redesign.'
	},
	{
		id: 'prudentialWarningThreshold',
		kind: 'number',
		proposition: 'P5',
		label: 'Financing costs warning level',
		description:
			'Interest and debt repayment above this share of the net budget is flagged as a prudential-code concern.',
		unit: 'percent',
		min: 5,
		max: 20,
		step: 0.5,
		statusQuo: 10,
		low: 8,
		high: 12,
		lever: false,
		evidence: 'assumption',
		reasoning:
			'The Prudential Code sets no fixed limit; 10 % of net revenue is a level treasury advisers commonly flag. Range 8–12 % (±20 %) because the Code names no figure. Moves only the warning, not the money.'
	},

	// ---- The budget plan: models/plan.ts ----
	...planParameters
] as const satisfies readonly Parameter[];

export type ParameterId = (typeof parameters)[number]['id'];
export type NumberParameterId = Extract<(typeof parameters)[number], { kind: 'number' }>['id'];
