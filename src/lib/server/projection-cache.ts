/**
 * The JSON of recent projections, so that the same scenario asked for again (a room's phones, a
 * workshop's laptops, a reloaded page) is not recomputed: one decimal projection costs several
 * milliseconds of CPU, the cached answer none. The key is the council's whole figures, the model
 * version and the values as given, so a hit is byte-for-byte what a fresh projection would say;
 * a changed or re-imported council can never be answered from an old entry.
 */
import { createHash } from 'node:crypto';
import { MODEL_VERSION, type Authority } from '../../../models/index';
import { project, projectionToJson, type ScenarioValues } from '$lib/engine/index';

/** About 40 kB each: a few megabytes at most. */
const capacity = 256;
const cache = new Map<string, string>();

/** The sample councils are fixed for the life of the process: their keys are kept, not rehashed. */
const fingerprints = new WeakMap<Authority, string>();

function fingerprint(authority: Authority): string {
	let known = fingerprints.get(authority);
	if (!known) {
		known = createHash('sha256').update(JSON.stringify(authority)).digest('base64url');
		fingerprints.set(authority, known);
	}
	return known;
}

const keyOf = (authority: Authority, values: ScenarioValues) =>
	`${MODEL_VERSION}\u0000${fingerprint(authority)}\u0000${JSON.stringify(values)}`;

/** The projection of these (already validated) values as a JSON body. */
export function projectionBody(authority: Authority, values: ScenarioValues): string {
	const key = keyOf(authority, values);
	const hit = cache.get(key);
	if (hit !== undefined) {
		// Most recently used last: Map keeps insertion order, so the first key is the oldest.
		cache.delete(key);
		cache.set(key, hit);
		return hit;
	}
	const body = JSON.stringify(
		projectionToJson(project(authority, { authorityId: authority.id, values }), values)
	);
	cache.set(key, body);
	if (cache.size > capacity) cache.delete(cache.keys().next().value!);
	return body;
}

/** For tests: how many projections are held, and whether this one is. */
export const cachedProjections = () => cache.size;
export const isCached = (authority: Authority, values: ScenarioValues) =>
	cache.has(keyOf(authority, values));
