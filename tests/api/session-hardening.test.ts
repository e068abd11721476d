/**
 * Sessions and writes, hardened: a new sign-in ends the browser's previous session; sessions
 * end SESSION_MAX_HOURS after sign-in however busy; a demotion takes effect on every page at
 * once (the report's ?saved= included); a source URL must be http(s); every API write is
 * checked for its content type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorities as samples } from '../../models/index';
import {
	addUserWithCli,
	Client,
	emails,
	password,
	serveThisFileWithCast,
	startServer,
	tempDatabasePath
} from './server';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll }, { ownOrigin: true });

describe('signing in again', () => {
	it('ends the session the browser held before', async () => {
		const browser = new Client(server.url);
		await browser.signIn(emails.officer, password);
		const before = browser.cookie!;
		await browser.signIn(emails.officer, password);
		expect(browser.cookie).not.toBe(before);

		const stale = new Client(server.url);
		stale.cookie = before;
		expect((await stale.get('/api/session')).body.user).toBeNull();
		expect((await browser.get('/api/session')).body.user.email).toBe(emails.officer);
	});

	it('through the sign-in form too', async () => {
		const browser = new Client(server.url);
		await browser.signIn(emails.viewer, password);
		const before = browser.cookie!;
		const reply = await browser.request('POST', '/signin', undefined, {
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: server.url,
				accept: 'text/html'
			},
			raw: new URLSearchParams({ email: emails.officer, password }).toString()
		});
		expect(reply.status).toBe(303);
		const stale = new Client(server.url);
		stale.cookie = before;
		expect((await stale.get('/api/session')).body.user).toBeNull();
	});
});

describe('a demoted officer', () => {
	it('reads their scenario nowhere, the report included', async () => {
		const officer = new Client(server.url);
		await cast.admin.post('/api/users', {
			email: 'demoted@anyborough.gov.uk',
			role: 'officer',
			password
		});
		await officer.signIn('demoted@anyborough.gov.uk', password);
		const name = 'Demotion test scenario';
		const made = await officer.post('/api/scenarios', { name, values: {} });
		expect(made.status).toBe(201);
		const report = `/report?saved=${made.body.id}`;
		expect((await officer.get(report)).text).toContain(name);

		const { body: users } = await cast.admin.get('/api/users');
		const id = users.users.find(
			(u: { email: string }) => u.email === 'demoted@anyborough.gov.uk'
		).id;
		expect((await cast.admin.patch(`/api/users/${id}`, { role: 'viewer' })).status).toBe(200);

		expect((await officer.get(report)).text).not.toContain(name);
		expect((await officer.get(`/?saved=${made.body.id}`)).text).not.toContain(name);
		expect((await officer.get(`/api/scenarios/${made.body.id}`)).status).toBe(403);
	});
});

describe('an imported source URL', () => {
	for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/x']) {
		it(`is refused when it is ${url}`, async () => {
			const authority = structuredClone(samples[0]) as unknown as Record<string, unknown>;
			authority.id = 'hostile-source';
			authority.name = 'Hostile Source Council';
			const json = JSON.stringify(authority);
			const withUrl = json.replace(/"url":"https?:[^"]*"/, `"url":${JSON.stringify(url)}`);
			expect(withUrl).not.toBe(json);
			const reply = await cast.officer.request('POST', '/api/authorities/import', undefined, {
				headers: { 'content-type': 'application/json' },
				raw: withUrl
			});
			expect(reply.status, reply.text).toBe(400);
			expect(reply.body.errors.join(' ')).toMatch(/source\.url/);
		});
	}
});

describe('content type on every write', () => {
	it('refuses DELETE /api/session with a form body, naming the content type', async () => {
		const reply = await cast.viewer.request('DELETE', '/api/session', undefined, {
			headers: { 'content-type': 'text/plain' },
			raw: 'x'
		});
		expect(reply.status).toBe(415);
		expect(reply.body.error.field).toBe('content-type');
		expect((await cast.viewer.get('/api/session')).body.user).not.toBeNull();
	});

	it('refuses a JSON body sent as text/plain to any write', async () => {
		for (const [method, path] of [
			['POST', '/api/project'],
			['POST', '/api/analysis/resilience'],
			['POST', '/api/scenarios'],
			['PATCH', '/api/users/1']
		]) {
			const reply = await cast.admin.request(method, path, undefined, {
				headers: { 'content-type': 'text/plain' },
				raw: '{"values":{}}'
			});
			expect(reply.status, `${method} ${path}`).toBe(415);
			expect(reply.body.error.field).toBe('content-type');
		}
	});

	it('still signs out with no body at all', async () => {
		const client = new Client(server.url);
		await client.signIn(emails.viewer, password);
		expect((await client.delete('/api/session')).status).toBe(200);
	});
});

describe('the absolute session lifetime', () => {
	const db = tempDatabasePath();
	afterAll(() => db.cleanup());

	it('ends a busy session SESSION_MAX_HOURS after sign-in', async () => {
		addUserWithCli(db.path, emails.officer, 'officer', password);
		// 3.6 seconds, and an idle limit far beyond it.
		const short = await startServer(db.path, {
			SESSION_MAX_HOURS: '0.001',
			SESSION_IDLE_MINUTES: '600'
		});
		try {
			const client = new Client(short.url);
			const signedInAt = Date.now();
			await client.signIn(emails.officer, password);
			let user: unknown = (await client.get('/api/session')).body.user;
			expect(user).not.toBeNull();
			// Kept busy: asked every 200 ms until the server says the session is over.
			while (user !== null && Date.now() - signedInAt < 20_000) {
				await new Promise((r) => setTimeout(r, 200));
				user = (await client.get('/api/session')).body.user;
			}
			expect(user).toBeNull();
			expect(Date.now() - signedInAt).toBeGreaterThanOrEqual(3_600);
		} finally {
			await short.stop();
		}
	}, 60_000);
});
