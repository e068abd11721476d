/**
 * What the Analysis section shows, worked out from the engine's analyses: resilience readings in
 * words, guardrail statuses, tornado bars, fans, goal-seek answers and council tax bills. Pure
 * functions, so every sentence and figure is testable without a browser.
 */
import type {
	AuthorityParameter,
	NumberParameter,
	ResilienceIndicator
} from '../../../models/index';
import { resilienceIndicators } from '../../../models/index';
import { labelInSentence } from '../label-in-sentence';
import {
	cumulativeGap,
	resilience,
	SENSITIVITY_YEARS,
	SUSTAINABLE_YEARS_CAP,
	type GoalSeekResult,
	type GoalTarget,
	type GuardrailStatus,
	type MonteCarloResult,
	type RiskBand,
	type TornadoEntry
} from '../engine/analysis/index';
import { formatMoneyMillions, formatParameterValue, formatPounds } from '../engine/format';
import type { Num } from '../engine/arithmetic';
import type { Projection } from '../engine/types';
import { colours } from '../charts/chart-data';

const minus = '−';

/** A share as a council report writes it, with a true minus sign: "25%", "4.6%", "−12%". */
export function formatShare(share: number): string {
	const digits = share !== 0 && Math.abs(share) < 0.1 ? 1 : 0;
	const text = `${Math.abs(share * 100).toFixed(digits)}%`;
	return share < 0 && Number(text.slice(0, -1)) !== 0 ? `${minus}${text}` : text;
}

/** "+£12.3m" for more gap, "−£4.0m" for less: the sign is the point of a sensitivity figure. */
export function formatSignedMillions(pounds: number): string {
	const text = formatMoneyMillions(pounds);
	// A word joiner keeps the sign on the same line as the figure.
	return pounds > 0 && text !== '£0.0m' ? `+\u2060${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Resilience

export const bandLabels: Record<RiskBand, string> = {
	lower: 'Lower risk',
	watch: 'Watch',
	higher: 'Higher risk'
};

/** The years shown unless all are asked for: now, three years on, the MTFS horizon, the end. */
export const KEY_YEAR_INDICES = [0, 3, 5, 10] as const;

export function formatIndicatorValue(
	indicator: Pick<ResilienceIndicator, 'unit'>,
	value: number | null
): string {
	if (value === null) return 'Not measured';
	if (indicator.unit === 'share') return formatShare(value);
	if (value >= SUSTAINABLE_YEARS_CAP) return `${SUSTAINABLE_YEARS_CAP}+ years`;
	return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} years`;
}

/** Where the bands fall, in words: "Lower risk at 20% or more; watch from 10% to 20%; …". */
export function thresholdsText(indicator: ResilienceIndicator): string {
	const f = (v: number) => formatIndicatorValue(indicator, v);
	return indicator.better === 'higher'
		? `Lower risk at ${f(indicator.watchAt)} or more; watch from ${f(indicator.higherRiskAt)} to ${f(indicator.watchAt)}; higher risk below ${f(indicator.higherRiskAt)}.`
		: `Lower risk at ${f(indicator.watchAt)} or less; watch above ${f(indicator.watchAt)} up to ${f(indicator.higherRiskAt)}; higher risk above ${f(indicator.higherRiskAt)}.`;
}

export interface ResilienceReadingText {
	value: number | null;
	text: string;
	band: RiskBand | null;
	/** The band in words, so it never relies on colour: "Watch", or "No band" when unmeasured. */
	bandLabel: string;
}

export interface ResilienceRow {
	id: ResilienceIndicator['id'];
	label: string;
	description: string;
	thresholds: string;
	reasoning: string;
	source: { title: string; url?: string };
	cells: { year: string; scenario: ResilienceReadingText; baseline: ResilienceReadingText }[];
}

// The baseline's readings are the same on every slider move: work them out once per projection.
const readingsCache = new WeakMap<Projection, ReturnType<typeof resilience>>();
function readingsOf(projection: Projection) {
	let readings = readingsCache.get(projection);
	if (!readings) readingsCache.set(projection, (readings = resilience(projection)));
	return readings;
}

export function resilienceRows(scenario: Projection, base: Projection): ResilienceRow[] {
	const ours = readingsOf(scenario);
	const theirs = readingsOf(base);
	return resilienceIndicators.map((indicator, i) => {
		const reading = (r: { value: number | null; band: RiskBand | null }) => ({
			value: r.value,
			text: formatIndicatorValue(indicator, r.value),
			band: r.band,
			bandLabel: r.band ? bandLabels[r.band] : 'No band'
		});
		return {
			id: indicator.id,
			label: indicator.label,
			description: indicator.description,
			thresholds: thresholdsText(indicator),
			reasoning: indicator.reasoning,
			source: indicator.source,
			cells: ours[i].years.map((r, t) => ({
				year: scenario.years[t].year,
				scenario: reading(r),
				baseline: reading(theirs[i].years[t])
			}))
		};
	});
}

