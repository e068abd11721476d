/**
 * Room events between app servers on one PostgreSQL: a change is announced with NOTIFY on one
 * channel ("<server id>:<room code>"), and every server LISTENs on a connection of its own
 * and passes the codes that other servers announced to `deliver`.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { setRoomRelay } from './room-events';
import type { Store } from './store';

const CHANNEL = 'rewire_room_events';

export async function startRoomRelay(
	url: string,
	store: Store,
	deliver: (code: string) => Promise<void>
): Promise<() => Promise<void>> {
	const self = randomBytes(8).toString('hex');
	const listener = new pg.Client({ connectionString: url });
	listener.on('error', (error) => console.error('room events: listener lost:', error.message));
	listener.on('notification', ({ payload = '' }) => {
		const [from, code] = payload.split(':');
		if (from === self || !code) return;
		deliver(code).catch((error) => console.error(`room ${code}: relayed change failed:`, error));
	});
	await listener.connect();
	await listener.query(`LISTEN ${CHANNEL}`);
	setRoomRelay({
		announce(code) {
			store
				.run('SELECT pg_notify(?, ?)', [CHANNEL, `${self}:${code}`])
				.catch((error) => console.error(`room ${code}: could not notify:`, error));
		}
	});
	return async () => {
		setRoomRelay(undefined);
		await listener.end();
	};
}
