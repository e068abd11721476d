/**
 * A worker thread of the analysis pool (analysis-pool.ts): runs one analysis at a time with
 * the shared runner and answers with the JSON body, so the main thread only passes it on.
 * Bundled to build/analysis-worker.js by adapter/index.js.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runAnalysis, type AnalysisRequest } from '../engine/analysis/run';
import { primeFastPath } from '../engine/fast';

export type WorkerReply =
	| { id: number; started: true }
	| { id: number; ok: true; body: string; ms: number }
	| { id: number; ok: false; message: string; ms: number };

// A lower scheduling priority for this thread (on Linux, priority applies per thread): when the
// machine is short of CPU, pages and sign-ins on the main thread come first, analyses wait.
try {
	setPriority(10);
} catch {
	// Not permitted here: the analyses still run, at normal priority.
}

// Before the first analysis: otherwise each path first taken by a request throws the compiled
// accounts away (fast.ts).
primeFastPath();

parentPort!.on('message', ({ id, request }: { id: number; request: AnalysisRequest }) => {
	// The time limit counts from here, not from a new worker's start-up.
	parentPort!.postMessage({ id, started: true } satisfies WorkerReply);
	const start = performance.now();
	let reply: WorkerReply;
	try {
		const body = JSON.stringify(runAnalysis(request));
		reply = { id, ok: true, body, ms: performance.now() - start };
	} catch (error) {
		reply = {
			id,
			ok: false,
			message: error instanceof Error ? (error.stack ?? error.message) : String(error),
			ms: performance.now() - start
		};
	}
	parentPort!.postMessage(reply);
});
