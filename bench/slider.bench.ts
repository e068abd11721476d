/**
 * npm run bench:slider: how long the modeller takes to answer a slider, with every analysis open.
 * Not a test: it prints figures to record in docs/benchmarks.md. The built server
 * (tests/api/server.ts) and Debian's Chromium, as the browser tests use.
 *
 * Each move sets the council tax slider one step and dispatches an `input` event, as a drag does,
 * at the start of a frame: Chromium delivers a drag's pointer moves so (rAF-aligned input), and
 * the slider's `input` event comes from them. "In its frame" is from the dispatch to the frame
 * painted (the page's handler and Svelte's update, then the frame's style, layout and paint, to
 * a task queued at once, which runs after them): under 16 ms, every move is drawn in the frame it
 * arrives in. (Until 2026-12-06 a move was dispatched from a timer and timed to the next frame,
 * which also counted the wait for that frame, up to 16.7 ms, by the timer's phase against the
 * display's: no page could be under 16 ms at p95 on it.) Moves are 40 ms apart, a brisk drag, so
 * the debounced analyses (the tornado, the Monte Carlo re-run) wait, as they do while a finger
 * moves; the long tasks seen over the whole run, the debounced work included, are reported too.
 * The Long Tasks API only sees tasks over 50 ms, so each drag is also traced (Chromium's
 * "toplevel" trace category) for every main-thread task, to show how many exceed a 16 ms frame.
 * First, each on a page of its own, the first drag after loading with the analysis hidden (the
 * headline and main charts only): two seconds after the page is ready (its fans drawn), when
 * its warm-up (src/lib/modeller/warm-up.ts) may still be running, and once it has finished.
 * Then three drags on one page once its warm-up has finished: the first with the analysis open,
 * a second, and one with it hidden. Last, the fan: each move waits until the fan charts show the
 * runs for it (their `aria-busy` goes false) and are painted, at the default run count, for the
 * council tax slider and then for a lever never moved before (prevention investment).
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { serverAndBrowser } from './browser';
import { machineSpeed } from './machine-speed';

const MOVES = Number(process.env.MOVES ?? 50);
/** The council tax slider's values, move by move: either side of today's 4.99 %. */
const councilTaxMoves = Array.from({ length: MOVES }, (_, i) =>
	(4.99 + (i % 2 === 0 ? -1 : 1) * 0.01 * (1 + (i % 7))).toFixed(2)
);

/** Durations (ms) of the page's main-thread tasks in a Chromium trace. */
function mainThreadTasks(trace: Buffer): number[] {
	const events: {
		name: string;
		ph: string;
		pid: number;
		tid: number;
		dur?: number;
		args?: { name?: string };
	}[] = JSON.parse(trace.toString()).traceEvents;
	const main = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	return events
		.filter(
			(e) =>
				e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)
		)
		.map((e) => (e.dur ?? 0) / 1000);
}

