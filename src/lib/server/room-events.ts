/**
 * Where a room's tally changes are announced. Every server process keeps its own subscribers
 * (the event streams it serves). With PostgreSQL, a relay (room-relay.ts, LISTEN/NOTIFY) tells
 * the other app servers that a room changed, and each reads the tally afresh from the store
 * for its own subscribers: the notice carries only the room's code, never the tally, which
 * may be larger than a notification can hold. Workers sharing one SQLite file look for changes
 * instead (room-poll.ts).
 */
import type { Tally } from '../room/tally';

export interface RoomBus {
	publish(code: string, tally: Tally): void;
	/** Returns the function that ends the subscription. */
	subscribe(code: string, listener: (tally: Tally) => void): () => void;
	/** Whether anyone on this server is listening to the room. */
	listening(code: string): boolean;
	/** The rooms someone on this server is listening to. */
	rooms(): string[];
	/** The last tally published for a room while someone listened to it, if any. */
	published(code: string): Tally | undefined;
}

/**
 * What every change moves: a join adds a participant, a choice adds a change, the owner's
 * switches flip open or revealed. Equal signatures: nothing to tell the listeners.
 */
export function tallySignature(
	tally: Pick<Tally, 'open' | 'revealed' | 'participants' | 'changes'>
): string {
	return `${tally.open}:${tally.revealed}:${tally.participants}:${tally.changes}`;
}

/** Carries "this room changed" to the other app servers. */
export interface RoomRelay {
	announce(code: string): void;
}

let relay: RoomRelay | undefined;

export function setRoomRelay(next: RoomRelay | undefined): void {
	relay = next;
}

/** Tell the other servers (if any are connected through a relay) that the room changed. */
export function relayRoomChange(code: string): void {
	relay?.announce(code);
}

export class InProcessRoomBus implements RoomBus {
	private readonly listeners = new Map<string, Set<(tally: Tally) => void>>();
	private readonly last = new Map<string, Tally>();

	publish(code: string, tally: Tally): void {
		if (this.listening(code)) this.last.set(code, tally);
		for (const listener of this.listeners.get(code) ?? []) {
			try {
				listener(tally);
			} catch (error) {
				// One broken stream must not keep the others from hearing.
				console.error(`room ${code}: a listener failed:`, error);
			}
		}
	}

	listening(code: string): boolean {
		return (this.listeners.get(code)?.size ?? 0) > 0;
	}

	rooms(): string[] {
		return [...this.listeners.keys()];
	}

	published(code: string): Tally | undefined {
		return this.last.get(code);
	}

	subscribe(code: string, listener: (tally: Tally) => void): () => void {
		let set = this.listeners.get(code);
		if (!set) this.listeners.set(code, (set = new Set()));
		set.add(listener);
		return () => {
			set.delete(listener);
			if (set.size === 0 && this.listeners.get(code) === set) {
				this.listeners.delete(code);
				this.last.delete(code);
			}
		};
	}
}

export const roomBus: RoomBus = new InProcessRoomBus();
