/**
 * Building a fictional composite authority from published averages. Every figure of every
 * sample authority has the same label, unit and source series (the national statistics it is
 * an average of); an authority gives the values, and notes or sources where they differ.
 */
import type {
	Authority,
	AuthorityFigureId,
	AuthorityKind,
	BudgetPartFigureId,
	GrantLineId,
	ServiceLineId
} from '../authority';
import { budgetPartFigureIds, optionalFigureDefaults } from '../authority';
import type { Figure, Source } from '../schema';

const mhclg = 'Ministry of Housing, Communities and Local Government';
export const sources = {
	raBudgets: {
		title: 'Local authority revenue expenditure and financing: 2025-26 budget, England (RA)',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing'
	},
	roOutturn: {
		title:
			'Local authority revenue expenditure and financing: 2023-24 outturn (RO sales, fees and charges)',
		publisher: mhclg,
		year: 2024,
		url: 'https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing'
	},
	ctLevels: {
		title: 'Council Tax levels set by local authorities in England 2025 to 2026',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/statistics/council-tax-levels-set-by-local-authorities-in-england-2025-to-2026'
	},
	ctBase: {
		title: 'Council taxbase 2025 in England',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/statistics/council-taxbase-2025-in-england'
	},
	ctBaseSeries: {
		title: 'Council taxbase in England, 2015 to 2025 series',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/collections/council-taxbase-statistics'
	},
	settlement2026: {
		title:
			'Explanatory note on Core Spending Power: final local government finance settlement 2026-27 to 2028-29',
		publisher: mhclg,
		year: 2026,
		url: 'https://www.gov.uk/government/publications/explanatory-note-on-core-spending-power-final-local-government-finance-settlement-2026-27-to-2028-29/explanatory-note-on-core-spending-power-final-local-government-finance-settlement-2026-27-to-2028-29'
	},
	highNeeds: {
		title:
			'LGA briefing on SEND provision and funding (high-needs deficits: £1.9bn in March 2022, about £3.6bn by 2025, extrapolated from the Society of County Treasurers’ survey); councils’ own DSG monitoring, e.g. Halton (£12.5m in-year overspend, £18m cumulative, 2025/26), West Berkshire (£16m to £30m in 2025/26), BCP (£72m in-year, £183m at March 2026)',
		publisher: 'Local Government Association; Halton, West Berkshire and BCP councils',
		year: 2025,
		url: 'https://www.local.gov.uk/parliament/briefings-and-responses/debate-motion-send-provision-and-funding-11-january-2024'
	},
	settlement: {
		title: 'Final local government finance settlement: England, 2025 to 2026',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/collections/final-local-government-finance-settlement-england-2025-to-2026'
	},
	nndr1: {
		title:
			'National non-domestic rates to be collected by local authorities in England 2025 to 2026 (NNDR1)',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/collections/national-non-domestic-rates-collected-by-councils'
	},
	retention: {
		title: 'Non-Domestic Rating (Rates Retention) Regulations 2013',
		publisher: 'UK Parliament',
		year: 2013,
		url: 'https://www.legislation.gov.uk/uksi/2013/452/contents'
	},
	capital: {
		title:
			'Local authority capital expenditure, receipts and financing; borrowing and investment live tables',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/collections/local-authority-capital-expenditure-receipts-and-financing'
	},
	mrpGuidance: {
		title: 'Statutory guidance on minimum revenue provision (5th edition)',
		publisher: mhclg,
		year: 2024,
		url: 'https://www.gov.uk/government/publications/statutory-guidance-on-minimum-revenue-provision'
	},
	reserves: {
		title: 'Local authority revenue expenditure and financing: reserves (RA and RO returns)',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing'
	},
	populationEstimates: {
		title: 'Mid-2024 population estimates for local authorities',
		publisher: 'Office for National Statistics',
		year: 2025,
		url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates'
	},
	populationProjections: {
		title: 'Subnational population projections for England: 2022-based',
		publisher: 'Office for National Statistics',
		year: 2025,
		url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationprojections'
	},
	childrenLookedAfter: {
		title:
			'Children looked after in England including adoptions, 2024 (rates per 10,000 children by type of authority)',
		publisher: 'Department for Education',
		year: 2024,
		url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions'
	},
	placementCosts: {
		title:
			'PQ 32081: children looked after cost £8.1bn of £14.8bn children’s services spending (about 55 %); NAO, children’s residential care (£318,400 a place)',
		publisher: 'UK Parliament; National Audit Office',
		year: 2025,
		url: 'https://parallelparliament.co.uk/question/32081/children-in-care'
	},
	homelessness: {
		title:
			'Statutory homelessness in England: live tables (households in temporary accommodation), and RO4 housing outturn (temporary accommodation spend)',
		publisher: mhclg,
		year: 2025,
		url: 'https://www.gov.uk/government/collections/homelessness-statistics'
	},
	lgaPolling: {
		title:
			'Polling on resident satisfaction with councils (LGA series since 2012). Latest round found: round 34, February 2023, whose figures could not be read for this model (unverified). Latest figures confirmed: February 2021, 67 % satisfied with their council, 66 % trust it, 52 % value for money (as reported by East Devon District Council, 5 March 2021); June 2018: 61 %, 56 %, 45 %. The sample values are estimates below the 2021 round, as satisfaction has fallen since the pandemic peak (unverified)',
		publisher: 'Local Government Association',
		year: 2023,
		url: 'https://www.local.gov.uk/publications/polling-resident-satisfaction-councils-round-34'
	},
	elections: {
		title: 'Local elections 2024 and 2025 (House of Commons Library research briefings)',
		publisher: 'House of Commons Library',
		year: 2025,
		url: 'https://commonslibrary.parliament.uk/research-briefings/cbp-9998/'
	}
} satisfies Record<string, Source>;