function summarise(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
	return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const { server, browser, close } = await serverAndBrowser();
try {
	/** The modeller freshly loaded in a browser context of its own (no code cached from before). */
	const openModeller = async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		// tsx keeps function names with an `__name` helper that the page does not have.
		await page.addInitScript('window.__name = (f) => f');
		await page.goto(`${server.url}/`);
		await page.waitForSelector('body[data-hydrated="true"]');
		// Every analysis drawn: the fans arrive from the worker after the first run.
		await page.waitForSelector('[data-testid="fan-charts"]', { timeout: 60_000 });
		return page;
	};
	/**
	 * The page warms the code a drag runs in idle time after loading, waiting while the page is
	 * touched (src/lib/modeller/warm-up.ts): whether it had finished when the drag began.
	 */
	const warmUpState = (page: Page) =>
		page.evaluate(() => {
			const mark = performance.getEntriesByName('rewire:warm-up')[0] as PerformanceMark | undefined;
			if (!mark) return 'not finished when the drag began';
			const { steps } = mark.detail as { steps: number };
			return `finished in ${steps} steps, ${(mark.startTime / 1000).toFixed(1)} s after the page began loading and ${((performance.now() - mark.startTime) / 1000).toFixed(1)} s before the drag`;
		});

	const drag = async (page: Page) => {
		// How busy the machine is just before the drag (machine-speed.ts): about 3.5 ms with a core
		// free; more while the host is slow or the browser still compiles in the background.
		const probe = machineSpeed();
		await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
		const result = await dragOnce(page);
		const tasks = mainThreadTasks(await browser.stopTracing());
		return { ...result, tasks, probe };
	};
	const dragOnce = (page: Page) =>
		page.evaluate(async (values) => {
			const slider = document.querySelector<HTMLInputElement>('#p-councilTaxIncrease')!;
			const headline = document.querySelector('[data-testid="headline"]')!;
			const longTasks: number[] = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) longTasks.push(entry.duration);
			}).observe({ type: 'longtask' });
			/**
			 * A move at the start of a frame: Svelte applies it in a microtask at the end of this
			 * callback, before the frame's style, layout and paint; a task queued now runs after them.
			 */
			const moveInFrame = (value: string) =>
				new Promise<{ start: number; painted: number; changed: boolean }>((resolve) =>
					requestAnimationFrame(() => {
						const before = headline.textContent;
						const start = performance.now();
						slider.value = value;
						slider.dispatchEvent(new Event('input', { bubbles: true }));
						queueMicrotask(() => {
							const changed = headline.textContent !== before;
							const channel = new MessageChannel();
							channel.port1.onmessage = () =>
								resolve({ start, painted: performance.now(), changed });
							channel.port2.postMessage(null);
						});
					})
				);
			const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
			const inFrame: number[] = [];
			for (const value of values) {
				const { start, painted, changed } = await moveInFrame(value);
				if (!changed) throw new Error('the headline did not change');
				inFrame.push(painted - start);
				await sleep(40);
			}
			// Let the debounced analyses run once the "drag" stops, and catch their long tasks.
			await sleep(3000);
			return { inFrame, longTasks };
		}, councilTaxMoves);
	// The first drag after the page loads also pays for the engine and Svelte code being compiled
	// and optimised by V8 as it first runs; reported apart, since every later drag is warm.
	// The first drag with the analysis hidden, as one who looks only at the headline and main
	// charts would move it: a page of its own, the analysis hidden once loaded.
	/** Until the page's warm-up has finished (it marks when), or 20 s at most. */
	const warmedUp = (page: Page) =>
		page
			.waitForFunction(() => performance.getEntriesByName('rewire:warm-up').length > 0, null, {
				timeout: 20_000
			})
			.catch(() => undefined);
	/** The first drag on a page of its own with the analysis hidden, once `ready` has passed. */
	const firstHiddenDrag = async (ready: (page: Page) => Promise<unknown>) => {
		const hiddenPage = await openModeller();
		await hiddenPage.waitForTimeout(1000);
		await hiddenPage.getByRole('button', { name: 'Hide the analysis' }).click();
		await ready(hiddenPage);
		const warmUp = await warmUpState(hiddenPage);
		const result = await drag(hiddenPage);
		await hiddenPage.context().close();
		return { ...result, warmUp };
	};
	// Two seconds after the page is ready (its warm-up may not have finished), then once it has.
	const hiddenEarly = await firstHiddenDrag((page) => page.waitForTimeout(1000));
	const hiddenWarmed = await firstHiddenDrag(warmedUp);

	const page = await openModeller();
	await warmedUp(page);
	const openWarmUp = await warmUpState(page);
	const first = await drag(page);
	const open = await drag(page);
	// The council tax slider about today's 4.99 %, then a lever never moved before: prevention,
	// off its status quo of nothing for the first time, which takes the accounts down new paths.
	const fan = await fanFollows(page, 'councilTaxIncrease', councilTaxMoves);
	const newLever = await fanFollows(
		page,
		'preventionInvestment',
		Array.from({ length: MOVES }, (_, i) => (0.5 * (1 + (i % 7))).toFixed(1))
	);
	await page.getByRole('button', { name: 'Hide the analysis' }).click();
	await page.waitForTimeout(500);
	const closed = await drag(page);

	console.log(
		`Rewire slider benchmark — Chromium, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, load ${os.loadavg()[0].toFixed(1)}`
	);
	console.log(`${MOVES} moves of the council tax slider at 1280 × 800, 40 ms apart`);
	console.log(
		`the warm-up: analysis open, ${openWarmUp}; hidden, 2 s after ready: ${hiddenEarly.warmUp}; hidden, waited for: ${hiddenWarmed.warmUp}`
	);
	for (const [name, result] of [
		['analysis open, the first drag (once the warm-up has finished)', first],
		['analysis open', open],
		['analysis hidden', closed],
		[
			'analysis hidden, the first drag, 2 s after the page is ready (a page of its own)',
			hiddenEarly
		],
		[
			'analysis hidden, the first drag once the warm-up has finished (a page of its own)',
			hiddenWarmed
		]
	] as const) {
		const frame = summarise(result.inFrame);
		console.log(`${name} (the machine's speed probe before it: ${result.probe.toFixed(1)} ms):`);
		console.log(
			`  a move in its frame, input → painted: median ${frame.median.toFixed(1)} ms, p95 ${frame.p95.toFixed(1)} ms, max ${frame.max.toFixed(1)} ms`
		);
		console.log(
			`  long tasks (> 50 ms), the debounced analyses included: ${result.longTasks.length ? result.longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`
		);
		const overFrame = result.tasks.filter((d) => d > 16).sort((a, b) => b - a);
		console.log(
			`  main-thread tasks (traced): ${result.tasks.length}, longest ${Math.max(...result.tasks).toFixed(1)} ms, over 16 ms: ${overFrame.length ? overFrame.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`
		);
	}
	for (const [name, result] of [
		[`the fan follows (analysis open, ${MOVES} moves, each waiting for its fan)`, fan],
		['the fan follows a lever never moved before (prevention, off nothing)', newLever]
	] as const) {
		const toFan = summarise(result.toFan);
		console.log(
			`${name}: input → fan painted median ${toFan.median.toFixed(1)} ms, p95 ${toFan.p95.toFixed(1)} ms, max ${toFan.max.toFixed(1)} ms${result.missed ? `; ${result.missed} moves' fans never arrived within 5 s` : ''}`
		);
	}
} finally {
	await close();
}

