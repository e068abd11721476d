/**
 * Base year 2026/27: the composite's 2025/26 figures rolled forward one year by the model's
 * status quo (council tax at the limit, the class's settlement change, care and pay inflation),
 * the year's gap closed by savings in central and corporate costs, as councils set budgets.
 * Anyvale District Council: fictional, a composite English shire district built from published
 * 2025/26 averages for districts. Runs housing, waste collection, planning, leisure; no social
 * care. Takes about a tenth of the Band D bill. Net budget £16.02m, balanced in 2026/27.
 */
import { compositeAuthority, sources } from './composite';

export const anyvale = compositeAuthority({
	id: 'anyvale',
	name: 'Anyvale District Council',
	kind: 'shire district',
	description:
		'A fictional English shire district of 110,000 people, built from published 2025/26 averages for districts, rolled forward to its 2026/27 budget as set. It runs housing, bin collection, planning and leisure, but no social care, and takes about a tenth of the council tax bill. Net budget £16.02m, balanced in 2026/27.',
	figures: {
		baseYear: 2026,
		settledGrantChange2026: {
			value: 0.0,
			evidence: 'assumption',
			reasoning:
				'Districts lose most under Fair Funding Review 2.0; the floors hold a district’s settlement at about flat cash. The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2027: {
			value: 0.0,
			evidence: 'assumption',
			reasoning:
				'Districts lose most under Fair Funding Review 2.0; the floors hold a district’s settlement at about flat cash. The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2028: {
			value: 0.0,
			evidence: 'assumption',
			reasoning:
				'Districts lose most under Fair Funding Review 2.0; the floors hold a district’s settlement at about flat cash. The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		dsgDeficit: 0,
		dsgInYearDeficit: 0,
		population: 110770,
		populationGrowth: {
			value: 0.007,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 45360,
		councilTaxBaseGrowth: 0.008,
		bandDCouncilTax: {
			value: 216.28,
			note: 'Average shire district Band D 2025/26 (Council Tax levels, table of averages by class): about £215. £210 is £5 (2.3 %) below: a round composite value within 3 % of it, not the average itself (2025/26), raised by the 4.99 % limit for 2026/27; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: 278.1,
		firePreceptBandD: 87.55,
		otherPreceptBandD: { value: 1732.34, note: 'The county council’s Band D, on the same bill.' },
		businessRatesCollectable: 37087200,
		localShareOfRates: {
			value: 0.4,
			note: 'In two-tier areas the district keeps 40 %, the county 9 %, the fire authority 1 %, government 50 %.',
			evidence: 'published'
		},
		topUp: {
			value: -11628000,
			note: 'A tariff: baseline funding level £3.21m = retained share £14.83m − tariff £11.63m.'
		},
		childrenInCare: { value: 0, note: 'Children’s services are the county’s.' },
		costPerChildInCare: { value: 0, note: 'Not applicable: the county looks after children.' },
		externalDebt: 20900000,
		averageDebtRate: { value: 0.0373, note: 'Interest £0.78m on £20.90m.' },
		capitalFinancingRequirement: 30900000,
		capitalProgrammeBorrowing: 1500000,
		minimumRevenueProvisionRate: { value: 0.02, note: 'MRP £0.62m = 2.0 % of £30.90m.' },
		investmentIncome: {
			value: 448000,
			note: '2.8 % of the usable reserves held at the start of the year, £16.00m.'
		},
		generalFundBalance: 4000000,
		earmarkedReserves: 12000000,
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: {
			value: 9392793,
			note: 'Parking, planning, licensing, leisure, garden waste.'
		},
		chargeableServicesCost: 13418275,
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
		housingAndHomelessness: 3435078,
		environmentAndWaste: {
			value: 5160875,
			note: 'Waste and recycling collection, street cleaning.'
		},
		highwaysAndTransport: {
			value: 0,
			note: 'Highways are the county’s; district parking is netted in fees.'
		},
		cultureLeisureAndPlanning: 3612613,
		centralAndCorporate: {
			value: 2859204.8,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2026/27 budget balances: income less every other line, after the savings that closed the year’s gap. At 17.9 % of the net budget it is in line with districts, whose small budgets carry the fixed costs of a council (RA 2025-26).'
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
