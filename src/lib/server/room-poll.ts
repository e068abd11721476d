/**
 * Room events between worker processes that share one SQLite file (WEB_CONCURRENCY=N): SQLite
 * has no NOTIFY, so each worker looks, twice a second, at the rooms its own streams follow
 * (only those, and only while someone listens) and re-reads a room's tally when its counts
 * differ from the last tally it sent. One small query per tick for all the rooms together.
 */
import { tallySignature, type RoomBus } from './room-events';
import type { Store } from './store';

export const ROOM_POLL_MS = 500;

type Deliver = (code: string) => Promise<void>;

/**
 * One look: every room someone here listens to whose counts differ from the last tally sent
 * here (or that has had none sent yet) is delivered, which re-reads and publishes its tally.
 */
export async function pollRooms(store: Store, bus: RoomBus, deliver: Deliver): Promise<void> {
	const codes = bus.rooms();
	if (codes.length === 0) return;
	const rows = await store.all<{
		code: string;
		open: number;
		revealed: number;
		participants: number;
		changes: number;
	}>(
		`SELECT r.code, r.open, r.revealed, count(p.token_hash) AS participants,
			coalesce(sum(p.submissions), 0) AS changes
		 FROM rooms r LEFT JOIN room_participants p ON p.room_code = r.code
		 WHERE r.code IN (${codes.map(() => '?').join(', ')})
		 GROUP BY r.code, r.open, r.revealed`,
		codes
	);
	for (const row of rows) {
		const sent = bus.published(row.code);
		const now = tallySignature({ ...row, open: row.open === 1, revealed: row.revealed === 1 });
		if (!sent || tallySignature(sent) !== now) await deliver(row.code);
	}
}

/** pollRooms every `everyMs`, one look at a time; returns the function that stops it. */
export function startRoomPoll(
	store: Store,
	bus: RoomBus,
	deliver: Deliver,
	everyMs = ROOM_POLL_MS
): () => void {
	let busy = false;
	const timer = setInterval(() => {
		if (busy) return;
		busy = true;
		pollRooms(store, bus, deliver)
			.catch((error) => console.error('room events: poll failed:', error))
			.finally(() => (busy = false));
	}, everyMs);
	// The poll alone must not keep a stopping server alive.
	timer.unref();
	return () => clearInterval(timer);
}
