/**
 * The first drag after the page loads used to be about twice as slow as any later one: V8 runs
 * the code that updates the headline, charts, levers and analyses in its interpreter until it has
 * run often enough to be optimised (hydration only ran the code that creates them), and its
 * background compilers then take the CPU the page needs (docs/benchmarks.md). Here, while the
 * page is idle after loading, copies of those parts are mounted on a detached element (never in
 * the document, so nothing on screen changes and nothing is laid out) with their own scenario,
 * and their levers moved a few dozen times: the same compiled code then serves the page's own
 * parts when the user drags. One part's update per step, only in idle time, and none within a
 * second of the user touching the page, so it does not get in the way of input.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { leversThatApply, type Authority, type AuthorityParameter } from '../../../models/index';
import type { ScenarioValues } from '../engine/index';
import { ScenarioState, scenarioContext } from './scenario-state.svelte';

/**
 * Moves of the levers per part. With 24 (about a second's drag), a trace of the first drag showed
 * 114 of its functions still going to V8's optimising compilers during it; with 72 the first drag
 * is as quick as a later one (docs/benchmarks.md). Here it ends 3.6–5.5 s after the page begins
 * loading, in idle time only.
 */
export const WARM_UP_ROUNDS = 72;
/** How long after the user's last touch of the page the warm-up waits before its next step. */
const QUIET_MS = 1000;

/** The value a lever takes in a round: a step or a few either side of today, within its range. */
export function warmUpValue(parameter: AuthorityParameter, round: number): number | boolean {
	if (parameter.kind === 'boolean')
		return round % 2 === 0 ? !parameter.statusQuo : parameter.statusQuo;
	const steps = (1 + (round % 5)) * (round % 2 === 0 ? 1 : -1);
	const value = parameter.statusQuo + steps * parameter.step;
	return Math.min(parameter.max, Math.max(parameter.min, Number(value.toFixed(10))));
}

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => number;

/**
 * Warm the parts' update code in idle time; returns a function that stops it. `parts` are the
 * components to copy, each mounted on its own so that one step is one part's update.
 */
export function warmUpWhenIdle(
	authority: Authority,
	values: ScenarioValues,
	parts: Component[],
	rounds = WARM_UP_ROUNDS
): () => void {
	const idle: Idle =
		typeof requestIdleCallback === 'function'
			? (run) => requestIdleCallback(run)
			: (run) => window.setTimeout(() => run({ timeRemaining: () => 8 }), 50);
	const cancelIdle = (handle: number) =>
		typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);

	const host = document.createElement('div');
	const copies: { state: ScenarioState; root: Record<string, unknown> }[] = [];
	const levers = (state: ScenarioState) => leversThatApply(state.authority);
	let step = 0;
	let handle = 0;
	let stopped = false;
	let lastTouch = -Infinity;

	const stop = () => {
		if (stopped) return;
		stopped = true;
		cancelIdle(handle);
		clearTimeout(handle);
		for (const event of touches) window.removeEventListener(event, touched, true);
		for (const copy of copies) unmount(copy.root);
		copies.length = 0;
	};
	// While the user is at the page, it waits: a step never runs within a second of a touch.
	const touches = ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel'] as const;
	const touched = () => (lastTouch = performance.now());
	for (const event of touches)
		window.addEventListener(event, touched, { capture: true, passive: true });

	/** One step: mount the next part, or move one part's lever; false once every round is done. */
	const next = (): boolean => {
		const part = step % parts.length;
		const round = Math.floor(step / parts.length) - 1;
		step++;
		if (round < 0) {
			const state = new ScenarioState(authority, values);
			const root = mount(parts[part], { target: host, context: scenarioContext(state) });
			copies.push({ state, root });
			return true;
		}
		if (round >= rounds) return false;
		const { state } = copies[part];
		const choices = levers(state);
		const lever = choices[(round + part) % choices.length];
		state.values = { ...values };
		state.set(lever.id, warmUpValue(lever, round));
		flushSync();
		return true;
	};

	const slice = (deadline: { timeRemaining(): number }) => {
		if (stopped) return;
		const sinceTouch = performance.now() - lastTouch;
		if (sinceTouch < QUIET_MS) {
			handle = window.setTimeout(() => (handle = idle(slice)), QUIET_MS - sinceTouch);
			return;
		}
		// At least one step, then more while the browser says it has time to spare.
		do {
			if (!next()) {
				// For the slider benchmark: when the warm-up finished, and in how many steps.
				performance.mark('rewire:warm-up', { detail: { steps: step } });
				return stop();
			}
		} while (deadline.timeRemaining() > 8);
		handle = idle(slice);
	};
	handle = idle(slice);
	return stop;
}