const riskOrder: Record<RiskBand, number> = { lower: 0, watch: 1, higher: 2 };

/**
 * One sentence on how the scenario moves the bands in a year, naming indicators rather than
 * counting them, because the bands are indicative and never added up into a score.
 */
export function resilienceSummary(rows: ResilienceRow[], yearIndex: number): string {
	const year = rows[0]?.cells[yearIndex]?.year ?? '';
	const better: string[] = [];
	const worse: string[] = [];
	for (const row of rows) {
		const { scenario, baseline } = row.cells[yearIndex];
		if (!scenario.band || !baseline.band || scenario.band === baseline.band) continue;
		(riskOrder[scenario.band] < riskOrder[baseline.band] ? better : worse).push(row.label);
	}
	const list = (names: string[]) => names.join(', ').replace(/, ([^,]*)$/, ' and $1');
	if (!better.length && !worse.length)
		return `In ${year} every indicator sits in the same band as in the baseline.`;
	const parts = [
		better.length ? `a lower-risk band than the baseline for ${list(better)}` : '',
		worse.length ? `a higher-risk band for ${list(worse)}` : ''
	].filter(Boolean);
	return `In ${year} your scenario is in ${parts.join(', and in ')}.`;
}

// ---------------------------------------------------------------------------------------------
// Guardrails

export const guardrailStatusLabels: Record<GuardrailStatus, string> = {
	clear: 'Clear',
	near: 'Near the limit',
	breach: 'Breached'
};

export function guardrailSummary(statuses: GuardrailStatus[]): string {
	const breached = statuses.filter((s) => s === 'breach').length;
	const near = statuses.filter((s) => s === 'near').length;
	const limits = (n: number) => (n === 1 ? 'one limit' : `${n} limits`);
	if (!breached && !near) return `Your scenario is clear of all ${statuses.length} limits.`;
	if (breached && near)
		return `Your scenario breaks ${limits(breached)} and comes near ${near === 1 ? 'one other' : `${near} others`}.`;
	return breached
		? `Your scenario breaks ${limits(breached)}; the others are clear.`
		: `Your scenario comes near ${limits(near)}; the others are clear.`;
}

// ---------------------------------------------------------------------------------------------
// Sensitivity (tornado)

export interface TornadoBar {
	id: string;
	label: string;
	lowText: string;
	highText: string;
	/** Change in the cumulative gap (£) with the parameter at its low / high value. */
	lowEffect: number;
	highEffect: number;
}

const trueMinus = (text: string) => text.replace(/^-/, minus);

export function tornadoBars<N extends Num<N>>(
	entries: TornadoEntry<N>[],
	parameters: readonly AuthorityParameter[]
): TornadoBar[] {
	return entries.map((entry) => {
		const parameter = parameters.find((p) => p.id === entry.parameterId) as NumberParameter;
		return {
			id: entry.parameterId,
			label: entry.label,
			lowText: trueMinus(formatParameterValue(parameter, entry.low)),
			highText: trueMinus(formatParameterValue(parameter, entry.high)),
			lowEffect: entry.lowEffect.toNumber(),
			highEffect: entry.highEffect.toNumber()
		};
	});
}

/** The years the tornado's cumulative gap covers, e.g. "2026/27 to 2030/31". */
export function sensitivitySpan(projection: Projection): string {
	return `${projection.years[1].year} to ${projection.years[SENSITIVITY_YEARS].year}`;
}

export function tornadoSummary(bars: TornadoBar[], projection: Projection): string {
	const total = formatMoneyMillions(cumulativeGap(projection));
	const span = sensitivitySpan(projection);
	const top = bars[0];
	if (!top) return `The gaps from ${span} add up to ${total}.`;
	return `The gaps from ${span} add up to ${total}. The biggest uncertainty is ${labelInSentence(top.label)}: between ${top.lowText} and ${top.highText} it changes that total by ${formatSignedMillions(top.lowEffect)} to ${formatSignedMillions(top.highEffect)}.`;
}

// ---------------------------------------------------------------------------------------------
// Uncertainty (Monte Carlo)

export type FanKind = 'gap' | 'reserves';

