/**
 * Sliding-window rate limits counted in the database, so that every server and every worker of
 * one counts the same hits (a limit kept in each process's memory would allow N times as many
 * with N processes). One row a hit; a key's rows older than its window go as it is counted.
 */
import { ApiError } from './http';
import type { Store } from './store';

/**
 * Counts a hit on `key` unless `limit` hits already fell within the last `windowMs`: returns 0
 * when counted, otherwise the seconds until the oldest hit leaves the window. Call it inside a
 * transaction that holds a lock covering `key`, so the count and the hit cannot interleave
 * with another server's.
 */
export async function takeHit(
	db: Store,
	key: string,
	limit: number,
	windowMs: number,
	now: number
): Promise<number> {
	const since = now - windowMs;
	await db.run('DELETE FROM rate_hits WHERE key = ? AND at <= ?', [key, since]);
	const row = await db.get<{ n: number | string; oldest: number | string | null }>(
		'SELECT count(*) AS n, min(at) AS oldest FROM rate_hits WHERE key = ?',
		[key]
	);
	if (Number(row?.n ?? 0) >= limit)
		return Math.max(1, Math.ceil((Number(row!.oldest) + windowMs - now) / 1000));
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
