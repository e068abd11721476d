/**
 * The yearly accounts, written once for both engines (shared/MODEL.md "Yearly accounts"): from
 * the authority's figures and the parameters in engine units, each year's lines and balances.
 * Every published line is rounded to the penny once a year and carried forward rounded, so each
 * year's totals are sums of exactly the lines shown and the books balance to the penny.
 *
 * It runs on decimal.js (project.ts: the published figures) and on plain numbers (fast.ts: Monte
 * Carlo, the tornado). The fast path runs `core.float.generated.ts`, compiled from this file by
 * scripts/generate-float-engine.ts (each operation becomes its operator: `a + b`, not a call),
 * made again whenever this file changes (scripts/float-engine.ts) and never committed: the same
 * steps, with no call or object per operation. Nothing here allocates per
 * year: the year's lines are written into `out.income` / `out.expenditure` (zeroed each year) and
 * its figures into one object, which `out.year()` reads before the next year overwrites them.
 * Hence the loops over positions rather than `Object.values`, and no closures in the year loop.
 */
import {
	childrenInCareFloorShare,
	dsgOverrideLastYear,
	lags,
	parametersById,
	safetyNetThreshold,
	serviceLineIds,
	grantLineIds,
	type Authority,
	type NumberParameterId
} from '../../../models/index';
import type { Arithmetic, ByPosition } from './arithmetic';
import type { EngineInputs } from './parameters';
import { startPlan } from './plan';
import {
	expenditureLineIds,
	incomeLineIds,
	type ExpenditureLineId,
	type IncomeLineId
} from './types';

export const YEARS = 10;

/** Positions of the lines, so the engine can name them: `income[In.councilTax]`. */
const positions = <K extends string>(ids: readonly K[]) =>
	Object.fromEntries(ids.map((id, i) => [id, i])) as Record<K, number>;
export const In = positions<IncomeLineId>(incomeLineIds);
export const Ex = positions<ExpenditureLineId>(expenditureLineIds);
const grantIncome = grantLineIds.map((id) => In[id]);
const serviceExpenditure = serviceLineIds.map((id) => Ex[id]);
const recoveryGrant = grantLineIds.indexOf('recoveryGrant');
const S = positions(serviceLineIds);

/** One year's figures beside its lines; the same object each year, overwritten. */
export interface YearFigures<N> {
	t: number;
	incomeTotal: N;
	expenditureTotal: N;
	gap: N;
	reservesUsed: N;
	exceptionalSupport: N;
	openingGeneralFund: N;
	closingGeneralFund: N;
	openingEarmarked: N;
	closingEarmarked: N;
	openingReserves: N;
	closingReserves: N;
	closingAvailableReserves: N;
	netBudget: N;
	minimumGeneralFund: N;
	interest: N;
	mrp: N;
	financingCosts: N;
	feesAndChargesIncome: N;
	baselineFundingLevel: N;
	externalDebt: N;
	dsgDeficit: N;
	/** The local share of business rates before rounding (for the locally raised share). */
	localRatesShare: N;
	cpiIndex: N;
	population: N;
	childrenInCare: N;
	bandD: N;
	policeBandD: N;
	fireBandD: N;
	otherBandD: N;
	parishBandD: N;
	/** The base year's Band D and its adult social care precept (constant). */
	bandDBase: N;
	ascBandDBase: N;
	planActive: boolean;
}

export interface YearSink<N> {
	/**
	 * Where the year's lines are written, by their position in incomeLineIds or
	 * expenditureLineIds; zeroed at the start of each year.
	 */
	income: ByPosition<N>;
	expenditure: ByPosition<N>;
	/** Called once a year, t = 0 … YEARS, after the year's accounts close. */
	year(figures: YearFigures<N>): void;
}

/**
 * The year's figures: a class declared here rather than an object literal, so that the
 * generated fast path has a class of its own. V8 gives object literals with the same properties
 * the same hidden classes, so the decimal engine's figures (decimal.js objects) and the fast
 * path's (numbers) widened each other's fields, and each widening threw away the fast path's
 * compiled code (`--trace-deopt`: "Smi" at `y.fireBandD`). Fields are `declare`d so that each
 * starts with its first value, not `undefined`.
 */