interface FigureMeta {
	label: string;
	unit: string;
	source: Source;
}

// The optional budget parts take the schema's defaults (none) in every sample.
const figureMeta: Record<
	Exclude<AuthorityFigureId, AssumedFigureId | BudgetPartFigureId>,
	FigureMeta
> = {
	baseYear: {
		label: 'Base year: the year the budget figures are for (its first calendar year)',
		unit: 'year',
		source: sources.raBudgets
	},
	settledGrantChange2026: {
		label: 'Change in grants other than Recovery Grant into 2026/27 (the settlement)',
		unit: 'rate',
		source: sources.settlement2026
	},
	settledGrantChange2027: {
		label: 'Change in grants other than Recovery Grant into 2027/28 (the settlement)',
		unit: 'rate',
		source: sources.settlement2026
	},
	settledGrantChange2028: {
		label: 'Change in grants other than Recovery Grant into 2028/29 (the settlement)',
		unit: 'rate',
		source: sources.settlement2026
	},
	dsgDeficit: {
		label: 'High-needs (DSG) cumulative deficit at 31 March 2026',
		unit: 'gbp',
		source: sources.highNeeds
	},
	dsgInYearDeficit: {
		label: 'High-needs (DSG) in-year deficit each year',
		unit: 'gbp per year',
		source: sources.highNeeds
	},
	population: { label: 'Population', unit: 'people', source: sources.populationEstimates },
	populationGrowth: {
		label: 'Population growth (also demand growth for services other than social care)',
		unit: 'rate per year',
		source: sources.populationProjections
	},
	councilTaxBase: {
		label: 'Council tax base (Band D equivalents, net of collection)',
		unit: 'Band D equivalents',
		source: sources.ctBase
	},
	councilTaxBaseGrowth: {
		label: 'Council tax base growth',
		unit: 'rate per year',
		source: sources.ctBaseSeries
	},
	bandDCouncilTax: {
		label: 'Band D council tax (council element)',
		unit: 'gbp',
		source: sources.ctLevels
	},
	policePreceptBandD: { label: 'Police precept, Band D', unit: 'gbp', source: sources.ctLevels },
	firePreceptBandD: { label: 'Fire precept, Band D', unit: 'gbp', source: sources.ctLevels },
	otherPreceptBandD: {
		label: 'Other precepts on the bill, Band D',
		unit: 'gbp',
		source: sources.ctLevels
	},
	businessRatesCollectable: {
		label: 'Business rates collectable (after reliefs)',
		unit: 'gbp',
		source: sources.nndr1
	},
	localShareOfRates: {
		label: 'Local share of business rates',
		unit: 'rate',
		source: sources.retention
	},
	topUp: {
		label: 'Business rates top-up (negative: a tariff)',
		unit: 'gbp',
		source: sources.settlement
	},
	childrenInCare: {
		label: 'Children in care',
		unit: 'children',
		source: sources.childrenLookedAfter
	},
	costPerChildInCare: {
		label: 'Cost per child in care (grows with social-care inflation)',
		unit: 'gbp per year',
		source: sources.placementCosts
	},
	externalDebt: { label: 'External debt', unit: 'gbp', source: sources.capital },
	averageDebtRate: {
		label: 'Average interest rate on existing debt',
		unit: 'rate',
		source: sources.capital
	},
	capitalFinancingRequirement: {
		label: 'Capital financing requirement (underlying need to borrow)',
		unit: 'gbp',
		source: sources.capital
	},
	capitalProgrammeBorrowing: {
		label: 'Capital programme funded by borrowing each year',
		unit: 'gbp per year',
		source: sources.capital
	},
	minimumRevenueProvisionRate: {
		label: 'Minimum revenue provision (share of CFR)',
		unit: 'rate',
		source: sources.mrpGuidance
	},
	investmentIncome: { label: 'Investment income', unit: 'gbp', source: sources.raBudgets },
	generalFundBalance: { label: 'General fund balance', unit: 'gbp', source: sources.reserves },
	earmarkedReserves: { label: 'Earmarked reserves', unit: 'gbp', source: sources.reserves },
	feesAndChargesIncome: {
		label: 'Fees and charges income (netted off service budgets)',
		unit: 'gbp',
		source: sources.roOutturn
	},
	chargeableServicesCost: {
		label: 'Cost of chargeable services',
		unit: 'gbp',
		source: sources.roOutturn
	},
	hotelRoomNights: {
		label: 'Hotel and guest-house room-nights sold each year',
		unit: 'room-nights',
		source: {
			title: 'Great Britain tourism survey and Occupancy survey (regional room occupancy)',
			publisher: 'VisitEngland',
			year: 2024,
			url: 'https://www.visitbritain.org/research-insights/england-occupancy-latest-results'
		}
	},
	housingDemandGrowth: {
		label: 'Housing and homelessness demand growth beyond population (temporary accommodation)',
		unit: 'rate per year',
		source: sources.homelessness
	},
	satisfactionWithCouncil: {
		label: 'Residents satisfied with the council',
		unit: 'share',
		source: sources.lgaPolling
	},
	trustInCouncil: {
		label: 'Residents who trust the council',
		unit: 'share',
		source: sources.lgaPolling
	},
	valueForMoney: {
		label: 'Residents who think the council gives value for money',
		unit: 'share',
		source: sources.lgaPolling
	},
	localElectionTurnout: {
		label: 'Local election turnout',
		unit: 'share',
		source: sources.elections
	}
};

