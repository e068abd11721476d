/**
 * What each modeller chart shows, worked out from the scenario and baseline projections.
 * Pure functions, so the charts stay thin and the numbers are testable without a browser.
 */
import type { Authority } from '../../../models/index';
import {
	formatMoneyMillions,
	formatPercent,
	formatPounds,
	type Projection,
	type YearResult
} from '../engine/index';

/** What the charts read of a projection: the modeller's live one, or one a snapshot stored. */
export interface ChartProjection {
	reservesExhaustedIn: string | null;
	years: Pick<
		YearResult,
		| 'year'
		| 'incomeTotal'
		| 'expenditureTotal'
		| 'gap'
		| 'closingReserves'
		| 'closingAvailableReserves'
		| 'locallyRaisedShare'
		| 'trust'
		| 'bandDBill'
	>[];
}

export const colours = {
	income: '#1d70b8',
	expenditure: '#b8280b',
	gap: '#b8280b',
	reserves: '#00703c',
	local: '#1d70b8',
	localBaseline: '#003078',
	grants: '#6f3f98',
	bill: '#1d70b8',
	baseline: '#505a5f',
	trust: ['#1d70b8', '#00703c', '#b8280b', '#6f3f98']
};

/**
 * The same series on black, for the high-contrast slides: each light-theme colour mapped to one
 * at least 4.5:1 against black (the light ones are dark, 1.7–4:1 there), hues kept so a series
 * is still the colour the room saw in the modeller.
 */
export const highContrastColours: Record<string, string> = {
	'#1d70b8': '#4da3ff',
	'#b8280b': '#ff7f66',
	'#00703c': '#33d17a',
	'#6f3f98': '#c99bff',
	'#505a5f': '#bfc5c9',
	'#003078': '#9fd0ff'
};

type Coloured = { colour: string };
/** A chart with its series, bars and areas drawn in another palette. */
export function recoloured<
	T extends { series?: Coloured[]; bars?: Coloured[]; areas?: Coloured[] }
>(chart: T, palette: Record<string, string>): T {
	const swap = <C extends Coloured>(list?: C[]) =>
		list?.map((item) => ({ ...item, colour: palette[item.colour] ?? item.colour }));
	return { ...chart, series: swap(chart.series), bars: swap(chart.bars), areas: swap(chart.areas) };
}

/** Tables give the figure as a council report would ("£41.1m", "−£3.0m", "£3,121.78"). */
export const millions = (pounds: number) => formatMoneyMillions(pounds);
export const pounds = (amount: number) => formatPounds(amount);
export const percent = (share: number) => formatPercent(share);

const minus = (value: number, text: string) => (value < 0 ? `−${text}` : text);
/** Axis ticks are round numbers, so they drop the decimals: "£100m", "−£200m", "£0". */
export const millionsTick = (pounds: number) =>
	pounds === 0
		? '£0'
		: minus(pounds, `£${Number((Math.abs(pounds) / 1e6).toFixed(1)).toLocaleString('en-GB')}m`);
export const poundsTick = (amount: number) =>
	minus(amount, `£${Math.round(Math.abs(amount)).toLocaleString('en-GB')}`);

const m = (
	p: ChartProjection,
	get: (y: ChartProjection['years'][number]) => { toNumber(): number }
) => p.years.map((y) => get(y).toNumber());

export function incomeAndSpending(scenario: ChartProjection, base: ChartProjection) {
	const last = scenario.years.length - 1;
	const year = scenario.years[last];
	return {
		id: 'income-spending',
		title: 'Income and spending',
		summary: `In ${year.year} the council would spend ${formatMoneyMillions(year.expenditureTotal)} against income of ${formatMoneyMillions(year.incomeTotal)} (baseline: ${formatMoneyMillions(base.years[last].expenditureTotal)} against ${formatMoneyMillions(base.years[last].incomeTotal)}).`,
		series: [
			{
				id: 'income',
				label: 'Income',
				values: m(scenario, (y) => y.incomeTotal),
				colour: colours.income
			},
			{
				id: 'spending',
				label: 'Spending',
				values: m(scenario, (y) => y.expenditureTotal),
				colour: colours.expenditure
			},
			{
				id: 'income-base',
				label: 'Income, baseline',
				values: m(base, (y) => y.incomeTotal),
				colour: colours.income,
				baseline: true
			},
			{
				id: 'spending-base',
				label: 'Spending, baseline',
				values: m(base, (y) => y.expenditureTotal),
				colour: colours.expenditure,
				baseline: true
			}
		]
	};
}

