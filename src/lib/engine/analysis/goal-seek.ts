/**
 * Goal seek: the smallest move of one lever, within its range, on its slider's steps and within
 * the law, that meets a target; or a plain statement that no lawful value does. A guardrail that
 * is switched on (the referendum limit, the power to levy a tax, charges capped at cost) bounds
 * the search: where only a breach would meet the target, the answer says so and gives the best
 * lawful value. Assumes the target is monotonic in the lever between the current value and the
 * end of its range, which holds for every lever the engine has (each pushes income or spending
 * one way).
 */
import {
	parameters,
	leversThatApply,
	type Authority,
	type Citation,
	type NumberParameter
} from '../../../../models/index';
import { formatMoneyMillions, formatParameterValue } from '../format';
import { resolveValues } from '../parameters';
import { project } from '../project';
import type { Projection, Scenario } from '../types';
import { lawfulLimit } from './guardrails';

export type GoalTarget =
	{ kind: 'reservesAboveMinimum' } | { kind: 'gapClosed'; yearIndex: number };

export interface GoalSeekResult {
	parameterId: string;
	label: string;
	met: boolean;
	/** The value that meets the target (slider units), or the best value in range when none does. */
	value: number;
	from: number;
	/** How far short of the target at `value` (£; 0 when met). */
	shortfall: number;
	/** Number of projections the search ran. */
	evaluations: number;
	/** The lawful bound that limited the search, if a guardrail that is on sets one. */
	limit: { max: number; reason: string; citation: Citation } | null;
	/**
	 * When no lawful value meets the target but one beyond the law would: that value. The answer
	 * (`value`) stays the best lawful value.
	 */
	onlyByBreach: number | null;
	/** Plain English about the law and the plan, for the answer ('' when there is nothing to add). */
	note: string;
}

export const seekableLevers = parameters.filter(
	(p): p is NumberParameter => p.kind === 'number' && p.lever
);

/** The number levers that apply to an authority, with its own ranges and status quo. */
export function leversFor(authority: Authority): NumberParameter[] {
	return leversThatApply(authority).filter(
		(p): p is NumberParameter & { notApplicable?: string } => p.kind === 'number'
	);
}

/**
 * How far the projection is from the target, in pounds: ≤ 0 means met. Exceptional support is
 * not a way of meeting it: a year that needs support falls short by the support taken.
 */
export function targetShortfall(projection: Projection, target: GoalTarget): number {
	if (target.kind === 'gapClosed') return projection.years[target.yearIndex].gap.toNumber();
	let worst = -Infinity;
	for (const year of projection.years.slice(1)) {
		worst = Math.max(worst, year.minimumGeneralFund.minus(year.closingGeneralFund).toNumber());
		if (year.exceptionalSupport.greaterThan(0))
			worst = Math.max(worst, year.exceptionalSupport.toNumber());
	}
	return worst;
}

