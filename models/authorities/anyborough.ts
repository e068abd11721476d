/**
 * Anyborough Metropolitan Borough Council: fictional, a composite English metropolitan borough
 * built from published 2025/26 averages (typical of Wolverhampton, Sandwell, Walsall).
 * Net revenue budget £390.0m, balanced in 2025/26. Figures from shared/MODEL.md.
 */
import type { Authority } from '../authority';
import type { Source } from '../schema';

const raBudgets: Source = {
	title: 'Local authority revenue expenditure and financing: 2025-26 budget, England (RA)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing'
};
const ctStats: Source = {
	title: 'Council Tax levels set by local authorities in England 2025 to 2026',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/statistics/council-tax-levels-set-by-local-authorities-in-england-2025-to-2026'
};
const settlement: Source = {
	title: 'Final local government finance settlement: England, 2025 to 2026',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/collections/final-local-government-finance-settlement-england-2025-to-2026'
};
const nndr1: Source = {
	title:
		'National non-domestic rates to be collected by local authorities in England 2025 to 2026 (NNDR1)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/collections/national-non-domestic-rates-collected-by-councils'
};
const capitalStats: Source = {
	title:
		'Local authority capital expenditure, receipts and financing; borrowing and investment live tables',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/collections/local-authority-capital-expenditure-receipts-and-financing'
};
const reservesStats: Source = {
	title: 'Local authority revenue expenditure and financing: reserves (RA and RO returns)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing'
};
const lgaPolling: Source = {
	title: 'Polling on resident satisfaction with councils (round 34 and series since 2012)',
	publisher: 'Local Government Association',
	year: 2023,
	url: 'https://www.local.gov.uk/our-support/research/research-publications/residents-satisfaction-surveys'
};

const service = (label: string, valueGbp: number, note?: string) => ({
	label,
	value: valueGbp,
	unit: 'gbp',
	note,
	evidence: 'estimate' as const,
	source: raBudgets
});
const grant = (label: string, valueGbp: number) => ({
	label,
	value: valueGbp,
	unit: 'gbp',
	evidence: 'estimate' as const,
	source: settlement
});

