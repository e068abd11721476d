import { api, noQueryParams } from '$lib/server/http';
import { roomBus } from '$lib/server/room-events';
import { currentTally, getRoom, mayRun, roomCodeParam, tallyView } from '$lib/server/rooms';
import type { Tally } from '$lib/room/tally';
import type { RequestHandler } from './$types';

/** A comment line now and then keeps proxies and phones from dropping a quiet stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events: the tally now, then again after every change (a submission, a join,
 * close, reopen, reveal, hide). The owner or an admin gets the whole tally; anyone else the
 * counts alone until the tally is revealed.
 */
export const GET: RequestHandler = api(async ({ params, url, locals }) => {
	noQueryParams(url);
	const code = roomCodeParam(params.code);
	const runner = mayRun(locals.user, await getRoom(code));
	const encoder = new TextEncoder();
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let id = 0;
			const send = (tally: Tally) => {
				const data = JSON.stringify(tallyView(tally, runner));
				controller.enqueue(encoder.encode(`id: ${++id}\nevent: tally\ndata: ${data}\n\n`));
			};
			const heartbeat = setInterval(
				() => controller.enqueue(encoder.encode(': still here\n\n')),
				HEARTBEAT_MS
			);
			const unsubscribe = roomBus.subscribe(code, send);
			stop = () => {
				clearInterval(heartbeat);
				unsubscribe();
			};
			controller.enqueue(encoder.encode('retry: 1000\n\n'));
			// The tally now, unless a change was announced (and sent) while it was being read.
			const now = await currentTally(code);
			if (id === 0) send(now);
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'keep-alive',
			'x-accel-buffering': 'no'
		}
	});
});
