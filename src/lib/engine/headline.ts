/**
 * The headline answers in words, read against the baseline: the gap in a chosen year, when
 * reserves run out, the Band D bill and the flags raised.
 */
import type { Decimal } from './decimal';
import { formatMoneyMillions, formatPounds } from './format';
import type { Flag, Projection } from './types';

/** 2030/31: five years on, the horizon councils' medium-term plans look to. */
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
	const gapWord = gap.isNegative() ? 'Surplus' : 'Gap';
	const baselineWord = baselineGap.isNegative() ? 'surplus' : '';
	const sentences = [
		`${gapWord} in ${year.year}: ${formatMoneyMillions(gap.abs())} (baseline ${baselineWord ? baselineWord + ' ' : ''}${formatMoneyMillions(baselineGap.abs())})`,
		scenario.reservesExhaustedIn
			? `Reserves run out in ${scenario.reservesExhaustedIn}${baseline.reservesExhaustedIn && baseline.reservesExhaustedIn !== scenario.reservesExhaustedIn ? ` (baseline ${baseline.reservesExhaustedIn})` : ''}`
			: `Reserves last all ten years${baseline.reservesExhaustedIn ? ` (baseline: run out in ${baseline.reservesExhaustedIn})` : ''}`,
		`Band D bill in ${year.year}: ${formatPounds(bandDBill)} (baseline ${formatPounds(baselineBandDBill)})`
	];
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
