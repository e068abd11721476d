/**
 * Sensitivity (a tornado): move each uncertain parameter to its declared low and high value,
 * keeping the rest of the scenario, and measure the change in the cumulative gap over the
 * first five projected years.
 *
 * Two engines, one procedure: `tornado` projects in decimal.js (the API and the command line,
 * exact to the penny); `tornadoFast` on the float fast path (the modeller's chart, one engine
 * moved a parameter at a time), which a property test holds to within £1 of the decimal entries.
 */
import { parameters, type Authority, type NumberParameter } from '../../../../models/index';
import { Float, type Num } from '../arithmetic';
import type { Decimal } from '../decimal';
import { FastEngine } from '../fast';
import { project } from '../project';
import type { Projection, Scenario } from '../types';

export const SENSITIVITY_YEARS = 5;

export interface TornadoEntry<N extends Num<N> = Decimal> {
	parameterId: string;
	label: string;
	low: number;
	high: number;
	/** Change in the cumulative 5-year gap (£) with the parameter at low / at high. */
	lowEffect: N;
	highEffect: N;
}

export const uncertainParameters = parameters.filter(
	(p): p is NumberParameter => p.kind === 'number' && p.low !== undefined && p.high !== undefined
);

/** Sum of the gaps in projected years 1 to n (after the base year): the shortfall reserves must cover. */
export function cumulativeGap<N extends Num<N> = Decimal>(
	projection: Projection<N>,
	years = SENSITIVITY_YEARS
): N {
	const [first, ...rest] = projection.years.slice(1, years + 1);
	return rest.reduce((total, year) => total.plus(year.gap), first.gap);
}

/**
 * The tornado a parameter at a time, so the page can run it in slices between frames and drop
 * it when the scenario changes: each `next()` projects one more parameter at its low and high
 * values and yields how many are done; the entries, sorted, are the generator's return value.
 * `gapWith(id, value)` is the cumulative gap with one parameter changed (none: the scenario).
 */
export function* tornadoSteps<N extends Num<N>>(
	gapWith: (id?: string, value?: number) => N,
	uncertain: readonly NumberParameter[] = uncertainParameters
): Generator<number, TornadoEntry<N>[], void> {
	const central = gapWith();
	const at = (id: string, value: number) => gapWith(id, value).minus(central);
	const entries: TornadoEntry<N>[] = [];
	for (const p of uncertain) {
		entries.push({
			parameterId: p.id,
			label: p.label,
			low: p.low!,
			high: p.high!,
			lowEffect: at(p.id, p.low!),
			highEffect: at(p.id, p.high!)
		});
		if (entries.length < uncertain.length) yield entries.length;
	}
	return entries.sort(bySwing);
}

/** Runs a step generator to the end, for callers that can wait. */
function finish<T>(steps: Generator<unknown, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The exact tornado, in decimal.js: what the API and the command line report. */
export function tornado(
	authority: Authority,
	scenario: Scenario,
	uncertain: readonly NumberParameter[] = uncertainParameters
): TornadoEntry[] {
	const gapWith = (id?: string, value?: number) =>
		cumulativeGap(
			project(
				authority,
				id === undefined ? scenario : { ...scenario, values: { ...scenario.values, [id]: value! } }
			)
		);
	return finish(tornadoSteps(gapWith, uncertain));
}

/** The tornado on the float fast path, as steps: what the modeller's chart draws. */
export function tornadoFastSteps(
	authority: Authority,
	scenario: Scenario,
	uncertain: readonly NumberParameter[] = uncertainParameters
): Generator<number, TornadoEntry<Float>[], void> {
	const engine = new FastEngine(authority, scenario.values);
	const gapWith = (id?: string, value?: number) => {
		if (id !== undefined) engine.set(id, value!);
		engine.run();
		if (id !== undefined) engine.reset(id);
		// Summed in the same order as cumulativeGap.
		let total = engine.gap[1];
		for (let t = 2; t <= SENSITIVITY_YEARS; t++) total += engine.gap[t];
		return new Float(total);
	};
	return tornadoSteps(gapWith, uncertain);
}

export function tornadoFast(
	authority: Authority,
	scenario: Scenario,
	uncertain: readonly NumberParameter[] = uncertainParameters
): TornadoEntry<Float>[] {
	return finish(tornadoFastSteps(authority, scenario, uncertain));
}

/** Biggest effect first; entries with equal effects keep the parameters' order. */
function bySwing<N extends Num<N>>(a: TornadoEntry<N>, b: TornadoEntry<N>): number {
	const sa = swing(a);
	const sb = swing(b);
	return sb.greaterThan(sa) ? 1 : sa.greaterThan(sb) ? -1 : 0;
}

function swing<N extends Num<N>>(entry: TornadoEntry<N>): N {
	const low = entry.lowEffect.abs();
	const high = entry.highEffect.abs();
	return low.greaterThan(high) ? low : high;
}