/**
 * A fan chart: the middle 80 % of runs shaded, the median run as a line and the scenario's own
 * (single, central) projection dashed over it.
 */
export function fanChart(kind: FanKind, result: MonteCarloResult, projection: Projection) {
	const spread = kind === 'gap' ? result.gap : result.availableReserves;
	const central = projection.years.map((y) =>
		(kind === 'gap' ? y.gap : y.closingAvailableReserves).toNumber()
	);
	const colour = kind === 'gap' ? colours.gap : colours.reserves;
	const at = kind === 'gap' ? 5 : spread.length - 1;
	const year = result.years[at];
	const m = formatMoneyMillions;
	return {
		id: `fan-${kind}`,
		title:
			kind === 'gap'
				? 'How sure is the yearly gap?'
				: 'How sure are the reserves that cover the gap?',
		summary:
			kind === 'gap'
				? `In ${year} the gap would most likely be ${m(spread[at].p50)}; in 8 runs out of 10 it falls between ${m(spread[at].p10)} and ${m(spread[at].p90)}.`
				: reservesSentence(year, spread[at]),
		bands: [
			{
				id: `${kind}-range`,
				label: '8 runs in 10 fall in this range',
				low: spread.map((p) => p.p10),
				high: spread.map((p) => p.p90),
				colour,
				lowLabel: 'Low (1 run in 10 is below)',
				highLabel: 'High (1 run in 10 is above)'
			}
		],
		series: [
			{
				id: `${kind}-median`,
				label: 'Middle run',
				values: spread.map((p) => p.p50),
				colour
			},
			{
				id: `${kind}-central`,
				label: 'Your scenario as set',
				values: central,
				colour: colours.baseline,
				baseline: true
			}
		]
	};
}

/**
 * Below zero the reserves line is the shortfall building up (as on the modeller's gap chart), so
 * a fan wholly below zero is described as a shortfall rather than as negative reserves.
 */
function reservesSentence(year: string, p: { p10: number; p50: number; p90: number }): string {
	const m = formatMoneyMillions;
	if (p.p90 < 0)
		return `By ${year} reserves would most likely be used up, with a shortfall of ${m(-p.p50)} built up; in 8 runs out of 10 the shortfall is between ${m(-p.p90)} and ${m(-p.p10)}.`;
	return `By ${year} the reserves available would most likely be ${m(p.p50)}; in 8 runs out of 10 they end between ${m(p.p10)} and ${m(p.p90)}.`;
}

export function exhaustionChart(result: MonteCarloResult) {
	const last = result.exhaustedBy.length - 1;
	const firstLikely = result.exhaustedBy.findIndex((share) => share > 0.5);
	const firstAny = result.exhaustedBy.findIndex((share) => share > 0);
	const pct = (share: number) => (share === 1 ? 'every one' : `${formatShare(share)}`);
	const summary =
		firstAny < 0
			? `In none of the ${result.runs.toLocaleString('en-GB')} runs do reserves run out by ${result.years[last]}.`
			: firstLikely >= 0
				? `Reserves have run out by ${result.years[firstLikely]} in more than half the runs, and by ${result.years[last]} in ${pct(result.exhaustedBy[last])} of them.`
				: `Reserves run out in some runs from ${result.years[firstAny]}; by ${result.years[last]} in ${pct(result.exhaustedBy[last])} of them.`;
	return {
		id: 'exhausted-by',
		title: 'The chance that reserves have run out',
		summary,
		bars: [
			{
				id: 'exhausted',
				label: 'Share of runs in which reserves have run out by this year',
				values: result.exhaustedBy,
				colour: colours.expenditure
			}
		]
	};
}

// ---------------------------------------------------------------------------------------------
// Goal seek

export function targetPhrase(target: GoalTarget, years: string[]): string {
	return target.kind === 'reservesAboveMinimum'
		? `keeps the general fund above its prudent minimum in every year to ${years[years.length - 1]}`
		: `leaves no gap in ${years[target.yearIndex]}`;
}

function shortfallPhrase(target: GoalTarget, shortfall: number, years: string[]): string {
	return target.kind === 'reservesAboveMinimum'
		? `the general fund still falls ${formatMoneyMillions(shortfall)} below its minimum at worst`
		: `a gap of ${formatMoneyMillions(shortfall)} remains in ${years[target.yearIndex]}`;
}

export interface GoalSeekAnswer {
	sentence: string;
	/** The lever can be set to this value on this council's slider (and it is a change). */
	canApply: boolean;
}

