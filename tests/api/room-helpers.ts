/**
 * What the room tests share: a participant (no account, their own cookie jar as a phone would
 * have) and a reader of a Server-Sent Events stream.
 */
export class Participant {
	cookie: string | undefined;
	constructor(readonly base: string) {}

	async choose(code: string, values: Record<string, unknown>) {
		const headers: Record<string, string> = { 'content-type': 'application/json' };
		if (this.cookie) headers.cookie = this.cookie;
		const response = await fetch(`${this.base}/api/rooms/${code}/choice`, {
			method: 'PUT',
			headers,
			body: JSON.stringify({ values })
		});
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			if (pair.startsWith('rewire_participant=')) this.cookie = pair;
		}
		const text = await response.text();
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			body = undefined;
		}
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		return { status: response.status, headers: response.headers, text, body: body as any };
	}
}

export interface RoomEvent {
	id: string;
	event: string;
	/** performance.now() when it arrived. */
	at: number;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	data: any;
}

/** Opens a room's events stream and collects its events as they arrive. */
export async function openEvents(base: string, code: string, cookie?: string) {
	const controller = new AbortController();
	const response = await fetch(`${base}/api/rooms/${code}/events`, {
		headers: cookie ? { cookie } : {},
		signal: controller.signal
	});
	const events: RoomEvent[] = [];
	const waiters: (() => void)[] = [];
	const done = (async () => {
		if (!response.body) return;
		const decoder = new TextDecoder();
		let buffer = '';
		try {
			for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
				buffer += decoder.decode(chunk, { stream: true });
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const fields: Record<string, string> = {};
					for (const line of block.split('\n')) {
						if (line.startsWith(':')) continue;
						const colon = line.indexOf(':');
						fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
					}
					if (fields.data !== undefined)
						events.push({
							id: fields.id,
							event: fields.event,
							at: performance.now(),
							data: JSON.parse(fields.data)
						});
					waiters.splice(0).forEach((wake) => wake());
				}
			}
		} catch {
			// Aborted by close().
		}
	})();
	return {
		response,
		events,
		/** Resolves once `count` events have arrived (fails the test by its timeout otherwise). */
		async until(count: number) {
			while (events.length < count) await new Promise<void>((wake) => waiters.push(wake));
			return events.slice(0, count);
		},
		async close() {
			controller.abort();
			await done;
		}
	};
}

/** The median as the room computes it: even counts take the mean, rounded to the step. */
export function expectedMedian(values: number[], min: number, step: number): number {
	const sorted = values.slice().sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	if (sorted.length % 2) return sorted[middle];
	// Counted in whole steps (values here are on the steps), half a step rounding up.
	const steps =
		Math.round((sorted[middle - 1] - min) / step) + Math.round((sorted[middle] - min) / step);
	return Number((min + Math.ceil(steps / 2) * step).toFixed(10));
}
