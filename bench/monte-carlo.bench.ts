/**
 * npm run bench:monte-carlo: 1,000 Monte Carlo runs of the status quo in a process that runs
 * nothing else, as the modeller's worker does. Not a test: it prints figures to record in
 * docs/benchmarks.md. Two seconds of warm-up (V8 compiles the fast path's engine in the
 * background, a fifth of a second to two seconds here), then the median of each further second.
 * Run it several times: V8 compiles the fast path's engine differently from process to process
 * (here 5.6-6.2 ms a Monte Carlo in some processes, 9-10 ms in others, each steady once
 * compiled), so one process's figure is not the engine's. `npm run bench` times the same Monte
 * Carlo after the decimal engine, the tornado and other scenarios have run in its process.
 */
import os from 'node:os';
import { defaultAuthority } from '../models/index';
import { monteCarlo } from '../src/lib/engine/analysis/index';

const WARM_UP_MS = 2000;
const SECONDS = 4;
const scenario = { values: {} };
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1];

const load = os.loadavg().map((l) => l.toFixed(2));
const begin = performance.now();
while (performance.now() - begin < WARM_UP_MS) monteCarlo(defaultAuthority, scenario);
const medians: number[] = [];
for (let second = 0; second < SECONDS; second++) {
	const times: number[] = [];
	const start = performance.now();
	while (performance.now() - start < 1000) {
		const before = performance.now();
		monteCarlo(defaultAuthority, scenario);
		times.push(performance.now() - before);
	}
	medians.push(median(times));
}
console.log(
	`Monte Carlo, 1,000 runs, alone in its process (node ${process.version}, load ${load.join(' ')}): ` +
		`median of each second after ${WARM_UP_MS / 1000} s of warm-up ${medians.map((m) => m.toFixed(2)).join(', ')} ms`
);
