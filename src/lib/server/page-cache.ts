/**
 * Pages that do not depend on who asks, rendered once: the modeller for someone not signed in
 * depends only on its address (the scenario is in the query) and on this build, so the HTML is
 * kept and served again with a fresh CSP nonce. Rendering it costs milliseconds of CPU (the
 * charts, their tables, the levers); a kept copy costs a string replace.
 */
import { randomBytes } from 'node:crypto';

interface Kept {
	status: number;
	headers: [string, string][];
	/** The body as bytes, cut where the nonce stood, so serving it is a concatenation. */
	parts: Buffer[];
	bytes: number;
	nonce: string;
}

/** Enough for a workshop's links; each page is a few hundred kB. */
const MAX_ENTRIES = 64;
const MAX_BYTES = 32 * 1024 * 1024;

const kept = new Map<string, Kept>();
let bytes = 0;

const nonceIn = (csp: string | null) => (csp ? /'nonce-([^']+)'/.exec(csp)?.[1] : undefined);

/** The response for this key, if kept, with a new nonce in its header and on its scripts. */
export function keptPage(key: string): Response | undefined {
	const page = kept.get(key);
	if (!page) return undefined;
	// Most recently used last, so the oldest is dropped first.
	kept.delete(key);
	kept.set(key, page);
	const nonce = randomBytes(16).toString('base64');
	const headers = new Headers();
	for (const [name, value] of page.headers) headers.set(name, value.replaceAll(page.nonce, nonce));
	const between = Buffer.from(nonce);
	const body = Buffer.concat(page.parts.flatMap((part, i) => (i ? [between, part] : [part])));
	// Bytes, not a string: a Response made from a 200 kB string spends longer checking it than
	// this whole function takes otherwise.
	return new Response(body, { status: page.status, headers });
}

/** Renders under way, so fifty first requests at once render the page once, not fifty times. */
const rendering = new Map<string, Promise<Response>>();

/**
 * Render a page and keep it, if it is one that can be: a 200 that sets no cookie and carries a
 * nonce to replace. Requests for the same key meanwhile wait for this render and share it.
 */
export async function keepPage(key: string, render: () => Promise<Response>): Promise<Response> {
	const under = rendering.get(key);
	if (under) {
		await under.catch(() => undefined);
		// Not kept (an error, a cookie set): this request renders its own.
		return keptPage(key) ?? render();
	}
	const done = renderAndKeep(key, render);
	rendering.set(key, done);
	try {
		return await done;
	} finally {
		rendering.delete(key);
	}
}

async function renderAndKeep(key: string, render: () => Promise<Response>): Promise<Response> {
	const response = await render();
	const nonce = nonceIn(response.headers.get('content-security-policy'));
	if (
		response.status !== 200 ||
		!nonce ||
		response.headers.has('set-cookie') ||
		!response.headers.get('content-type')?.startsWith('text/html')
	)
		return response;
	const body = await response.text();
	// The etag is of the body with this nonce in it: each copy served has another.
	const headers = [...response.headers].filter(
		([name]) => name !== 'etag' && name !== 'content-length'
	);
	const parts = body.split(nonce).map((part) => Buffer.from(part));
	const size = parts.reduce((sum, part) => sum + part.length, 0);
	kept.set(key, { status: 200, headers, parts, bytes: size, nonce });
	bytes += size;
	for (const [oldest, page] of kept) {
		if (kept.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
		kept.delete(oldest);
		bytes -= page.bytes;
	}
	return keptPage(key) ?? new Response(body, { status: 200, headers: new Headers(headers) });
}

/** How many pages are kept (for tests). */
export const keptCount = () => kept.size;
