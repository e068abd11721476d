/**
 * The headline answers in words, read against the baseline: the gap in a chosen year, when
 * reserves run out, the Band D bill and the flags raised.
 */
import type { Decimal } from './decimal';
import { formatMoneyMillions, formatPounds } from './format';
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
	sentences: string[];
}

const bandDTotal = (projection: Projection, index: number) =>
	projection.years[index].bills.find((bill) => bill.band === 'D')!.total;

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
			? `Reserves run out in ${exhausted}${baselineExhausted && baselineExhausted !== exhausted ? ` (baseline ${baselineExhausted})` : ''}`
			: `Reserves last all ten years${baselineExhausted ? ` (baseline: run out in ${baselineExhausted})` : ''}`,
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
		sentences
	};
}
