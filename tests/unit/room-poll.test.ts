/**
 * The poll that carries room events between workers sharing one SQLite file: it delivers a
 * room only when someone here listens and its counts differ from the last tally sent here.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrate } from '../../src/lib/server/db';
import { InProcessRoomBus, tallySignature } from '../../src/lib/server/room-events';
import { pollRooms } from '../../src/lib/server/room-poll';
import { SqliteStore } from '../../src/lib/server/store-sqlite';
import type { Tally } from '../../src/lib/room/tally';

let store: SqliteStore;
let bus: InProcessRoomBus;
let delivered: string[];
const deliver = async (code: string) => void delivered.push(code);

function tally(code: string, counts: Partial<Tally> = {}): Tally {
	return {
		code,
		open: true,
		revealed: false,
		participants: 0,
		submissions: 0,
		changes: 0,
		levers: {},
		scenario: { authorityId: 'anyborough', values: {} },
		...counts
	};
}

beforeEach(async () => {
	store = new SqliteStore(new Database(':memory:'));
	await migrate(store);
	await store.run(
		`INSERT INTO users (id, email, role, password_hash, created_at, updated_at)
		 VALUES (1, 'a@b.gov.uk', 'officer', 'x', 0, 0)`
	);
	for (const code of ['AAAAAA', 'BBBBBB'])
		await store.run(
			`INSERT INTO rooms (code, owner_id, name, authority_id, levers_json, start_values_json,
			 model_version, created_at, updated_at) VALUES (?, 1, 'Room', 'anyborough', '[]', '{}', '1', 0, 0)`,
			[code]
		);
	bus = new InProcessRoomBus();
	delivered = [];
});

afterEach(() => store.close());

describe('pollRooms', () => {
	test('looks at nothing while no one listens', async () => {
		await pollRooms(store, bus, deliver);
		expect(delivered).toEqual([]);
	});

	test('delivers a listened room once first, then only when its counts change', async () => {
		bus.subscribe('AAAAAA', () => {});
		await pollRooms(store, bus, deliver);
		expect(delivered).toEqual(['AAAAAA']); // nothing sent here yet
		bus.publish('AAAAAA', tally('AAAAAA'));
		delivered = [];
		await pollRooms(store, bus, deliver);
		expect(delivered).toEqual([]);

		// Another worker: a participant joins, then chooses twice, then the room is closed.
		const changes: [string, Partial<Tally>][] = [
			[
				"INSERT INTO room_participants (room_code, token_hash, joined_at) VALUES ('AAAAAA', 't', 0)",
				{ participants: 1 }
			],
			[
				"UPDATE room_participants SET values_json = '{}', submissions = 1 WHERE token_hash = 't'",
				{ participants: 1, submissions: 1, changes: 1 }
			],
			[
				"UPDATE room_participants SET submissions = 2 WHERE token_hash = 't'",
				{ participants: 1, submissions: 1, changes: 2 }
			],
			[
				"UPDATE rooms SET open = 0 WHERE code = 'AAAAAA'",
				{ participants: 1, submissions: 1, changes: 2, open: false }
			]
		];
		for (const [sql, counts] of changes) {
			await store.run(sql);
			await pollRooms(store, bus, deliver);
			expect(delivered, sql).toEqual(['AAAAAA']);
			delivered = [];
			bus.publish('AAAAAA', tally('AAAAAA', counts));
			await pollRooms(store, bus, deliver);
			expect(delivered, `${sql}, once sent`).toEqual([]);
		}
	});

	test('a room no one here listens to is never delivered', async () => {
		bus.subscribe('AAAAAA', () => {});
		bus.publish('AAAAAA', tally('AAAAAA'));
		await store.run(
			"INSERT INTO room_participants (room_code, token_hash, joined_at) VALUES ('BBBBBB', 't', 0)"
		);
		await pollRooms(store, bus, deliver);
		expect(delivered).toEqual([]);
	});

	test('the signature moves with every count a change can move', () => {
		const base = tally('AAAAAA');
		const signatures = new Set(
			[
				base,
				{ ...base, open: false },
				{ ...base, revealed: true },
				{ ...base, participants: 1 },
				{ ...base, changes: 1 }
			].map(tallySignature)
		);
		expect(signatures.size).toBe(5);
	});
});
