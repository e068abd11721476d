/**
 * WEB_CONCURRENCY=2 npm start: two worker processes on one port and one database (the SQLite
 * file in the SQLite pass, PostgreSQL in the other). Each new connection goes to the next
 * worker (node's cluster module, round robin), so requests here each open their own
 * connection, and every answer names its worker (x-rewire-worker, sent only when clustered).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	castOfAccounts,
	startServer,
	tempDatabasePath,
	type Cast,
	type RunningServer
} from './server';
import { openEvents } from './room-helpers';

const db = tempDatabasePath();
let server: RunningServer;
let cast: Cast;

beforeAll(async () => {
	server = await startServer(db.path, { WEB_CONCURRENCY: '2' }, undefined, {
		viaNpmStart: true,
		// Printed by the primary once both workers listen.
		readyWhen: 'Rewire can be reached at'
	});
	cast = await castOfAccounts(server);
}, 60_000);

// Long enough for the workers' graceful shutdown, so the test never leaves them running.
afterAll(async () => {
	await server?.stop();
	db.cleanup();
}, 40_000);

interface Answer {
	status: number;
	worker: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
	cookie?: string;
}

/** One request on a connection of its own (no keep-alive), so the cluster picks its worker. */
function send(
	method: string,
	path: string,
	{ body, cookie }: { body?: unknown; cookie?: string } = {}
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const url = new URL(path, server.url);
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const req = request(
			url,
			{
				method,
				agent: false,
				headers: {
					...(payload ? { 'content-type': 'application/json' } : {}),
					...(cookie ? { cookie } : {})
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => {
					const set = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
					resolve({
						status: res.statusCode!,
						worker: String(res.headers['x-rewire-worker']),
						body: text ? JSON.parse(text) : undefined,
						cookie: set.find((c) => c.startsWith('rewire_participant='))
					});
				});
			}
		);
		req.on('error', reject);
		req.end(payload);
	});
}

describe('WEB_CONCURRENCY=2: two workers, one port, one database', () => {
	test('requests are answered by both workers, and a session made on one is valid on both', async () => {
		const answers = await Promise.all(
			Array.from({ length: 20 }, () => send('GET', '/api/session', { cookie: cast.officer.cookie }))
		);
		for (const answer of answers) {
			expect(answer.status).toBe(200);
			// A session made through one worker is valid on both.
			expect(answer.body.user.email).toBe('officer@anyborough.gov.uk');
		}
		expect(new Set(answers.map((a) => a.worker))).toEqual(new Set(['1', '2']));
	});

	test('a save through one worker, then stale saves through both: 409, nothing overwritten', async () => {
		const cookie = cast.officer.cookie;
		const made = await send('POST', '/api/scenarios', {
			cookie,
			body: { name: 'Two workers', values: { councilTaxIncrease: 2 } }
		});
		expect(made.status).toBe(201);
		const saved = await send('PUT', `/api/scenarios/${made.body.id}`, {
			cookie,
			body: { baseVersion: 1, values: { councilTaxIncrease: 3 } }
		});
		expect(saved.status).toBe(200);
		// Stale saves until the other worker has answered one (the next connection, normally).
		const staleFrom = new Set<string>();
		for (let i = 0; i < 10 && !staleFrom.has(saved.worker === '1' ? '2' : '1'); i++) {
			const stale = await send('PUT', `/api/scenarios/${made.body.id}`, {
				cookie,
				body: { baseVersion: 1, values: { councilTaxIncrease: 9 } }
			});
			expect(stale.status).toBe(409);
			expect(stale.body.currentVersion).toBe(2);
			staleFrom.add(stale.worker);
		}
		expect(staleFrom, 'a stale save reached the other worker').toContain(
			saved.worker === '1' ? '2' : '1'
		);
		const now = await send('GET', `/api/scenarios/${made.body.id}`, { cookie });
		expect(now.body.version).toBe(2);
		expect(now.body.values).toEqual({ councilTaxIncrease: 3 });
	});

	test("a room's event reaches a listener whichever worker took the choice", async () => {
		const room = await cast.officer.post('/api/rooms', {
			name: 'Two workers',
			authorityId: 'anyborough',
			levers: ['councilTaxIncrease', 'preventionInvestment']
		});
		expect(room.status, room.text).toBe(201);
		const code = room.body.code;
		const events = await openEvents(server.url, code, cast.officer.cookie);
		const listener = events.response.headers.get('x-rewire-worker');
		expect(listener).toMatch(/^[12]$/);
		try {
			await events.until(1);
			// Participants choose until one choice is taken by the other worker: the listener's
			// own worker then has nothing of its own to announce, only what it finds in the store.
			let made = 0;
			let byOther = false;
			for (let i = 0; i < 10 && !byOther; i++) {
				const choice = await send('PUT', `/api/rooms/${code}/choice`, {
					body: { values: { councilTaxIncrease: 4 } }
				});
				expect(choice.status).toBe(200);
				made++;
				byOther = choice.worker !== listener;
			}
			expect(byOther, 'a choice reached the other worker').toBe(true);
			// Wait (no sleeping) for the event that counts every choice; the test's time limit fails it.
			for (let n = 2; ; n++) {
				const seen = await events.until(n);
				const last = seen[seen.length - 1].data;
				if (last.submissions === made) {
					expect(last.levers.councilTaxIncrease.median).toBe(4);
					break;
				}
			}
		} finally {
			await events.close();
		}
	}, 20_000);
});
