/**
 * npm run bench:api: requests per second and latency of the JSON API, measured with autocannon
 * (and, for the fixed rate of issue 17, an evenly paced open-loop generator, bench/open-loop.ts)
 * against the BUILT server (node build/index.js) on a free port with a temporary database.
 * Not a test: it prints figures to record in docs/benchmarks.md. Builds first if build/ is
 * missing. Each case runs for DURATION seconds (default 10) after a short warm-up.
 *
 * Then the same three requests against each way of running it (bench/deployments.ts): one
 * server, WEB_CONCURRENCY=2, one and two servers on PostgreSQL (a throwaway cluster on
 * loopback, when PostgreSQL is installed), in the one run so that the ratios compare
 * (DEPLOYMENTS=no leaves that part out).
 */
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { presets } from '../models/index';
import { castOfAccounts, password, startServer, tempDatabasePath } from '../tests/api/server';
import { compareDeployments, saveRequest, scenariosToSave, type Figures } from './deployments';
import { openLoop } from './open-loop';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 10);

function run(name: string, options: autocannon.Options): Promise<Figures> {
	return new Promise((resolve, reject) => {
		autocannon({ duration, connections, ...options }, (error, result) => {
			if (error) return reject(error);
			resolve({
				name,
				requestsPerSecond: result.requests.average,
				p50Ms: result.latency.p50,
				p99Ms: result.latency.p99,
				ok: result['2xx'],
				other: result.non2xx + result.errors + result.timeouts
			});
		});
	});
}

/** A process's CPU time so far (user + system, all threads), from Linux's /proc; NaN elsewhere. */
function serverCpuMs(pid: number | undefined): number {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		// utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return NaN;
	}
}

