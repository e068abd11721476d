/**
 * npm run bench:monte-carlo: 1,000-run Monte Carlos in a process that runs nothing else, as the
 * modeller's worker runs them. Not a test: it prints figures to record in docs/benchmarks.md.
 *
 * First the fast path is primed, as the workers prime it (fast.ts; `-- --no-prime` leaves it
 * out, to see what priming is for). Then the status quo: two seconds of warm-up (V8 compiles the
 * fast path's engine in the background, a fifth of a second to two seconds here), then the median
 * of each further second. Then a drag: every lever of the default council in turn moved twelve
 * steps up its range, one Monte Carlo a step, as the worker runs one for each move of a slider;
 * each lever moved off today's value takes the accounts down paths the status quo never ran.
 * After each measured second a fixed piece of arithmetic is timed (machine-speed.ts): this host
 * sometimes runs everything 1.5-2 x slower for seconds at a time, and a slow second with a slow
 * probe beside it is the host, not the engine.
 */
import os from 'node:os';
import { defaultAuthority, leversThatApply } from '../models/index';
import { monteCarlo } from '../src/lib/engine/analysis/index';
import { primeFastPath } from '../src/lib/engine/fast';
import type { ScenarioValues } from '../src/lib/engine/index';
import { machineSpeed } from './machine-speed';

const WARM_UP_MS = 2000;
const SECONDS = 4;
const STEPS = 12;
const prime = !process.argv.includes('--no-prime');
const ms = (value: number) => value.toFixed(1);
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1];

const load = os.loadavg().map((l) => l.toFixed(2));
if (prime) primeFastPath();

const statusQuo = { values: {} };
const begin = performance.now();
while (performance.now() - begin < WARM_UP_MS) monteCarlo(defaultAuthority, statusQuo);
const medians: number[] = [];
const probes: number[] = [];
for (let second = 0; second < SECONDS; second++) {
	const times: number[] = [];
	const start = performance.now();
	while (performance.now() - start < 1000) {
		const before = performance.now();
		monteCarlo(defaultAuthority, statusQuo);
		times.push(performance.now() - before);
	}
	medians.push(median(times));
	probes.push(machineSpeed());
}

// The drag: each lever's value after `step` moves, a twelfth of the way to its top each move.
const values: ScenarioValues = {};
const drag: number[] = [];
for (const p of leversThatApply(defaultAuthority)) {
	for (let step = 1; step <= STEPS; step++) {
		if (p.kind === 'boolean') values[p.id] = step % 2 === 1 ? !p.statusQuo : p.statusQuo;
		else {
			const stepsToTop = Math.max(1, Math.round((p.max - p.statusQuo) / p.step / STEPS));
			values[p.id] = Math.min(
				p.max,
				Number((p.statusQuo + step * stepsToTop * p.step).toFixed(10))
			);
		}
		const before = performance.now();
		monteCarlo(defaultAuthority, { values: { ...values } });
		drag.push(performance.now() - before);
	}
}
const sorted = [...drag].sort((a, b) => a - b);
const rank = (q: number) => sorted[Math.ceil(q * sorted.length) - 1];

console.log(
	`Monte Carlo, 1,000 runs, alone in its process, ${prime ? 'primed' : 'NOT primed'} (node ${process.version}, load ${load.join(' ')}):\n` +
		`  status quo: median of each second after ${WARM_UP_MS / 1000} s of warm-up ${medians.map((m) => m.toFixed(2)).join(', ')} ms\n` +
		`  the machine's speed probe after each second (bench/machine-speed.ts): ${probes.map(ms).join(', ')} ms\n` +
		`  a drag of every lever (${drag.length} Monte Carlos): median ${ms(rank(0.5))}, p95 ${ms(rank(0.95))}, ` +
		`slowest ${ms(sorted.at(-1)!)} ms; ${drag.filter((t) => t > 8).length} over 8 ms; ` +
		`${ms(drag.reduce((a, b) => a + b, 0))} ms in all`
);
