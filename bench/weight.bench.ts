/**
 * npm run bench:weight: what the modeller's first load costs over the wire (issue 17 item 4's
 * budget: under 150 kB of JavaScript and 40 kB of HTML). Not a test: it prints figures to record
 * in docs/benchmarks.md. The built server (tests/api/server.ts), loaded once in Debian's
 * Chromium without a service worker, as a first visit; bytes are as transferred (compressed). The
 * Monte Carlo worker's script, which Chromium reports no size for, is fetched again and shown apart.
 */
import { request } from 'node:http';
import { serverAndBrowser } from './browser';

/** The bytes a path takes as sent to a browser that accepts brotli. */
const sentBytes = (url: string) =>
	new Promise<number>((resolve, reject) => {
		const req = request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () => resolve(bytes));
		});
		req.on('error', reject);
		req.end();
	});

const { server, browser, close } = await serverAndBrowser();
try {
	const page = await browser.newPage({ serviceWorkers: 'block' });
	const finished: Promise<[string, number]>[] = [];
	const workers: string[] = [];
	page.on('requestfinished', (request) => {
		// Chromium reports no size for a worker's script: it is counted apart, below.
		if (request.url().includes('/_app/immutable/workers/')) workers.push(request.url());
		else
			finished.push(
				request.sizes().then((sizes) => [request.resourceType(), sizes.responseBodySize])
			);
	});
	await page.goto(server.url + '/', { waitUntil: 'networkidle' });
	const bytes: Record<string, number> = {};
	for (const [type, size] of await Promise.all(finished)) bytes[type] = (bytes[type] ?? 0) + size;
	const kB = (n = 0) => `${(n / 1000).toFixed(1)} kB`;
	console.log(
		`modeller, first load (${finished.length + workers.length} requests, compressed as sent):`
	);
	console.log(`  HTML        ${kB(bytes.document)}  (budget 40 kB)`);
	console.log(`  JavaScript  ${kB(bytes.script)}  (budget 150 kB)`);
	for (const [type, size] of Object.entries(bytes))
		if (type !== 'document' && type !== 'script') console.log(`  ${type.padEnd(10)}  ${kB(size)}`);
	for (const url of workers)
		console.log(
			`  worker      ${kB(await sentBytes(url))}  (the Monte Carlo worker, started once the page shows; not in the budget)`
		);
} finally {
	await close();
}
