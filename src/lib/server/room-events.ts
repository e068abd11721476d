/**
 * Where a room's tally changes are announced. In-process for now: every server process keeps
 * its own subscribers. Behind this small interface so that a later store (PostgreSQL
 * LISTEN/NOTIFY) can carry the same messages between processes.
 */
import type { Tally } from '../room/tally';

export interface RoomBus {
	publish(code: string, tally: Tally): void;
	/** Returns the function that ends the subscription. */
	subscribe(code: string, listener: (tally: Tally) => void): () => void;
}

export class InProcessRoomBus implements RoomBus {
	private readonly listeners = new Map<string, Set<(tally: Tally) => void>>();

	publish(code: string, tally: Tally): void {
		for (const listener of this.listeners.get(code) ?? []) {
			try {
				listener(tally);
			} catch (error) {
				// One broken stream must not keep the others from hearing.
				console.error(`room ${code}: a listener failed:`, error);
			}
		}
	}

	subscribe(code: string, listener: (tally: Tally) => void): () => void {
		let set = this.listeners.get(code);
		if (!set) this.listeners.set(code, (set = new Set()));
		set.add(listener);
		return () => {
			set.delete(listener);
			if (set.size === 0 && this.listeners.get(code) === set) this.listeners.delete(code);
		};
	}
}

export const roomBus: RoomBus = new InProcessRoomBus();