class Year<N> implements YearFigures<N> {
	declare t: number;
	declare incomeTotal: N;
	declare expenditureTotal: N;
	declare gap: N;
	declare reservesUsed: N;
	declare exceptionalSupport: N;
	declare openingGeneralFund: N;
	declare closingGeneralFund: N;
	declare openingEarmarked: N;
	declare closingEarmarked: N;
	declare openingReserves: N;
	declare closingReserves: N;
	declare closingAvailableReserves: N;
	declare netBudget: N;
	declare minimumGeneralFund: N;
	declare interest: N;
	declare mrp: N;
	declare financingCosts: N;
	declare feesAndChargesIncome: N;
	declare baselineFundingLevel: N;
	declare externalDebt: N;
	declare dsgDeficit: N;
	declare localRatesShare: N;
	declare cpiIndex: N;
	declare population: N;
	declare childrenInCare: N;
	declare bandD: N;
	declare policeBandD: N;
	declare fireBandD: N;
	declare otherBandD: N;
	declare parishBandD: N;
	declare bandDBase: N;
	declare ascBandDBase: N;
	declare planActive: boolean;
	constructor(
		zero: N,
		one: N,
		population: N,
		childrenInCare: N,
		bandD: N,
		ascBandDBase: N,
		planActive: boolean
	) {
		this.t = 0;
		this.incomeTotal = zero;
		this.expenditureTotal = zero;
		this.gap = zero;
		this.reservesUsed = zero;
		this.exceptionalSupport = zero;
		this.openingGeneralFund = zero;
		this.closingGeneralFund = zero;
		this.openingEarmarked = zero;
		this.closingEarmarked = zero;
		this.openingReserves = zero;
		this.closingReserves = zero;
		this.closingAvailableReserves = zero;
		this.netBudget = zero;
		this.minimumGeneralFund = zero;
		this.interest = zero;
		this.mrp = zero;
		this.financingCosts = zero;
		this.feesAndChargesIncome = zero;
		this.baselineFundingLevel = zero;
		this.externalDebt = zero;
		this.dsgDeficit = zero;
		this.localRatesShare = zero;
		this.cpiIndex = one;
		this.population = population;
		this.childrenInCare = childrenInCare;
		this.bandD = bandD;
		// Set by the caller, as every other figure each year.
		this.policeBandD = zero;
		this.fireBandD = zero;
		this.otherBandD = zero;
		this.parishBandD = zero;
		this.bandDBase = bandD;
		this.ascBandDBase = ascBandDBase;
		this.planActive = planActive;
	}
}

/**
 * The years new employer pension rates from an LGPS valuation take effect (2025 and 2028). Maps,
 * not objects keyed by year: an object's numeric keys this far apart are kept in a hash table,
 * which the fast path looked up at 30–55 ns a time, twice a year; Map.get takes 6–9 ns.
 */
const pensionResets = new Map<number, NumberParameterId>([
	[2026, 'pensionRateReset2026'],
	[2029, 'pensionRateReset2029']
]);

/** The settlement years the authority figures declare (the multi-year settlement 2026–29). */
const settledYears = new Map<number, keyof Authority['figures']>([
	[2026, 'settledGrantChange2026'],
	[2027, 'settledGrantChange2027'],
	[2028, 'settledGrantChange2028']
]);

/**
 * What the accounts read from an authority by name, read once per authority. An authority is
 * not changed once made (baseline.ts keeps its projection the same way), and a Monte Carlo
 * projects the same one a thousand times: these reads by name were a twentieth of its time.
 */
interface Readings {
	/**
	 * Float64Arrays, whatever the figures: an array of small integers for one authority and of
	 * other numbers for the next would be two kinds of array where the fast path reads one.
	 */
	grants: Float64Array;
	services: Float64Array;
}
const readingsCache = new WeakMap<Authority, Readings>();
function readingsOf(authority: Authority): Readings {
	let readings = readingsCache.get(authority);
	if (!readings) {
		readings = {
			grants: Float64Array.from(grantLineIds, (id) => authority.grants[id].value),
			services: Float64Array.from(serviceLineIds, (id) => authority.services[id].value)
		};
		readingsCache.set(authority, readings);
	}
	return readings;
}

/**
 * `figures` as the engine's numbers, to be carried forward year by year. A function of its own
 * so that projectYears has no loop before its year loop: V8 compiled the fast path from inside
 * such a loop (on-stack replacement) and, on this Node, kept entering that compiled code only to
 * throw it away again ("wrong map" at the year's figures), a thousand times in one `npm run bench`.
 */
function carried<N>(k: Arithmetic<N>, figures: Float64Array): ByPosition<N> {
	const values = k.array(figures.length);
	for (let i = 0; i < figures.length; i++) values[i] = k.of(figures[i]);
	return values;
}

