/**
 * Base year 2026/27: the composite's 2025/26 figures rolled forward one year by the model's
 * status quo (council tax at the limit, the class's settlement change, care and pay inflation),
 * the year's gap closed by savings in central and corporate costs, as councils set budgets.
 * London Borough of Anywick: fictional, a composite outer London borough built from published
 * 2025/26 averages for London boroughs. Runs every service; the GLA precept (police, fire and
 * the mayor) is on the same bill. Net budget £414.6m, balanced in 2026/27.
 */
import { compositeAuthority, sources } from './composite';

export const anywick = compositeAuthority({
	id: 'anywick',
	name: 'London Borough of Anywick',
	kind: 'london borough',
	description:
		'A fictional outer London borough of 330,000 people, built from published 2025/26 averages for London boroughs, rolled forward to its 2026/27 budget as set, with London’s high housing and homelessness costs. Net budget £414.6m, balanced in 2026/27.',
	figures: {
		baseYear: 2026,
		settledGrantChange2026: {
			value: 0.05,
			evidence: 'assumption',
			reasoning:
				'Inner London’s relative need falls a little once housing costs are weighed against resources; grants rise a little more slowly than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2027: {
			value: 0.03,
			evidence: 'assumption',
			reasoning:
				'Inner London’s relative need falls a little once housing costs are weighed against resources; grants rise a little more slowly than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2028: {
			value: 0.03,
			evidence: 'assumption',
			reasoning:
				'Inner London’s relative need falls a little once housing costs are weighed against resources; grants rise a little more slowly than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		dsgDeficit: 25000000,
		dsgInYearDeficit: 8000000,
		population: 331650,
		populationGrowth: {
			value: 0.005,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 110880,
		councilTaxBaseGrowth: 0.008,
		bandDCouncilTax: {
			value: 1679.84,
			note: 'Average London borough Band D 2025/26, excluding the GLA (Council Tax levels, table of averages by class): about £1,560. £1,600 is £40 (2.6 %) above: a round composite value within 3 % of it, not the average itself (2025/26), raised by the 4.99 % limit for 2026/27; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: { value: 315.18, note: 'The GLA’s police (MOPAC) element.' },
		firePreceptBandD: {
			value: 0,
			note: 'London Fire Brigade is funded within the GLA’s other element.'
		},
		otherPreceptBandD: {
			value: 189.91,
			note: 'The GLA’s non-police element (fire, transport, the mayor); GLA total £490.38.'
		},
		businessRatesCollectable: 206040000,
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
			value: 40800000,
			note: 'Baseline funding level £102.6m = retained share £61.81m + top-up £40.80m. The business rates reset of April 2026 is in these figures.'
		},
		childrenInCare: { value: 412, note: 'About 55 per 10,000 children, the London average.' },
		costPerChildInCare: {
			value: 120000,
			note: 'Children in care are about 55 % of children’s social care spending in England (£8.1bn of £14.8bn): 412 × £120,000 = £49.4m, 55.0 % of £89.9m. An average over fostering (about £40,000 a year) and residential places (about £318,400, NAO).'
		},
		externalDebt: 377800000,
		averageDebtRate: { value: 0.0438, note: 'Interest £16.55m on £377.8m.' },
		capitalFinancingRequirement: 477800000,
		capitalProgrammeBorrowing: 35000000,
		minimumRevenueProvisionRate: { value: 0.016, note: 'MRP £7.64m = 1.6 % of £477.8m.' },
		investmentIncome: {
			value: 2380000,
			note: '2.8 % of the usable reserves held at the start of the year, £85.00m.'
		},
		generalFundBalance: {
			value: 24000000,
			note: 'Unallocated reserves of London boroughs average about 6–7 % of net revenue expenditure (RO/RA reserves, 31 March 2024–25): £24m is 5.8 % of £414.6m, above the 5 % minimum. Usable reserves stay £85m.'
		},
		earmarkedReserves: {
			value: 61000000,
			note: 'The rest of £85m usable reserves (72 %).'
		},
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: { value: 56677478, note: 'Parking and enforcement are large in London.' },
		chargeableServicesCost: 80967825,
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
		adultSocialCare: 127795200,
		childrensSocialCare: 89897600,
		educationAndEarlyHelp: 20602500,
		housingAndHomelessness: {
			value: 53051438,
			note: 'Temporary accommodation costs in London rose by about a half between 2022 and 2025.'
		},
		environmentAndWaste: 30903750,
		highwaysAndTransport: { value: 20602500, note: 'Includes the Freedom Pass contribution.' },
		cultureLeisureAndPlanning: 12361500,
		centralAndCorporate: {
			value: 37595731.2,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2026/27 budget balances: income less every other line, after the savings that closed the year’s gap. At 9.1 % of the net budget it is high, as London boroughs’ central costs are (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 31500000,
		socialCareGrant: 36750000,
		improvedBetterCareFund: 21000000,
		recoveryGrant: 5000000,
		otherGrants: 31500000
	}
});
