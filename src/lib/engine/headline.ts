/**
 * The headline answers in words, read against the baseline: the gap in a chosen year, when
 * reserves run out, the Band D bill and the flags raised.
 */
import type { Decimal } from './decimal';
import { formatMoneyMillions, formatPounds } from './format';
import { planLeversSet } from './plan';
import type { Flag, Projection } from './types';

/** The fifth projected year (2031/32 from a 2026/27 base): the horizon medium-term plans look to. */
export const HEADLINE_YEAR_INDEX = 5;

export interface Headlines {
	gapYear: string;
	gap: Decimal;
	baselineGap: Decimal;
	reservesExhaustedIn: string | null;
	baselineReservesExhaustedIn: string | null;
	billYear: string;
	bandDBill: Decimal;
	baselineBandDBill: Decimal;
	/** Each flag once, with the first year it applies. */
	flags: (Flag & { firstYear: string })[];
	/** What the budget plan does in the headline year, or null when there is no plan. */
	planSentence: string | null;
	/** The three sentences, then the plan's when there is one. */
	sentences: string[];
}

/** The budget plan's figures for one year (£), as the projection and a snapshot both hold them. */
export interface PlanFacts {
	year: string;
	gapWithoutAction: number;
	savingsDelivered: number;
	reservesUsed: number;
	exceptionalSupport: number;
	/** The gap after savings: expenditure − income. */
	gap: number;
}

/**
 * "The plan closes £X of the £Y gap in 2030/31; £Z would need exceptional support." Closed is
 * what the savings delivered and the planned draw on reserves meet; what is left either needs
 * exceptional support or, without it, still falls on reserves.
 */
export function planSentence(f: PlanFacts): string {
	const m = (amount: number) => formatMoneyMillions(Math.abs(amount));
	if (f.gapWithoutAction <= 0)
		return `There is no gap to close in ${f.year}${f.savingsDelivered > 0 ? `: the plan’s savings of ${m(f.savingsDelivered)} add to the surplus` : ''}.`;
	const closed = Math.min(f.gapWithoutAction, f.savingsDelivered + f.reservesUsed);
	const left = Math.max(0, f.gap - f.reservesUsed - f.exceptionalSupport);
	const start = `The plan closes ${m(closed)} of the ${m(f.gapWithoutAction)} gap in ${f.year}`;
	if (f.exceptionalSupport > 0)
		return `${start}; ${m(f.exceptionalSupport)} would need exceptional support.`;
	if (left > 0)
		return `${start}; ${m(left)} is left, to fall on reserves or need exceptional support.`;
	return `${start}: the budget balances without exceptional support.`;
}

/** Whether a projection carries a plan: any savings, planned draw or support in any year. */
export function hasPlan(projection: Projection): boolean {
	return projection.years.some(
		(y) =>
			!y.savingsDelivered.isZero() || !y.reservesUsed.isZero() || !y.exceptionalSupport.isZero()
	);
}

const bandDTotal = (projection: Projection, index: number) => projection.years[index].bandDBill;

export function firstFlags(projection: Projection): (Flag & { firstYear: string })[] {
	const seen = new Map<string, Flag & { firstYear: string }>();
	for (const year of projection.years) {
		for (const flag of year.flags)
			if (!seen.has(flag.id)) seen.set(flag.id, { ...flag, firstYear: year.year });
	}
	return [...seen.values()];
}

export interface HeadlineFacts {
	year: string;
	gap: number;
	baselineGap: number;
	reservesExhaustedIn: string | null;
	baselineReservesExhaustedIn: string | null;
	bandDBill: number;
	baselineBandDBill: number;
}

/**
 * The three sentences, from the figures alone: the live modeller and a snapshot's stored
 * projection word them the same way.
 */
export function headlineSentences(f: HeadlineFacts): [string, string, string] {
	const gapWord = f.gap < 0 ? 'Surplus' : 'Gap';
	const baselineWord = f.baselineGap < 0 ? 'surplus ' : '';
	const exhausted = f.reservesExhaustedIn;
	const baselineExhausted = f.baselineReservesExhaustedIn;
	return [
		`${gapWord} in ${f.year}: ${formatMoneyMillions(Math.abs(f.gap))} (baseline ${baselineWord}${formatMoneyMillions(Math.abs(f.baselineGap))})`,
		exhausted
			? `Reserves available to meet the gap run out in ${exhausted}${baselineExhausted && baselineExhausted !== exhausted ? ` (baseline ${baselineExhausted})` : ''}`
			: `Reserves available to meet the gap last all ten years${baselineExhausted ? ` (baseline: run out in ${baselineExhausted})` : ''}`,
		`Band D bill in ${f.year}: ${formatPounds(f.bandDBill)} (baseline ${formatPounds(f.baselineBandDBill)})`
	];
}

export function headlines(
	scenario: Projection,
	baseline: Projection,
	index = HEADLINE_YEAR_INDEX
): Headlines {
	const year = scenario.years[index];
	const gap = year.gap;
	const baselineGap = baseline.years[index].gap;
	const bandDBill = bandDTotal(scenario, index);
	const baselineBandDBill = bandDTotal(baseline, index);
	const sentences = headlineSentences({
		year: year.year,
		gap: gap.toNumber(),
		baselineGap: baselineGap.toNumber(),
		reservesExhaustedIn: scenario.reservesExhaustedIn,
		baselineReservesExhaustedIn: baseline.reservesExhaustedIn,
		bandDBill: bandDBill.toNumber(),
		baselineBandDBill: baselineBandDBill.toNumber()
	});
	const plan =
		hasPlan(scenario) || planLeversSet(scenario.values)
			? planSentence({
					year: year.year,
					gapWithoutAction: year.gapWithoutAction.toNumber(),
					savingsDelivered: year.savingsDelivered.toNumber(),
					reservesUsed: year.reservesUsed.toNumber(),
					exceptionalSupport: year.exceptionalSupport.toNumber(),
					gap: gap.toNumber()
				})
			: null;
	return {
		gapYear: year.year,
		gap,
		baselineGap,
		reservesExhaustedIn: scenario.reservesExhaustedIn,
		baselineReservesExhaustedIn: baseline.reservesExhaustedIn,
		billYear: year.year,
		bandDBill,
		baselineBandDBill,
		flags: firstFlags(scenario),
		planSentence: plan,
		sentences: plan ? [...sentences, plan] : sentences
	};
}

/**
 * The headline in three short lines for a narrow screen, where it sits above the levers: each
 * figure against the baseline, short enough to fit 320 px.
 */
export function compactHeadline(h: Headlines): [string, string, string] {
	const gapWord = h.gap.isNegative() ? 'Surplus' : 'Gap';
	const baselineWord = h.baselineGap.isNegative() ? 'surplus ' : '';
	const scenarioReserves = h.reservesExhaustedIn
		? `Reserves run out ${h.reservesExhaustedIn}`
		: 'Reserves last ten years';
	const baselineReserves = h.baselineReservesExhaustedIn ?? 'last ten years';
	return [
		`${gapWord} ${h.gapYear}: ${formatMoneyMillions(h.gap.abs())} (baseline ${baselineWord}${formatMoneyMillions(h.baselineGap.abs())})`,
		`${scenarioReserves} (baseline ${baselineReserves})`,
		`Band D: ${formatPounds(h.bandDBill)} (baseline ${formatPounds(h.baselineBandDBill)})`
	];
}
