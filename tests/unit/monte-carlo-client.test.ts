import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authorities, defaultAuthority, type Authority } from '../../models/index';
import { MonteCarloClient } from '../../src/lib/workers/monte-carlo-client';
import {
	monteCarloHandler,
	type MonteCarloReply,
	type MonteCarloRequest
} from '../../src/lib/workers/monte-carlo-protocol';
import type { MonteCarloResult } from '../../src/lib/engine/analysis/index';

/** A worker in this thread: what it is sent, and the worker's own loop answering it. */
class InlineWorker {
	static last: InlineWorker;
	sent: MonteCarloRequest[] = [];
	onmessage: ((event: MessageEvent<MonteCarloReply>) => void) | null = null;
	#handle = monteCarloHandler((reply) => this.onmessage?.({ data: reply } as MessageEvent));
	constructor() {
		InlineWorker.last = this;
	}
	postMessage(request: MonteCarloRequest) {
		// Structured cloning, as postMessage does: the worker never shares the page's objects.
		const copy = structuredClone(request);
		this.sent.push(copy);
		void this.#handle(copy);
	}
	terminate() {}
}

function run(client: MonteCarloClient, authority: Authority, values: Record<string, number>) {
	return new Promise<MonteCarloResult>((resolve, reject) =>
		client.run(authority, { values }, 200, 7, {
			onProgress: () => {},
			onResult: resolve,
			onError: reject
		})
	);
}

describe('the Monte Carlo client', () => {
	beforeEach(() => vi.stubGlobal('Worker', InlineWorker));
	afterEach(() => vi.unstubAllGlobals());

	it('copies a council once and sends the same plain copy while only the values change', async () => {
		const client = new MonteCarloClient();
		const spy = vi.spyOn(JSON, 'stringify');
		for (const increase of [1, 2, 3]) {
			const before = spy.mock.calls.length;
			await run(client, defaultAuthority, { councilTaxIncrease: increase });
			// The council is stringified on the first run only; the scenario on every run.
			expect(spy.mock.calls.length - before).toBe(increase === 1 ? 2 : 1);
		}
		spy.mockRestore();
		const sent = InlineWorker.last.sent.filter((r) => r.type === 'run');
		expect(sent).toHaveLength(3);
		for (const request of sent)
			expect(request.authority).toEqual(JSON.parse(JSON.stringify(defaultAuthority)));
	});

	it('copies the council again when another one is chosen', async () => {
		const client = new MonteCarloClient();
		const other = authorities.find((a) => a.id !== defaultAuthority.id)!;
		await run(client, defaultAuthority, {});
		await run(client, other, {});
		await run(client, defaultAuthority, {});
		const sent = InlineWorker.last.sent.flatMap((r) => (r.type === 'run' ? [r.authority.id] : []));
		expect(sent).toEqual([defaultAuthority.id, other.id, defaultAuthority.id]);
	});

	it('gives the same results as copying the council afresh for every run', async () => {
		const client = new MonteCarloClient();
		for (const values of [{}, { councilTaxIncrease: 2.5 }, { councilTaxIncrease: 4 }] as Record<
			string,
			number
		>[]) {
			const reused = await run(client, defaultAuthority, values);
			const fresh = await run(new MonteCarloClient(), structuredClone(defaultAuthority), values);
			expect(reused).toEqual(fresh);
		}
	});
});
