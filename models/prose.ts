/**
 * The models' prose: each declaration's description, reasoning, notes and sources, as written in
 * parameters.ts, presets.ts and the sample councils. The server has it everywhere. The browser
 * build leaves it out of the first load (scripts/vite-model-prose.ts): there each prose field
 * holds a placeholder until this module is imported (src/lib/model-prose.ts), and this module's
 * own imports bring the same declarations as written. On the server these functions change
 * nothing.
 */
import { anyborough } from './authorities/anyborough';
import { anyford } from './authorities/anyford';
import { anyshire } from './authorities/anyshire';
import { anyvale } from './authorities/anyvale';
import { anywick } from './authorities/anywick';
import { parameters } from './parameters';
import { presets } from './presets';
import { PROSE_PLACEHOLDER, PROSE_URL_PLACEHOLDER } from './prose-placeholder';

const parameterById = new Map<string, unknown>(parameters.map((p) => [p.id, p]));
const presetById = new Map<string, unknown>(presets.map((p) => [p.id, p]));
const authorityById = new Map<string, unknown>(
	[anyborough, anyford, anyshire, anyvale, anywick].map((a) => [a.id, a])
);

/**
 * A copy of `value` with every placeholder replaced by the text at the same place in `written`;
 * the value itself when it holds none (so everything else, such as a council's own range for a
 * lever, is kept as it is).
 */
function restore<T>(value: T, written: unknown): T {
	if (value === PROSE_PLACEHOLDER || value === PROSE_URL_PLACEHOLDER)
		return (typeof written === 'string' ? written : value) as T;
	if (
		value === null ||
		typeof value !== 'object' ||
		written === null ||
		typeof written !== 'object'
	)
		return value;
	const from = written as Record<string, unknown>;
	let copy: Record<string, unknown> | undefined;
	for (const [key, item] of Object.entries(value)) {
		const restored = restore(item, from[key]);
		if (restored === item) continue;
		copy ??= (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
		copy[key] = restored;
	}
	return (copy ?? value) as T;
}

/** A parameter (as it applies to a council, or as declared) with its prose. */
export function parameterWithProse<P extends { id: string }>(parameter: P): P {
	return restore(parameter, parameterById.get(parameter.id));
}

/** A preset with its description and the reasoning or source of each value. */
export function presetWithProse<P extends { id: string }>(preset: P): P {
	return restore(preset, presetById.get(preset.id));
}

/** A sample council with its description and every figure's note and source; any other as given. */
export function authorityWithProse<A extends { id: string }>(authority: A): A {
	return restore(authority, authorityById.get(authority.id));
}
