/**
 * Base year 2026/27: the composite's 2025/26 figures rolled forward one year by the model's
 * status quo (council tax at the limit, the class's settlement change, care and pay inflation),
 * the year's gap closed by savings in central and corporate costs, as councils set budgets.
 * Anyford Council: fictional, a composite English unitary authority built from published
 * 2025/26 averages for unitaries outside London. Runs every service. Net budget £322.0m,
 * balanced in 2026/27.
 */
import { compositeAuthority, sources } from './composite';

export const anyford = compositeAuthority({
	id: 'anyford',
	name: 'Anyford Council',
	kind: 'unitary',
	description:
		'A fictional English unitary council of 250,000 people, built from published 2025/26 averages for unitary authorities, rolled forward to its 2026/27 budget as set. It runs every council service. Net budget £322.0m, balanced in 2026/27.',
	figures: {
		baseYear: 2026,
		settledGrantChange2026: {
			value: 0.06,
			evidence: 'assumption',
			reasoning:
				'A unitary of average deprivation gains a little under Fair Funding Review 2.0: grants rise about as fast as England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2027: {
			value: 0.035,
			evidence: 'assumption',
			reasoning:
				'A unitary of average deprivation gains a little under Fair Funding Review 2.0: grants rise about as fast as England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2028: {
			value: 0.035,
			evidence: 'assumption',
			reasoning:
				'A unitary of average deprivation gains a little under Fair Funding Review 2.0: grants rise about as fast as England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		dsgDeficit: 25000000,
		dsgInYearDeficit: 9000000,
		population: 251500,
		populationGrowth: {
			value: 0.006,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 85765,
		councilTaxBaseGrowth: 0.009,
		bandDCouncilTax: {
			value: 2152.3,
			note: 'Average unitary Band D 2025/26, excluding police and fire precepts (Council Tax levels, table of averages by class): about £2,000. £2,050 is £50 (2.5 %) above: a round composite value within 3 % of it, not the average itself (2025/26), raised by the 4.99 % limit for 2026/27; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: 267.8,
		firePreceptBandD: 92.7,
		otherPreceptBandD: {
			value: 0,
			note: 'Parish and town council precepts are left out.',
			evidence: 'assumption',
			reasoning: 'Parish precepts vary from nothing to a few hundred pounds; the average is small.'
		},
		businessRatesCollectable: 92718000,
		localShareOfRates: {
			value: 0.49,
			note: 'Unitaries keep 49 %; 1 % goes to the fire authority.',
			evidence: 'published'
		},
		topUp: {
			value: 26418000,
			note: 'Baseline funding level £71.85m = retained share £45.43m + top-up £26.42m. The business rates reset of April 2026 is in these figures.'
		},
		childrenInCare: 515,
		costPerChildInCare: {
			value: 73800,
			note: 'Children in care are about 55 % of children’s social care spending in England (£8.1bn of £14.8bn): 515 × £73,800 = £38.0m, 55.0 % of £69.1m. An average over fostering (about £40,000 a year) and residential places (about £318,400, NAO).'
		},
		externalDebt: 296220000,
		averageDebtRate: { value: 0.0409, note: 'Interest £12.12m on £296.2m.' },
		capitalFinancingRequirement: 356220000,
		capitalProgrammeBorrowing: 22000000,
		minimumRevenueProvisionRate: { value: 0.017, note: 'MRP £6.06m = 1.7 % of £356.2m.' },
		investmentIncome: {
			value: 1960000,
			note: '2.8 % of the usable reserves held at the start of the year, £70.00m.'
		},
		generalFundBalance: {
			value: 19000000,
			note: 'Unallocated reserves of unitaries average about 6–7 % of net revenue expenditure (RO/RA reserves, 31 March 2024–25): £19m is 5.9 % of £322.0m, above the 5 % minimum. Usable reserves stay £70m.'
		},
		earmarkedReserves: {
			value: 51000000,
			note: 'The rest of £70m usable reserves (73 %).'
		},
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: 46412062,
		chargeableServicesCost: 66302945,
		hotelRoomNights: 700000,
		housingDemandGrowth: {
			value: 0.03,
			evidence: 'estimate',
			note: 'Households in temporary accommodation in England rose 12.3 % in the year to March 2024 (to 117,450) and 13.6 % in the year to December 2024 (to 127,890); growth is assumed to slow to 3 % a year beyond population.'
		},
		satisfactionWithCouncil: 0.58,
		trustInCouncil: 0.59,
		valueForMoney: 0.44,
		localElectionTurnout: 0.3
	},
	services: {
		adultSocialCare: 127795200,
		childrensSocialCare: 69082000,
		educationAndEarlyHelp: 14436100,
		housingAndHomelessness: 8496676,
		environmentAndWaste: 25778750,
		highwaysAndTransport: 22685300,
		cultureLeisureAndPlanning: 11342650,
		centralAndCorporate: {
			value: 26214015.5,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2026/27 budget balances: income less every other line, after the savings that closed the year’s gap. At 8.1 % of the net budget it is within the range unitaries report for central services (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 10600000,
		socialCareGrant: 31800000,
		improvedBetterCareFund: 12720000,
		recoveryGrant: 2000000,
		otherGrants: 8480000
	}
});
