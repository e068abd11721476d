/** Random inputs for property tests, and their run counts, shared by every test file that needs them. */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import {
	defaultAuthority,
	parametersFor,
	type Authority,
	type Parameter
} from '../../models/index';
import type { Scenario, ScenarioValues } from '../../src/lib/engine/index';

/** PROPERTY_RUNS_SCALE=10 for a deeper search than the default, quick, suite. */
const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
export const runs = (n: number) => Math.max(1, Math.round(n * scale));
/** A test's time limit, scaled with its runs: each run is a millisecond or two of decimal.js. */
export const slow = (milliseconds = 30_000) => ({ timeout: milliseconds * Math.max(1, scale) });
/** Sums checked with more precision than the engine's own, so a rounding slip shows. */
export const D = DecimalJs.clone({ precision: 40 });
export const dec = (x: { toString(): string }) => new D(x.toString());

/** A value on a whole number of slider steps between min and max, without float noise. */
export function steppedValue(p: Extract<Parameter, { kind: 'number' }>, steps: number): number {
	const decimals = Math.max(0, Math.ceil(-Math.log10(p.step) - 1e-9)) + 2;
	return Math.min(p.max, Number((p.min + steps * p.step).toFixed(decimals)));
}

export function valueArbitrary(p: Parameter): fc.Arbitrary<number | boolean> {
	if (p.kind === 'boolean') return fc.boolean();
	return fc
		.integer({ min: 0, max: Math.round((p.max - p.min) / p.step) })
		.map((steps) => steppedValue(p, steps));
}

/** Any subset of the parameters that apply to the authority, each at a random in-range value. */
export function scenarioValuesArbitrary(
	authority: Authority = defaultAuthority
): fc.Arbitrary<ScenarioValues> {
	const applicable = parametersFor(authority).filter((p) => !p.notApplicable);
	return fc.record(Object.fromEntries(applicable.map((p) => [p.id, valueArbitrary(p)])), {
		requiredKeys: []
	}) as fc.Arbitrary<ScenarioValues>;
}

export function scenarioArbitrary(authority: Authority = defaultAuthority): fc.Arbitrary<Scenario> {
	return scenarioValuesArbitrary(authority).map((values) => ({ values }));
}
