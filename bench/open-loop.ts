/**
 * An open-loop load generator: requests leave at evenly spaced moments (one every 1/rate s),
 * whether or not earlier ones have been answered, and each latency is measured from the moment
 * the request was due, not from when it was sent. So a server (or this generator) that falls
 * behind is charged for the wait, as a real user would be.
 *
 * Why not autocannon's `overallRate`: autocannon gives each connection rate/connections
 * requests a second and a budget that refills once a second, so each connection sends its
 * whole second's share back to back as soon as the budget refills: 500 requests arrive in one
 * burst at the top of every second, 50 at a time, and the tail measures the queue of that burst.
 * It also records every response as if the expected gap were ceil(1 / per-connection rate) =
 * 1 ms, filling in made-up latencies.
 *
 * Run it in its own process from the server's (it is: the server is a child process); it
 * reports its own CPU so that a reader can see how much of the two cores it took.
 *
 * Command line: tsx bench/open-loop.ts URL [rate] [seconds] [accept-encoding] (POSTs a Full
 * Rewiring projection).
 */
import { Agent, request as httpRequest } from 'node:http';

export interface OpenLoopOptions {
	url: string;
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	/** Requests a second. */
	rate: number;
	/** Seconds of load. */
	duration: number;
	/** Kept-alive connections at most; requests due while all are busy wait (and are charged). */
	connections?: number;
}

export interface OpenLoopResult {
	sent: number;
	ok: number;
	other: number;
	/** Requests answered a second over the whole run (first due to last answered). */
	achievedRate: number;
	p50Ms: number;
	p90Ms: number;
	p99Ms: number;
	p999Ms: number;
	maxMs: number;
	/** How late this generator itself sent requests (p99), a check on the generator. */
	sendLagP99Ms: number;
	/** This process's CPU over the run, as a share of one core. */
	generatorCpu: number;
}

const percentile = (sorted: number[], p: number) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

const round = (ms: number) => Math.round(ms * 10) / 10;

export function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
	const { url, method = 'GET', headers = {}, body, rate, duration, connections = 50 } = options;
	const target = new URL(url);
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const total = Math.round(rate * duration);
	const interval = 1000 / rate;
	const payload = body === undefined ? undefined : Buffer.from(body);
	const requestHeaders = {
		...headers,
		...(payload ? { 'content-length': String(payload.length) } : {})
	};
	const latencies: number[] = [];
	const lags: number[] = [];
	let sent = 0;
	let answered = 0;
	let ok = 0;
	let other = 0;
	let lastAnswer = 0;
	const cpuBefore = process.cpuUsage();
	const start = performance.now() + 50;

	return new Promise((resolve) => {
		const finish = () => {
			agent.destroy();
			const cpu = process.cpuUsage(cpuBefore);
			const wall = performance.now() - start;
			latencies.sort((a, b) => a - b);
			lags.sort((a, b) => a - b);
			resolve({
				sent,
				ok,
				other,
				achievedRate: Math.round((answered / (lastAnswer - start)) * 1000),
				p50Ms: round(percentile(latencies, 50)),
				p90Ms: round(percentile(latencies, 90)),
				p99Ms: round(percentile(latencies, 99)),
				p999Ms: round(percentile(latencies, 99.9)),
				maxMs: round(latencies.at(-1) ?? 0),
				sendLagP99Ms: round(percentile(lags, 99)),
				generatorCpu: Math.round(((cpu.user + cpu.system) / 1000 / wall) * 100) / 100
			});
		};
		const settle = (due: number, status: number) => {
			lastAnswer = performance.now();
			latencies.push(lastAnswer - due);
			if (status >= 200 && status < 300) ok++;
			else other++;
			if (++answered === total) finish();
		};
		const send = (due: number) => {
			lags.push(performance.now() - due);
			const req = httpRequest(
				{
					agent,
					host: target.hostname,
					port: target.port,
					path: target.pathname + target.search,
					method,
					headers: requestHeaders
				},
				(res) => {
					res.on('data', () => {});
					res.on('end', () => settle(due, res.statusCode ?? 0));
					res.on('error', () => settle(due, 0));
				}
			);
			req.on('error', () => settle(due, 0));
			req.end(payload);
		};
		// Wake at each due moment (timers are good to about a millisecond) and send everything
		// due by then, so a late wake-up never drops a request, only charges its lateness.
		const tick = () => {
			const now = performance.now();
			while (sent < total && start + sent * interval <= now) send(start + sent++ * interval);
			if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
		};
		setTimeout(tick, 50);
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { presets } = await import('../models/index');
	const [url, rate = '500', seconds = '10', acceptEncoding] = process.argv.slice(2);
	const values = presets.find((p) => p.id === 'full-rewiring')!.values;
	const result = await openLoop({
		url,
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {})
		},
		body: JSON.stringify({ values }),
		rate: Number(rate),
		duration: Number(seconds)
	});
	console.log(JSON.stringify(result));
}
