/**
 * From a scenario (only what differs, in slider units) to the full set of values the engine
 * uses, in engine units (rates as decimals, £m as pounds). Validation is derived from the
 * declarations in models/, so the UI, the API and the CLI all accept exactly the same inputs.
 */
import { z } from 'zod';
import {
	defaultAuthority,
	parameters,
	parametersById,
	parametersFor,
	nearestStep,
	sizeRatio,
	type Authority,
	type AuthorityParameter,
	type NumberParameterId,
	type ParameterId,
	type ParameterUnit,
	type Preset
} from '../../../models/index';
import type { Arithmetic, ByPosition } from './arithmetic';
import type { ScenarioValues } from './types';

const toEngineScale: Record<Exclude<ParameterUnit, 'boolean'>, number> = {
	percent: 0.01,
	percentagePoints: 0.01,
	gbpMillionsPerYear: 1_000_000,
	gbp: 1,
	pence: 1,
	years: 1,
	ratio: 1,
	count: 1
};

function valueSchema(parameter: AuthorityParameter): z.ZodType<number | boolean> {
	if (parameter.notApplicable) {
		// Accept only the status quo, so a scenario that never touched the lever still loads.
		return z.literal(parameter.statusQuo as never, {
			error: `${parameter.id} does not apply here: ${parameter.notApplicable}`
		});
	}
	if (parameter.kind === 'boolean')
		return z.boolean({ error: `${parameter.id} must be true or false` });
	return z
		.number({ error: `${parameter.id} must be a number` })
		.finite()
		.min(parameter.min, `${parameter.id} must be at least ${parameter.min}`)
		.max(parameter.max, `${parameter.id} must be at most ${parameter.max}`);
}

const schemaCache = new WeakMap<
	Authority,
	z.ZodType<Record<string, number | boolean | undefined>>
>();

/**
 * The zod schema of scenario values for an authority: every key optional, unknown keys
 * rejected by name, ranges as they apply to the authority's kind.
 */
export function scenarioValuesSchemaFor(authority: Authority = defaultAuthority) {
	let schema = schemaCache.get(authority);
	if (!schema) {
		schema = z.strictObject(
			Object.fromEntries(
				parametersFor(authority).map((p) => [p.id, valueSchema(p).optional()])
			) as Record<string, z.ZodOptional<z.ZodType<number | boolean>>>
		);
		schemaCache.set(authority, schema);
	}
	return schema;
}

export const scenarioValuesSchema = scenarioValuesSchemaFor(defaultAuthority);

export type ParseResult = { ok: true; values: ScenarioValues } | { ok: false; errors: string[] };

/** A refusal in the model's words, and the parameter it names (none for unknown keys). */
interface Problem {
	id: string | undefined;
	message: string;
}

function check(
	input: unknown,
	authority: Authority
): { values: ScenarioValues; problems?: never } | { problems: Problem[] } {
	const result = scenarioValuesSchemaFor(authority).safeParse(input);
	if (result.success) {
		const values: ScenarioValues = {};
		for (const [id, value] of Object.entries(result.data))
			if (value !== undefined) values[id] = value;
		return { values };
	}
	return {
		problems: result.error.issues.map((issue) => {
			if (issue.code === 'unrecognized_keys')
				return { id: undefined, message: `unknown parameter: ${issue.keys.join(', ')}` };
			const id = issue.path.join('.');
			return {
				id: String(issue.path[0]),
				message: issue.message.startsWith(id) ? issue.message : `${id}: ${issue.message}`
			};
		})
	};
}

/** Validate scenario values from outside (URL, API, file). Errors name the parameter. */
export function parseScenarioValues(
	input: unknown,
	authority: Authority = defaultAuthority
): ParseResult {
	const checked = check(input, authority);
	return checked.problems
		? { ok: false, errors: checked.problems.map((p) => p.message) }
		: { ok: true, values: checked.values };
}

/** Whether two sets of values hold the same parameters at the same values. */
export function sameValues(a: ScenarioValues, b: ScenarioValues): boolean {
	const ids = Object.keys(a);
	return ids.length === Object.keys(b).length && ids.every((id) => a[id] === b[id]);
}