export function projectYears<N>(
	k: Arithmetic<N>,
	authority: Authority,
	p: EngineInputs<N>,
	out: YearSink<N>
): void {
	const income = out.income;
	const expenditure = out.expenditure;
	const figures = authority.figures;
	const readings = readingsOf(authority);
	const f = (id: keyof Authority['figures']) => k.of(figures[id].value);

	// The model's constants, read once: the year loop should touch nothing but numbers.
	const phaseYears = lags.phaseInYears.value;
	const skillsLag = lags.skillsYears.value;
	const earlyHelpLag = lags.earlyHelpYears.value;
	const investToSaveYears = lags.investToSaveRepaymentYears.value;
	const dsgOverrideEnds = dsgOverrideLastYear.value;
	const statusQuoShare_ = f('localShareOfRates');
	const retentionShare = p.num('businessRatesRetention');
	// Slider status quo (49 %) is the current local share; a retention change is measured from it.
	const extraShare = k.minus(retentionShare, statusQuoShare_);
	// Extra fees are measured from today's cost recovery: the slider's status quo.
	// Each slider's status quo for this authority (percent as on the slider).
	const byId = parametersById(authority);
	const statusQuoOf = (id: string) => k.dividedBy(k.of(byId.get(id)!.statusQuo as number), 100);
	const statusQuoRecovery = statusQuoOf('feesCostRecovery');
	const targetRecovery = p.num('feesCostRecovery');
	const marginalRate = k.minus(
		p.num('pwlbRate'),
		k.times(p.num('bondAgencyShare'), p.num('bondAgencySaving'))
	);
	const multiplierRatio = k.dividedBy(p.num('multiplierChange'), p.num('averageMultiplier'));
	const multiplierFactor = k.minus(
		k.times(
			k.plus(k.one, k.times(p.num('rateableValueElasticity'), multiplierRatio)),
			k.plus(k.one, multiplierRatio)
		),
		k.one
	);

	// Growth factors are constant across years: computed once, not once a year.
	const cpiGrowth = k.plus(k.one, p.num('cpiInflation'));
	const populationGrowth = k.plus(k.one, f('populationGrowth'));
	// Children's placements: their own cost inflation, apart from the number of children.
	const socialCareGrowth = k.plus(k.one, p.num('socialCareInflation'));
	// Adult care: providers' pay rises with the National Living Wage, the rest with CPI; then demand.
	const providerPay = p.num('careProviderPayShare');
	const adultCarePrice = k.plus(
		k.times(providerPay, p.num('nationalLivingWageGrowth')),
		k.times(k.minus(k.one, providerPay), p.num('cpiInflation'))
	);
	const adultCareGrowth = k.times(
		k.plus(k.one, adultCarePrice),
		k.plus(k.one, p.num('adultCareDemandGrowth'))
	);
	// Re-basing: the first projected year's budget starts from what the base year really spent,
	// so the share of the base year's social care overspend the council builds in is added once.
	const rebasedShare = p.num('overspendRebasedShare');
	const adultRebase = k.plus(k.one, k.times(rebasedShare, p.num('adultCareOverspend')));
	const childrenRebase = k.plus(k.one, k.times(rebasedShare, p.num('childrenCareOverspend')));
	// Other services: the staff share with the pay award, the rest with prices; then population.
	const staffShare = p.num('staffShareOfServiceCosts');
	const otherGrowth = k.times(
		k.plus(
			k.plus(k.one, k.times(staffShare, p.num('payAward'))),
			k.times(k.minus(k.one, staffShare), p.num('otherInflation'))
		),
		populationGrowth
	);
	// Housing and homelessness also grow with the place's own temporary-accommodation demand.
	const housingDemand = k.plus(k.one, f('housingDemandGrowth'));
	// Packaging EPR: the base year's waste line is net of the payments, which change at their
	// own rate while the cost of collecting and disposing of waste grows like other services.
	const eprGrowth = k.plus(k.one, p.num('packagingEprGrowth'));
	const taxBaseGrowth = k.plus(k.one, f('councilTaxBaseGrowth'));
	const bandDGrowth = k.plus(k.one, p.num('councilTaxIncrease'));
	const preceptGrowth = k.plus(k.one, p.num('preceptGrowth'));
	// Grants follow the settlement in force for its years, then the declared growth assumption;
	// constitutional protection floors either at CPI.
	const protection = p.flag('settlementProtection');
	const cpiInflation = p.num('cpiInflation');
	const grantRate = p.num('grantGrowth');
	const grantGrowth = k.plus(k.one, protection ? k.max(grantRate, cpiInflation) : grantRate);
	const baseStart = figures.baseYear.value;
	// High-needs (DSG) deficits: held off the general fund until the override ends, then what
	// government has not written off falls on it, and each later year's overspend as it arises.
	const dsgHistoric = f('dsgDeficit');
	const dsgInYear = f('dsgInYearDeficit');
	const dsgWrittenOff = k.penny(k.times(dsgHistoric, p.num('dsgWriteOffShare')));
	const skillsSpend = p.num('skillsInvestment');
	const skillsEffect = k.times(k.dividedBy(skillsSpend, 1_000_000), p.num('skillsGrowthEffect'));
	const realRatesGrowth = k.plus(k.one, p.num('rateableValueGrowth'));
	const earlyHelp = p.num('earlyHelpInvestment');
	const careGrowthBeforeLag = k.plus(k.one, p.num('childrenInCareGrowth'));
	const careGrowthAfterLag = k.minus(
		careGrowthBeforeLag,
		k.times(k.dividedBy(earlyHelp, 1_000_000), p.num('careGrowthReductionPerMillion'))
	);
	const safetyNetShare = k.of(safetyNetThreshold.value);
	const childrenInCareFloor = k.times(f('childrenInCare'), childrenInCareFloorShare.value);
	const needsIndexChange = k.minus(p.num('needsFundingIndex'), k.one);
	const englandUplift = p.num('englandShareUplift');
	const settlementChanges = !k.isZero(needsIndexChange) || !k.isZero(englandUplift);
	const levy = p.num('touristLevy');
	const salesTaxRate = p.num('localSalesTax');
	const keptAfterCollection = k.minus(k.one, p.num('localTaxCollectionCost'));
	const poolingRate = k.times(
		k.times(p.num('placeBudgetPooling'), p.num('poolingEfficiency')),
		p.num('poolingSavingsRetained')
	);
	const prevention = p.num('preventionInvestment');
	// P3 pooling with the NHS beyond today's Better Care Fund share (the slider's status quo):
	// only the extra pooled share saves, so the status quo changes nothing.
	const extraPooled = k.minus(
		p.num('pooledHealthCareBudget'),
		statusQuoOf('pooledHealthCareBudget')
	);
	const healthPoolingRate = k.times(extraPooled, p.num('healthPoolingSaving'));
	const integration = p.num('integratedFamilyServices');
	const coProductionRate = k.times(p.num('coProductionShare'), p.num('coProductionEfficiency'));
	const investToSave = p.num('investToSaveBorrowing');
	const capitalProgramme = k.times(f('capitalProgrammeBorrowing'), p.num('capitalProgrammeScale'));
	const refinanceShare = p.num('debtRefinancedShare');
	const mrpRate = f('minimumRevenueProvisionRate');
	const assetLife = k.toNumber(p.num('newBorrowingAssetLife'));
	// Internal borrowing: the cash behind reserves is partly lent to the capital programme, so
	// the base year's investment income (at today's rate) says how much cash is really invested.
	// That cash rises and falls with reserves; what reserves cannot back is borrowed externally.
	const reservesAtStart = k.plus(f('generalFundBalance'), f('earmarkedReserves'));
	const cashInvestedAtStart = k.dividedBy(f('investmentIncome'), statusQuoOf('investmentReturn'));
	const legacyRate = f('averageDebtRate');
	// The budget plan (plan.ts): savings, a planned draw on reserves, exceptional support.
	const plan = startPlan(k, p, marginalRate);

	// ---- State carried from year to year ----
	let population = f('population');
	let taxBase = f('councilTaxBase');
	let bandD = f('bandDCouncilTax');
	let policeBandD = f('policePreceptBandD');
	let fireBandD = f('firePreceptBandD');
	let otherBandD = f('otherPreceptBandD');
	let parishBandD = f('parishPreceptBandD');
	// A pool gain (or levy) is held at its base-year cash: the model does not forecast the growth
	// above baseline it comes from. A combined-authority levy rises with prices.
	const poolGain = k.penny(f('businessRatesPoolGain'));
	let combinedAuthorityLevy = k.penny(f('combinedAuthorityLevy'));
	let ratesCollectable = f('businessRatesCollectable');
	let cpiIndex = k.one;
	let cpiIndexAtReset = k.one;
	let ratesAtReset = k.zero;
	const topUpBase = f('topUp');
	const baselineFundingLevelBase = k.plus(k.times(statusQuoShare_, ratesCollectable), topUpBase);
	const grants = carried(k, readings.grants);
	const services = carried(k, readings.services);
	let childrenInCare = f('childrenInCare');
	let costPerChild = f('costPerChildInCare');
	let otherChildrenCosts = k.minus(
		services[S.childrensSocialCare],
		k.times(childrenInCare, costPerChild)
	);
	let eprPayments = k.times(services[S.environmentAndWaste], p.num('packagingEprShareOfWaste'));
	let wasteBeforeEpr = k.plus(services[S.environmentAndWaste], eprPayments);
	let chargeableCost = f('chargeableServicesCost');
	let legacyDebt = f('externalDebt');
	let marginalDebt = k.zero;
	let programmeCfr = f('capitalFinancingRequirement');
	// Each projected year's programme borrowing, repaid over the asset life from the year after.
	const newBorrowing: N[] = [];
	let investToSaveInvested = k.zero;
	let skillsInvested = k.zero;
	// The deficit held in the DSG account at the end of the base year.
	let dsgDeficit = baseStart > 2025 ? k.plus(dsgHistoric, dsgInYear) : dsgHistoric;
	let cashInvested = cashInvestedAtStart;
	let generalFund = f('generalFundBalance');
	let earmarked = f('earmarkedReserves');
	const earmarkedFloor = k.penny(k.times(earmarked, k.minus(k.one, f('earmarkedAvailableShare'))));
	const minimumGeneralFundShare = f('minimumGeneralFundShare');

	// The adult social care precept keeps its base-year share of the council's Band D.
	const ascBandDBase = f('adultSocialCarePreceptBandD');
	const y = new Year(k.zero, k.one, population, childrenInCare, bandD, ascBandDBase, plan.active);
	y.policeBandD = policeBandD;
	y.fireBandD = fireBandD;
	y.otherBandD = otherBandD;
	y.parishBandD = parishBandD;

	for (let t = 0; t <= YEARS; t++) {
		for (let i = 0; i < income.length; i++) income[i] = k.zero;
		for (let i = 0; i < expenditure.length; i++) expenditure[i] = k.zero;
		const openingGeneralFund = generalFund;
		const openingEarmarked = earmarked;
		const openingReserves = k.plus(generalFund, earmarked);

		let interest: N;
		let mrp: N;
		let localRatesShare: N;

		if (t === 0) {
			// The base year is the budget as set: published figures, no levers.
			income[In.councilTax] = k.penny(k.times(taxBase, bandD));
			income[In.businessRates] = k.penny(
				k.plus(k.times(statusQuoShare_, ratesCollectable), topUpBase)
			);
			localRatesShare = k.times(statusQuoShare_, ratesCollectable);
			// One-off: the base year's share of the collection fund's estimated surplus (deficit).
			income[In.collectionFundSurplus] = k.penny(f('collectionFundSurplus'));
			for (let g = 0; g < grants.length; g++) income[grantIncome[g]] = k.penny(grants[g]);
			income[In.investmentIncome] = f('investmentIncome');
			for (let s = 0; s < services.length; s++)
				expenditure[serviceExpenditure[s]] = k.penny(services[s]);
			interest = k.penny(k.times(legacyDebt, legacyRate));
			mrp = k.penny(k.times(programmeCfr, mrpRate));
		} else {
			// Linear phase-in: 1/n of the full effect in year 1, all of it from year n.
			const phase = k.dividedBy(k.of(Math.min(t, phaseYears)), phaseYears);
			const calendarYear = baseStart + t;
			cpiIndex = k.times(cpiIndex, cpiGrowth);
			population = k.times(population, populationGrowth);

			// 1. Council tax: the Band D charge is set to the penny each year.
			taxBase = k.times(taxBase, taxBaseGrowth);
			bandD = k.penny(k.times(bandD, bandDGrowth));
			income[In.councilTax] = k.penny(k.times(taxBase, bandD));

			// 2. Business rates. Skills investment lifts real growth after its lag.
			ratesCollectable = k.times(
				k.times(
					ratesCollectable,
					t > skillsLag ? k.plus(realRatesGrowth, skillsEffect) : realRatesGrowth
				),
				cpiGrowth
			);
			if (t === 1) {
				// The retention reset: the top-up falls by the extra share of year-1 rates, so the
				// change is neutral in its first year and the council keeps the extra share of growth.
				ratesAtReset = ratesCollectable;
				cpiIndexAtReset = cpiIndex;
			}
			const topUp = k.minus(
				k.times(topUpBase, cpiIndex),
				k.times(k.times(extraShare, ratesAtReset), k.dividedBy(cpiIndex, cpiIndexAtReset))
			);
			localRatesShare = k.times(retentionShare, ratesCollectable);
			const retained = k.plus(localRatesShare, topUp);
			income[In.businessRates] = k.penny(retained);
			combinedAuthorityLevy = k.penny(k.times(combinedAuthorityLevy, cpiGrowth));
			const safetyNetLevel = k.times(k.times(baselineFundingLevelBase, cpiIndex), safetyNetShare);
			income[In.businessRatesSafetyNet] = k.penny(k.max(k.zero, k.minus(safetyNetLevel, retained)));
			if (!k.isZero(multiplierFactor)) {
				income[In.localMultiplierIncome] = k.penny(k.times(ratesCollectable, multiplierFactor));
			}

			// 3. Grants, floored at inflation under constitutional protection; then needs-based
			// share-out and England's uplift, phased in, on settlement funding (BFL + grants).
			// In the settlement's years every grant but Recovery Grant (kept at its 2025/26 cash
			// allocation) changes as the council's settlement says.
			const settledId = settledYears.get(calendarYear);
			const settledRate = settledId ? k.of(figures[settledId].value) : k.zero;
			// Always a number (the fast path kept a number-or-undefined boxed, a new object a year).
			const growth = settledId
				? k.plus(k.one, protection ? k.max(settledRate, cpiInflation) : settledRate)
				: grantGrowth;
			for (let g = 0; g < grants.length; g++) {
				if (!settledId || g !== recoveryGrant) grants[g] = k.penny(k.times(grants[g], growth));
				income[grantIncome[g]] = grants[g];
			}
			if (settlementChanges) {
				let grantTotal = k.zero;
				for (let g = 0; g < grants.length; g++) grantTotal = k.accumulate(grantTotal, grants[g]);
				const settlementFunding = k.plus(k.times(baselineFundingLevelBase, cpiIndex), grantTotal);
				const settlementFactor = k.minus(
					k.times(
						k.plus(k.one, k.times(needsIndexChange, phase)),
						k.plus(k.one, k.times(englandUplift, phase))
					),
					k.one
				);
				income[In.settlementAdjustment] = k.penny(k.times(settlementFunding, settlementFactor));
			}

			// 4. Local taxes, net of the demand response and collection cost.
			if (!k.isZero(levy)) {
				const priceRise = k.dividedBy(levy, p.num('averageRoomRate'));
				const roomNights = k.times(
					k.of(figures.hotelRoomNights.value),
					k.plus(k.one, k.times(p.num('touristDemandElasticity'), priceRise))
				);
				income[In.touristLevy] = k.penny(k.times(k.times(levy, roomNights), keptAfterCollection));
			}
			if (!k.isZero(salesTaxRate)) {
				const taxableSales = k.times(
					k.times(k.times(p.num('retailSalesPerHead'), population), cpiIndex),
					k.plus(k.one, k.times(p.num('salesTaxLeakage'), salesTaxRate))
				);
				income[In.localSalesTax] = k.penny(
					k.times(k.times(salesTaxRate, taxableSales), keptAfterCollection)
				);
			}

			// Pay, prices and population, with any new employer pension rates this year: a new LGPS
			// valuation changes employer pension rates, so staff costs, in the year it applies.
			const pensionId = pensionResets.get(calendarYear);
			const yearOtherGrowth = pensionId
				? k.times(otherGrowth, k.plus(k.one, k.times(staffShare, p.num(pensionId))))
				: k.times(otherGrowth, k.one);

			// 5. Fees: extra income from raising cost recovery towards the s93 cap, phased in.
			chargeableCost = k.times(chargeableCost, yearOtherGrowth);
			if (!k.equals(targetRecovery, statusQuoRecovery)) {
				const recovery = k.plus(
					statusQuoRecovery,
					k.times(k.minus(targetRecovery, statusQuoRecovery), phase)
				);
				const usage = k.plus(
					k.one,
					k.times(
						p.num('feesDemandElasticity'),
						k.minus(k.dividedBy(recovery, statusQuoRecovery), k.one)
					)
				);
				income[In.additionalFeesIncome] = k.penny(
					k.times(chargeableCost, k.minus(k.times(recovery, usage), statusQuoRecovery))
				);
			}

			// P1 pooling: the council's share of savings on partners' pooled spend.
			if (!k.isZero(poolingRate)) {
				const inScopeSpend = k.times(k.times(p.num('inScopeSpendPerHead'), population), cpiIndex);
				income[In.poolingSavings] = k.penny(k.times(k.times(inScopeSpend, poolingRate), phase));
			}

			// 6. Services. Adult care grows with care inflation and demand; children's care is the
			// number in care times the cost per child; the rest grow with pay, prices and population.
			// In the first projected year both care budgets are re-based on the base year's overspend.
			const adultGrowth = t === 1 ? k.times(adultCareGrowth, adultRebase) : adultCareGrowth;
			const placementGrowth =
				t === 1 ? k.times(socialCareGrowth, childrenRebase) : socialCareGrowth;
			services[S.adultSocialCare] = k.penny(k.times(services[S.adultSocialCare], adultGrowth));
			const careGrowth = t > earlyHelpLag ? careGrowthAfterLag : careGrowthBeforeLag;
			childrenInCare = k.max(k.times(childrenInCare, careGrowth), childrenInCareFloor);
			costPerChild = k.times(costPerChild, placementGrowth);
			otherChildrenCosts = k.times(otherChildrenCosts, placementGrowth);
			services[S.childrensSocialCare] = k.penny(
				k.plus(k.times(childrenInCare, costPerChild), otherChildrenCosts)
			);
			wasteBeforeEpr = k.times(wasteBeforeEpr, yearOtherGrowth);
			eprPayments = k.times(eprPayments, eprGrowth);
			services[S.environmentAndWaste] = k.penny(k.minus(wasteBeforeEpr, eprPayments));
			for (let s = 0; s < services.length; s++) {
				if (s === S.housingAndHomelessness)
					services[s] = k.penny(k.times(k.times(services[s], yearOtherGrowth), housingDemand));
				else if (
					s !== S.adultSocialCare &&
					s !== S.childrensSocialCare &&
					s !== S.environmentAndWaste
				)
					services[s] = k.penny(k.times(services[s], yearOtherGrowth));
				expenditure[serviceExpenditure[s]] = services[s];
			}

			// Investments are spent each year; their savings are shown as separate negative lines.
			expenditure[Ex.skillsInvestment] = k.penny(skillsSpend);
			expenditure[Ex.preventionInvestment] = k.penny(prevention);
			expenditure[Ex.earlyHelpInvestment] = k.penny(earlyHelp);
			if (!k.isZero(prevention)) {
				const ramp = k.min(k.one, k.dividedBy(k.of(t), p.num('preventionLag')));
				const gross = k.times(k.times(prevention, p.num('preventionReturn')), ramp);
				const councilShare = p.num('preventionSavingsInCouncil');
				expenditure[Ex.preventionSavings] = k.minus(k.zero, k.penny(k.times(gross, councilShare)));
				income[In.acuteSavingsReinvested] = k.penny(
					k.times(k.times(gross, k.minus(k.one, councilShare)), p.num('acuteSavingsReinvested'))
				);
			}
			if (!k.isZero(integration)) {
				expenditure[Ex.integrationSavings] = k.minus(
					k.zero,
					k.penny(k.times(k.times(services[S.childrensSocialCare], integration), phase))
				);
			}
			if (!k.isZero(healthPoolingRate)) {
				expenditure[Ex.healthPoolingSavings] = k.minus(
					k.zero,
					k.penny(k.times(k.times(services[S.adultSocialCare], healthPoolingRate), phase))
				);
			}
			if (!k.isZero(coProductionRate)) {
				let serviceTotal = k.zero;
				for (let s = 0; s < services.length; s++)
					serviceTotal = k.accumulate(serviceTotal, services[s]);
				expenditure[Ex.coProductionSavings] = k.minus(
					k.zero,
					k.penny(k.times(serviceTotal, coProductionRate))
				);
			}
			expenditure[Ex.plannedSavings] = k.minus(k.zero, plan.savingsIn(t));

			// High needs: the deficit grows under the override; at its end government writes off its
			// share of the deficit to March 2026, and the rest is charged the year after.
			if (calendarYear <= dsgOverrideEnds) {
				dsgDeficit = k.plus(dsgDeficit, dsgInYear);
				if (calendarYear === dsgOverrideEnds)
					dsgDeficit = k.max(k.zero, k.minus(dsgDeficit, dsgWrittenOff));
			} else {
				expenditure[Ex.dsgDeficitCharge] = k.penny(k.plus(dsgDeficit, dsgInYear));
				dsgDeficit = k.zero;
			}

			// 7. Capital financing. MRP is charged on last year's CFR from before the base year at the
			// council's own rate, and on each later year's borrowing over the asset life; maturing old
			// loans and all new borrowing are taken at the marginal rate (PWLB, less the bond agency's
			// saving).
			const investToSaveMrp = k.dividedBy(investToSaveInvested, investToSaveYears);
			const legacyMrp = k.times(programmeCfr, mrpRate);
			let newMrp = k.zero;
			for (let i = 0; i < newBorrowing.length; i++) {
				if (t - (i + 1) <= assetLife)
					newMrp = k.accumulate(newMrp, k.dividedBy(newBorrowing[i], assetLife));
			}
			const programmeMrp = k.plus(legacyMrp, newMrp);
			mrp = k.penny(k.plus(programmeMrp, investToSaveMrp));
			if (!k.isZero(investToSaveInvested)) {
				income[In.investToSaveReturns] = k.penny(
					k.times(investToSaveInvested, p.num('investToSaveYield'))
				);
			}
			const investedForGrowth = k.plus(investToSaveInvested, skillsInvested);
			if (!k.isZero(investedForGrowth)) {
				income[In.earnback] = k.penny(
					k.min(
						k.times(investedForGrowth, p.num('earnbackRate')),
						k.times(p.num('earnbackCapPerHead'), population)
					)
				);
			}
			const refinanced = k.times(legacyDebt, refinanceShare);
			const repaidFromLegacy = k.min(k.minus(legacyDebt, refinanced), mrp);
			legacyDebt = k.minus(k.minus(legacyDebt, refinanced), repaidFromLegacy);
			marginalDebt = k.minus(
				k.plus(k.plus(k.plus(marginalDebt, refinanced), capitalProgramme), investToSave),
				k.minus(mrp, repaidFromLegacy)
			);
			programmeCfr = k.minus(programmeCfr, legacyMrp);
			newBorrowing.push(capitalProgramme);
			investToSaveInvested = k.plus(investToSaveInvested, investToSave);
			skillsInvested = k.plus(skillsInvested, skillsSpend);
			// Cash invested moves with reserves; below zero, the council borrows what reserves no longer
			// back (internal borrowing repaid) at the marginal rate.
			cashInvested = k.plus(cashInvestedAtStart, k.minus(openingReserves, reservesAtStart));
			const borrowedForCash = k.max(k.zero, k.minus(k.zero, cashInvested));
			interest = k.penny(
				k.plus(
					k.times(legacyDebt, legacyRate),
					k.times(k.plus(k.max(k.zero, marginalDebt), borrowedForCash), marginalRate)
				)
			);
			// Exceptional support taken in earlier years: its own MRP and interest (plan.ts).
			plan.financing();
			interest = k.plus(interest, plan.interest);
			mrp = k.plus(mrp, plan.mrp);

			// 8. Interest on the cash actually invested: nothing is earned on a negative balance.
			income[In.investmentIncome] = k.penny(
				k.times(k.max(k.zero, cashInvested), p.num('investmentReturn'))
			);
			policeBandD = k.penny(k.times(policeBandD, preceptGrowth));
			fireBandD = k.penny(k.times(fireBandD, preceptGrowth));
			otherBandD = k.penny(k.times(otherBandD, preceptGrowth));
			parishBandD = k.penny(k.times(parishBandD, preceptGrowth));
		}
		income[In.businessRatesPoolGain] = poolGain;
		expenditure[Ex.combinedAuthorityLevy] = combinedAuthorityLevy;
		expenditure[Ex.interest] = interest;
		expenditure[Ex.minimumRevenueProvision] = mrp;

		// 9. The gap is met by the plan's exceptional support (if any), then from available
		// earmarked reserves, then the general fund; a surplus adds to the general fund.
		// Closing = opening + income − expenditure + exceptional support by construction.
		let incomeTotal = k.zero;
		for (let i = 0; i < income.length; i++) incomeTotal = k.accumulate(incomeTotal, income[i]);
		let expenditureTotal = k.zero;
		for (let i = 0; i < expenditure.length; i++)
			expenditureTotal = k.accumulate(expenditureTotal, expenditure[i]);
		const gap = k.minus(expenditureTotal, incomeTotal);
		let netBudget = k.accumulate(k.zero, income[In.councilTax]);
		netBudget = k.accumulate(netBudget, income[In.businessRates]);
		netBudget = k.accumulate(netBudget, income[In.businessRatesSafetyNet]);
		netBudget = k.accumulate(netBudget, income[In.businessRatesPoolGain]);
		netBudget = k.accumulate(netBudget, income[In.collectionFundSurplus]);
		netBudget = k.accumulate(netBudget, income[In.localMultiplierIncome]);
		for (let g = 0; g < grantIncome.length; g++)
			netBudget = k.accumulate(netBudget, income[grantIncome[g]]);
		netBudget = k.accumulate(netBudget, income[In.settlementAdjustment]);
		const minimumGeneralFund = k.penny(k.times(netBudget, minimumGeneralFundShare));
		const availableEarmarked = k.max(k.zero, k.minus(earmarked, earmarkedFloor));
		// The base year is the budget as set: its gap is its own planned use of reserves (none
		// unless declared, checked by checkAuthority), never met by the plan's levers.
		let reservesUsed = gap;
		let exceptionalSupport = k.zero;
		if (t > 0) {
			plan.meetGap(
				gap,
				k.plus(availableEarmarked, k.max(k.zero, k.minus(generalFund, minimumGeneralFund)))
			);
			reservesUsed = plan.reservesUsed;
			exceptionalSupport = plan.exceptionalSupport;
		}
		const fromReserves = k.minus(gap, exceptionalSupport);
		if (k.greaterThan(fromReserves, 0)) {
			const fromEarmarked = k.min(fromReserves, availableEarmarked);
			earmarked = k.penny(k.minus(earmarked, fromEarmarked));
			generalFund = k.minus(generalFund, k.minus(fromReserves, fromEarmarked));
		} else {
			generalFund = k.minus(generalFund, fromReserves);
		}
		earmarked = k.penny(earmarked);
		generalFund = k.penny(generalFund);

		y.t = t;
		y.incomeTotal = incomeTotal;
		y.expenditureTotal = expenditureTotal;
		y.gap = gap;
		y.reservesUsed = reservesUsed;
		y.exceptionalSupport = exceptionalSupport;
		y.openingGeneralFund = openingGeneralFund;
		y.closingGeneralFund = generalFund;
		y.openingEarmarked = openingEarmarked;
		y.closingEarmarked = earmarked;
		y.openingReserves = openingReserves;
		y.closingReserves = k.plus(generalFund, earmarked);
		y.closingAvailableReserves = k.plus(
			generalFund,
			k.max(k.zero, k.minus(earmarked, earmarkedFloor))
		);
		y.netBudget = netBudget;
		y.minimumGeneralFund = minimumGeneralFund;
		y.interest = interest;
		y.mrp = mrp;
		y.financingCosts = k.plus(interest, mrp);
		y.feesAndChargesIncome =
			t === 0
				? k.of(figures.feesAndChargesIncome.value)
				: k.plus(
						k.penny(k.times(chargeableCost, statusQuoRecovery)),
						income[In.additionalFeesIncome]
					);
		y.baselineFundingLevel = k.penny(k.times(baselineFundingLevelBase, cpiIndex));
		y.externalDebt = k.penny(
			k.plus(
				k.plus(k.plus(legacyDebt, marginalDebt), plan.debt()),
				k.max(k.zero, k.minus(k.zero, cashInvested))
			)
		);
		y.dsgDeficit = k.penny(dsgDeficit);
		y.localRatesShare = localRatesShare;
		y.cpiIndex = cpiIndex;
		y.population = population;
		y.childrenInCare = childrenInCare;
		y.bandD = bandD;
		y.policeBandD = policeBandD;
		y.fireBandD = fireBandD;
		y.otherBandD = otherBandD;
		y.parishBandD = parishBandD;
		out.year(y);
	}
}
