/**
 * Goal seek: the smallest move of one lever, within its legal range and on its slider's steps,
 * that meets a target; or a plain statement that no value in range does. Assumes the target is
 * monotonic in the lever between the current value and the end of its range, which holds for
 * every lever the engine has (each pushes income or spending one way).
 */
import {
	parameters,
	parametersFor,
	type Authority,
	type NumberParameter
} from '../../../../models/index';
import { project } from '../project';
import type { Projection, Scenario } from '../types';

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
}

export const seekableLevers = parameters.filter(
	(p): p is NumberParameter => p.kind === 'number' && p.lever
);

/** The number levers that apply to an authority, with its own ranges and status quo. */
export function leversFor(authority: Authority): NumberParameter[] {
	return parametersFor(authority).filter(
		(p): p is NumberParameter & { notApplicable?: string } =>
			p.kind === 'number' && p.lever && !p.notApplicable
	);
}

/** How far the projection is from the target, in pounds: ≤ 0 means met. */
export function targetShortfall(projection: Projection, target: GoalTarget): number {
	if (target.kind === 'gapClosed') return projection.years[target.yearIndex].gap.toNumber();
	let worst = -Infinity;
	for (const year of projection.years.slice(1)) {
		worst = Math.max(worst, year.minimumGeneralFund.minus(year.closingGeneralFund).toNumber());
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
	let evaluations = 0;
	const steps = Math.round((lever.max - lever.min) / lever.step);
	const valueAt = (i: number) => Number((lever.min + i * lever.step).toFixed(10));
	const shortfallAt = (i: number) => {
		evaluations++;
		const values = { ...scenario.values, [lever.id]: valueAt(i) };
		return targetShortfall(project(authority, { ...scenario, values }), target);
	};
	const from = (scenario.values[lever.id] as number | undefined) ?? lever.statusQuo;
	const current = Math.round((from - lever.min) / lever.step);
	const result = (met: boolean, i: number, shortfall: number): GoalSeekResult => ({
		parameterId: lever.id,
		label: lever.label,
		met,
		value: valueAt(i),
		from,
		shortfall: met ? 0 : shortfall,
		evaluations
	});

	const here = shortfallAt(current);
	if (here <= 0) return result(true, current, 0);
	const up = current < steps ? shortfallAt(steps) : Infinity;
	const down = current > 0 ? shortfallAt(0) : Infinity;
	// Search towards whichever end helps; if neither meets the target, report the better end.
	const end = up <= down ? steps : 0;
	const endShortfall = Math.min(up, down);
	if (endShortfall > 0) {
		return endShortfall < here ? result(false, end, endShortfall) : result(false, current, here);
	}
	// Bisect on slider steps: `near` fails, `far` meets.
	let near = current;
	let far = end;
	while (Math.abs(far - near) > 1) {
		const mid = Math.round((near + far) / 2);
		if (shortfallAt(mid) <= 0) far = mid;
		else near = mid;
	}
	return result(true, far, 0);
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
