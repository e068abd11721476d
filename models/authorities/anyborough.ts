/**
 * Anyborough Metropolitan Borough Council: fictional, a composite English metropolitan borough
 * built from published 2025/26 averages (typical of Wolverhampton, Sandwell, Walsall).
 * Net revenue budget £390.0m, balanced in 2025/26. Figures from shared/MODEL.md.
 */
import { compositeAuthority, sources } from './composite';

export const anyborough = compositeAuthority({
	id: 'anyborough',
	name: 'Anyborough Metropolitan Borough Council',
	kind: 'metropolitan borough',
	description:
		'A fictional English metropolitan borough of 320,000 people, built from published 2025/26 averages for mets. Net revenue budget £390.0m, balanced in 2025/26.',
	figures: {
		population: 320000,
		populationGrowth: {
			value: 0.004,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 76000,
		councilTaxBaseGrowth: 0.008,
		bandDCouncilTax: {
			value: 2120,
			note: 'England met average Band D including precepts: £2,289 (2025/26).'
		},
		policePreceptBandD: 265,
		firePreceptBandD: 95,
		otherPreceptBandD: {
			value: 0,
			note: 'A metropolitan borough has no second tier of council; parish precepts are left out.',
			evidence: 'assumption',
			reasoning:
				'Few parishes exist in metropolitan boroughs and their precepts average a few pounds: left out of the bill.'
		},
		businessRatesCollectable: 125000000,
		localShareOfRates: {
			value: 0.49,
			note: '50 % goes to central government and 1 % to the fire authority in metropolitan areas.',
			evidence: 'published'
		},
		topUp: {
			value: 55000000,
			note: 'Baseline funding level £116.25m = retained share £61.25m + top-up £55.00m.'
		},
		childrenInCare: 730,
		costPerChildInCare: { value: 97000, note: 'Residential placements average £6,108 a week.' },
		externalDebt: 600000000,
		averageDebtRate: { value: 0.04, note: 'Interest £24.0m on £600m.' },
		capitalFinancingRequirement: {
			value: 700000000,
			note: '£100m above external debt is internal borrowing from reserves.'
		},
		capitalProgrammeBorrowing: 30000000,
		minimumRevenueProvisionRate: { value: 0.015, note: 'MRP £10.5m = 1.5 % of £700m.' },
		investmentIncome: { value: 3000000, note: '2.8 % of opening usable reserves of £107m.' },
		generalFundBalance: 22000000,
		earmarkedReserves: 85000000,
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: { value: 60000000, note: '70 % of the cost of chargeable services.' },
		chargeableServicesCost: 85700000,
		housingDemandGrowth: {
			value: 0,
			evidence: 'assumption',
			reasoning:
				'Left at zero so that Anyborough keeps the reference path of shared/MODEL.md (housing grows with pay, prices and population); temporary accommodation is 3.6 % of its budget, against a fifth of a district’s.'
		},
		hotelRoomNights: {
			value: 900000,
			evidence: 'assumption',
			reasoning:
				'A met borough of 320,000 outside a regional centre has roughly a third of Manchester’s 2.8m chargeable room-nights.'
		},
		satisfactionWithCouncil: { value: 0.57, note: 'Series: June 2018 61 %, February 2021 67 %.' },
		trustInCouncil: { value: 0.58, note: 'Series: June 2018 56 %, February 2021 66 %.' },
		valueForMoney: { value: 0.43, note: 'Series: June 2018 45 %, February 2021 52 %.' },
		localElectionTurnout: {
			value: 0.28,
			note: 'English local elections 2024 mean 30.8 %; Black Country 24.6–28.9 %.'
		}
	},
	services: {
		adultSocialCare: 140000000,
		childrensSocialCare: 78000000,
		educationAndEarlyHelp: 18000000,
		housingAndHomelessness: 14000000,
		environmentAndWaste: 32000000,
		highwaysAndTransport: {
			value: 38000000,
			note: 'Includes the transport levy to the combined authority.'
		},
		cultureLeisureAndPlanning: 15000000,
		centralAndCorporate: {
			value: 23500000,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2025/26 budget balances: income less every other line. At 6.0 % of the net budget it is within the range mets report for central services (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 28000000,
		socialCareGrant: 40000000,
		improvedBetterCareFund: 22000000,
		recoveryGrant: 8000000,
		otherGrants: 14630000
	}
});
