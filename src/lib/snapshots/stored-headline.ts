/**
 * The modeller's three headline sentences, read from a snapshot's stored figures rather than
 * recomputed: the gap in the headline year, when reserves run out, and the Band D bill, each
 * against the stored baseline.
 */
import { formatMoneyMillions, formatPounds, HEADLINE_YEAR_INDEX } from '../engine/index';
import { bandDTotal, type StoredProjection } from './stored-projection';

export interface StoredHeadline {
	sentences: [string, string, string];
	/** The gap is wider than the baseline's (shown as worse), or narrower (better). */
	worse: boolean;
	better: boolean;
	reservesRunOut: boolean;
}

export function storedHeadline(scenario: StoredProjection, base: StoredProjection): StoredHeadline {
	const index = Math.min(HEADLINE_YEAR_INDEX, scenario.years.length - 1, base.years.length - 1);
	const year = scenario.years[index];
	const gap = Number(year.gap);
	const baseGap = Number(base.years[index].gap);
	const gapWord = gap < 0 ? 'Surplus' : 'Gap';
	const baseWord = baseGap < 0 ? 'surplus ' : '';
	const exhausted = scenario.reservesExhaustedIn;
	const baseExhausted = base.reservesExhaustedIn;
	return {
		sentences: [
			`${gapWord} in ${year.year}: ${formatMoneyMillions(Math.abs(gap))} (baseline ${baseWord}${formatMoneyMillions(Math.abs(baseGap))})`,
			exhausted
				? `Reserves run out in ${exhausted}${baseExhausted && baseExhausted !== exhausted ? ` (baseline ${baseExhausted})` : ''}`
				: `Reserves last all ten years${baseExhausted ? ` (baseline: run out in ${baseExhausted})` : ''}`,
			`Band D bill in ${year.year}: ${formatPounds(Number(bandDTotal(year)))} (baseline ${formatPounds(Number(bandDTotal(base.years[index])))})`
		],
		worse: gap > baseGap,
		better: gap < baseGap,
		reservesRunOut: exhausted !== null
	};
}