/**
 * The gap as bars and the reserves available as a line, for one projection drawn against
 * another (the baseline, or the scenario as presented), dashed and grey.
 */
function gapBarsAndReserveLines(
	ours: ChartProjection,
	theirs: ChartProjection,
	labels: { gap: string; reserves: string; against: string; againstId: string }
) {
	const against = { colour: colours.baseline, baseline: true };
	return {
		bars: [
			{ id: 'gap', label: labels.gap, values: m(ours, (y) => y.gap), colour: colours.gap },
			{
				id: `gap-${labels.againstId}`,
				label: `Gap, ${labels.against}`,
				values: m(theirs, (y) => y.gap),
				...against
			}
		],
		series: [
			{
				id: 'reserves',
				label: labels.reserves,
				values: m(ours, (y) => y.closingAvailableReserves),
				colour: colours.reserves
			},
			{
				id: `reserves-${labels.againstId}`,
				label: `Reserves available, ${labels.against}`,
				values: m(theirs, (y) => y.closingAvailableReserves),
				...against
			}
		]
	};
}

export function gapAndReserves(scenario: ChartProjection, base: ChartProjection) {
	const exhausted = scenario.reservesExhaustedIn;
	const index = exhausted ? scenario.years.findIndex((y) => y.year === exhausted) : -1;
	return {
		id: 'gap-reserves',
		title: 'The yearly gap and the reserves that cover it',
		summary: exhausted
			? `Reserves available to meet the gap run out in ${exhausted}: after that the gap has nothing to cover it.${base.reservesExhaustedIn ? ` In the baseline they run out in ${base.reservesExhaustedIn}.` : ''}`
			: `Reserves available to meet the gap cover every year’s gap to ${scenario.years.at(-1)?.year}${base.reservesExhaustedIn ? `; in the baseline they run out in ${base.reservesExhaustedIn}` : ''}.`,
		...gapBarsAndReserveLines(scenario, base, {
			gap: 'Gap (spending above income)',
			reserves: 'Reserves available',
			against: 'baseline',
			againstId: 'base'
		}),
		marker: index >= 0 ? { index, label: `Reserves run out ${exhausted}` } : null,
		// The line leaves out the earmarked reserves held for their own purposes, so that it reaches
		// zero in the year the marker says reserves run out. Below zero it is not money in hand but
		// the shortfall piling up, which is what a councillor needs to see; say both.
		note: `Reserves available are the general fund and the part of earmarked reserves that may be used to balance the budget; the rest is held for its own purposes.${
			scenario.years.some((y) => y.closingAvailableReserves.isNegative()) ||
			base.years.some((y) => y.closingAvailableReserves.isNegative())
				? ' Below £0, the line shows the shortfall building up: money the council would have to find by cuts or new income.'
				: ''
		}`
	};
}

/**
 * Locally raised (council tax, the local share of rates, local taxes and extra fees) stacked
 * under grants and other income, so the top of the stack is all income; the baseline's split
 * and total are dashed lines over it.
 */
export function incomeMix(scenario: ChartProjection, base: ChartProjection) {
	const local = (p: ChartProjection) =>
		p.years.map((y) => y.incomeTotal.toNumber() * y.locallyRaisedShare);
	const other = (p: ChartProjection) =>
		p.years.map((y) => y.incomeTotal.toNumber() * (1 - y.locallyRaisedShare));
	const last = scenario.years[scenario.years.length - 1];
	const lastBase = base.years[base.years.length - 1];
	return {
		id: 'income-mix',
		title: 'Where the money comes from',
		summary: `By ${last.year}, ${formatPercent(last.locallyRaisedShare)} of income would be raised locally (baseline ${formatPercent(lastBase.locallyRaisedShare)}); the rest is grants, top-ups and other income.`,
		areas: [
			{ id: 'local', label: 'Raised locally', values: local(scenario), colour: colours.local },
			{
				id: 'grants',
				label: 'Grants and other income',
				values: other(scenario),
				colour: colours.grants
			}
		],
		series: [
			{
				id: 'local-base',
				label: 'Raised locally, baseline',
				values: local(base),
				colour: colours.localBaseline,
				baseline: true
			},
			{
				id: 'total-base',
				label: 'All income, baseline',
				values: m(base, (y) => y.incomeTotal),
				colour: colours.baseline,
				baseline: true
			}
		]
	};
}

/**
 * One yearly figure of the scenario drawn against the same figure of the baseline (dashed, grey),
 * with the last year's value of each for the chart's summary.
 */
