/** Random inputs for property tests, and their run counts, shared by every test file that needs them. */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import {
	authorities,
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

/** A number parameter as it applies to the authority (its own range and status quo). */
export const numberParameter = (authority: Authority, id: string) =>
	parametersFor(authority).find((p) => p.id === id) as Extract<Parameter, { kind: 'number' }>;

/**
 * The sample authorities where a lever applies. A property is skipped only for an authority
 * whose kind has no such lever: a shire district runs no social care, so social-care inflation
 * does not apply to it (models/authority-types.ts).
 */
export const samplesWhere = (id: string) =>
	authorities.filter((a) => !parametersFor(a).find((p) => p.id === id)!.notApplicable);

/** A sample authority and a random scenario for it: any subset of its parameters, in its ranges. */
export const sampled = (pool: readonly Authority[] = authorities) =>
	fc
		.constantFrom(...pool)
		.chain((authority) =>
			scenarioValuesArbitrary(authority).map((values) => ({ authority, values }))
		);

/** A sample where `id` applies, a random scenario, and two values of `id`, low below high. */
export const increasingPair = (id: string) =>
	sampled(samplesWhere(id)).chain(({ authority, values }) => {
		const p = numberParameter(authority, id);
		const top = Math.round((p.max - p.min) / p.step);
		return fc
			.tuple(fc.integer({ min: 0, max: top }), fc.integer({ min: 0, max: top }))
			.filter(([a, b]) => a !== b)
			.map(([a, b]) => ({
				authority,
				values,
				low: steppedValue(p, Math.min(a, b)),
				high: steppedValue(p, Math.max(a, b))
			}));
	});

/** `check` holds (fc.assert) for `numRuns` sample councils and random scenarios for each. */
export const forSampled = (
	numRuns: number,
	check: (sample: { authority: Authority; values: ScenarioValues }) => boolean | void
) => fc.assert(fc.property(sampled(), check), { numRuns });

/** `check` holds (fc.assert) for `numRuns` random scenarios with `id` at a low and a high value. */
export const forLowAndHigh = (
	id: string,
	numRuns: number,
	check: (pair: {
		authority: Authority;
		values: ScenarioValues;
		low: number;
		high: number;
	}) => boolean | void
) => fc.assert(fc.property(increasingPair(id), check), { numRuns });
