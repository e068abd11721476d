/**
 * Base year 2026/27: the composite's 2025/26 figures rolled forward one year by the model's
 * status quo (council tax at the limit, the class's settlement change, care and pay inflation),
 * the year's gap closed by savings in central and corporate costs, as councils set budgets.
 * Anyborough Metropolitan Borough Council: fictional, a composite English metropolitan borough
 * built from published 2025/26 averages (typical of Wolverhampton, Sandwell, Walsall).
 * Net budget £409.7m, balanced in 2026/27. Figures from shared/MODEL.md.
 */
import { compositeAuthority, sources } from './composite';

export const anyborough = compositeAuthority({
	id: 'anyborough',
	name: 'Anyborough Metropolitan Borough Council',
	kind: 'metropolitan borough',
	description:
		'A fictional English metropolitan borough of 320,000 people, built from published 2025/26 averages for mets, rolled forward to its 2026/27 budget as set. Net budget £409.7m, balanced in 2026/27.',
	figures: {
		baseYear: 2026,
		settledGrantChange2026: {
			value: 0.07,
			evidence: 'assumption',
			reasoning:
				'Fair Funding Review 2.0 moves funding towards deprived places with high needs and low council tax bases, which most mets are: a met’s grants rise faster than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2027: {
			value: 0.04,
			evidence: 'assumption',
			reasoning:
				'Fair Funding Review 2.0 moves funding towards deprived places with high needs and low council tax bases, which most mets are: a met’s grants rise faster than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		settledGrantChange2028: {
			value: 0.04,
			evidence: 'assumption',
			reasoning:
				'Fair Funding Review 2.0 moves funding towards deprived places with high needs and low council tax bases, which most mets are: a met’s grants rise faster than England’s core spending power (+5.8 %, +4.3 %, +4.4 % with council tax at the limit). The settlement’s tables by class of council were not confirmed for this sample (unverified); an imported council enters its own.'
		},
		dsgDeficit: 35000000,
		dsgInYearDeficit: 12000000,
		population: 321280,
		populationGrowth: {
			value: 0.004,
			evidence: 'published',
			source: sources.populationProjections
		},
		councilTaxBase: 76608,
		councilTaxBaseGrowth: 0.008,
		bandDCouncilTax: {
			value: 2225.79,
			note: 'England met average Band D including precepts: £2,289 (2025/26).'
		},
		policePreceptBandD: 272.95,
		firePreceptBandD: 97.85,
		otherPreceptBandD: {
			value: 0,
			note: 'A metropolitan borough has no second tier of council; parish precepts are left out.',
			evidence: 'assumption',
			reasoning:
				'Few parishes exist in metropolitan boroughs and their precepts average a few pounds: left out of the bill.'
		},
		businessRatesCollectable: 128775000,
		localShareOfRates: {
			value: 0.49,
			note: '50 % goes to central government and 1 % to the fire authority in metropolitan areas.',
			evidence: 'published'
		},
		topUp: {
			value: 56100000,
			note: 'Baseline funding level £119.2m = retained share £63.10m + top-up £56.10m. The business rates reset of April 2026 is in these figures.'
		},
		childrenInCare: 752,
		costPerChildInCare: {
			value: 60900,
			note: 'Children in care are about 55 % of children’s social care spending in England (£8.1bn of £14.8bn): 752 × £60,900 = £45.8m, 55.0 % of £83.3m. An average over fostering (about £40,000 a year) and residential places (about £318,400, NAO).'
		},
		externalDebt: 619500000,
		averageDebtRate: { value: 0.0414, note: 'Interest £25.65m on £619.5m.' },
		capitalFinancingRequirement: {
			value: 719500000,
			note: '£100m above external debt is internal borrowing from reserves.'
		},
		capitalProgrammeBorrowing: 30000000,
		minimumRevenueProvisionRate: { value: 0.015, note: 'MRP £10.79m = 1.5 % of £719.5m.' },
		investmentIncome: {
			value: 2996000,
			note: '2.8 % of the usable reserves held at the start of the year, £107.0m.'
		},
		generalFundBalance: 22000000,
		earmarkedReserves: 85000000,
		earmarkedAvailableShare: 0.4,
		minimumGeneralFundShare: 0.05,
		feesAndChargesIncome: { value: 61735709, note: '70 % of the cost of chargeable services.' },
		chargeableServicesCost: 88193870,
		housingDemandGrowth: {
			value: 0.05,
			note: 'Households in temporary accommodation in England rose 12.3 % in the year to March 2024 (to 117,450) and 13.6 % in the year to December 2024 (to 127,890), about half of them in London; outside London growth has been slower, and temporary accommodation is only part of the housing budget, so 5 % a year beyond population. Every council with the homelessness duty faces it, a met too.',
			evidence: 'estimate'
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
		adultSocialCare: 149094400,
		childrensSocialCare: 83329272,
		educationAndEarlyHelp: 18523800,
		housingAndHomelessness: 14407400,
		environmentAndWaste: 32931200,
		highwaysAndTransport: {
			value: 39105800,
			note: 'Includes the transport levy to the combined authority.'
		},
		cultureLeisureAndPlanning: 15436500,
		centralAndCorporate: {
			value: 23394998.32,
			evidence: 'assumption',
			reasoning:
				'Set so that the 2026/27 budget balances: income less every other line, after the savings that closed the year’s gap. At 5.7 % of the net budget it is within the range mets report for central services (RA 2025-26).'
		}
	},
	grants: {
		revenueSupportGrant: 29960000,
		socialCareGrant: 42800000,
		improvedBetterCareFund: 23540000,
		recoveryGrant: 8000000,
		otherGrants: 15654100
	}
});