async function main() {
	if (!existsSync('build/index.js')) {
		console.log('Building (vite build)…');
		if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
	}
	const db = tempDatabasePath();
	const server = await startServer(db.path);
	try {
		const { officer } = await castOfAccounts(server);
		const cookie = officer.cookie!;
		const fullRewiring = presets.find((p) => p.id === 'full-rewiring')!.values;
		const json = { 'content-type': 'application/json' };

		const projectBody = JSON.stringify({ values: fullRewiring });
		const cases: [string, autocannon.Options][] = [
			[
				'POST /api/project (Full Rewiring, no account)',
				{ url: `${server.url}/api/project`, method: 'POST', headers: json, body: projectBody }
			],
			[
				'POST /api/scenarios (a new scenario each time)',
				{
					url: `${server.url}/api/scenarios`,
					method: 'POST',
					headers: { ...json, cookie },
					body: JSON.stringify({ name: 'Bench', values: fullRewiring })
				}
			]
		];

		const pool = await scenariosToSave(officer, connections * 2);
		let n = 0;
		cases.push([
			'PUT /api/scenarios/:id (a new version, correct baseVersion)',
			{
				url: server.url,
				headers: { ...json, cookie },
				requests: [
					saveRequest(pool, () => ({ councilTaxIncrease: (++n % 150) / 10, touristLevy: 1 }))
				]
			}
		]);

		const results: Figures[] = [];
		for (const [name, options] of cases) {
			await run(name, { ...options, duration: 2 }); // warm-up
			results.push(await run(name, options));
		}

		// Issue 17's target: p99 under 20 ms at a fixed 500 requests/s, evenly paced (open loop,
		// bench/open-loop.ts; autocannon's overallRate sends each second's share in one burst).
		// As sent without compression, and as a browser asks (Accept-Encoding).
		const openLoopDetails: string[] = [];
		for (const acceptEncoding of ['', 'gzip, deflate, br']) {
			const options = {
				url: `${server.url}/api/project`,
				method: 'POST',
				headers: { ...json, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
				body: projectBody,
				rate: 500
			};
			await openLoop({ ...options, duration: 2 }); // warm-up
			const cpuBefore = serverCpuMs(server.process.pid);
			const loadBefore = os.loadavg()[0];
			const r = await openLoop({ ...options, duration });
			const cpu = serverCpuMs(server.process.pid) - cpuBefore;
			const name = `POST /api/project at an even 500 requests/s (open loop${acceptEncoding ? `, accept-encoding: ${acceptEncoding}` : ''})`;
			results.push({
				name,
				requestsPerSecond: r.achievedRate,
				p50Ms: r.p50Ms,
				p99Ms: r.p99Ms,
				ok: r.ok,
				other: r.other
			});
			openLoopDetails.push(
				`${name}: p90 ${r.p90Ms} ms, p99.9 ${r.p999Ms} ms, max ${r.maxMs} ms; ` +
					`server CPU ${Number.isNaN(cpu) ? '?' : (cpu / r.sent).toFixed(2)} ms a request; ` +
					`the generator used ${r.generatorCpu} of a core and sent its p99 ${r.sendLagP99Ms} ms late; ` +
					`load average ${loadBefore.toFixed(1)}–${os.loadavg()[0].toFixed(1)}`
			);
		}

		// While 16 clients send the largest Monte Carlo the API allows, in a loop (signed in, so
		// no per-address limit applies), pages and sign-ins must stay quick: analyses run in the
		// worker pool, not on the thread that serves them.
		const hammer = { stop: new AbortController(), answered: new Map<string, number>() };
		const count = (what: string) => hammer.answered.set(what, (hammer.answered.get(what) ?? 0) + 1);
		const hammering = Array.from({ length: 16 }, async (_, n) => {
			while (!hammer.stop.signal.aborted) {
				try {
					const reply = await fetch(`${server.url}/api/analysis/montecarlo`, {
						method: 'POST',
						headers: { ...json, cookie },
						body: JSON.stringify({ values: fullRewiring, runs: 20_000, seed: n }),
						signal: hammer.stop.signal
					});
					await reply.arrayBuffer();
					count(String(reply.status));
				} catch {
					// Aborted when the measurement ends: still waiting in the queue.
					if (hammer.stop.signal.aborted) count('still queued at the end');
					else count('failed');
				}
			}
		});
		const underLoad: [string, autocannon.Options][] = [
			['GET / while 16 clients run 20,000-run Monte Carlos', { url: `${server.url}/` }],
			[
				'POST /api/session (sign-in) while 16 clients run 20,000-run Monte Carlos',
				{
					url: `${server.url}/api/session`,
					method: 'POST',
					headers: json,
					body: JSON.stringify({ email: 'officer@anyborough.gov.uk', password })
				}
			]
		];
		for (const [name, options] of underLoad) {
			await run(name, { ...options, connections: 2, duration: 2 }); // warm-up
			results.push(await run(name, { ...options, connections: 2 }));
		}
		hammer.stop.abort();
		await Promise.all(hammering);
		const answered = [...hammer.answered].map(([status, n]) => `${n} × ${status}`).join(', ');

		const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
		console.log(
			`\nAPI benchmark: Node ${process.version}, ${os.cpus().length} × ${cpu}; ` +
				`${connections} connections, ${duration} s a case, SQLite WAL with synchronous=FULL\n`
		);
		console.log('| case | requests/s | p50 | p99 | 2xx | other |');
		console.log('|---|---|---|---|---|---|');
		for (const r of results) {
			console.log(
				`| ${r.name} | ${Math.round(r.requestsPerSecond).toLocaleString('en-GB')} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.ok.toLocaleString('en-GB')} | ${r.other} |`
			);
		}
		console.log(`\n${openLoopDetails.join('\n')}`);
		console.log(`\nMonte Carlo requests answered meanwhile: ${answered}`);
		for (const r of results.filter((r) => r.name.includes('while'))) {
			if (r.p99Ms >= 250) console.error(`p99 over the 250 ms target: ${r.name}`);
		}
		const failures = results.filter((r) => r.other > 0);
		if (failures.length) {
			console.error(`\nNon-2xx answers in: ${failures.map((r) => r.name).join('; ')}`);
			process.exitCode = 1;
		}
	} finally {
		await server.stop();
		db.cleanup();
	}
	if (process.env.DEPLOYMENTS !== 'no') {
		const compared = await compareDeployments({
			duration,
			connections,
			run,
			body: fullRewiringBody()
		});
		if (!compared) process.exitCode = 1;
	}
}

function fullRewiringBody(): string {
	return JSON.stringify({ values: presets.find((p) => p.id === 'full-rewiring')!.values });
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
