/**
 * Messages between the page and the Monte Carlo worker, and the worker's loop. The loop runs
 * the simulation in chunks and yields to the event loop between them, so a newer request
 * (the councillor moved a slider) cancels the older one instead of queueing behind it.
 */
import type { Authority } from '../../../models/index';
import { monteCarloSteps, type MonteCarloResult } from '../engine/analysis/monte-carlo';
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
	| { type: 'cancel'; id: number };

export type MonteCarloReply =
	| { type: 'progress'; id: number; done: number; runs: number }
	| { type: 'result'; id: number; result: MonteCarloResult }
	| { type: 'error'; id: number; message: string };

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function monteCarloHandler(post: (reply: MonteCarloReply) => void) {
	let current = 0;
	return async (request: MonteCarloRequest): Promise<void> => {
		current = request.id;
		if (request.type === 'cancel') return;
		const { id, authority, scenario, runs, seed } = request;
		try {
			const steps = monteCarloSteps(authority, scenario, { runs, seed, chunk: 50 });
			for (;;) {
				const step = steps.next();
				if (step.done) {
					post({ type: 'result', id, result: step.value });
					return;
				}
				post({ type: 'progress', id, done: step.value, runs });
				await nextTick();
				if (current !== id) return;
			}
		} catch (error) {
			post({ type: 'error', id, message: (error as Error).message });
		}
	};
}