/** Figures no statistic gives: each authority states its judgement, with reasoning. */
type AssumedFigureId = 'earmarkedAvailableShare' | 'minimumGeneralFundShare';
const assumedMeta: Record<AssumedFigureId, { label: string; unit: string; reasoning: string }> = {
	earmarkedAvailableShare: {
		label: 'Share of earmarked reserves available to balance the budget',
		unit: 'rate',
		reasoning:
			'Most earmarked reserves are committed (PFI, insurance, schools, grants received in advance); officers typically judge 30–50 % could be released.'
	},
	minimumGeneralFundShare: {
		label: 'Minimum prudent general fund (share of net budget)',
		unit: 'rate',
		reasoning:
			'CIPFA guidance leaves the level to the chief finance officer’s s25 judgement; 5 % of net budget is a common rule of thumb.'
	}
};

const serviceLabels: Record<ServiceLineId, string> = {
	adultSocialCare: 'Adult social care',
	childrensSocialCare: 'Children’s social care',
	educationAndEarlyHelp: 'Education and early help (non-schools)',
	housingAndHomelessness: 'Housing and homelessness',
	environmentAndWaste: 'Environment and waste',
	highwaysAndTransport: 'Highways and transport',
	cultureLeisureAndPlanning: 'Culture, leisure and planning',
	centralAndCorporate: 'Central and corporate'
};

