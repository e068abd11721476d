/**
 * Work on the page's main thread in slices: a step generator (such as the tornado's) is run for a
 * few milliseconds at a time, giving the browser its turn between slices, so a key press or a
 * frame never waits behind the whole computation; and it stops as soon as its signal is aborted,
 * so a scenario that has already changed is not worked out to the end.
 */

/** Long enough that the handover costs little, short enough to leave most of a 16 ms frame. */
export const SLICE_MS = 4;

interface Scheduler {
	yield?: () => Promise<void>;
}

/**
 * Let the browser handle input and paint, then carry on. `scheduler.yield()` (Chromium) puts the
 * continuation ahead of other queued tasks; elsewhere a message (unlike `setTimeout(0)`, which
 * browsers stretch to 4 ms once nested) comes back as soon as the queue reaches it.
 */
export function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	if (typeof MessageChannel === 'undefined')
		return new Promise((resolve) => setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * Runs `steps` to the end in slices of about `sliceMs` (at least one step each), pausing with
 * `pause` between slices. Resolves to the generator's return value, or `undefined` if `signal`
 * was aborted first; no step runs after the abort.
 */
export async function runInSlices<T>(
	steps: Generator<unknown, T, void>,
	signal: AbortSignal,
	{
		sliceMs = SLICE_MS,
		pause = yieldToBrowser
	}: { sliceMs?: number; pause?: () => Promise<void> } = {}
): Promise<T | undefined> {
	for (;;) {
		if (signal.aborted) return undefined;
		const start = performance.now();
		do {
			const step = steps.next();
			if (step.done) return step.value;
		} while (performance.now() - start < sliceMs);
		await pause();
	}
}