export function goalSeek(
	authority: Authority,
	scenario: Scenario,
	target: GoalTarget,
	parameterId: string
): GoalSeekResult {
	// The lever as it applies to this council: its own range and status quo.
	const lever = leversFor(authority).find((p) => p.id === parameterId);
	if (!lever)
		throw new Error(`${parameterId} is not a number lever that applies to ${authority.name}`);
	const resolved = resolveValues(scenario.values, authority);
	const limit = lawfulLimit(lever.id, resolved);
	let evaluations = 0;
	const steps = Math.round((lever.max - lever.min) / lever.step);
	const valueAt = (i: number) => Number((lever.min + i * lever.step).toFixed(10));
	// The highest lawful step: the search never goes beyond it.
	const lawfulTop =
		limit && limit.max < lever.max
			? Math.max(0, Math.floor((limit.max - lever.min) / lever.step + 1e-9))
			: steps;
	const shortfallAt = (i: number) => {
		evaluations++;
		const values = { ...scenario.values, [lever.id]: valueAt(i) };
		return targetShortfall(project(authority, { ...scenario, values }), target);
	};
	const from = (scenario.values[lever.id] as number | undefined) ?? lever.statusQuo;
	const current = Math.min(lawfulTop, Math.round((from - lever.min) / lever.step));
	const result = (met: boolean, i: number, shortfall: number, breach: number | null = null) => {
		const value = valueAt(i);
		return {
			parameterId: lever.id,
			label: lever.label,
			met,
			value,
			from,
			shortfall: met ? 0 : shortfall,
			evaluations,
			limit: limit && lawfulTop < steps ? { ...limit } : null,
			onlyByBreach: breach,
			note: answerNote(lever, resolved, value, lawfulTop < steps ? limit : null, breach)
		} satisfies GoalSeekResult;
	};

	const here = shortfallAt(current);
	if (here <= 0) return result(true, current, 0);
	const up = current < lawfulTop ? shortfallAt(lawfulTop) : Infinity;
	const down = current > 0 ? shortfallAt(0) : Infinity;
	// Search towards whichever end helps; if neither meets the target, report the better end.
	const end = up <= down ? lawfulTop : 0;
	const endShortfall = Math.min(up, down);
	if (endShortfall > 0) {
		const [best, bestShortfall] = endShortfall < here ? [end, endShortfall] : [current, here];
		// Would a value beyond the law meet it? Then say so, with the smallest such value.
		let breach: number | null = null;
		if (lawfulTop < steps && shortfallAt(steps) <= 0)
			breach = valueAt(bisect(lawfulTop, steps, shortfallAt));
		return result(false, best, bestShortfall, breach);
	}
	return result(true, bisect(current, end, shortfallAt), 0);
}

/** Bisect on slider steps between `near` (fails) and `far` (meets): the step nearest `near` that meets. */
function bisect(near: number, far: number, shortfallAt: (i: number) => number): number {
	while (Math.abs(far - near) > 1) {
		const mid = Math.round((near + far) / 2);
		if (shortfallAt(mid) <= 0) far = mid;
		else near = mid;
	}
	return far;
}

/** What the law and the plan add to an answer, in plain English. */
function answerNote(
	lever: NumberParameter,
	values: Scenario['values'],
	value: number,
	limit: { max: number; reason: string } | null,
	breach: number | null
): string {
	const f = (v: number) => formatParameterValue(lever, v);
	const notes: string[] = [];
	if (breach !== null && limit)
		notes.push(
			`Only a breach of the law would do it: ${lever.label.toLowerCase()} at ${f(breach)} would, but ${limit.reason}. The best lawful value is ${f(value)}.`
		);
	else if (limit) notes.push(`Values above ${f(limit.max)} are left out: ${limit.reason}.`);
	if (
		lever.id === 'councilTaxIncrease' &&
		values.referendumLimit === false &&
		value > (values.referendumThreshold as number)
	)
		notes.push(
			`Under today’s law a rise above ${values.referendumThreshold} % needs a local referendum; this scenario assumes the limit is lifted.`
		);
	if (lever.id === 'savingsProgramme' && value > 0) {
		const delivered = (value * (values.savingsDelivery as number)) / 100;
		notes.push(
			`At ${values.savingsDelivery} % delivered, that is ${formatMoneyMillions(delivered * 1_000_000)} of new savings delivered each year.`
		);
	}
	return notes.join(' ');
}

/** Every lever on its own, best first: those that meet the target by the smallest move first. */
export function closestLevers(
	authority: Authority,
	scenario: Scenario,
	target: GoalTarget
): GoalSeekResult[] {
	const levers = leversFor(authority);
	const results = levers.map((lever) => goalSeek(authority, scenario, target, lever.id));
	const relativeMove = (r: GoalSeekResult) => {
		const lever = levers.find((p) => p.id === r.parameterId)!;
		return Math.abs(r.value - r.from) / (lever.max - lever.min);
	};
	return results.sort((a, b) =>
		a.met !== b.met
			? a.met
				? -1
				: 1
			: a.met
				? relativeMove(a) - relativeMove(b)
				: a.shortfall - b.shortfall
	);
}
