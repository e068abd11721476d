/**
 * Server settings, read from the environment when first needed (never at import, so that
 * `vite build` and the command line see the same defaults as the running server).
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

function positiveNumber(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) {
		throw new Error(`${name} must be a positive number, not "${raw}"`);
	}
	return value;
}

function postgresUrl(raw: string | undefined): string | undefined {
	if (!raw) return undefined;
	if (!/^postgres(ql)?:\/\//.test(raw)) {
		throw new Error('DATABASE_URL must start with postgres:// (or leave it unset for SQLite)');
	}
	return raw;
}

export interface ServerConfig {
	databasePath: string;
	/** A PostgreSQL server to use instead of the SQLite file (postgres://…), if set. */
	databaseUrl: string | undefined;
	/** Connections each app server may hold open to PostgreSQL. */
	databasePoolSize: number;
	/** A session unused for this long is expired (fractions allowed, for tests). */
	sessionIdleMs: number;
	/** A session is expired this long after sign-in, however busy (fractions allowed). */
	sessionMaxMs: number;
	/** Failed sign-ins allowed per account from one address, and per client address, within the window. */
	signInFailuresPerAccount: number;
	signInFailuresPerAddress: number;
	signInWindowMs: number;
	/** Soft-deleted scenarios can be restored by their owner for this long, then are purged (fractions allowed, for tests). */
	deletedRetentionMs: number;
	/** Largest JSON body the API reads. */
	maxBodyBytes: number;
	/** Worker threads for analyses, the most that may wait for one, and each job's time limit. */
	analysisWorkers: number;
	analysisQueue: number;
	analysisTimeoutMs: number;
	/** Analyses per minute from one address without an account. */
	analysisPerMinute: number;
	/** This process's number when `npm start` runs several (WEB_CONCURRENCY); else undefined. */
	clusterWorker: string | undefined;
}

export function serverConfig(): ServerConfig {
	return {
		databasePath: resolve(process.env.DATABASE_PATH || 'data/rewire.db'),
		databaseUrl: postgresUrl(process.env.DATABASE_URL),
		databasePoolSize: Math.floor(positiveNumber('DATABASE_POOL_SIZE', 10)),
		sessionIdleMs: positiveNumber('SESSION_IDLE_MINUTES', 60) * 60_000,
		sessionMaxMs: positiveNumber('SESSION_MAX_HOURS', 12) * 60 * 60_000,
		signInFailuresPerAccount: positiveNumber('SIGNIN_MAX_FAILURES', 5),
		signInFailuresPerAddress: positiveNumber('SIGNIN_MAX_FAILURES_PER_ADDRESS', 20),
		signInWindowMs: positiveNumber('SIGNIN_WINDOW_MINUTES', 15) * 60_000,
		deletedRetentionMs: positiveNumber('SCENARIO_RESTORE_DAYS', 30) * 24 * 60 * 60_000,
		maxBodyBytes: 64 * 1024,
		// One core is left to the main thread, which serves pages and sign-ins.
		analysisWorkers: Math.floor(
			positiveNumber('ANALYSIS_WORKERS', Math.max(1, availableParallelism() - 1))
		),
		analysisQueue: Math.floor(positiveNumber('ANALYSIS_QUEUE', 32)),
		analysisTimeoutMs: positiveNumber('ANALYSIS_TIMEOUT_SECONDS', 30) * 1000,
		analysisPerMinute: positiveNumber('ANALYSIS_PER_MINUTE', 30),
		// Set by scripts/start.js for each worker it forks.
		clusterWorker: process.env.REWIRE_WORKER || undefined
	};
}
