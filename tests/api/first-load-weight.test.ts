/**
 * The modeller's first load stays small over the wire (issue 17 item 4): under 150 kB of
 * JavaScript and 40 kB of HTML, brotli-packed as the built server sends them. Sizes, not
 * timings: the JavaScript is every module the page preloads (its Link header) or starts (its
 * inline script), and everything those import statically, fetched as a browser asks for them
 * and measured as sent. What is imported on demand (the models' prose, drawing a chart's image)
 * is not counted, and must not creep into the first load, which the second case checks. Not
 * counted either: the Monte Carlo worker's script, which the page starts once it is showing
 * (docs/benchmarks.md gives its size).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parameters } from '../../models/index';
import { serveThisFile } from './server';

const server = serveThisFile({ beforeAll, afterAll });

const JS_BUDGET = 150_000;
const HTML_BUDGET = 40_000;

interface Sent {
	status: number;
	encoding?: string;
	link?: string;
	body: Buffer;
}

/** A GET's body as sent (still packed), and its headers. */
function get(path: string): Promise<Sent> {
	return new Promise((resolve, reject) => {
		const req = request(
			server.url + path,
			{ headers: { 'accept-encoding': 'br, gzip' } },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode!,
						encoding: res.headers['content-encoding'] as string | undefined,
						link: res.headers.link as string | undefined,
						body: Buffer.concat(chunks)
					})
				);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

/**
 * Every script of the modeller's first load, by path, each with its bytes as sent: those the
 * page preloads or starts, and what they import statically (`import ... from "./x.js"` or
 * `import "./x.js"`, as the build writes them; never `import("./x.js")`, which waits for use).
 */
async function firstLoad(): Promise<{ htmlSent: number; scripts: Map<string, Sent> }> {
	const page = await get('/');
	expect(page.status).toBe(200);
	expect(page.encoding).toBe('br');
	const html = brotliDecompressSync(page.body).toString();
	const preloaded = [...(page.link ?? '').matchAll(/<([^>]+\.js)>; rel="modulepreload"/g)];
	const started = [...html.matchAll(/import\("([^"]+\.js)"\)/g)];
	const queue = [...preloaded, ...started].map(
		([, href]) => new URL(href, server.url + '/').pathname
	);
	const scripts = new Map<string, Sent>();
	for (let path = queue.shift(); path; path = queue.shift()) {
		if (scripts.has(path)) continue;
		const script = await get(path);
		expect(script.status, path).toBe(200);
		expect(script.encoding, path).toBe('br');
		scripts.set(path, script);
		const code = brotliDecompressSync(script.body).toString();
		for (const [, href] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
			queue.push(new URL(href, server.url + path).pathname);
	}
	return { htmlSent: page.body.length, scripts };
}

describe('the modeller’s first load', () => {
	it('is under 40 kB of HTML and 150 kB of JavaScript, as sent', async () => {
		const { htmlSent, scripts } = await firstLoad();
		expect(htmlSent).toBeLessThan(HTML_BUDGET);
		const paths = [...scripts.keys()];
		// The start, the app, the layout and the page at least: a page that named no scripts
		// would pass any budget.
		expect(paths.some((path) => path.includes('/entry/start.'))).toBe(true);
		expect(paths.some((path) => path.includes('/entry/app.'))).toBe(true);
		expect(paths.filter((path) => path.includes('/nodes/'))).toHaveLength(2);
		const total = [...scripts.values()].reduce((sum, script) => sum + script.body.length, 0);
		expect(total).toBeGreaterThan(50_000); // Svelte and the engine alone weigh more
		expect(total).toBeLessThan(JS_BUDGET);
	});

	it('leaves the models’ prose for later: no description or source is in its scripts', async () => {
		const { scripts } = await firstLoad();
		const code = [...scripts.values()]
			.map((script) => brotliDecompressSync(script.body).toString())
			.join('\n');
		const prose = parameters.flatMap((p) => [p.description, p.source?.title ?? p.reasoning!]);
		expect(prose.filter((text) => code.includes(text))).toEqual([]);
		// The placeholder stands in for it until a lever's "About" is opened.
		expect(code).toContain('Written out when asked for');
		// And the prose is in the build, loaded on demand: the search above would have found it.
		const chunks = join('build/client/_app/immutable/chunks');
		const onDemand = readdirSync(chunks)
			.map((name) => readFileSync(join(chunks, name), 'utf8'))
			.filter((text) => prose.every((line) => text.includes(line)));
		expect(onDemand).toHaveLength(1);
	});
});
