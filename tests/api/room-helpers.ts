/**
 * What the room tests share: opening a room, a participant (no account, their own cookie jar as
 * a phone would have) and a reader of a Server-Sent Events stream.
 */
import { expect } from 'vitest';
import { Client } from './server';

/** Opens a room on two levers as `by` (an officer or admin), expecting it opened. */
export async function openRoom(by: Client, room: Record<string, unknown> = {}) {
	const reply = await by.post('/api/rooms', {
		name: 'Workshop',
		authorityId: 'anyborough',
		levers: ['councilTaxIncrease', 'preventionInvestment'],
		...room
	});
	expect(reply.status, reply.text).toBe(201);
	return reply.body as { code: string; joinUrl: string };
}

/** Someone in a room: their phone's cookie marks them, nothing else. */
export class Participant extends Client {
	constructor(at: string | { readonly url: string }) {
		super(at, 'rewire_participant');
	}

	choose = (code: string, values: Record<string, unknown>) =>
		this.put(`/api/rooms/${code}/choice`, { values });

	/** The same participant (their cookie), reaching another server. */
	override on(server: string | { readonly url: string }): Participant {
		const moved = new Participant(server);
		moved.cookie = this.cookie;
		return moved;
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
