// npm start: the built app, on PORT (default 3000). With ORIGIN unset the app accepts its own
// address however it is reached (localhost, 127.0.0.1, a LAN address in a workshop): see
// adapter/guards.js. Behind a proxy, set ORIGIN (README).
//
// WEB_CONCURRENCY=N runs N worker processes (node's cluster module) sharing the one port, so a
// machine's every core serves requests. They share the database: PostgreSQL as several servers
// would, or the one SQLite file (WAL; each write waits for the file's lock, and room events
// pass between workers by a poll, src/lib/server/room-poll.ts). A worker that dies is replaced.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { reachableAt } from './addresses.js';

process.env.PORT ??= '3000';

function workerCount() {
	const raw = process.env.WEB_CONCURRENCY;
	if (raw === undefined || raw === '') return 1;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1) {
		console.error(`WEB_CONCURRENCY must be a whole number of workers (1 or more), not "${raw}"`);
		process.exit(2);
	}
	return n;
}

function printAddresses() {
	const addresses = reachableAt({
		origin: process.env.ORIGIN,
		host: process.env.HOST,
		port: process.env.PORT
	});
	console.log(`Rewire can be reached at:\n${addresses.map((a) => `  ${a}`).join('\n')}`);
}

const workers = workerCount();

if (workers === 1 || !cluster.isPrimary) {
	// A worker's channel to the primary would keep it running once the server has shut down.
	if (cluster.isWorker) process.once('sveltekit:shutdown', () => cluster.worker?.disconnect());
	await import('../build/index.js');
	if (cluster.isPrimary) printAddresses();
} else {
	// Each worker's analysis threads share the cores with the other workers' request threads.
	process.env.ANALYSIS_WORKERS ??= String(
		Math.max(1, Math.floor((availableParallelism() - workers) / workers))
	);
	let stopping = false;
	let listening = 0;
	const start = (n) => {
		const worker = cluster.fork({ REWIRE_WORKER: String(n) });
		let served = false;
		worker.once('listening', () => {
			served = true;
			if (++listening === workers) printAddresses();
		});
		worker.once('exit', (code, signal) => {
			if (stopping) return;
			if (!served) {
				// It never started (a bad setting, an unreachable database): so would another.
				console.error(`Worker ${n} could not start (exit ${signal ?? code}); stopping.`);
				stop('SIGTERM');
				process.exitCode = 1;
				return;
			}
			console.error(`Worker ${n} stopped (${signal ?? `exit ${code}`}); starting another.`);
			start(n);
		});
	};
	const stop = (signal) => {
		stopping = true;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
	};
	// Each worker finishes the requests it has (adapter-node's graceful shutdown), then exits;
	// this process ends with the last of them.
	for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stop(signal));
	for (let n = 1; n <= workers; n++) start(n);
}