/**
 * Only the values that differ from each parameter's status quo for this authority: the resolved
 * values less the status quo (so a parameter that does not apply is never "changed").
 */
export function changedValues(
	values: ScenarioValues,
	authority: Authority = defaultAuthority
): ScenarioValues {
	const resolved = resolveValues(values, authority);
	return Object.fromEntries(
		parametersFor(authority)
			.filter((parameter) => resolved[parameter.id] !== parameter.statusQuo)
			.map((parameter) => [parameter.id, resolved[parameter.id]])
	);
}

/**
 * What to do with values a council does not accept: one policy for each purpose.
 * - `request`: what someone sends (the API, a form, the command line, a room's choice) is
 *   refused whole, each error naming its parameter, so nothing is projected that was not asked.
 * - `reopen`: values saved or linked earlier, or carried to another council, keep each value
 *   this council accepts; the rest are listed with the model's reasons, for a notice.
 * - `preset`: values written for another kind of council (the presets are written for a met)
 *   are held within this council's ranges; levers it lacks and unknown keys are left out.
 */
export type AcceptPolicy = 'request' | 'reopen' | 'preset';

/** A value left out, with the model's reasons. */
export interface Refusal {
	id: string;
	value: unknown;
	errors: string[];
}

export interface Kept {
	values: ScenarioValues;
	refused: Refusal[];
}

export type Accepted =
	| { ok: true; values: ScenarioValues }
	| {
			ok: false;
			errors: string[];
			/** The parameter the first error names, if it names one. */
			field: string | undefined;
	  };

export function keepAccepted(input: unknown, authority: Authority, policy: 'request'): Accepted;
export function keepAccepted(
	input: Readonly<Record<string, unknown>>,
	authority: Authority,
	policy: 'reopen' | 'preset'
): Kept;
export function keepAccepted(
	input: unknown,
	authority: Authority,
	policy: AcceptPolicy
): Accepted | Kept {
	if (policy === 'request') {
		const checked = check(input, authority);
		return checked.problems
			? {
					ok: false,
					errors: checked.problems.map((p) => p.message),
					field: checked.problems[0].id
				}
			: { ok: true, values: checked.values };
	}
	return policy === 'reopen'
		? keepEach(input as Record<string, unknown>, authority)
		: holdWithin(input as Record<string, unknown>, authority);
}

/** Each value alone: no rule reads two values at once, so this is the whole set's verdict. */
function keepEach(input: Readonly<Record<string, unknown>>, authority: Authority): Kept {
	const kept: Kept = { values: {}, refused: [] };
	for (const [id, value] of Object.entries(input)) {
		const checked = check({ [id]: value }, authority);
		if (checked.problems)
			kept.refused.push({ id, value, errors: checked.problems.map((p) => p.message) });
		else Object.assign(kept.values, checked.values);
	}
	return kept;
}

function holdWithin(input: Readonly<Record<string, unknown>>, authority: Authority): Kept {
	const kept: Kept = { values: {}, refused: [] };
	const byId = parametersById(authority);
	for (const [id, value] of Object.entries(input)) {
		const parameter = byId.get(id);
		if (!parameter || parameter.notApplicable) {
			kept.refused.push({
				id,
				value,
				errors: [
					parameter
						? `${id} does not apply here: ${parameter.notApplicable}`
						: `unknown parameter: ${id}`
				]
			});
		} else if (value !== undefined) {
			kept.values[id] =
				parameter.kind === 'number' && typeof value === 'number'
					? Math.min(parameter.max, Math.max(parameter.min, value))
					: (value as number | boolean);
		}
	}
	return kept;
}

/**
 * Values written for one kind of council (the presets are written for a met) as they apply to
 * another: each number held within this authority's range, inapplicable levers dropped, only
 * what differs from its status quo kept.
 */
export function valuesFor(
	values: ScenarioValues,
	authority: Authority = defaultAuthority
): ScenarioValues {
	return changedValues(keepAccepted(values, authority, 'preset').values, authority);
}

/**
 * A preset's values for one council. A sum of money is declared for Anyborough; its parameter's
 * `scaleWith` makes it grow or shrink with the council's size, to the nearest slider step (a
 * district's share of a £5m programme may round to nothing). Then, as any scenario, within the
 * council's ranges and without the levers it lacks.
 */