function scenarioAndBaseline<P extends { years: { year: string }[] }>(
	scenario: P,
	base: P,
	pick: (y: P['years'][number]) => number,
	line: { id: string; label: string; colour: string }
) {
	const values = scenario.years.map(pick);
	const baseValues = base.years.map(pick);
	const last = values.length - 1;
	return {
		year: scenario.years[last].year,
		last: values[last],
		lastBase: baseValues[last],
		series: [
			{ id: line.id, label: line.label, values, colour: line.colour },
			{
				id: `${line.id}-base`,
				label: `${line.label}, baseline`,
				values: baseValues,
				colour: colours.baseline,
				baseline: true
			}
		]
	};
}

export function bandDBill(scenario: ChartProjection, base: ChartProjection) {
	const bill = scenarioAndBaseline(scenario, base, (y) => y.bandDBill.toNumber(), {
		id: 'bill',
		label: 'Band D bill',
		colour: colours.bill
	});
	return {
		id: 'band-d',
		title: 'A Band D council tax bill',
		summary: `A Band D household would pay ${formatPounds(bill.last)} in ${bill.year}, including police, fire and other precepts (baseline ${formatPounds(bill.lastBase)}).`,
		series: bill.series
	};
}

/**
 * The high-needs (DSG) deficit held off the general fund under the statutory override, year by
 * year, and what falls on the general fund once it ends. From the live projections only: a
 * snapshot stored before model 2027.1 has no such figures.
 */
export function highNeedsDeficit(
	scenario: Pick<Projection, 'years'>,
	base: Pick<Projection, 'years'>
) {
	const held = (p: Pick<Projection, 'years'>) => p.years.map((y) => y.dsgDeficit.toNumber());
	const charged = (p: Pick<Projection, 'years'>) =>
		p.years.map((y) => y.expenditure.dsgDeficitCharge.toNumber());
	const peak = Math.max(...held(scenario));
	const firstCharge = scenario.years.find((y) => y.expenditure.dsgDeficitCharge.greaterThan(0));
	return {
		id: 'high-needs',
		title: 'High-needs (DSG) deficit',
		summary:
			peak > 0 || firstCharge
				? `The high-needs deficit held off the general fund peaks at ${formatMoneyMillions(peak)}; ${firstCharge ? `from ${firstCharge.year}, when the statutory override has ended, ${formatMoneyMillions(firstCharge.expenditure.dsgDeficitCharge)} falls on the general fund that year` : 'none of it falls on the general fund in these years'}.`
				: 'This council has no high-needs deficit.',
		series: [
			{
				id: 'held',
				label: 'Deficit held off the general fund',
				values: held(scenario),
				colour: colours.grants
			},
			{
				id: 'charged',
				label: 'Charged to the general fund that year',
				values: charged(scenario),
				colour: colours.expenditure
			},
			{
				id: 'held-base',
				label: 'Deficit held, baseline',
				values: held(base),
				colour: colours.baseline,
				baseline: true
			}
		],
		format: millions,
		tickFormat: millionsTick
	};
}

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
export const count = (n: number) => wholeNumber.format(n);

/**
 * The number of children in the council's care, year by year, against the baseline: what early
 * help and the growth in need do to it (the CSV's childrenInCare). From the live projections.
 */
export function childrenInCare(
	scenario: Pick<Projection, 'years'>,
	base: Pick<Projection, 'years'>
) {
	const children = scenarioAndBaseline(scenario, base, (y) => y.childrenInCare, {
		id: 'children',
		label: 'Children in care',
		colour: colours.grants
	});
	return {
		id: 'children-in-care',
		title: 'Children in care',
		summary:
			children.last === 0 && children.lastBase === 0
				? 'This council has no children’s social care, so no children in its care.'
				: `${count(children.last)} children would be in the council’s care in ${children.year} (baseline ${count(children.lastBase)}).`,
		series: children.series,
		format: count,
		tickFormat: count
	};
}

const trustLabels = {
	satisfaction: 'Satisfied with the council',
	trust: 'Trust the council',
	valueForMoney: 'Think it gives value for money',
	turnout: 'Vote in local elections'
} as const;
const trustShortLabels: Record<keyof typeof trustLabels, string> = {
	satisfaction: 'Satisfied',
	trust: 'Trust',
	valueForMoney: 'Value for money',
	turnout: 'Turnout'
};