export function goalSeekAnswer(
	result: GoalSeekResult,
	parameter: NumberParameter,
	target: GoalTarget,
	years: string[]
): GoalSeekAnswer {
	const f = (v: number) => formatParameterValue(parameter, v);
	const inRange = result.value >= parameter.min && result.value <= parameter.max;
	const moved = result.value !== result.from;
	const name = labelInSentence(parameter.label);
	const does = targetPhrase(target, years);
	let sentence: string;
	if (result.met && !moved) {
		sentence = `Your scenario already ${does}, with ${name} at ${f(result.from)}.`;
	} else if (result.met) {
		sentence = `Setting ${name} to ${f(result.value)} instead of ${f(result.from)} ${does}.`;
	} else {
		const best = moved
			? `the best is ${f(result.value)}, where ${shortfallPhrase(target, result.shortfall, years)}`
			: result.limit && result.value >= result.limit.max
				? `it is already at the lawful limit, and at ${f(result.from)} ${shortfallPhrase(target, result.shortfall, years)}`
				: `moving it only makes things worse, and at ${f(result.from)} ${shortfallPhrase(target, result.shortfall, years)}`;
		sentence = result.limit
			? `No lawful value of ${name} (at most ${f(result.limit.max)}) does this on its own; ${best}.`
			: `No value of ${name} between ${f(parameter.min)} and ${f(parameter.max)} does this on its own; ${best}.`;
	}
	// The law and the plan: what a breach would take, a referendum, savings as delivered.
	if (result.note) sentence += ` ${result.note}`;
	if (moved && !inRange) {
		sentence += ` That is beyond this council’s range of ${f(parameter.min)} to ${f(parameter.max)}.`;
	}
	return { sentence, canApply: moved && inRange };
}

/** The number levers that apply to this council, in the order the controls list them. */
export function goalSeekLevers(
	parameters: readonly AuthorityParameter[],
	seekable: readonly { id: string }[]
): NumberParameter[] {
	return parameters.filter(
		(p): p is NumberParameter & AuthorityParameter =>
			p.kind === 'number' && !p.notApplicable && seekable.some((s) => s.id === p.id)
	);
}

// ---------------------------------------------------------------------------------------------
// Council tax bills

export interface BillRow {
	band: string;
	council: number;
	/** Of `council`, the adult social care precept (0 where the baseline does not give it). */
	adultSocialCare: number;
	police: number;
	fire: number;
	other: number;
	parish: number;
	total: number;
	perWeek: number;
	baselineTotal: number;
	baselinePerWeek: number;
	/** Scenario minus baseline, a year. */
	changeAYear: number;
}

/** A year's bill spread over 52 weeks, as councils' own "per week" figures are. */
export const WEEKS_A_YEAR = 52;

export function billRows(scenario: Projection, base: Projection, yearIndex: number): BillRow[] {
	const ours = scenario.years[yearIndex].bills;
	const theirs = base.years[yearIndex].bills;
	return ours.map((bill, i) => {
		const total = bill.total.toNumber();
		const baselineTotal = theirs[i].total.toNumber();
		return {
			band: bill.band,
			council: bill.council.toNumber(),
			adultSocialCare: bill.adultSocialCare.toNumber(),
			police: bill.police.toNumber(),
			fire: bill.fire.toNumber(),
			other: bill.other.toNumber(),
			parish: bill.parish.toNumber(),
			total,
			perWeek: total / WEEKS_A_YEAR,
			baselineTotal,
			baselinePerWeek: baselineTotal / WEEKS_A_YEAR,
			changeAYear: total - baselineTotal
		};
	});
}

/** Precepts that are zero on every band are left out of the table rather than shown as £0.00. */
export function preceptsShown(rows: BillRow[]): ('police' | 'fire' | 'other' | 'parish')[] {
	return (['police', 'fire', 'other', 'parish'] as const).filter((key) =>
		rows.some((r) => r[key] !== 0)
	);
}

/** Whether the bills show the adult social care precept within the council's charge. */
export function carePreceptShown(rows: BillRow[]): boolean {
	return rows.some((r) => r.adultSocialCare !== 0);
}

export function billSummary(rows: BillRow[], year: string): string {
	const d = rows.find((r) => r.band === 'D') ?? rows[0];
	const change = d.changeAYear;
	const diff =
		Math.abs(change) < 0.005
			? 'the same as the baseline'
			: `${formatPounds(Math.abs(change))} a year ${change > 0 ? 'more' : 'less'} than the baseline`;
	return `In ${year} a Band ${d.band} household would pay ${formatPounds(d.total)} in all (${formatPounds(d.perWeek)} a week), ${diff}.`;
}
