// build/guards.js: three guards in front of adapter-node's handler, and where the analysis worker is. This module is imported
// first by build/index.js, so it runs before adapter-node reads its settings.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// 1. Plain http without ORIGIN. adapter-node cannot tell the protocol, so with neither ORIGIN
// nor PROTOCOL_HEADER it takes every request as https: a browser at http://127.0.0.1:3000 is
// then refused as cross-site, and its session cookie is marked Secure so it never comes back.
// adapter-node itself only speaks plain http, so in that case the protocol is http, passed to
// it through a header of our own that is always overwritten (a client cannot set it). Behind a
// TLS proxy, set ORIGIN or PROTOCOL_HEADER (README).
const protocolHeader = 'x-rewire-direct-protocol';
const direct = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (direct) process.env.PROTOCOL_HEADER = protocolHeader;

// The analysis pool's worker file, bundled beside this one (adapter/index.js): the server
// bundle's chunks cannot know where they were put, so they are told.
process.env.REWIRE_ANALYSIS_WORKER ??= fileURLToPath(
	new URL('./analysis-worker.js', import.meta.url)
);

// 2. Files gone since start-up. adapter-node serves build/client with sirv, which lists the
// files once at start-up and then streams them without looking again. After a rebuild in place
// (`npm run build` while the server runs) an old asset name is still listed but its file is
// gone: sirv writes a 200, the read stream fails with ENOENT, nothing handles the error, and
// the whole process exits. A request for such a file is answered 404 first.
const client = fileURLToPath(new URL('./client', import.meta.url));

/** Every file under build/client at start-up, as URL paths ("/_app/immutable/…"). */
function listed(dir, prefix = '') {
	const files = new Set();
	if (!existsSync(dir)) return files;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = `${prefix}/${entry.name}`;
		if (entry.isDirectory())
			for (const file of listed(join(dir, entry.name), path)) files.add(file);
		else files.add(path);
	}
	return files;
}

const files = listed(client);

function pathnameOf(url) {
	const path = (url ?? '/').split('?')[0].split('#')[0];
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

// 3. Headers for every response, static files included (pages also get a Content-Security-
// Policy from SvelteKit, svelte.config.js, and HSTS over https from hooks.server.ts).
const everyResponse = {
	'x-content-type-options': 'nosniff',
	// Shared links carry their token in the path: never send it to another site.
	'referrer-policy': 'same-origin',
	// For browsers without CSP frame-ancestors: no page is meant to be framed.
	'x-frame-options': 'DENY'
};

/** @param {import('polka').Middleware} nodeHandler */
export const guard = (nodeHandler) => (req, res, next) => {
	if (direct) req.headers[protocolHeader] = 'http';
	for (const [name, value] of Object.entries(everyResponse)) res.setHeader(name, value);
	if (req.method === 'GET' || req.method === 'HEAD') {
		const pathname = pathnameOf(req.url);
		// sirv also answers "/x" with "/x.html" or "/x/index.html".
		const candidates = [pathname, `${pathname}.html`, `${pathname.replace(/\/$/, '')}/index.html`];
		const gone = candidates.find((p) => files.has(p) && !existsSync(join(client, p)));
		if (gone) {
			res.writeHead(404, {
				'content-type': 'text/plain; charset=utf-8',
				'cache-control': 'no-store'
			});
			res.end('Not found: this file is no longer part of the app. Reload the page.');
			return;
		}
	}
	return nodeHandler(req, res, next);
};
