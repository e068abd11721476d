/**
 * What a room chose: for each lever the median of the participants' latest choices, and the
 * room's scenario (its starting values with each lever at its median). Pure, so the server,
 * the pages and the tests read a room the same way.
 */
import { nearestStep, type AuthorityParameter } from '../../../models/index';
import type { ScenarioValues } from '../engine/types';

export interface LeverTally {
	/** How many participants chose a value for it (every submission sets every lever). */
	count: number;
	/** The median, on the slider's steps; null before anyone has chosen. */
	median: number | boolean | null;
	/** Every participant's latest choice, smallest first (false before true). */
	values: (number | boolean)[];
}

export interface Tally {
	code: string;
	open: boolean;
	revealed: boolean;
	/** Participants who opened the room's page or submitted. */
	participants: number;
	/** Participants who have submitted at least once (each counted once, their last choice). */
	submissions: number;
	/** Counts every change of mind too: goes up by one with each accepted submission. */
	changes: number;
	levers: Record<string, LeverTally>;
	/** The room's scenario: the starting values with every chosen lever at its median. */
	scenario: { authorityId: string; values: ScenarioValues };
}

/** The counts alone, which anyone with the code may see while the tally is hidden. */
export type TallyCounts = Pick<
	Tally,
	'code' | 'open' | 'revealed' | 'participants' | 'submissions' | 'changes'
>;

export function tallyCounts(tally: Tally): TallyCounts {
	const { code, open, revealed, participants, submissions, changes } = tally;
	return { code, open, revealed, participants, submissions, changes };
}

/**
 * The median of a lever's choices. With an even count, a number is the mean of the middle two
 * rounded to the nearest slider step (half a step rounds up); a switch is on if more than half
 * chose on, off if fewer, and a tie keeps the room's starting value.
 */
export function medianOf(
	parameter: AuthorityParameter,
	values: readonly (number | boolean)[],
	start: number | boolean
): number | boolean | null {
	if (values.length === 0) return null;
	if (parameter.kind === 'boolean') {
		const on = values.filter((v) => v === true).length;
		const off = values.length - on;
		return on === off ? start : on > off;
	}
	const sorted = (values as number[]).slice().sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	if (sorted.length % 2 === 1) return sorted[middle];
	// In steps from the minimum, with float noise trimmed, so half a step reliably rounds up
	// (1 and 1.01 give 1.01, not 1.005 read as 1.00499…).
	const steps = (v: number) => (v - parameter.min) / parameter.step;
	const mean = Number(((steps(sorted[middle - 1]) + steps(sorted[middle])) / 2).toFixed(6));
	return nearestStep(
		parameter.min + Math.round(mean) * parameter.step,
		parameter.min,
		parameter.step
	);
}

export function sortChoices(values: (number | boolean)[]): (number | boolean)[] {
	return values.slice().sort((a, b) => Number(a) - Number(b));
}

/** A lever's spread in words, for a saved scenario's note: "median 3 % (2 %–5 %, 30 people)". */
export function spreadText(format: (value: number | boolean) => string, lever: LeverTally): string {
	if (lever.median === null) return 'no choices';
	const low = lever.values[0];
	const high = lever.values[lever.values.length - 1];
	const people = `${lever.count} ${lever.count === 1 ? 'person' : 'people'}`;
	if (typeof lever.median === 'boolean') {
		const on = lever.values.filter((v) => v === true).length;
		return `${format(lever.median)} (${on} of ${people} chose on)`;
	}
	return `median ${format(lever.median)} (${format(low)} to ${format(high)}, ${people})`;
}
