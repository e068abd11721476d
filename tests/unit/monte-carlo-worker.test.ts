import { describe, expect, it } from 'vitest';
import { defaultAuthority } from '../../models/index';
import { monteCarlo } from '../../src/lib/engine/analysis/index';
import {
	monteCarloHandler,
	type MonteCarloReply
} from '../../src/lib/workers/monte-carlo-protocol';

/** A request to sample the default council's status quo, with a fixed seed. */
const statusQuoRun = (id: number, runs: number) =>
	({
		type: 'run',
		id,
		authority: defaultAuthority,
		scenario: { values: {} },
		runs,
		seed: 1
	}) as const;

describe('the Monte Carlo worker loop', () => {
	it('reports progress, then the same result as a direct run', async () => {
		const replies: MonteCarloReply[] = [];
		const handle = monteCarloHandler((reply) => replies.push(reply), { quietMs: 0 });
		const scenario = { values: { councilTaxIncrease: 3 } };
		await handle({ type: 'run', id: 1, authority: defaultAuthority, scenario, runs: 200, seed: 5 });
		const progress = replies
			.filter((r) => r.type === 'progress')
			.map((r) => r.type === 'progress' && r.done);
		expect(progress).toEqual([50, 100, 150]);
		const last = replies.at(-1)!;
		expect(last.type).toBe('result');
		if (last.type === 'result') {
			expect(last.result).toEqual(monteCarlo(defaultAuthority, scenario, { runs: 200, seed: 5 }));
		}
	});

	it('abandons a run when a newer request arrives, so only the latest result is posted', async () => {
		const replies: MonteCarloReply[] = [];
		const handle = monteCarloHandler((reply) => replies.push(reply));
		const first = handle(statusQuoRun(1, 1000));
		const second = handle(statusQuoRun(2, 100));
		await Promise.all([first, second]);
		const results = replies.filter((r) => r.type === 'result');
		expect(results.map((r) => r.id)).toEqual([2]);
		expect(replies.filter((r) => r.id === 1 && r.type === 'progress').length).toBeLessThan(19);
	});

	it('a quick run posts its result and nothing else', async () => {
		const replies: MonteCarloReply[] = [];
		const handle = monteCarloHandler((reply) => replies.push(reply), { quietMs: 60_000 });
		const scenario = { values: {} };
		await handle({ type: 'run', id: 1, authority: defaultAuthority, scenario, runs: 200, seed: 5 });
		expect(replies.map((r) => r.type)).toEqual(['result']);
	});

	it('stops on cancel without posting a result', async () => {
		const replies: MonteCarloReply[] = [];
		const handle = monteCarloHandler((reply) => replies.push(reply));
		const run = handle(statusQuoRun(1, 1000));
		await handle({ type: 'cancel', id: 2 });
		await run;
		expect(replies.some((r) => r.type === 'result')).toBe(false);
	});

	it('a warm-up posts nothing, and a newer run ends it and is answered as usual', async () => {
		const replies: MonteCarloReply[] = [];
		const handle = monteCarloHandler((reply) => replies.push(reply), { quietMs: 60_000 });
		const scenario = { values: { councilTaxIncrease: 3 } };
		const warm = { ...statusQuoRun(1, 200), type: 'warm', scenario, times: 1000 } as const;
		const warming = handle(warm);
		await handle({ type: 'run', id: 2, authority: defaultAuthority, scenario, runs: 200, seed: 5 });
		await warming;
		expect(replies.map((r) => [r.type, r.id])).toEqual([['result', 2]]);
		const last = replies[0];
		if (last.type === 'result') {
			expect(last.result).toEqual(monteCarlo(defaultAuthority, scenario, { runs: 200, seed: 5 }));
		}
	});

	it('a warm-up left alone primes the fast path, runs its course and posts nothing', async () => {
		const replies: MonteCarloReply[] = [];
		let primed = 0;
		const prime = () => primed++;
		const handle = monteCarloHandler((reply) => replies.push(reply), { prime });
		await handle(statusQuoRun(1, 100));
		expect(primed, 'not before the first fans').toBe(0);
		replies.length = 0;
		await handle({ ...statusQuoRun(2, 100), type: 'warm', times: 3 });
		expect(primed).toBe(1);
		expect(replies).toEqual([]);
	});
});
