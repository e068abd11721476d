/**
 * Anyvale District Council: fictional, a composite English shire district built from published
 * 2025/26 averages for districts. Runs housing, waste collection, planning, leisure; no social
 * care. Takes about a tenth of the Band D bill. Net budget £15.45m, balanced in 2025/26.
 */
import { compositeAuthority, sources } from './composite';

export const anyvale = compositeAuthority({
	id: 'anyvale',
	name: 'Anyvale District Council',
	kind: 'shire district',
	description:
		'A fictional English shire district of 110,000 people, built from published 2025/26 averages for districts. It runs housing, bin collection, planning and leisure, but no social care, and takes about a tenth of the council tax bill. Net budget £15.45m, balanced in 2025/26.',
	figures: {
		population: 110000,
		populationGrowth: {
			value: 0.007,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 45000,
		councilTaxBaseGrowth: 0.008,
		bandDCouncilTax: {
			value: 210,
			note: 'Average shire district Band D 2025/26 (Council Tax levels, table of averages by class): about £215. £210 is £5 (2.3 %) below: a round composite value within 3 % of it, not the average itself; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: 270,
		firePreceptBandD: 85,
		otherPreceptBandD: { value: 1650, note: 'The county council’s Band D, on the same bill.' },
		businessRatesCollectable: 36000000,
		localShareOfRates: {
			value: 0.4,
			note: 'In two-tier areas the district keeps 40 %, the county 9 %, the fire authority 1 %, government 50 %.',
			evidence: 'published'
		},
		topUp: {
			value: -11400000,
			note: 'A tariff: baseline funding level £3.0m = retained share £14.4m − tariff £11.4m.'
		},
		childrenInCare: { value: 0, note: 'Children’s services are the county’s.' },
		costPerChildInCare: { value: 0, note: 'Not applicable: the county looks after children.' },
		externalDebt: 20000000,
		averageDebtRate: { value: 0.035, note: 'Interest £0.7m on £20m.' },
		capitalFinancingRequirement: 30000000,
		capitalProgrammeBorrowing: 1500000,
		minimumRevenueProvisionRate: { value: 0.02, note: 'MRP £0.6m = 2 % of £30m.' },
		investmentIncome: { value: 450000, note: '2.8 % of opening usable reserves of £16m.' },
		generalFundBalance: 4000000,
		earmarkedReserves: 12000000,
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: {
			value: 9100000,
			note: 'Parking, planning, licensing, leisure, garden waste.'
		},
		chargeableServicesCost: 13000000,
		hotelRoomNights: 250000,
		housingDemandGrowth: {
			value: 0.04,
			evidence: 'estimate',
			note: 'Households in temporary accommodation in England rose 12.3 % in the year to March 2024 (to 117,450) and 13.6 % in the year to December 2024 (to 127,890), and district spending on it faster; temporary accommodation is about half of a district’s net housing spend: assumed to grow 8 % a year beyond population, the line grows 4 %.'
		},
		satisfactionWithCouncil: 0.6,
		trustInCouncil: 0.59,
		valueForMoney: 0.47,
		localElectionTurnout: 0.32
	},
	services: {
		adultSocialCare: 0,
		childrensSocialCare: 0,
		educationAndEarlyHelp: 0,
		housingAndHomelessness: 3200000,
		environmentAndWaste: {
			value: 5000000,
			note: 'Waste and recycling collection, street cleaning.'
		},
		highwaysAndTransport: {
			value: 0,
			note: 'Highways are the county’s; district parking is netted in fees.'
		},
		cultureLeisureAndPlanning: 3500000,
		centralAndCorporate: {
			value: 2900000,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2025/26 budget balances: income less every other line. At 19 % of the net budget it is in line with districts, whose small budgets carry the fixed costs of a council (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 500000,
		socialCareGrant: 0,
		improvedBetterCareFund: 0,
		recoveryGrant: 0,
		otherGrants: { value: 2500000, note: 'New Homes Bonus and the Funding Guarantee.' }
	}
});