/**
 * Each move sets a slider to the next of `values` and waits until the fan charts show the runs
 * for it and are painted: input → fan painted, per move.
 */
function fanFollows(page: Page, id: string, values: string[]) {
	return page.evaluate(
		async ({ id, values }) => {
			const slider = document.querySelector<HTMLInputElement>(`#p-${id}`)!;
			const fans = document.querySelector('[data-testid="fan-charts"]')!;
			const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
			// The fans for this move: aria-busy goes true as the run is asked for, false when it is shown.
			const shown = () =>
				new Promise<boolean>((resolve) => {
					let asked = fans.getAttribute('aria-busy') === 'true';
					const observer = new MutationObserver(() => {
						const busy = fans.getAttribute('aria-busy') === 'true';
						if (busy) asked = true;
						else if (asked) finish(true);
					});
					const finish = (ok: boolean) => {
						observer.disconnect();
						clearTimeout(timer);
						resolve(ok);
					};
					const timer = setTimeout(() => finish(false), 5000);
					observer.observe(fans, { attributes: true, attributeFilter: ['aria-busy'] });
				});
			const painted = () =>
				new Promise<number>((resolve) =>
					requestAnimationFrame(() => {
						const channel = new MessageChannel();
						channel.port1.onmessage = () => resolve(performance.now());
						channel.port2.postMessage(null);
					})
				);
			const toFan: number[] = [];
			let missed = 0;
			for (const value of values) {
				const start = performance.now();
				const arrived = shown();
				slider.value = value;
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				if (await arrived) toFan.push((await painted()) - start);
				else missed++;
				await sleep(40);
			}
			return { toFan, missed };
		},
		{ id, values }
	);
}
