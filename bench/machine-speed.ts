/**
 * How fast this machine is running at the moment: the time of a fixed piece of arithmetic (no
 * allocation, no call into the engine), to print beside a benchmark's figures. This machine is a
 * virtual one on a shared host, and for seconds at a time the same code runs 1.5–2 × slower
 * (docs/benchmarks.md); a figure measured then says so by a slow probe beside it.
 */
const values = new Float64Array(1024);

function sweep(): number {
	let total = 0;
	for (let pass = 0; pass < 200; pass++)
		for (let i = 0; i < values.length; i++) {
			values[i] = values[i] * 0.999 + i * 1e-3;
			total += values[i];
		}
	return total;
}

// Compiled before it is first timed (about 7 ms): its first timings were otherwise a fifth slower.
for (let i = 0; i < 40; i++) sweep();

/** Milliseconds for 20 sweeps of the probe (about 3.5 ms here when the host is not busy). */
export function machineSpeed(): number {
	const start = performance.now();
	for (let i = 0; i < 20; i++) sweep();
	return performance.now() - start;
}
