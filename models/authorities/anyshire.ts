/**
 * Anyshire County Council: fictional, a composite English shire county built from published
 * 2025/26 averages for counties (typical of Leicestershire, Derbyshire, Nottinghamshire, counties
 * with a separate fire authority). Runs social care, education, highways and waste disposal; the
 * districts run housing and collect council tax, including the county's precept. Net budget
 * £688.5m, balanced in 2025/26.
 */
import { compositeAuthority, sources } from './composite';

export const anyshire = compositeAuthority({
	id: 'anyshire',
	name: 'Anyshire County Council',
	kind: 'shire county',
	description:
		'A fictional English shire county of 780,000 people, built from published 2025/26 averages for counties. It runs social care, schools support, roads and waste disposal; district councils collect its council tax. Net budget £688.5m, balanced in 2025/26.',
	figures: {
		population: 780000,
		populationGrowth: {
			value: 0.006,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: {
			value: 290000,
			note: 'Collected by the districts and paid over as a precept.'
		},
		councilTaxBaseGrowth: 0.01,
		bandDCouncilTax: {
			value: 1650,
			note: 'Average shire county Band D 2025/26 (Council Tax levels, table of averages by class): about £1,690. £1,650 is £40 (2.4 %) below: a round composite value within 3 % of it, not the average itself; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: 270,
		firePreceptBandD: {
			value: 85,
			note: 'Anyshire has a separate fire authority (as Leicestershire), so it keeps 9 % of business rates, not 10 %.'
		},
		otherPreceptBandD: { value: 215, note: 'The average shire district Band D, on the same bill.' },
		businessRatesCollectable: {
			value: 300000000,
			note: 'Collected by the districts in the county.'
		},
		localShareOfRates: {
			value: 0.09,
			note: 'In two-tier areas with a separate fire authority the county keeps 9 %, the fire authority 1 %, the districts 40 %, government 50 %.',
			evidence: 'published'
		},
		topUp: {
			value: 63000000,
			note: 'Baseline funding level £90.0m = retained share £27.0m + top-up £63.0m.'
		},
		childrenInCare: { value: 1000, note: 'About 59 per 10,000 children, near the shire average.' },
		costPerChildInCare: 100000,
		externalDebt: 450000000,
		averageDebtRate: { value: 0.038, note: 'Interest £17.1m on £450m.' },
		capitalFinancingRequirement: 550000000,
		capitalProgrammeBorrowing: 45000000,
		minimumRevenueProvisionRate: { value: 0.018, note: 'MRP £9.9m = 1.8 % of £550m.' },
		investmentIncome: { value: 4200000, note: '2.8 % of opening usable reserves of £150m.' },
		generalFundBalance: {
			value: 41000000,
			note: 'Unallocated reserves of counties average about 6 % of net revenue expenditure (RO/RA reserves, 31 March 2024–25): £41m is 6.0 % of £688.5m, above the 5 % minimum. Usable reserves stay £150m.'
		},
		earmarkedReserves: {
			value: 109000000,
			note: 'The rest of £150m usable reserves (73 %), as counties hold about three quarters of usable reserves earmarked.'
		},
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: { value: 70000000, note: '70 % of the cost of chargeable services.' },
		chargeableServicesCost: 100000000,
		hotelRoomNights: {
			value: 2500000,
			note: 'Market towns, coast and countryside draw overnight visitors.'
		},
		housingDemandGrowth: {
			value: 0,
			note: 'Not applicable: the districts are the housing authorities.'
		},
		satisfactionWithCouncil: 0.62,
		trustInCouncil: 0.6,
		valueForMoney: 0.46,
		localElectionTurnout: {
			value: 0.33,
			note: 'County council elections, May 2025: about 30–35 %.'
		}
	},
	services: {
		adultSocialCare: 300000000,
		childrensSocialCare: 160000000,
		educationAndEarlyHelp: 45000000,
		housingAndHomelessness: { value: 0, note: 'The districts are the housing authorities.' },
		environmentAndWaste: { value: 55000000, note: 'Waste disposal; the districts collect it.' },
		highwaysAndTransport: 60000000,
		cultureLeisureAndPlanning: { value: 15000000, note: 'Libraries, archives, minerals planning.' },
		centralAndCorporate: {
			value: 30700000,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2025/26 budget balances: income less every other line. At 4.5 % of the net budget it is within the range counties report for central services (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 5000000,
		socialCareGrant: 60000000,
		improvedBetterCareFund: 30000000,
		recoveryGrant: { value: 0, note: 'Counties received no Recovery Grant in 2025/26.' },
		otherGrants: 25000000
	}
});
