/**
 * Base year 2026/27: the composite's 2025/26 figures rolled forward one year by the model's
 * status quo (council tax at the limit, the class's settlement change, care and pay inflation),
 * the year's gap closed by savings in central and corporate costs, as councils set budgets.
 * Anyshire County Council: fictional, a composite English shire county built from published
 * 2025/26 averages for counties (typical of Leicestershire, Derbyshire, Nottinghamshire, counties
 * with a separate fire authority). Runs social care, education, highways and waste disposal; the
 * districts run housing and collect council tax, including the county's precept. Net budget £723.1m, balanced in 2026/27.
 */
import { compositeAuthority, sources } from './composite';

export const anyshire = compositeAuthority({
	id: 'anyshire',
	name: 'Anyshire County Council',
	kind: 'shire county',
	description:
		'A fictional English shire county of 780,000 people, built from published 2025/26 averages for counties, rolled forward to its 2026/27 budget as set. It runs social care, schools support, roads and waste disposal; district councils collect its council tax. Net budget £723.1m, balanced in 2026/27.',
	figures: {
		baseYear: 2026,
		settledGrantChange2026: {
			value: 0.03,
			evidence: 'assumption',
			reasoning:
				'Fair Funding Review 2.0 moves funding away from counties with strong council tax bases: a county’s grants rise more slowly than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2027: {
			value: 0.02,
			evidence: 'assumption',
			reasoning:
				'Fair Funding Review 2.0 moves funding away from counties with strong council tax bases: a county’s grants rise more slowly than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2028: {
			value: 0.02,
			evidence: 'assumption',
			reasoning:
				'Fair Funding Review 2.0 moves funding away from counties with strong council tax bases: a county’s grants rise more slowly than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		dsgDeficit: 90000000,
		dsgInYearDeficit: 30000000,
		population: 784680,
		populationGrowth: {
			value: 0.006,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: {
			value: 292900,
			note: 'Collected by the districts and paid over as a precept.'
		},
		councilTaxBaseGrowth: 0.01,
		bandDCouncilTax: {
			value: 1732.34,
			note: 'Average shire county Band D 2025/26 (Council Tax levels, table of averages by class): about £1,690. £1,650 is £40 (2.4 %) below: a round composite value within 3 % of it, not the average itself (2025/26), raised by the 4.99 % limit for 2026/27; council tax income is taken as given and central and corporate balances the budget.'
		},
		policePreceptBandD: 278.1,
		firePreceptBandD: {
			value: 87.55,
			note: 'Anyshire has a separate fire authority (as Leicestershire), so it keeps 9 % of business rates, not 10 %.'
		},
		otherPreceptBandD: {
			value: 221.45,
			note: 'The average shire district Band D, on the same bill.'
		},
		businessRatesCollectable: {
			value: 309060000,
			note: 'Collected by the districts in the county.'
		},
		localShareOfRates: {
			value: 0.09,
			note: 'In two-tier areas with a separate fire authority the county keeps 9 %, the fire authority 1 %, the districts 40 %, government 50 %.',
			evidence: 'published'
		},
		topUp: {
			value: 64260000,
			note: 'Baseline funding level £92.08m = retained share £27.82m + top-up £64.26m. The business rates reset of April 2026 is in these figures.'
		},
		childrenInCare: { value: 1030, note: 'About 59 per 10,000 children, near the shire average.' },
		costPerChildInCare: {
			value: 90500,
			note: 'Children in care are about 55 % of children’s social care spending in England (£8.1bn of £14.8bn): 1030 × £90,500 = £93.2m, 55.0 % of £169.5m. An average over fostering (about £40,000 a year) and residential places (about £318,400, NAO).'
		},
		externalDebt: 485100000,
		averageDebtRate: { value: 0.0403, note: 'Interest £19.55m on £485.1m.' },
		capitalFinancingRequirement: 585100000,
		capitalProgrammeBorrowing: 45000000,
		minimumRevenueProvisionRate: { value: 0.018, note: 'MRP £10.53m = 1.8 % of £585.1m.' },
		investmentIncome: {
			value: 4200000,
			note: '2.8 % of the usable reserves held at the start of the year, £150.0m.'
		},
		generalFundBalance: {
			value: 41000000,
			note: 'Unallocated reserves of counties average about 6 % of net revenue expenditure (RO/RA reserves, 31 March 2024–25): £41m is 5.7 % of £723.1m, above the 5 % minimum. Usable reserves stay £150m.'
		},
		earmarkedReserves: {
			value: 109000000,
			note: 'The rest of £150m usable reserves (73 %), as counties hold about three quarters of usable reserves earmarked.'
		},
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: { value: 72180500, note: '70 % of the cost of chargeable services.' },
		chargeableServicesCost: 103115000,
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
		adultSocialCare: 319488000,
		childrensSocialCare: 169520000,
		educationAndEarlyHelp: 46401750,
		housingAndHomelessness: { value: 0, note: 'The districts are the housing authorities.' },
		environmentAndWaste: { value: 56713250, note: 'Waste disposal; the districts collect it.' },
		highwaysAndTransport: 61869000,
		cultureLeisureAndPlanning: { value: 15467250, note: 'Libraries, archives, minerals planning.' },
		centralAndCorporate: {
			value: 27737206,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2026/27 budget balances: income less every other line, after the savings that closed the year’s gap. At 3.8 % of the net budget it is within the range counties report for central services (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 5150000,
		socialCareGrant: 61800000,
		improvedBetterCareFund: 30900000,
		recoveryGrant: { value: 0, note: 'Counties received no Recovery Grant in 2025/26.' },
		otherGrants: 25750000
	}
});
