/**
 * The modeller's three headline sentences, read from a snapshot's stored figures rather than
 * recomputed: the gap in the headline year, when reserves run out, and the Band D bill, each
 * against the stored baseline.
 */
import { HEADLINE_YEAR_INDEX, headlineSentences } from '../engine/index';
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
	const baselineGap = Number(base.years[index].gap);
	return {
		sentences: headlineSentences({
			year: year.year,
			gap,
			baselineGap,
			reservesExhaustedIn: scenario.reservesExhaustedIn,
			baselineReservesExhaustedIn: base.reservesExhaustedIn,
			bandDBill: Number(bandDTotal(year)),
			baselineBandDBill: Number(bandDTotal(base.years[index]))
		}),
		worse: gap > baselineGap,
		better: gap < baselineGap,
		reservesRunOut: scenario.reservesExhaustedIn !== null
	};
}
