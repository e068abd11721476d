/**
 * The modeller's three headline sentences, read from a snapshot's stored figures rather than
 * recomputed: the gap in the headline year, when reserves run out, and the Band D bill, each
 * against the stored baseline.
 */
import {
	HEADLINE_YEAR_INDEX,
	headlineSentences,
	planLeversSet,
	planSentence
} from '../engine/index';
import { bandDTotal, type StoredProjection } from './stored-projection';

export interface StoredHeadline {
	/** The three sentences, then the budget plan's when the snapshot holds one. */
	sentences: string[];
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
	const plan = storedPlanSentence(scenario, year);
	return {
		sentences: [
			...headlineSentences({
				year: year.year,
				gap,
				baselineGap,
				reservesExhaustedIn: scenario.reservesExhaustedIn,
				baselineReservesExhaustedIn: base.reservesExhaustedIn,
				bandDBill: Number(bandDTotal(year)),
				baselineBandDBill: Number(bandDTotal(base.years[index]))
			}),
			...(plan ? [plan] : [])
		],
		worse: gap > baselineGap,
		better: gap < baselineGap,
		reservesRunOut: scenario.reservesExhaustedIn !== null
	};
}

/** The plan's sentence from the stored figures, when the snapshot was taken with a plan. */
function storedPlanSentence(
	scenario: StoredProjection,
	year: StoredProjection['years'][number]
): string | null {
	const amount = (text: string | undefined) => Number(text ?? 0);
	const planned =
		planLeversSet(scenario.values) ||
		scenario.years.some(
			(y) =>
				amount(y.savingsDelivered) !== 0 ||
				amount(y.reservesUsed) !== 0 ||
				amount(y.exceptionalSupport) !== 0
		);
	if (!planned) return null;
	return planSentence({
		year: year.year,
		gapWithoutAction: amount(year.gapWithoutAction ?? year.gap),
		savingsDelivered: amount(year.savingsDelivered),
		reservesUsed: amount(year.reservesUsed),
		exceptionalSupport: amount(year.exceptionalSupport),
		gap: amount(year.gap)
	});
}
