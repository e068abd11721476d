/**
 * Sliding-window rate limits counted in the database, so that every server and every worker of
 * one counts the same hits (a limit kept in each process's memory would allow N times as many
 * with N processes). One row a hit; a key's rows older than its window go as it is counted.
 */
import { ApiError } from './http';
import type { Queryable, Store } from './store';

/** Every rate_hits limit counts over the last minute (the start-up purge in db.ts relies on it). */
const WINDOW_MS = 60_000;

/**
 * Seconds until one more hit on `key` would be within `limit` hits over the last `windowMs`, or
 * 0 if it is now. The sign-in limit (sign_in_failures) and these (rate_hits) count alike.
 */
export async function windowWait(
	db: Queryable,
	table: 'rate_hits' | 'sign_in_failures',
	key: string,
	limit: number,
	windowMs: number,
	now: number
): Promise<number> {
	const { n, oldest } = (await db.get<{ n: number | string; oldest: number | string | null }>(
		`SELECT count(*) AS n, min(at) AS oldest FROM ${table} WHERE key = ? AND at > ?`,
		[key, now - windowMs]
	))!;
	if (Number(n) < limit) return 0;
	return Math.max(1, Math.ceil((Number(oldest ?? now) + windowMs - now) / 1000));
}

/**
 * Counts a hit on `key` unless `limit` hits already fell within the last minute: returns 0 when
 * counted, otherwise the seconds until the oldest hit leaves the window. Call it inside a
 * transaction that holds a lock covering `key`, so the count and the hit cannot interleave
 * with another server's.
 */
export async function takeHit(db: Store, key: string, limit: number, now: number): Promise<number> {
	await db.run('DELETE FROM rate_hits WHERE key = ? AND at <= ?', [key, now - WINDOW_MS]);
	const wait = await windowWait(db, 'rate_hits', key, limit, WINDOW_MS, now);
	if (wait) return wait;
	await db.run('INSERT INTO rate_hits (key, at) VALUES (?, ?)', [key, now]);
	return 0;
}

/** The 429 a refused hit gets, with how long to wait in its header and its body. */
export function tooMany(message: string, waitSeconds: number): ApiError {
	return new ApiError(
		429,
		message,
		null,
		{ retryAfterSeconds: waitSeconds },
		{ 'retry-after': String(waitSeconds) }
	);
}
