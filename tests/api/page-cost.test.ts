/**
 * Pages cheap to serve (#14 finding 2): no page grows with the number of councils an officer has
 * imported (the pages list their names; a council's figures load when it is chosen), and the
 * modeller for someone not signed in is rendered once and served again with a fresh nonce,
 * never to someone who is signed in.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveThisFileWithCast } from './server';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });
let template: string;

beforeAll(async () => {
	template = (await cast.anonymous.get('/api/authorities/template.csv')).text;
}, 60_000);

/** The template (Anyborough's figures) under another name: each import a whole council. */
async function importCouncil(n: number): Promise<string> {
	const named = template.replace(
		/^(authority,name,[^,"]*,)[^,]*/m,
		(_, start) => `${start}Council number ${String(n).padStart(2, '0')}`
	);
	const reply = await cast.officer.request('POST', '/api/authorities/import', undefined, {
		headers: { 'content-type': 'text/csv' },
		raw: named
	});
	expect(reply.status, reply.text).toBe(201);
	return reply.body.id;
}

const pages = ['/', '/compare', '/present', '/report', '/scenarios', '/authorities'];
/** Your councils lists each council on a row (its name, kind, dates and downloads). */
const listPage = '/authorities';

async function sizes(client = cast.officer, query = ''): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const path of pages) {
		const reply = await client.get(`${path}${query}`);
		expect(reply.status, `${path}: ${reply.text.slice(0, 200)}`).toBe(200);
		// The nonce is the same length every time, so sizes compare exactly.
		out[path] = Buffer.byteLength(reply.text);
	}
	return out;
}

describe('no page grows with the number of imported councils', () => {
	test('ten councils cost each page a few hundred bytes more than one: their names', async () => {
		const first = await importCouncil(1);
		const withOne = await sizes();
		const chosenWithOne = (await cast.officer.get(`/?a=${first}`)).text.length;
		for (let n = 2; n <= 10; n++) await importCouncil(n);
		const withTen = await sizes();
		const chosenWithTen = (await cast.officer.get(`/?a=${first}`)).text.length;

		// One council's figures, as the API gives them when it is chosen.
		const figures = (await cast.officer.get(`/api/authorities/${first}`)).text.length;
		const perName = 250;
		const perRow = 1500;
		expect(figures).toBeGreaterThan(10 * perRow);
		for (const path of pages) {
			const bound = 9 * (path === listPage ? perRow : perName);
			expect(withTen[path] - withOne[path], path).toBeLessThanOrEqual(bound);
		}
		expect(chosenWithTen - chosenWithOne).toBeLessThanOrEqual(9 * perName);
	}, 120_000);

	test('a chosen council of your own opens with its figures', async () => {
		const id = await importCouncil(11);
		const reply = await cast.officer.get(`/?a=${id}&councilTaxIncrease=2.99`);
		expect(reply.status).toBe(200);
		expect(reply.text).toMatch(/<h1[^>]*>Council number 11</);
		expect(reply.text).not.toContain('Parts of the link were not used');
		const report = await cast.officer.get(`/report?a=${id}`);
		expect(report.text).toContain('Council number 11');
		// Someone else cannot open it by its address: they get a sample, and are told.
		const other = await cast.otherOfficer.get(`/?a=${id}`);
		expect(other.text).not.toContain('Council number 11');
		expect(other.text).toContain('Parts of the link were not used');
	}, 60_000);
});

describe('the modeller for someone not signed in is rendered once', () => {
	const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')![1];

	test('served again with a new nonce, on its scripts too, and otherwise the same', async () => {
		const a = await cast.anonymous.get('/?councilTaxIncrease=3.5');
		const b = await cast.anonymous.get('/?councilTaxIncrease=3.5');
		const [na, nb] = [a, b].map((r) => nonceOf(r.headers.get('content-security-policy')));
		expect(na).not.toBe(nb);
		expect(b.text).toContain(`nonce="${nb}"`);
		expect(b.text).not.toContain(na);
		expect(b.text.replaceAll(nb, 'N')).toBe(a.text.replaceAll(na, 'N'));
		expect(b.headers.get('etag')).toBeNull();
	});

	test('never to someone signed in, nor with their saved scenario', async () => {
		await cast.anonymous.get('/');
		const officer = await cast.officer.get('/');
		expect(officer.text).toContain('href="/scenarios"');
		expect(officer.text).not.toContain('href="/signin"');
		const anonymous = await cast.anonymous.get('/');
		expect(anonymous.text).toContain('href="/signin"');
		expect(anonymous.text).not.toContain('href="/scenarios"');
	});
});
