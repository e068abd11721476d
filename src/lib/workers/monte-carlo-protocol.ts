/**
 * Messages between the page and the Monte Carlo worker, and the worker's loop. The loop runs
 * the simulation in chunks and yields to the event loop between them, so a newer request
 * (the councillor moved a slider) cancels the older one instead of queueing behind it. A run is
 * asked for on every slider move, so the fan follows the hand: quick runs simply arrive, and only
 * a run slower than a moment (5,000 runs) reports its progress.
 */
import type { Authority } from '../../../models/index';
import { monteCarloSteps, type MonteCarloResult } from '../engine/analysis/monte-carlo';
import { primeFastPath } from '../engine/fast';
import type { Scenario } from '../engine/types';

export type MonteCarloRequest =
	| {
			type: 'run';
			id: number;
			authority: Authority;
			scenario: Scenario;
			runs: number;
			seed: number;
	  }
	/**
	 * Run the simulation `times` over and throw the results away, so that V8 compiles and
	 * optimises it now, not during the first drag (see the modeller's warm-up). Any newer request
	 * ends it.
	 */
	| {
			type: 'warm';
			id: number;
			authority: Authority;
			scenario: Scenario;
			runs: number;
			seed: number;
			times: number;
	  }
	| { type: 'cancel'; id: number };

export type MonteCarloReply =
	| { type: 'progress'; id: number; done: number; runs: number }
	| { type: 'result'; id: number; result: MonteCarloResult }
	| { type: 'error'; id: number; message: string };

/**
 * Let waiting messages in. Not setTimeout(0): nested timeouts wait at least 4 ms each after the
 * fifth, which twenty chunks of a quick run would turn into 80 ms of nothing.
 */
const yieldToMessages = () =>
	new Promise<void>((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});

export interface HandlerOptions {
	/** A run that has taken this long (ms) reports its progress from then on. */
	quietMs?: number;
	/** Run before a warm-up's simulations (fast.ts): once a process, so that drags do not deopt. */
	prime?: () => void;
}

export function monteCarloHandler(
	post: (reply: MonteCarloReply) => void,
	{ quietMs = 100, prime = primeFastPath }: HandlerOptions = {}
) {
	let current = 0;
	return async (request: MonteCarloRequest): Promise<void> => {
		current = request.id;
		if (request.type === 'cancel') return;
		if (request.type === 'warm') return warm(request);
		const { id, authority, scenario, runs, seed } = request;
		try {
			const steps = monteCarloSteps(authority, scenario, { runs, seed, chunk: 50 });
			const started = performance.now();
			for (;;) {
				const step = steps.next();
				if (step.done) {
					post({ type: 'result', id, result: step.value });
					return;
				}
				if (performance.now() - started >= quietMs)
					post({ type: 'progress', id, done: step.value, runs });
				await yieldToMessages();
				if (current !== id) return;
			}
		} catch (error) {
			post({ type: 'error', id, message: (error as Error).message });
		}
	};

	async function warm(request: Extract<MonteCarloRequest, { type: 'warm' }>): Promise<void> {
		const { id, authority, scenario, runs, seed, times } = request;
		try {
			// After the first fans, not before them: priming takes 20–50 ms.
			prime();
			for (let time = 0; time < times; time++) {
				const steps = monteCarloSteps(authority, scenario, { runs, seed, chunk: 50 });
				while (!steps.next().done) {
					await yieldToMessages();
					if (current !== id) return;
				}
			}
		} catch {
			// Only a warm-up: the same error is reported when the run is asked for.
		}
	}
}
