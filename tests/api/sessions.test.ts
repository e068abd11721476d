/**
 * Sessions and sign-in, on a server with a 3-second idle timeout and a 6-second rate-limit
 * window so that expiry can be watched happening. The window is the longer so that ten
 * password checks on a busy machine still fall inside it.
 */
import { createHash } from 'node:crypto';
import { pluck } from '../../src/lib/server/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client, password, serveThisFile, withRawStore } from './server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const idleMs = 3000;
const windowMs = 6000;

const officer = 'officer@anyvale.gov.uk';
const second = 'second@anyvale.gov.uk';
const server = serveThisFile(
	{ beforeAll, afterAll },
	{
		accounts: [officer, second].map((email) => ({ email, role: 'officer', password })),
		env: {
			SESSION_IDLE_MINUTES: String(idleMs / 60_000),
			SIGNIN_MAX_FAILURES: '5',
			SIGNIN_MAX_FAILURES_PER_ADDRESS: '8',
			SIGNIN_WINDOW_MINUTES: String(windowMs / 60_000)
		}
	}
);

describe('the session cookie', () => {
	test('is httpOnly and SameSite=Lax, Secure over https, and only its hash is stored', async () => {
		const overHttps = await new Client(server.url).request(
			'POST',
			'/api/session',
			{ email: officer, password },
			{
				headers: { 'x-forwarded-proto': 'https' }
			}
		);
		const cookie = overHttps.headers.get('set-cookie')!;
		expect(cookie).toMatch(/^rewire_session=[A-Za-z0-9_-]{43};/);
		expect(cookie).toMatch(/HttpOnly/);
		expect(cookie).toMatch(/SameSite=Lax/);
		expect(cookie).toMatch(/Secure/);
		const overHttp = await new Client(server.url).request(
			'POST',
			'/api/session',
			{ email: officer, password },
			{
				headers: { 'x-forwarded-proto': 'http' }
			}
		);
		expect(overHttp.headers.get('set-cookie')).not.toMatch(/Secure/);

		const token = cookie.split(';')[0].split('=')[1];
		const hashes = await withRawStore(server.databasePath, (raw) =>
			pluck(raw, 'SELECT token_hash FROM sessions')
		);
		expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
		expect(hashes).not.toContain(token);
	});
});

describe('expiry and sign-out', () => {
	test('a session expires after the idle timeout, but not while it is in use', async () => {
		const busy = new Client(server.url);
		const idle = new Client(server.url);
		expect((await busy.signIn(officer, password)).status).toBe(200);
		expect((await idle.signIn(officer, password)).status).toBe(200);
		for (let t = 0; t < 5; t++) {
			await sleep(idleMs / 3);
			expect((await busy.get('/api/scenarios')).status).toBe(200);
		}
		const cookie = idle.cookie;
		const expired = await idle.get('/api/scenarios');
		expect(expired.status).toBe(401);
		expect((await idle.get('/api/session')).body.user).toBeNull();
		idle.cookie = cookie;
		expect((await idle.get('/api/session')).body.user).toBeNull();
	}, 20_000);

	test('signing out ends the session on the server: the old cookie no longer works', async () => {
		const client = new Client(server.url);
		await client.signIn(officer, password);
		const stolen = client.cookie;
		expect((await client.get('/api/scenarios')).status).toBe(200);
		const out = await client.delete('/api/session');
		expect(out.status).toBe(200);
		expect(out.headers.get('set-cookie')).toMatch(/rewire_session=;.*Max-Age=0/);
		const replay = new Client(server.url);
		replay.cookie = stolen;
		expect((await replay.get('/api/scenarios')).status).toBe(401);
		expect((await replay.delete('/api/session')).status).toBe(401);
	});

	test('a made-up token is simply anonymous', async () => {
		const client = new Client(server.url);
		client.cookie = 'rewire_session=' + 'A'.repeat(43);
		expect((await client.get('/api/scenarios')).status).toBe(401);
		client.cookie = 'rewire_session=' + 'A'.repeat(5000);
		expect((await client.get('/api/session')).body.user).toBeNull();
	});
});

describe('rate limiting', () => {
	test('five failures lock the account, a further three lock the address, and both unlock after the window', async () => {
		const client = new Client(server.url);
		for (let i = 0; i < 5; i++) {
			const wrong = await client.signIn(officer, 'not the password');
			expect(wrong.status).toBe(401);
			expect(wrong.body.error.message).toBe('The email or password is wrong.');
		}
		const locked = await client.signIn(officer, password);
		expect(locked.status).toBe(429);
		expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
		// Another account from the same address still signs in...
		expect((await client.signIn(second, password)).status).toBe(200);
		// ...until the address has failed eight times in the window, whatever the email.
		for (let i = 0; i < 3; i++) {
			expect((await client.signIn(`nobody${i}@anyvale.gov.uk`, 'guess guess')).status).toBe(401);
		}
		expect((await client.signIn(second, password)).status).toBe(429);
		await sleep(windowMs + 300);
		expect((await client.signIn(officer, password)).status).toBe(200);
	}, 20_000);

	test('guesses sent all at once are counted as they arrive: no more get through than the limit', async () => {
		const client = new Client(server.url);
		const guesses = await Promise.all(
			Array.from({ length: 12 }, () => new Client(server.url).signIn(second, 'guess guess'))
		);
		const statuses = guesses.map((r) => r.status).sort();
		expect(statuses.filter((s) => s === 401)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(7);
		expect((await client.signIn(second, password)).status).toBe(429);
	});
});
