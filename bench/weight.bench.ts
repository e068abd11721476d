/**
 * npm run bench:weight: what the modeller's first load costs over the wire (issue 17 item 4's
 * budget: under 150 kB of JavaScript and 40 kB of HTML). Not a test: it prints figures to record
 * in docs/benchmarks.md. The built server (tests/api/server.ts), loaded once in Debian's
 * Chromium without a service worker, as a first visit; bytes are as transferred (compressed).
 */
import { serverAndBrowser } from './browser';

const { server, browser, close } = await serverAndBrowser();
try {
	const page = await browser.newPage({ serviceWorkers: 'block' });
	const finished: Promise<[string, number]>[] = [];
	page.on('requestfinished', (request) =>
		finished.push(request.sizes().then((sizes) => [request.resourceType(), sizes.responseBodySize]))
	);
	await page.goto(server.url + '/', { waitUntil: 'networkidle' });
	const bytes: Record<string, number> = {};
	for (const [type, size] of await Promise.all(finished)) bytes[type] = (bytes[type] ?? 0) + size;
	const kB = (n = 0) => `${(n / 1000).toFixed(1)} kB`;
	console.log(`modeller, first load (${finished.length} requests, compressed as sent):`);
	console.log(`  HTML        ${kB(bytes.document)}  (budget 40 kB)`);
	console.log(`  JavaScript  ${kB(bytes.script)}  (budget 150 kB)`);
	for (const [type, size] of Object.entries(bytes))
		if (type !== 'document' && type !== 'script') console.log(`  ${type.padEnd(10)}  ${kB(size)}`);
} finally {
	await close();
}