export const anyborough: Authority = {
	id: 'anyborough',
	name: 'Anyborough Metropolitan Borough Council',
	kind: 'metropolitan borough',
	fictional: true,
	description:
		'A fictional English metropolitan borough of 320,000 people, built from published 2025/26 averages for mets. Net revenue budget £390.0m, balanced in 2025/26.',
	figures: {
		population: {
			label: 'Population',
			value: 320000,
			unit: 'people',
			evidence: 'estimate',
			source: {
				title: 'Mid-2024 population estimates, metropolitan districts',
				publisher: 'Office for National Statistics',
				year: 2025,
				url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates'
			}
		},
		populationGrowth: {
			label: 'Population growth',
			value: 0.004,
			unit: 'rate per year',
			note: 'Also the demand growth for services other than social care.',
			evidence: 'published',
			source: {
				title:
					'Subnational population projections for England: 2022-based (metropolitan districts)',
				publisher: 'Office for National Statistics',
				year: 2025,
				url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationprojections'
			}
		},
		councilTaxBase: {
			label: 'Council tax base (Band D equivalents, net of collection)',
			value: 76000,
			unit: 'Band D equivalents',
			evidence: 'estimate',
			source: {
				title: 'Council taxbase 2025 in England',
				publisher: 'Ministry of Housing, Communities and Local Government',
				year: 2025,
				url: 'https://www.gov.uk/government/statistics/council-taxbase-2025-in-england'
			}
		},
		councilTaxBaseGrowth: {
			label: 'Council tax base growth',
			value: 0.008,
			unit: 'rate per year',
			evidence: 'estimate',
			source: {
				title: 'Council taxbase in England, 2015 to 2025 series (metropolitan districts)',
				publisher: 'Ministry of Housing, Communities and Local Government',
				year: 2025,
				url: 'https://www.gov.uk/government/collections/council-taxbase-statistics'
			}
		},
		bandDCouncilTax: {
			label: 'Band D council tax (council element)',
			value: 2120,
			unit: 'gbp',
			note: 'England met average Band D including precepts: £2,289 (2025/26).',
			evidence: 'estimate',
			source: ctStats
		},
		policePreceptBandD: {
			label: 'Police precept, Band D',
			value: 265,
			unit: 'gbp',
			evidence: 'estimate',
			source: ctStats
		},
		firePreceptBandD: {
			label: 'Fire precept, Band D',
			value: 95,
			unit: 'gbp',
			evidence: 'estimate',
			source: ctStats
		},
		otherPreceptBandD: {
			label: 'Other precepts on the bill, Band D',
			value: 0,
			unit: 'gbp',
			note: 'A metropolitan borough has no second tier of council; parish precepts are left out.',
			evidence: 'assumption',
			reasoning:
				'Few parishes exist in metropolitan boroughs and their precepts average a few pounds: left out of the bill.'
		},
		businessRatesCollectable: {
			label: 'Business rates collectable (after reliefs)',
			value: 125000000,
			unit: 'gbp',
			evidence: 'estimate',
			source: nndr1
		},
		localShareOfRates: {
			label: 'Local share of business rates',
			value: 0.49,
			unit: 'rate',
			note: '50 % goes to central government and 1 % to the fire authority in metropolitan areas.',
			evidence: 'published',
			source: {
				title: 'Non-Domestic Rating (Rates Retention) Regulations 2013',
				publisher: 'UK Parliament',
				year: 2013,
				url: 'https://www.legislation.gov.uk/uksi/2013/452/contents'
			}
		},
		topUp: {
			label: 'Business rates top-up',
			value: 55000000,
			unit: 'gbp',
			note: 'Baseline funding level £116.25m = retained share £61.25m + top-up £55.00m.',
			evidence: 'estimate',
			source: settlement
		},
		childrenInCare: {
			label: 'Children in care',
			value: 730,
			unit: 'children',
			evidence: 'estimate',
			source: {
				title:
					'Children looked after in England including adoptions, 2024 (rate per 10,000 for mets)',
				publisher: 'Department for Education',
				year: 2024,
				url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions'
			}
		},
		costPerChildInCare: {
			label: 'Cost per child in care',
			value: 97000,
			unit: 'gbp per year',
			note: 'Grows with social-care inflation. Residential placements average £6,108 a week.',
			evidence: 'estimate',
			source: {
				title: 'Section 251 outturn 2023-24; NAO, Children’s social care placements',
				publisher: 'Department for Education; National Audit Office',
				year: 2024,
				url: 'https://explore-education-statistics.service.gov.uk/find-statistics/la-and-school-expenditure'
			}
		},
		externalDebt: {
			label: 'External debt',
			value: 600000000,
			unit: 'gbp',
			evidence: 'estimate',
			source: capitalStats
		},
		averageDebtRate: {
			label: 'Average interest rate on existing debt',
			value: 0.04,
			unit: 'rate',
			note: 'Interest £24.0m on £600m.',
			evidence: 'estimate',
			source: capitalStats
		},
		capitalFinancingRequirement: {
			label: 'Capital financing requirement',
			value: 700000000,
			unit: 'gbp',
			note: 'Underlying need to borrow; £100m above external debt is internal borrowing from reserves.',
			evidence: 'estimate',
			source: capitalStats
		},
		minimumRevenueProvisionRate: {
			label: 'Minimum revenue provision (share of CFR)',
			value: 0.015,
			unit: 'rate',
			note: 'MRP £10.5m = 1.5 % of £700m.',
			evidence: 'estimate',
			source: {
				title: 'Statutory guidance on minimum revenue provision (5th edition)',
				publisher: 'Ministry of Housing, Communities and Local Government',
				year: 2024,
				url: 'https://www.gov.uk/government/publications/statutory-guidance-on-minimum-revenue-provision'
			}
		},
		investmentIncome: {
			label: 'Investment income',
			value: 3000000,
			unit: 'gbp',
			note: '2.8 % of opening usable reserves of £107m.',
			evidence: 'estimate',
			source: raBudgets
		},
		generalFundBalance: {
			label: 'General fund balance',
			value: 22000000,
			unit: 'gbp',
			evidence: 'estimate',
			source: reservesStats
		},
		earmarkedReserves: {
			label: 'Earmarked reserves',
			value: 85000000,
			unit: 'gbp',
			evidence: 'estimate',
			source: reservesStats
		},
		earmarkedAvailableShare: {
			label: 'Share of earmarked reserves available to balance the budget',
			value: 0.4,
			unit: 'rate',
			evidence: 'assumption',
			reasoning:
				'Most earmarked reserves are committed (PFI, insurance, schools, grants received in advance); officers typically judge 30–50 % could be released.'
		},
		minimumGeneralFundShare: {
			label: 'Minimum prudent general fund (share of net budget)',
			value: 0.05,
			unit: 'rate',
			evidence: 'assumption',
			reasoning:
				'CIPFA guidance leaves the level to the chief finance officer’s s25 judgement; 5 % of net budget is a common rule of thumb.'
		},
		feesAndChargesIncome: {
			label: 'Fees and charges income',
			value: 60000000,
			unit: 'gbp',
			note: 'Netted off service budgets; 70 % of cost recovered.',
			evidence: 'estimate',
			source: {
				title:
					'Local authority revenue expenditure and financing: 2023-24 outturn (RO sales, fees and charges)',
				publisher: 'Ministry of Housing, Communities and Local Government',
				year: 2024,
				url: 'https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing'
			}
		},
		chargeableServicesCost: {
			label: 'Cost of chargeable services',
			value: 85700000,
			unit: 'gbp',
			evidence: 'estimate',
			source: {
				title:
					'Local authority revenue expenditure and financing: 2023-24 outturn (RO sales, fees and charges)',
				publisher: 'Ministry of Housing, Communities and Local Government',
				year: 2024,
				url: 'https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing'
			}
		},
		satisfactionWithCouncil: {
			label: 'Residents satisfied with the council',
			value: 0.57,
			unit: 'share',
			note: 'Series: June 2018 61 %, February 2021 67 %.',
			evidence: 'estimate',
			source: lgaPolling
		},
		trustInCouncil: {
			label: 'Residents who trust the council',
			value: 0.58,
			unit: 'share',
			note: 'Series: June 2018 56 %, February 2021 66 %.',
			evidence: 'estimate',
			source: lgaPolling
		},
		valueForMoney: {
			label: 'Residents who think the council gives value for money',
			value: 0.43,
			unit: 'share',
			note: 'Series: June 2018 45 %, February 2021 52 %.',
			evidence: 'estimate',
			source: lgaPolling
		},
		localElectionTurnout: {
			label: 'Local election turnout',
			value: 0.28,
			unit: 'share',
			note: 'English local elections 2024 mean 30.8 %; Black Country 24.6–28.9 %.',
			evidence: 'estimate',
			source: {
				title: 'Local elections 2024 (House of Commons Library research briefing CBP-9998)',
				publisher: 'House of Commons Library',
				year: 2024,
				url: 'https://commonslibrary.parliament.uk/research-briefings/cbp-9998/'
			}
		}
	},
	services: {
		adultSocialCare: service('Adult social care', 140000000),
		childrensSocialCare: service('Children’s social care', 78000000),
		educationAndEarlyHelp: service('Education and early help (non-schools)', 18000000),
		housingAndHomelessness: service('Housing and homelessness', 14000000),
		environmentAndWaste: service('Environment and waste', 32000000),
		highwaysAndTransport: service(
			'Highways and transport',
			38000000,
			'Includes the transport levy to the combined authority.'
		),
		cultureLeisureAndPlanning: service('Culture, leisure and planning', 15000000),
		centralAndCorporate: service('Central and corporate', 23500000)
	},
	grants: {
		revenueSupportGrant: grant('Revenue Support Grant', 28000000),
		socialCareGrant: grant('Social Care Grant', 40000000),
		improvedBetterCareFund: grant('Improved Better Care Fund', 22000000),
		recoveryGrant: grant('Recovery Grant', 8000000),
		otherGrants: grant('Other grants', 14630000)
	}
};