export function presetValues(
	preset: Preset,
	authority: Authority = defaultAuthority
): ScenarioValues {
	const scaled: ScenarioValues = { ...preset.values };
	for (const slider of parametersFor(authority)) {
		const value = preset.values[slider.id];
		if (slider.kind !== 'number' || !slider.scaleWith || typeof value !== 'number') continue;
		const sized = value * sizeRatio(authority, slider.scaleWith);
		scaled[slider.id] = nearestStep(sized, slider.min, slider.step);
	}
	return valuesFor(scaled, authority);
}

/**
 * Every parameter's value in slider units, status quo filled in. A parameter that does not
 * apply to the authority stays at its status quo whatever the scenario says (a preset written
 * for a met can be opened for a district).
 */
export function resolveValues(
	values: ScenarioValues,
	authority: Authority = defaultAuthority
): ScenarioValues {
	const resolved: ScenarioValues = {};
	for (const parameter of parametersFor(authority)) {
		resolved[parameter.id] = parameter.notApplicable
			? parameter.statusQuo
			: (values[parameter.id] ?? parameter.statusQuo);
	}
	return resolved;
}

/** The number parameters, in the order of `EngineInputs.values`; the rest are switches. */
const numberParameters = parameters.filter((parameter) => parameter.kind === 'number');
const flagParameters = parameters.filter((parameter) => parameter.kind !== 'number');

/**
 * Each number parameter's position in `EngineInputs.values`. The fast path keeps its values in a
 * Float64Array: a run's drawn parameters are then stored at a position, not by name (a keyed
 * store by name was a twelfth of a Monte Carlo, and boxed every value it stored).
 */
export const numberIndex = Object.fromEntries(
	numberParameters.map((parameter, i) => [parameter.id, i])
) as Record<NumberParameterId, number>;

/**
 * Every parameter in engine units. A class, not an object of closures, so that the fast path's
 * `p.num(id)` is one function V8 can inline wherever it is called (the generated copy reads
 * `p.values[numberIndex[id]]` itself).
 */
export class EngineInputs<N> {
	constructor(
		/**
		 * Every number parameter in engine units, at `numberIndex[id]` (the fast path overwrites
		 * sampled ones).
		 */
		readonly values: ByPosition<N>,
		/** The switches (boolean parameters), by id. */
		private readonly flags: Record<string, boolean>
	) {}
	/** A number parameter in engine units. */
	num(id: NumberParameterId): N {
		return this.values[numberIndex[id]];
	}
	flag(id: Exclude<ParameterId, NumberParameterId>): boolean {
		return this.flags[id];
	}
}

/** What a slider value is multiplied by to be in engine units. */
export const engineScale = (unit: ParameterUnit) =>
	toEngineScale[unit as Exclude<ParameterUnit, 'boolean'>];

/** A slider value in engine units (4.99 % is 0.0499, £5m is 5,000,000). */
export function toEngineUnits<N>(
	k: Arithmetic<N>,
	parameter: { unit: ParameterUnit },
	value: number
): N {
	const scale = toEngineScale[parameter.unit as Exclude<ParameterUnit, 'boolean'>];
	const amount = k.of(value);
	return scale === 1 ? amount : k.times(amount, scale);
}

/**
 * Convert resolved slider values to engine units once per projection, into `into` if given (the
 * fast path passes a Float64Array).
 */
export function engineInputs<N>(
	k: Arithmetic<N>,
	resolved: ScenarioValues,
	into?: ByPosition<N>
): EngineInputs<N> {
	const values: ByPosition<N> = into ?? [];
	numberParameters.forEach((parameter, i) => {
		values[i] = toEngineUnits(k, parameter, resolved[parameter.id] as number);
	});
	// The switches copied out in one go, as a fast object: `resolved` is built key by key, a hash
	// table, and the fast path asked it for two switches a run.
	const flags = Object.fromEntries(
		flagParameters.map((parameter) => [parameter.id, resolved[parameter.id] as boolean])
	);
	return new EngineInputs(values, flags);
}
