/**
 * London Borough of Anywick: fictional, a composite outer London borough built from published
 * 2025/26 averages for London boroughs. Runs every service; the GLA precept (police, fire and
 * the mayor) is on the same bill. Net budget £396.0m, balanced in 2025/26.
 */
import { compositeAuthority, sources } from './composite';

export const anywick = compositeAuthority({
	id: 'anywick',
	name: 'London Borough of Anywick',
	kind: 'london borough',
	description:
		'A fictional outer London borough of 330,000 people, built from published 2025/26 averages for London boroughs, with London’s high housing and homelessness costs. Net budget £396.0m, balanced in 2025/26.',
	figures: {
		population: 330000,
		populationGrowth: {
			value: 0.005,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 110000,
		councilTaxBaseGrowth: 0.008,
		bandDCouncilTax: {
			value: 1600,
			note: 'Average London borough Band D 2025/26, excluding the GLA (Council Tax levels, table of averages by class): about £1,560. £1,600 is £40 (2.6 %) above: a round composite value within 3 % of it, not the average itself; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: { value: 306, note: 'The GLA’s police (MOPAC) element.' },
		firePreceptBandD: {
			value: 0,
			note: 'London Fire Brigade is funded within the GLA’s other element.'
		},
		otherPreceptBandD: {
			value: 184.38,
			note: 'The GLA’s non-police element (fire, transport, the mayor); GLA total £490.38.'
		},
		businessRatesCollectable: 200000000,
		localShareOfRates: {
			value: 0.3,
			note: 'In London boroughs keep 30 %, the GLA 37 %, government 33 %.',
			evidence: 'published',
			source: {
				title: 'Business rates retention: London shares 2025-26',
				publisher: 'Ministry of Housing, Communities and Local Government',
				year: 2025,
				url: 'https://www.gov.uk/government/collections/national-non-domestic-rates-collected-by-councils'
			}
		},
		topUp: {
			value: 40000000,
			note: 'Baseline funding level £100.0m = retained share £60.0m + top-up £40.0m.'
		},
		childrenInCare: { value: 400, note: 'About 55 per 10,000 children, the London average.' },
		costPerChildInCare: {
			value: 120000,
			note: 'London placements cost more than the England average.'
		},
		externalDebt: 350000000,
		averageDebtRate: { value: 0.042, note: 'Interest £14.7m on £350m.' },
		capitalFinancingRequirement: 450000000,
		capitalProgrammeBorrowing: 35000000,
		minimumRevenueProvisionRate: { value: 0.016, note: 'MRP £7.2m = 1.6 % of £450m.' },
		investmentIncome: { value: 2400000, note: '2.8 % of opening usable reserves of £85m.' },
		generalFundBalance: {
			value: 24000000,
			note: 'Unallocated reserves of London boroughs average about 6–7 % of net revenue expenditure (RO/RA reserves, 31 March 2024–25): £24m is 6.1 % of £396.0m, above the 5 % minimum. Usable reserves stay £85m.'
		},
		earmarkedReserves: {
			value: 61000000,
			note: 'The rest of £85m usable reserves (72 %).'
		},
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: { value: 55000000, note: 'Parking and enforcement are large in London.' },
		chargeableServicesCost: 78600000,
		hotelRoomNights: 600000,
		housingDemandGrowth: {
			value: 0.03,
			evidence: 'estimate',
			note: 'Households in temporary accommodation in England rose 12.3 % in the year to March 2024 (to 117,450) and 13.6 % in the year to December 2024 (to 127,890), about half of them in London; growth is assumed to slow to 3 % a year beyond population as prevention and supply catch up.'
		},
		satisfactionWithCouncil: 0.55,
		trustInCouncil: 0.55,
		valueForMoney: 0.42,
		localElectionTurnout: { value: 0.33, note: 'London borough elections, May 2022: 33.6 %.' }
	},
	services: {
		adultSocialCare: 120000000,
		childrensSocialCare: 85000000,
		educationAndEarlyHelp: 20000000,
		housingAndHomelessness: {
			value: 50000000,
			note: 'Temporary accommodation costs in London rose by about a half between 2022 and 2025.'
		},
		environmentAndWaste: 30000000,
		highwaysAndTransport: { value: 20000000, note: 'Includes the Freedom Pass contribution.' },
		cultureLeisureAndPlanning: 12000000,
		centralAndCorporate: {
			value: 39500000,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2025/26 budget balances: income less every other line. At 10 % of the net budget it is high, as London boroughs’ central costs are (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 30000000,
		socialCareGrant: 35000000,
		improvedBetterCareFund: 20000000,
		recoveryGrant: 5000000,
		otherGrants: 30000000
	}
});