export function trustIndicators(scenario: ChartProjection, base: ChartProjection) {
	const keys = Object.keys(trustLabels) as (keyof typeof trustLabels)[];
	const last = scenario.years[scenario.years.length - 1];
	return {
		id: 'trust',
		title: 'Public trust (indicative)',
		summary: `Indicative only: by ${last.year}, ${formatPercent(last.trust.trust)} would trust the council and ${formatPercent(last.trust.satisfaction)} be satisfied with it; the effects are assumptions, not forecasts.`,
		series: keys.flatMap((key, i) => [
			{
				id: key,
				label: trustLabels[key],
				values: scenario.years.map((y) => y.trust[key]),
				colour: colours.trust[i],
				endLabel: trustShortLabels[key]
			},
			{
				id: `${key}-base`,
				label: `${trustLabels[key]}, baseline`,
				values: base.years.map((y) => y.trust[key]),
				colour: colours.trust[i],
				baseline: true
			}
		])
	};
}

/**
 * The five charts with their formats, keyed as the presentation's slides are. One list for the
 * modeller, the presentation and the report, so a chart reads the same wherever it is shown.
 */
export function modellerCharts(scenario: ChartProjection, base: ChartProjection) {
	return {
		gap: { ...gapAndReserves(scenario, base), format: millions, tickFormat: millionsTick },
		spending: { ...incomeAndSpending(scenario, base), format: millions, tickFormat: millionsTick },
		mix: { ...incomeMix(scenario, base), format: millions, tickFormat: millionsTick },
		bill: { ...bandDBill(scenario, base), format: pounds, tickFormat: poundsTick, zero: false },
		trust: {
			...trustIndicators(scenario, base),
			format: percent,
			zero: false,
			note: 'Indicative: how opinion might respond, on assumed effect sizes. Not a forecast.'
		}
	};
}

type ModellerCharts = ReturnType<typeof modellerCharts>;
export type ModellerChart = ModellerCharts[keyof ModellerCharts];

/** The council as an exported chart's source line names it, fictional ones marked so. */
export const councilLabel = (authority: Authority) =>
	`${authority.name}${authority.fictional ? ' (fictional)' : ''}`;

/**
 * Each chart's answer in one short line, for a slide's headline in large type: the summary
 * under the chart says it in full, with the baseline.
 */
export function chartHeadlines(
	scenario: ChartProjection,
	base: ChartProjection
): Record<keyof ModellerCharts, string> {
	const last = scenario.years.length - 1;
	const year = scenario.years[last];
	const baseYear = base.years[last];
	const exhausted = scenario.reservesExhaustedIn;
	const baseExhausted = base.reservesExhaustedIn;
	const bandD = (y: ChartProjection['years'][number]) => formatPounds(y.bandDBill);
	return {
		gap: exhausted
			? `Reserves available to meet the gap run out in ${exhausted}${baseExhausted && baseExhausted !== exhausted ? ` (baseline ${baseExhausted})` : ''}`
			: `Reserves cover every year’s gap${baseExhausted ? ` (baseline: run out in ${baseExhausted})` : ''}`,
		spending: `In ${year.year}: spending ${formatMoneyMillions(year.expenditureTotal)}, income ${formatMoneyMillions(year.incomeTotal)}`,
		mix: `${formatPercent(year.locallyRaisedShare)} of income raised locally by ${year.year} (baseline ${formatPercent(baseYear.locallyRaisedShare)})`,
		bill: `Band D bill in ${year.year}: ${bandD(year)} (baseline ${bandD(baseYear)})`,
		trust: `${formatPercent(year.trust.trust)} would trust the council by ${year.year} (baseline ${formatPercent(baseYear.trust.trust)}): indicative`
	};
}

/**
 * The gap and reserves with a "what if" asked in the room, against the scenario as presented
 * (not the baseline): what the room needs to see is the difference the question makes.
 */
export function whatIfGap(whatIf: ChartProjection, presented: ChartProjection) {
	const runOut = (p: ChartProjection) =>
		p.reservesExhaustedIn ? `reserves run out in ${p.reservesExhaustedIn}` : 'reserves last';
	const last = whatIf.years.length - 1;
	return {
		id: 'what-if-gap',
		title: 'The gap and reserves: this what-if against the scenario as presented',
		summary: `With this what-if, ${runOut(whatIf)} and the gap in ${whatIf.years[last].year} is ${formatMoneyMillions(whatIf.years[last].gap)}; as presented, ${runOut(presented)} and ${formatMoneyMillions(presented.years[last].gap)}.`,
		...gapBarsAndReserveLines(whatIf, presented, {
			gap: 'Gap, what if',
			reserves: 'Reserves available, what if',
			against: 'as presented',
			againstId: 'presented'
		}),
		format: millions,
		tickFormat: millionsTick
	};
}
