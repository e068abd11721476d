/**
 * The page's side of the Monte Carlo worker: one worker, the latest request wins. Browser only.
 */
import type { Authority } from '../../../models/index';
import type { MonteCarloResult } from '../engine/analysis/monte-carlo';
import type { Scenario } from '../engine/types';
import type { MonteCarloReply, MonteCarloRequest } from './monte-carlo-protocol';

export interface MonteCarloCallbacks {
	onProgress(done: number, runs: number): void;
	onResult(result: MonteCarloResult): void;
	onError(message: string): void;
}

export class MonteCarloClient {
	#worker: Worker;
	#id = 0;
	#callbacks: MonteCarloCallbacks | undefined;
	/**
	 * The plain copy of the council last sent: a council object never changes (a switch brings a
	 * new one), so a slider move, which changes only the values, reuses it instead of copying
	 * some 20 kB of figures again.
	 */
	#plainAuthority: { of: Authority; copy: Authority } | undefined;

	constructor() {
		this.#worker = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.#worker.onmessage = (event: MessageEvent<MonteCarloReply>) => {
			const reply = event.data;
			if (reply.id !== this.#id || !this.#callbacks) return;
			if (reply.type === 'progress') this.#callbacks.onProgress(reply.done, reply.runs);
			else if (reply.type === 'result') this.#callbacks.onResult(reply.result);
			else this.#callbacks.onError(reply.message);
		};
	}

	/** Start a run; any run still going is abandoned. */
	run(
		authority: Authority,
		scenario: Scenario,
		runs: number,
		seed: number,
		callbacks: MonteCarloCallbacks
	) {
		this.#callbacks = callbacks;
		const request: MonteCarloRequest = {
			type: 'run',
			id: ++this.#id,
			// Plain copies: Svelte state proxies cannot be cloned into a worker.
			authority: this.#plain(authority),
			scenario: JSON.parse(JSON.stringify(scenario)),
			runs,
			seed
		};
		this.#worker.postMessage(request);
	}

	/**
	 * Run the simulation `times` in the worker and discard it, so its code is compiled before the
	 * first drag needs it; any later run or cancel ends it.
	 */
	warm(authority: Authority, scenario: Scenario, runs: number, seed: number, times: number) {
		this.#callbacks = undefined;
		this.#worker.postMessage({
			type: 'warm',
			id: ++this.#id,
			authority: this.#plain(authority),
			scenario: JSON.parse(JSON.stringify(scenario)),
			runs,
			seed,
			times
		} satisfies MonteCarloRequest);
	}

	#plain(authority: Authority): Authority {
		if (this.#plainAuthority?.of !== authority)
			this.#plainAuthority = { of: authority, copy: JSON.parse(JSON.stringify(authority)) };
		return this.#plainAuthority.copy;
	}

	cancel() {
		this.#worker.postMessage({ type: 'cancel', id: ++this.#id } satisfies MonteCarloRequest);
	}

	terminate() {
		this.#worker.terminate();
	}
}
