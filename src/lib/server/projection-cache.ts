/**
 * The JSON of recent projections, so that the same scenario asked for again (a room's phones, a
 * workshop's laptops, a reloaded page) is not recomputed: one decimal projection costs several
 * milliseconds of CPU, the cached answer none. The key is the council's whole figures, the model
 * version and the values as given, so a hit is byte-for-byte what a fresh projection would say;
 * a changed or re-imported council can never be answered from an old entry.
 */
import { createHash } from 'node:crypto';
import { authorityById, MODEL_VERSION, type Authority } from '../../../models/index';
import { project, projectionToJson, type ScenarioValues } from '$lib/engine/index';
import { encodingFor, pack, type Encoding } from './compression';

/** About 40 kB each, and a few kB more for each packed copy: several megabytes at most. */
const capacity = 256;

/** One projection's answer: its JSON, and the same bytes packed for each encoding once asked. */
interface Answer {
	json: string;
	bytes?: Buffer<ArrayBuffer>;
	packed: Partial<Record<Encoding, Buffer<ArrayBuffer>>>;
}
const cache = new Map<string, Answer>();

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

function answerFor(authority: Authority, values: ScenarioValues): Answer {
	const key = keyOf(authority, values);
	const hit = cache.get(key);
	if (hit !== undefined) {
		// Most recently used last: Map keeps insertion order, so the first key is the oldest.
		cache.delete(key);
		cache.set(key, hit);
		return hit;
	}
	const json = JSON.stringify(
		projectionToJson(project(authority, { authorityId: authority.id, values }), values)
	);
	const answer: Answer = { json, packed: {} };
	cache.set(key, answer);
	if (cache.size > capacity) cache.delete(cache.keys().next().value!);
	return answer;
}

/** The projection of these (already validated) values as a JSON body. */
export const projectionBody = (authority: Authority, values: ScenarioValues): string =>
	answerFor(authority, values).json;

/**
 * The projection as the body to send this request: its UTF-8 bytes, or those bytes packed as
 * the request accepts (exactly as src/lib/server/compression.ts packs any answer), packed once
 * per projection and encoding rather than once per request.
 */
export async function projectionAnswer(
	authority: Authority,
	values: ScenarioValues,
	request: Request
): Promise<{ body: Buffer<ArrayBuffer>; encoding: Encoding | null }> {
	const answer = answerFor(authority, values);
	answer.bytes ??= Buffer.from(answer.json);
	const encoding = encodingFor(request, answer.bytes.length);
	if (!encoding) return { body: answer.bytes, encoding };
	answer.packed[encoding] ??= await pack(answer.bytes, encoding);
	return { body: answer.packed[encoding], encoding };
}

/**
 * What a request body said, once checked, for bodies that name a sample council: the same text
 * always parses, validates and resolves to the same council and values (the samples and the
 * model are fixed for the life of the process, and a sample is open to everyone), so a body
 * sent again skips the JSON parse and the checks. Bodies that failed a check, or name a
 * council of someone's own, are never kept: they are checked every time.
 */
const checkedBodies = new Map<string, { authority: Authority; values: ScenarioValues }>();
/** Bodies are at most the server's body limit; this keeps a few megabytes at most. */
const checkedCapacity = 512;
const checkedMaxLength = 8192;

export const checkedBody = (text: string) => checkedBodies.get(text);

export function rememberCheckedBody(
	text: string,
	authority: Authority,
	values: ScenarioValues
): void {
	if (text.length > checkedMaxLength || authorityById.get(authority.id) !== authority) return;
	checkedBodies.set(text, { authority, values });
	if (checkedBodies.size > checkedCapacity)
		checkedBodies.delete(checkedBodies.keys().next().value!);
}

/** For tests: how many projections are held, and whether this one is. */
export const cachedProjections = () => cache.size;
export const isCached = (authority: Authority, values: ScenarioValues) =>
	cache.has(keyOf(authority, values));
