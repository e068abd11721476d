/**
 * Analyses off the main thread. Before, one anonymous 20,000-run Monte Carlo blocked the event
 * loop for over a second, and sixteen in a loop stalled every page and sign-in; analyses were
 * uncapped, unqueued and unlimited per address. Now they run in a bounded pool of worker
 * threads (the built server's build/analysis-worker.js) with a queue, a time limit and a
 * per-address limit without an account.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthority } from '../../models/index';
import { AnalysisPool } from '../../src/lib/server/analysis-pool';
import { Client, emails, password, serveThisFile } from './server';

const accounts = [{ email: emails.officer, role: 'officer', password }];
const biggest = { values: {}, runs: 100_000, seed: 1 };

// One worker and a queue of two: the fourth analysis at once is one too many.
const busy = serveThisFile(
	{ beforeAll, afterAll },
	{ accounts, env: { ANALYSIS_WORKERS: '1', ANALYSIS_QUEUE: '2', ANALYSIS_PER_MINUTE: '1000' } }
);
// A time limit the biggest Monte Carlo cannot meet in a new worker (0.8–1.2 s here, primed or
// not), which the guardrails meet many times over (15–35 ms).
const strict = serveThisFile(
	{ beforeAll, afterAll },
	{ accounts, env: { ANALYSIS_TIMEOUT_SECONDS: '0.3' } }
);
// Three anonymous analyses a minute, and the default time limit.
const rateLimited = serveThisFile(
	{ beforeAll, afterAll },
	{ accounts, env: { ANALYSIS_PER_MINUTE: '3' } }
);

async function signedIn(url: string) {
	const client = new Client(url);
	expect((await client.signIn(emails.officer, password)).status).toBe(200);
	return client;
}

describe('the analysis pool', () => {
	it('leaves the main thread free: a sign-in check answers while analyses run', async () => {
		const officer = await signedIn(busy.url);
		const order: string[] = [];
		const analyses = [1, 2, 3].map((n) =>
			officer.post('/api/analysis/montecarlo', { ...biggest, seed: n }).then((reply) => {
				order.push('analysis');
				return reply;
			})
		);
		// Sent after the analyses, and answered before the last of them.
		const session = officer.get('/api/session').then((reply) => {
			order.push('session');
			return reply;
		});
		const replies = await Promise.all(analyses);
		expect((await session).body.user.email).toBe(emails.officer);
		expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
		expect(replies[0].body.runs).toBe(biggest.runs);
		expect(order.indexOf('session')).toBeLessThan(order.lastIndexOf('analysis'));
	}, 120_000);

	it('refuses past its queue with 503 and retry-after, and carries on', async () => {
		const officer = await signedIn(busy.url);
		const replies = await Promise.all(
			Array.from({ length: 6 }, (_, n) =>
				officer.post('/api/analysis/montecarlo', { ...biggest, seed: n })
			)
		);
		const statuses = replies.map((r) => r.status);
		expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
		const refused = replies.filter((r) => r.status === 503);
		expect(refused.length).toBeGreaterThanOrEqual(1);
		expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
		for (const reply of refused) {
			expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(reply.body.error.message).toMatch(/busy/);
		}
		expect((await officer.post('/api/analysis/resilience', { values: {} })).status).toBe(200);
	}, 120_000);

	it('stops a job past its time limit, and the next analysis still runs', async () => {
		const officer = await signedIn(strict.url);
		const slow = await officer.post('/api/analysis/montecarlo', biggest);
		expect(slow.status).toBe(503);
		expect(slow.body.error.message).toMatch(/took longer than/);
		expect(Number(slow.headers.get('retry-after'))).toBeGreaterThan(0);
		const quick = await officer.post('/api/analysis/guardrails', { values: {} });
		expect(quick.status).toBe(200);
		expect(quick.body.analysis).toBe('guardrails');
	}, 60_000);

	it('limits analyses without an account per address, not with one', async () => {
		const anonymous = new Client(rateLimited.url);
		for (let i = 0; i < 3; i++) {
			expect((await anonymous.post('/api/analysis/resilience', { values: {} })).status).toBe(200);
		}
		const limited = await anonymous.post('/api/analysis/resilience', { values: {} });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		const officer = await signedIn(rateLimited.url);
		expect((await officer.post('/api/analysis/resilience', { values: {} })).status).toBe(200);
	}, 60_000);

	it('refuses a job that overran while this thread was too busy to start its timer', async () => {
		// The built server's own worker file, in a pool of one with the same limit as above.
		const file = new URL('../../build/analysis-worker.js', import.meta.url).pathname;
		expect(readFileSync(file, 'utf8')).toContain('runAnalysis');
		const pool = new AnalysisPool(file, 1, 0, 300);
		const job = pool.run({
			kind: 'montecarlo',
			authority: defaultAuthority,
			scenario: { values: {} },
			runs: biggest.runs,
			seed: 1
		});
		// Busy for longer than the job takes, so "started" and the answer are read together.
		const until = performance.now() + 4000;
		while (performance.now() < until);
		await expect(job).rejects.toMatchObject({ status: 503 });
		await expect(job).rejects.toThrow(/took longer than 0\.3 seconds/);
		// The same pool still answers a quick analysis.
		const quick = JSON.parse(
			await pool.run({ kind: 'guardrails', authority: defaultAuthority, scenario: { values: {} } })
		);
		expect(quick.analysis).toBe('guardrails');
	}, 30_000);

	it('refuses an unknown kind with the API 404, before reading the body', async () => {
		const reply = await new Client(busy.url).post('/api/analysis/astrology', { values: {} });
		expect(reply.status).toBe(404);
		expect(reply.body.error.message).toMatch(/No API route/);
	});
});
