/**
 * Anyford Council: fictional, a composite English unitary authority built from published
 * 2025/26 averages for unitaries outside London. Runs every service. Net budget £306.25m,
 * balanced in 2025/26.
 */
import { compositeAuthority, sources } from './composite';

export const anyford = compositeAuthority({
	id: 'anyford',
	name: 'Anyford Council',
	kind: 'unitary',
	description:
		'A fictional English unitary council of 250,000 people, built from published 2025/26 averages for unitary authorities. It runs every council service. Net budget £306.25m, balanced in 2025/26.',
	figures: {
		population: 250000,
		populationGrowth: {
			value: 0.006,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 85000,
		councilTaxBaseGrowth: 0.009,
		bandDCouncilTax: {
			value: 2050,
			note: 'Average unitary Band D 2025/26, excluding police and fire precepts (Council Tax levels, table of averages by class): about £2,000. £2,050 is £50 (2.5 %) above: a round composite value within 3 % of it, not the average itself; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: 260,
		firePreceptBandD: 90,
		otherPreceptBandD: {
			value: 0,
			note: 'Parish and town council precepts are left out.',
			evidence: 'assumption',
			reasoning: 'Parish precepts vary from nothing to a few hundred pounds; the average is small.'
		},
		businessRatesCollectable: 90000000,
		localShareOfRates: {
			value: 0.49,
			note: 'Unitaries keep 49 %; 1 % goes to the fire authority.',
			evidence: 'published'
		},
		topUp: {
			value: 25900000,
			note: 'Baseline funding level £70.0m = retained share £44.1m + top-up £25.9m.'
		},
		childrenInCare: 500,
		costPerChildInCare: 95000,
		externalDebt: 280000000,
		averageDebtRate: { value: 0.039, note: 'Interest £10.92m on £280m.' },
		capitalFinancingRequirement: 340000000,
		capitalProgrammeBorrowing: 22000000,
		minimumRevenueProvisionRate: { value: 0.017, note: 'MRP £5.78m = 1.7 % of £340m.' },
		investmentIncome: {
			value: 2000000,
			note: '2.8 % of opening usable reserves of £70m, rounded.'
		},
		generalFundBalance: {
			value: 19000000,
			note: 'Unallocated reserves of unitaries average about 6–7 % of net revenue expenditure (RO/RA reserves, 31 March 2024–25): £19m is 6.2 % of £306.25m, above the 5 % minimum. Usable reserves stay £70m.'
		},
		earmarkedReserves: {
			value: 51000000,
			note: 'The rest of £70m usable reserves (73 %).'
		},
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: 45000000,
		chargeableServicesCost: 64300000,
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
		adultSocialCare: 120000000,
		childrensSocialCare: 65000000,
		educationAndEarlyHelp: 14000000,
		housingAndHomelessness: 8000000,
		environmentAndWaste: 25000000,
		highwaysAndTransport: 22000000,
		cultureLeisureAndPlanning: 11000000,
		centralAndCorporate: {
			value: 26550000,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2025/26 budget balances: income less every other line. At 8.7 % of the net budget it is within the range unitaries report for central services (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 10000000,
		socialCareGrant: 30000000,
		improvedBetterCareFund: 12000000,
		recoveryGrant: 2000000,
		otherGrants: 8000000
	}
});
