/**
 * A sliding-window counter kept in this process's memory: enough for one server, and cheap
 * (a room of 300 submitting at once must not queue on the database to be counted).
 */
export class RateLimiter {
	private readonly hits = new Map<string, number[]>();
	private sweptAt = 0;

	constructor(private readonly windowMs: number) {}

	/** Counts the hit and returns 0 if within the limit; otherwise the seconds until one frees. */
	take(key: string, limit: number, now = Date.now()): number {
		this.sweep(now);
		const since = now - this.windowMs;
		const list = (this.hits.get(key) ?? []).filter((at) => at > since);
		if (list.length >= limit) {
			this.hits.set(key, list);
			return Math.max(1, Math.ceil((list[0] + this.windowMs - now) / 1000));
		}
		list.push(now);
		this.hits.set(key, list);
		return 0;
	}

	/** Forget keys with nothing in the window, at most once a window, so memory stays bounded. */
	private sweep(now: number) {
		if (now - this.sweptAt < this.windowMs) return;
		this.sweptAt = now;
		for (const [key, list] of this.hits)
			if (list.every((at) => at <= now - this.windowMs)) this.hits.delete(key);
	}
}