const grantLabels: Record<GrantLineId, string> = {
	revenueSupportGrant: 'Revenue Support Grant',
	socialCareGrant: 'Social Care Grant',
	improvedBetterCareFund: 'Improved Better Care Fund',
	recoveryGrant: 'Recovery Grant',
	otherGrants: 'Other grants'
};

/** A value, or a value with a note and, where it differs from the series, its own evidence. */
type Entry =
	| number
	| ({ value: number; note?: string } & (
			| { source?: Source; evidence?: 'published' | 'estimate' }
			| { evidence: 'assumption'; reasoning: string }
	  ));

export interface CompositeSpec {
	id: string;
	name: string;
	kind: AuthorityKind;
	description: string;
	figures: Record<Exclude<AuthorityFigureId, BudgetPartFigureId>, Entry>;
	services: Record<ServiceLineId, Entry>;
	grants: Record<GrantLineId, Entry>;
}

function toFigure(label: string, unit: string, source: Source, entry: Entry): Figure {
	const e = typeof entry === 'number' ? { value: entry } : entry;
	if ('reasoning' in e && e.evidence === 'assumption') {
		return {
			label,
			unit,
			value: e.value,
			note: e.note,
			evidence: 'assumption',
			reasoning: e.reasoning
		};
	}
	const own = e as {
		value: number;
		note?: string;
		source?: Source;
		evidence?: 'published' | 'estimate';
	};
	return {
		label,
		unit,
		value: own.value,
		note: own.note,
		evidence: own.evidence ?? 'estimate',
		source: own.source ?? source
	};
}

/** The optional budget parts a sample leaves out, at their defaults (none). */
const noBudgetParts = Object.fromEntries(
	budgetPartFigureIds.map((id) => [id, optionalFigureDefaults[id]!])
) as Record<BudgetPartFigureId, Figure>;

export function compositeAuthority(spec: CompositeSpec): Authority {
	const figures = Object.fromEntries(
		Object.entries(spec.figures).map(([id, entry]) => {
			if (id in assumedMeta) {
				const meta = assumedMeta[id as AssumedFigureId];
				const e = typeof entry === 'number' ? { value: entry } : entry;
				return [
					id,
					{
						label: meta.label,
						unit: meta.unit,
						value: e.value,
						note: e.note,
						evidence: 'assumption',
						reasoning: 'reasoning' in e ? e.reasoning : meta.reasoning
					} satisfies Figure
				];
			}
			const meta = figureMeta[id as keyof typeof figureMeta];
			return [id, toFigure(meta.label, meta.unit, meta.source, entry)];
		})
	);
	const lines = <K extends string>(
		entries: Record<K, Entry>,
		labels: Record<K, string>,
		source: Source
	) =>
		Object.fromEntries(
			Object.entries<Entry>(entries).map(([id, entry]) => [
				id,
				toFigure(labels[id as K], 'gbp', source, entry)
			])
		) as Record<K, Figure>;
	return {
		id: spec.id,
		name: spec.name,
		kind: spec.kind,
		fictional: true,
		description: spec.description,
		figures: { ...noBudgetParts, ...figures } as Authority['figures'],
		services: lines(spec.services, serviceLabels, sources.raBudgets),
		grants: lines(spec.grants, grantLabels, sources.settlement)
	};
}
