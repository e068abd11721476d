/**
 * Where an officer finds each line of the import template in a council's published papers.
 * Declared beside the figures (a Record over every id, so a new figure cannot be added without
 * saying where to find it); docs/import.md and the spreadsheet template are generated from it.
 */
import type {
	AuthorityFigureId,
	GrantLineId,
	ServiceDetailSection,
	ServiceLineId
} from './authority';

export const figureWhere: Record<AuthorityFigureId, string> = {
	population: 'ONS mid-year population estimates (the budget book usually quotes them)',
	populationGrowth: 'ONS subnational population projections: the average yearly change',
	councilTaxBase:
		'the council tax base report (CTB return), after the collection rate: Band D equivalents',
	councilTaxBaseGrowth: 'CTB returns of recent years, or the tax base report’s forecast',
	bandDCouncilTax:
		'the council tax resolution (bills table): the council’s own Band D, including the adult social care precept',
	policePreceptBandD: 'the council tax resolution (bills table): police and crime commissioner',
	firePreceptBandD: 'the council tax resolution (bills table): fire authority (0 if none)',
	otherPreceptBandD:
		'the council tax resolution (bills table): any other major preceptor, such as the county on a district bill',
	businessRatesCollectable: 'NNDR1: non-domestic rating income collectable (after reliefs)',
	localShareOfRates: 'NNDR1: the council’s share (set by law for each kind of council)',
	topUp:
		'the settlement tables (business rates baseline): top-up, or tariff written as a negative number',
	childrenInCare: 'DfE children looked after statistics, or the budget book’s activity data',
	costPerChildInCare:
		'the budget book (placements budget ÷ children in care), or the section 251 return',
	externalDebt: 'the statement of accounts (borrowing note) or the treasury management strategy',
	averageDebtRate: 'the treasury management strategy: interest payable ÷ external debt',
	capitalFinancingRequirement:
		'the capital strategy’s prudential indicators, or the statement of accounts (CFR note)',
	capitalProgrammeBorrowing:
		'the capital strategy: capital programme financed by prudential borrowing, a year',
	minimumRevenueProvisionRate: 'the MRP policy statement and budget book: MRP ÷ CFR',
	investmentIncome: 'the budget book or treasury management strategy: interest receivable',
	generalFundBalance:
		'the statement of accounts (movement in reserves), or the budget report’s reserves statement',
	earmarkedReserves: 'the statement of accounts: earmarked reserves note (general fund)',
	earmarkedAvailableShare: 'the reserves strategy: the share not committed to a purpose',
	minimumGeneralFundShare:
		'the section 25 report (adequacy of reserves): the minimum balance ÷ net budget',
	feesAndChargesIncome: 'the budget book’s subjective analysis: fees, charges and other sales',
	chargeableServicesCost: 'the budget book: the cost of the services those fees pay towards',
	hotelRoomNights: 'Visit England or the local visitor economy study (0 if not known)',
	housingDemandGrowth:
		'MHCLG statutory homelessness statistics: growth in households in temporary accommodation beyond population',
	satisfactionWithCouncil:
		'the council’s residents’ survey, or the LGA resident satisfaction polling',
	trustInCouncil: 'the council’s residents’ survey, or the LGA resident satisfaction polling',
	valueForMoney: 'the council’s residents’ survey, or the LGA resident satisfaction polling',
	localElectionTurnout: 'the council’s last local election results',
	baseYear: 'the year of the budget book the figures come from: 2026 for 2026/27',
	settledGrantChange2026:
		'the settlement tables (core spending power): the change in grants other than Recovery Grant into 2026/27',
	settledGrantChange2027: 'the settlement tables: the change into 2027/28',
	settledGrantChange2028: 'the settlement tables: the change into 2028/29',
	dsgDeficit:
		'the statement of accounts (DSG adjustment account) or the schools forum’s high-needs report: the cumulative deficit at 31 March 2026',
	dsgInYearDeficit:
		'the schools forum’s high-needs budget monitoring, or the DSG deficit management plan: the overspend a year',
	collectionFundSurplus:
		'the budget report’s funding summary, or the council tax base and NNDR1 reports: the council’s share of the estimated collection fund surplus (deficit) for council tax and business rates together',
	plannedUseOfReserves:
		'the budget report’s funding summary or the section 25 report: the planned contribution from (to) reserves that balances the budget',
	businessRatesPoolGain:
		'the budget report’s business rates section, or the pool’s NNDR1 summary: the council’s share of the pool’s retained levy (or the levy it pays outside a pool, as a negative)',
	combinedAuthorityLevy:
		'the budget book: levies paid to the combined authority (transport levy, waste disposal or others); take them out of the service lines they sit in',
	adultSocialCarePreceptBandD:
		'the council tax resolution (bills table): the adult social care precept part of the council’s Band D (0 for a district)',
	parishPreceptBandD:
		'the council tax resolution: the average Band D including parish precepts, less the Band D without them (0 if there are no parishes)'
};

const budgetBook = (service: string) =>
	`the budget book (or the RA return): net budget for ${service}, after its fees and ringfenced grants`;

export const serviceWhere: Record<ServiceLineId, string> = {
	adultSocialCare: budgetBook('adult social care'),
	childrensSocialCare: budgetBook('children’s social care'),
	educationAndEarlyHelp: budgetBook('education (not schools) and early help'),
	housingAndHomelessness: budgetBook('housing and homelessness'),
	environmentAndWaste: budgetBook('environment and waste'),
	highwaysAndTransport: budgetBook(
		'highways and transport (without any combined-authority transport levy, which has its own line)'
	),
	cultureLeisureAndPlanning: budgetBook('culture, leisure and planning'),
	centralAndCorporate: budgetBook('central and corporate services')
};

export const grantWhere: Record<GrantLineId, string> = {
	revenueSupportGrant: 'the settlement tables (core spending power): revenue support grant',
	socialCareGrant: 'the settlement tables: social care grant',
	improvedBetterCareFund: 'the settlement tables: improved better care fund',
	recoveryGrant: 'the settlement tables: recovery grant (0 if none)',
	otherGrants:
		'the budget book: other un-ringfenced grants (new homes bonus, services grant, funding floor and the like)'
};

/** The gross budget behind a service's net line: one entry for each part, for any service. */
export const serviceDetailWhere: Record<ServiceDetailSection, string> = {
	grossExpenditure:
		'the budget book’s subjective (or objective) analysis: the service’s total expenditure before income, or the RA return’s gross expenditure line for it',
	ringfencedGrants:
		'the budget book’s income analysis: specific grants for the service, inside AEF (public health grant) and outside AEF (housing benefit subsidy, and the like); not the un-ringfenced grants of the grants section',
	feesAndCharges:
		'the budget book’s subjective analysis: sales, fees and charges (and other income, such as client contributions) for the service'
};
