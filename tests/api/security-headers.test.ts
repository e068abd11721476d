/**
 * Security headers on every response: a Content-Security-Policy on pages (scripts by nonce
 * only, no framing), nosniff and a Referrer-Policy on pages, API answers and static files, and
 * HSTS only when the site is reached over https (here through X-Forwarded-Proto, which the test
 * server trusts as PROTOCOL_HEADER, as a proxy's would be).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveThisFile } from './server';

const server = serveThisFile({ beforeAll, afterAll });

function directives(csp: string | null): Map<string, string[]> {
	expect(csp).toBeTruthy();
	return new Map(
		csp!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name, values])
	);
}

const asset = () => {
	const dir = join(server.buildDirectory, 'client/_app/immutable/entry');
	return `/_app/immutable/entry/${readdirSync(dir)[0]}`;
};

const paths = {
	page: '/',
	'sign-in page': '/signin',
	'API answer': '/api/session',
	'API refusal': '/api/nothing-here',
	'static file': '/favicon.svg',
	'built asset': 'asset'
};

async function get(path: string, headers: Record<string, string> = {}) {
	const reply = await fetch(server.url + (path === 'asset' ? asset() : path), {
		headers,
		redirect: 'manual'
	});
	await reply.arrayBuffer();
	return reply;
}

describe('Content-Security-Policy', () => {
	for (const path of ['/', '/signin', '/compare', '/present']) {
		it(`on ${path}: scripts only from this site and by SvelteKit's nonce, no framing`, async () => {
			const reply = await get(path);
			const csp = directives(reply.headers.get('content-security-policy'));
			const scripts = csp.get('script-src')!;
			expect(scripts).toContain("'self'");
			expect(scripts.some((s) => /^'nonce-.+'$/.test(s))).toBe(true);
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts).not.toContain("'unsafe-eval'");
			expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
			expect(csp.get('object-src')).toEqual(["'none'"]);
			expect(csp.get('default-src')).toEqual(["'self'"]);
		});
	}

	it('gives each page a new nonce, which is the one on its inline script', async () => {
		const [a, b] = [await fetch(server.url + '/'), await fetch(server.url + '/')];
		const nonce = (r: Response) =>
			/'nonce-([^']+)'/.exec(r.headers.get('content-security-policy')!)![1];
		expect(nonce(a)).not.toBe(nonce(b));
		const html = await a.text();
		await b.text();
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
		expect(inline.length).toBeGreaterThan(0);
		for (const [, attributes] of inline) expect(attributes).toContain(`nonce="${nonce(a)}"`);
	});
});

describe('X-Content-Type-Options', () => {
	for (const [what, path] of Object.entries(paths)) {
		it(`is nosniff on a ${what}`, async () => {
			expect((await get(path)).headers.get('x-content-type-options')).toBe('nosniff');
		});
	}
});

describe('Referrer-Policy', () => {
	for (const [what, path] of Object.entries(paths)) {
		it(`keeps addresses (shared links hold tokens) on this site: ${what}`, async () => {
			expect((await get(path)).headers.get('referrer-policy')).toBe('same-origin');
		});
	}
});

describe('X-Frame-Options', () => {
	it('forbids framing for browsers without frame-ancestors', async () => {
		expect((await get('/')).headers.get('x-frame-options')).toBe('DENY');
	});
});

describe('Strict-Transport-Security', () => {
	it('is sent when the site is reached over https', async () => {
		for (const path of ['/', '/api/session']) {
			const reply = await get(path, { 'x-forwarded-proto': 'https' });
			expect(reply.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
		}
	});

	it('is not sent over plain http', async () => {
		const reply = await get('/', { 'x-forwarded-proto': 'http' });
		expect(reply.headers.get('strict-transport-security')).toBeNull();
	});
});
