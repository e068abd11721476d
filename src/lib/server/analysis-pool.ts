/**
 * Analyses (Monte Carlo, tornado, goal seek…) take from milliseconds to over a second of CPU,
 * so they run off the main thread, in a bounded pool of worker threads with a bounded queue:
 * page loads and sign-ins never wait behind them. Past the queue a request is refused at once
 * (503 with retry-after) rather than left to wait, and a job past its time limit is stopped
 * (its worker is ended and replaced).
 *
 * The worker file is build/analysis-worker.js, found through REWIRE_ANALYSIS_WORKER, which
 * build/guards.js sets. Without it (vite dev, unit tests) analyses run in this process.
 */
import { Worker } from 'node:worker_threads';
import { runAnalysis, type AnalysisRequest } from '../engine/analysis/run';
import type { WorkerReply } from './analysis.worker';
import { serverConfig } from './config';
import { getDb } from './db';
import { ApiError } from './http';
import { takeHit, tooMany } from './rate-limit';

interface Job {
	id: number;
	request: AnalysisRequest;
	resolve: (body: string) => void;
	reject: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	job?: Job;
	timer?: NodeJS.Timeout;
}

export class AnalysisPool {
	#slots: Slot[] = [];
	#queue: Job[] = [];
	#nextId = 1;

	constructor(
		readonly file: string,
		readonly size: number,
		readonly queueLimit: number,
		readonly timeoutMs: number
	) {
		for (let i = 0; i < size; i++) this.#slots.push(this.#startSlot());
	}

	/** The analysis's JSON body; rejects with a 503 ApiError when busy or too slow. */
	run(request: AnalysisRequest): Promise<string> {
		const idle = this.#slots.find((slot) => !slot.job);
		if (!idle && this.#queue.length >= this.queueLimit) {
			return Promise.reject(
				new ApiError(
					503,
					'The server is busy with other analyses. Try again in a few seconds.',
					null,
					{},
					{ 'retry-after': '5' }
				)
			);
		}
		return new Promise((resolve, reject) => {
			const job = { id: this.#nextId++, request, resolve, reject };
			if (idle) this.#start(idle, job);
			else this.#queue.push(job);
		});
	}

	get waiting(): number {
		return this.#queue.length;
	}

	#startSlot(): Slot {
		const slot: Slot = { worker: new Worker(this.file) };
		slot.worker.on('message', (reply: WorkerReply) => {
			const job = slot.job;
			if (!job || reply.id !== job.id) return;
			if ('started' in reply) {
				slot.timer = setTimeout(() => this.#timeOut(slot, job), this.timeoutMs);
				return;
			}
			this.#finish(slot);
			// Timed by the worker too: when this thread is slow to read the worker's messages,
			// "started" and the answer can arrive together, before the timer could fire.
			if (reply.ms > this.timeoutMs) job.reject(this.#tooSlow());
			else if (reply.ok) job.resolve(reply.body);
			else job.reject(new Error(reply.message));
		});
		slot.worker.on('error', (error) => this.#replace(slot, error));
		slot.worker.on('exit', () => this.#replace(slot, new Error('the analysis worker stopped')));
		// The pool must not keep the process alive on shutdown.
		slot.worker.unref();
		return slot;
	}

	#start(slot: Slot, job: Job) {
		slot.job = job;
		slot.worker.postMessage({ id: job.id, request: job.request });
	}

	/** Past its time limit: the job is refused and its worker ended (and so replaced). */
	#timeOut(slot: Slot, job: Job) {
		if (slot.job !== job) return;
		job.reject(this.#tooSlow());
		slot.job = undefined;
		// Replaced at once, so no new job is given to the worker that is being ended.
		this.#replace(slot, null);
	}

	#tooSlow(): ApiError {
		const seconds = this.timeoutMs / 1000;
		return new ApiError(
			503,
			`The analysis took longer than ${seconds.toLocaleString('en-GB')} seconds and was stopped. Try fewer runs.`,
			null,
			{},
			{ 'retry-after': '5' }
		);
	}

	#finish(slot: Slot) {
		clearTimeout(slot.timer);
		slot.job = undefined;
		const next = this.#queue.shift();
		if (next) this.#start(slot, next);
	}

	/** A worker that died or is to be ended: its job (if any) fails, a new worker takes its place. */
	#replace(slot: Slot, error: Error | null) {
		const index = this.#slots.indexOf(slot);
		if (index < 0) return;
		clearTimeout(slot.timer);
		if (error) slot.job?.reject(error);
		slot.job = undefined;
		slot.worker.removeAllListeners();
		// An 'error' with no listener would throw in this thread: the old worker's are ignored.
		slot.worker.on('error', () => {});
		void slot.worker.terminate();
		const fresh = this.#startSlot();
		this.#slots[index] = fresh;
		const next = this.#queue.shift();
		if (next) this.#start(fresh, next);
	}
}

let pool: AnalysisPool | undefined;

/** Run an analysis in the pool (or in this process when there is no built worker file). */
export function analyse(request: AnalysisRequest): Promise<string> {
	const file = process.env.REWIRE_ANALYSIS_WORKER;
	if (!file) return Promise.resolve(JSON.stringify(runAnalysis(request)));
	if (!pool) {
		const config = serverConfig();
		pool = new AnalysisPool(
			file,
			config.analysisWorkers,
			config.analysisQueue,
			config.analysisTimeoutMs
		);
	}
	return pool.run(request);
}

/**
 * Anonymous analyses, per client address: at most ANALYSIS_PER_MINUTE in any minute, counted in
 * the database so that every server counts the same requests.
 */
export async function checkAnonymousRate(address: string, now = Date.now()): Promise<void> {
	const limit = serverConfig().analysisPerMinute;
	const db = getDb();
	const key = `analysis-address:${address}`;
	const wait = await db.transaction(async () => {
		await db.lock(key);
		return takeHit(db, key, limit, now);
	});
	if (wait)
		throw tooMany(
			`Too many analyses from this address: at most ${limit} a minute without signing in. Try again in ${wait} seconds, or sign in.`,
			wait
		);
}
