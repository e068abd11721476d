/**
 * Two app servers on one PostgreSQL, as behind a load balancer: whichever server a request
 * reaches, it sees the same truth. Runs only on PostgreSQL (vite.config.ts includes this
 * folder when REWIRE_TEST_POSTGRES is set, as `npm test` sets it for its second API run).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	castOfAccounts,
	Client,
	emails,
	password,
	startServer,
	tempDatabasePath,
	testEngine,
	type Cast,
	type RunningServer
} from '../server';
import { openEvents, openRoom, Participant } from '../room-helpers';

const db = tempDatabasePath();
let first: RunningServer;
let second: RunningServer;
let cast: Cast;

beforeAll(async () => {
	if (testEngine !== 'postgres') throw new Error('these tests need REWIRE_TEST_POSTGRES');
	const env = {
		SIGNIN_MAX_FAILURES: '4',
		ROOM_CHOICES_PER_PARTICIPANT: '3',
		ANALYSIS_PER_MINUTE: '3'
	};
	// Started together: both apply the migrations to the empty database at the same moment.
	[first, second] = await Promise.all([startServer(db.path, env), startServer(db.path, env)]);
	cast = await castOfAccounts(first);
}, 60_000);

afterAll(async () => {
	await Promise.all([first?.stop(), second?.stop()]);
	db.cleanup();
});

describe('two app servers, one PostgreSQL', () => {
	test('a session made on one is valid on the other, and signing out on it ends it on both', async () => {
		const client = new Client(first.url);
		expect((await client.signIn(emails.officer, password)).status).toBe(200);
		const there = client.on(second);
		const session = await there.get('/api/session');
		expect(session.status, session.text).toBe(200);
		expect(session.body.user.email).toBe(emails.officer);
		expect((await there.delete('/api/session')).status).toBe(200);
		const after = await client.get('/api/session');
		expect(after.body.user ?? null).toBeNull();
	});

	test('a save on one and a stale save on the other: 409, and nothing is overwritten', async () => {
		const made = await cast.officer.post('/api/scenarios', {
			name: 'Shared truth',
			values: { councilTaxIncrease: 2 }
		});
		expect(made.status, made.text).toBe(201);
		const saved = await cast.officer.put(`/api/scenarios/${made.body.id}`, {
			baseVersion: 1,
			values: { councilTaxIncrease: 3 }
		});
		expect(saved.status, saved.text).toBe(200);
		const stale = await cast.officer.on(second).put(`/api/scenarios/${made.body.id}`, {
			baseVersion: 1,
			values: { councilTaxIncrease: 9 }
		});
		expect(stale.status, stale.text).toBe(409);
		expect(stale.body.currentVersion).toBe(2);
		const now = await cast.officer.on(second).get(`/api/scenarios/${made.body.id}`);
		expect(now.body.version).toBe(2);
		expect(now.body.values).toEqual({ councilTaxIncrease: 3 });
	});

	test('concurrent saves from one base version, half to each server: exactly one wins', async () => {
		const made = await cast.officer.post('/api/scenarios', { name: 'Race', values: {} });
		const attempts = Array.from({ length: 12 }, (_, i) =>
			(i % 2 ? cast.officer.on(second) : cast.officer).put(`/api/scenarios/${made.body.id}`, {
				baseVersion: 1,
				values: { councilTaxIncrease: i / 2 }
			})
		);
		const statuses = (await Promise.all(attempts)).map((r) => r.status).sort();
		expect(statuses).toEqual([200, ...Array(11).fill(409)]);
	});

	test('failed sign-ins are counted across both servers', async () => {
		const attempt = (server: RunningServer) =>
			new Client(server.url).signIn(emails.viewer, 'not the password');
		// Four failures allowed per account and address: two on each server.
		for (const server of [first, second, first, second])
			expect((await attempt(server)).status).toBe(401);
		expect((await attempt(first)).status).toBe(429);
		expect((await attempt(second)).status).toBe(429);
	});

	test('a room choice limit and the anonymous analysis limit are counted across both servers', async () => {
		const { code } = await openRoom(cast.officer);
		const participant = new Participant(first.url);
		expect((await participant.choose(code, { councilTaxIncrease: 1 })).status).toBe(200);
		// The same participant (their cookie), now reaching the other server.
		const there = participant.on(second);
		expect((await there.choose(code, { councilTaxIncrease: 2 })).status).toBe(200);
		expect((await participant.choose(code, { councilTaxIncrease: 3 })).status).toBe(200);
		// Three a minute: each server alone has seen at most two.
		const refused = await there.choose(code, { councilTaxIncrease: 4 });
		expect(refused.status, refused.text).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		const tally = (await cast.officer.get(`/api/rooms/${code}/tally`)).body;
		expect(tally.submissions).toBe(1);
		expect(tally.levers.councilTaxIncrease.median).toBe(3);

		const analyse = (server: RunningServer) =>
			new Client(server.url).post('/api/analysis/resilience', { values: {} });
		for (const server of [first, second, first]) expect((await analyse(server)).status).toBe(200);
		expect((await analyse(second)).status).toBe(429);
		expect((await analyse(first)).status).toBe(429);
	}, 30_000);

	test("a room's event reaches a listener connected to the other server", async () => {
		const { code } = await openRoom(cast.officer);
		const events = await openEvents(second.url, code, cast.officer.cookie);
		try {
			const [start] = await events.until(1);
			expect(start.data).toMatchObject({ submissions: 0, open: true });
			const participant = new Participant(first.url);
			expect((await participant.choose(code, { councilTaxIncrease: 4 })).status).toBe(200);
			const seen = await events.until(2);
			const last = seen[seen.length - 1];
			expect(last.data.submissions).toBe(1);
			expect(last.data.levers.councilTaxIncrease.median).toBe(4);
		} finally {
			await events.close();
		}
	}, 20_000);
});
