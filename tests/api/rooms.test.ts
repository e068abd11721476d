/**
 * Workshop rooms through the API, on the built server and a real SQLite file: who may open,
 * run and read a room; what a participant may submit; 300 participants at once, each counted
 * once with the right medians; and the events stream telling the facilitator of every change.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parametersFor, defaultAuthority } from '../../models/index';
import { type Cast, Client, serveThisFileWithCast } from './server';
import { expectedMedian, openEvents, Participant } from './room-helpers';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });

const levers = ['councilTaxIncrease', 'preventionInvestment', 'settlementProtection'];
const parameter = (id: string) =>
	parametersFor(defaultAuthority).find((p) => p.id === id) as { min: number; step: number };

async function openRoom(by: Client = cast.officer, body: object = {}) {
	const reply = await by.post('/api/rooms', {
		name: 'Budget workshop',
		authorityId: 'anyborough',
		levers,
		values: { councilTaxIncrease: 3 },
		...body
	});
	expect(reply.status, reply.text).toBe(201);
	return reply.body;
}

describe('opening a room', () => {
	test('an officer opens one: a 6-character code without look-alikes and a join link', async () => {
		const room = await openRoom();
		expect(room.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
		// The server's own origin (ORIGIN, or the request's): here no ORIGIN is set.
		expect(room.joinUrl).toMatch(new RegExp(`^https?://127\\.0\\.0\\.1:\\d+/room/${room.code}$`));
		expect(room).toMatchObject({
			name: 'Budget workshop',
			authority: { id: 'anyborough' },
			values: { councilTaxIncrease: 3 },
			open: true,
			revealed: false
		});
		expect(room.levers.map((l: { id: string }) => l.id)).toEqual(levers);
		const tax = room.levers[0];
		expect(tax).toMatchObject({ kind: 'number', start: 3, min: 0, max: 15, step: 0.01 });
		expect(tax.explanation).not.toContain('\n');
		expect(tax.explanation.length).toBeLessThan(200);
		expect(room.levers[2]).toMatchObject({ kind: 'boolean', start: false });

		const read = await cast.anonymous.get(`/api/rooms/${room.code.toLowerCase()}`);
		expect(read.status).toBe(200);
		expect(read.body.code).toBe(room.code);
	});

	test('who may open one: officers and admins', async () => {
		const body = { name: 'R', levers };
		expect((await cast.anonymous.post('/api/rooms', body)).status).toBe(401);
		expect((await cast.viewer.post('/api/rooms', body)).status).toBe(403);
		expect((await cast.officer.post('/api/rooms', body)).status).toBe(201);
		expect((await cast.admin.post('/api/rooms', body)).status).toBe(201);
	});

	test.each([
		[{ name: '', levers }, 'name'],
		[{ name: 'R', levers: ['councilTaxIncrease'] }, 'levers'],
		[{ name: 'R', levers: Array(13).fill('councilTaxIncrease') }, 'levers'],
		[{ name: 'R', levers: ['councilTaxIncrease', 'cpiInflation'] }, 'levers.1'],
		[{ name: 'R', levers: ['councilTaxIncrease', 'councilTaxIncrease'] }, 'levers.1'],
		[{ name: 'R', levers: ['nope', 'councilTaxIncrease'] }, 'levers.0'],
		[{ name: 'R', levers, values: { councilTaxIncrease: 99 } }, 'values'],
		[{ name: 'R', levers, authorityId: 'nowhere' }, 'authorityId'],
		[{ name: 'R', levers, extra: 1 }, 'extra']
	])('refuses %j with a 400 naming %s', async (body, field) => {
		const reply = await cast.officer.post('/api/rooms', body);
		expect(reply.status, reply.text).toBe(400);
		expect(reply.body.error.field).toBe(field);
	});

	test('an unknown or malformed code is a 404', async () => {
		for (const code of ['ZZZZZZ', 'abc', 'O0O0O0', 'ABCDEFG']) {
			const reply = await cast.anonymous.get(`/api/rooms/${code}`);
			expect(reply.status, code).toBe(404);
			expect(reply.body.error.field).toBe('code');
		}
		expect((await new Participant(server.url).choose('ZZZZZZ', {})).status).toBe(404);
	});
});

describe('choosing', () => {
	test('only the room’s levers, in range: otherwise a 400 naming the lever', async () => {
		const room = await openRoom();
		const p = new Participant(server.url);
		for (const [values, field] of [
			[{ cpiInflation: 3 }, 'values.cpiInflation'],
			[{ councilTaxIncrease: 16 }, 'values.councilTaxIncrease'],
			[{ councilTaxIncrease: 'lots' }, 'values.councilTaxIncrease'],
			[{ settlementProtection: 1 }, 'values.settlementProtection']
		] as const) {
			const reply = await p.choose(room.code, values);
			expect(reply.status, reply.text).toBe(400);
			expect(reply.body.error.field).toBe(field);
		}
		const tally = await cast.officer.get(`/api/rooms/${room.code}/tally`);
		expect(tally.body.submissions).toBe(0);
	});

	test('a participant may change their mind; the last choice counts; levers left out keep the start', async () => {
		const room = await openRoom();
		const p = new Participant(server.url);
		const first = await p.choose(room.code, { councilTaxIncrease: 2 });
		expect(first.status, first.text).toBe(200);
		const cookie = first.headers.getSetCookie().find((c) => c.startsWith('rewire_participant='));
		expect(cookie).toMatch(/HttpOnly/i);
		expect((await p.choose(room.code, { councilTaxIncrease: 6.5 })).body.submissions).toBe(2);
		const tally = (await cast.officer.get(`/api/rooms/${room.code}/tally`)).body;
		expect(tally).toMatchObject({ participants: 1, submissions: 1, changes: 2 });
		expect(tally.levers.councilTaxIncrease).toEqual({ count: 1, median: 6.5, values: [6.5] });
		expect(tally.levers.preventionInvestment.median).toBe(0);
		expect(tally.scenario).toEqual({
			authorityId: 'anyborough',
			values: { councilTaxIncrease: 6.5 }
		});
	});

	test('a closed room answers 409; reopened, it takes choices again', async () => {
		const room = await openRoom();
		const p = new Participant(server.url);
		expect((await cast.officer.post(`/api/rooms/${room.code}/close`)).body.open).toBe(false);
		const refused = await p.choose(room.code, { councilTaxIncrease: 2 });
		expect(refused.status).toBe(409);
		expect(refused.body.error.field).toBe('code');
		expect((await cast.officer.post(`/api/rooms/${room.code}/reopen`)).body.open).toBe(true);
		expect((await p.choose(room.code, { councilTaxIncrease: 2 })).status).toBe(200);
	});
});

describe('who may run and read a room', () => {
	test('the tally, the switches and the CSV: the owner and admins; the tally for anyone once revealed', async () => {
		const room = await openRoom();
		await new Participant(server.url).choose(room.code, { councilTaxIncrease: 4 });
		const tally = `/api/rooms/${room.code}/tally`;
		const csv = `/api/rooms/${room.code}/submissions.csv`;
		const expected: [keyof Cast, number][] = [
			['anonymous', 401],
			['viewer', 403],
			['otherOfficer', 403],
			['officer', 200],
			['admin', 200]
		];
		for (const [who, status] of expected) {
			const client = cast[who] as Client;
			expect((await client.get(tally)).status, `${who} tally`).toBe(status);
			expect((await client.get(csv)).status, `${who} csv`).toBe(status);
			for (const action of ['hide', 'reveal', 'close', 'reopen']) {
				const reply = await client.post(`/api/rooms/${room.code}/${action}`);
				expect(reply.status, `${who} ${action}`).toBe(status);
			}
			const save = await client.post(`/api/rooms/${room.code}/scenario`, {});
			// The runners get as far as "close it first".
			expect(save.status, `${who} save`).toBe(status === 200 ? 409 : status);
		}
		expect((await cast.officer.post(`/api/rooms/${room.code}/reveal`)).body.revealed).toBe(true);
		const revealed = await cast.anonymous.get(tally);
		expect(revealed.status).toBe(200);
		expect(revealed.body.levers.councilTaxIncrease.median).toBe(4);
		expect((await cast.anonymous.get(csv)).status).toBe(401);
		expect((await cast.anonymous.post(`/api/rooms/${room.code}/explode`)).status).toBe(404);
	});

	test('a closed room’s scenario is saved with the spread of choices as its note; the CSV is anonymous', async () => {
		const room = await openRoom();
		for (const value of [2, 3, 5]) {
			const p = new Participant(server.url);
			expect((await p.choose(room.code, { councilTaxIncrease: value })).status).toBe(200);
		}
		await cast.officer.post(`/api/rooms/${room.code}/close`);
		const saved = await cast.officer.post(`/api/rooms/${room.code}/scenario`, {
			name: 'What the room chose'
		});
		expect(saved.status, saved.text).toBe(201);
		expect(saved.body).toMatchObject({
			name: 'What the room chose',
			authorityId: 'anyborough',
			values: { councilTaxIncrease: 3 }
		});
		const versions = await cast.officer.get(`/api/scenarios/${saved.body.id}/versions`);
		const note = versions.body.versions[0].note as string;
		expect(note).toContain(room.code);
		expect(note).toMatch(/3 participants/);
		expect(note).toMatch(/Council tax increase each year: median 3(\.00)? ?%/);
		// Frozen as presented and exported through the scenarios' own routes.
		expect((await cast.officer.post(`/api/scenarios/${saved.body.id}/snapshots`, {})).status).toBe(
			201
		);
		expect((await cast.officer.get(`/api/scenarios/${saved.body.id}/export.csv`)).status).toBe(200);

		const csv = await cast.officer.get(`/api/rooms/${room.code}/submissions.csv`);
		expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
		const rows = csv.text.trim().split('\r\n');
		expect(rows[0]).toBe(`participant,${levers.join(',')}`);
		expect(
			rows
				.slice(1)
				.map((r) => Number(r.split(',')[1]))
				.sort()
		).toEqual([2, 3, 5]);
		expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['1', '2', '3']);
	});
});

describe('a room of 300', () => {
	test('300 participants submitting at once are each counted once, with the right medians', async () => {
		const room = await openRoom();
		const tax = parameter('councilTaxIncrease');
		const prevention = parameter('preventionInvestment');
		const people = Array.from({ length: 300 }, (_, i) => ({
			participant: new Participant(server.url),
			// Spread over each range, deterministic: on the slider's steps.
			first: {
				councilTaxIncrease: ((i * 7) % 1500) / 100,
				preventionInvestment: ((i * 13) % 41) / 2
			},
			last: {
				councilTaxIncrease: ((i * 11) % 1500) / 100,
				preventionInvestment: ((i * 17) % 41) / 2,
				settlementProtection: i % 3 === 0
			}
		}));
		// Everyone at once; a third change their mind, also at once.
		const firsts = await Promise.all(people.map((p) => p.participant.choose(room.code, p.first)));
		const seconds = await Promise.all(
			people.filter((_, i) => i % 3 !== 1).map((p) => p.participant.choose(room.code, p.last))
		);
		for (const reply of [...firsts, ...seconds]) expect(reply.status, reply.text).toBe(200);

		const final = people.map((p, i) =>
			i % 3 !== 1 ? p.last : { ...p.first, settlementProtection: false }
		);
		const tally = (await cast.officer.get(`/api/rooms/${room.code}/tally`)).body;
		expect(tally.participants).toBe(300);
		expect(tally.submissions).toBe(300);
		expect(tally.changes).toBe(firsts.length + seconds.length);
		expect(tally.levers.councilTaxIncrease.count).toBe(300);
		expect(tally.levers.councilTaxIncrease.median).toBe(
			expectedMedian(
				final.map((f) => f.councilTaxIncrease),
				tax.min,
				0.01
			)
		);
		expect(tally.levers.preventionInvestment.median).toBe(
			expectedMedian(
				final.map((f) => f.preventionInvestment),
				prevention.min,
				0.5
			)
		);
		const on = final.filter((f) => f.settlementProtection).length;
		expect(on).toBeLessThan(150);
		expect(tally.levers.settlementProtection.median).toBe(false);
		expect(tally.levers.councilTaxIncrease.values).toEqual(
			final.map((f) => f.councilTaxIncrease).sort((a, b) => a - b)
		);
	}, 60_000);
});

describe('the events stream', () => {
	test('delivers the tally on connecting and after each change; others see the counts until revealed', async () => {
		const room = await openRoom();
		const owner = await openEvents(server.url, room.code, cast.officer.cookie);
		const stranger = await openEvents(server.url, room.code);
		expect(owner.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		try {
			const [start] = await owner.until(1);
			expect(start.event).toBe('tally');
			expect(start.data).toMatchObject({ submissions: 0, open: true, revealed: false });
			const values = [1, 9, 4, 7, 2];
			for (const [i, value] of values.entries()) {
				const p = new Participant(server.url);
				expect((await p.choose(room.code, { councilTaxIncrease: value })).status).toBe(200);
				const event = (await owner.until(i + 2))[i + 1];
				expect(event.data.submissions).toBe(i + 1);
				expect(event.data.levers.councilTaxIncrease.median).toBe(
					expectedMedian(values.slice(0, i + 1), 0, 0.01)
				);
			}
			await cast.officer.post(`/api/rooms/${room.code}/reveal`);
			await cast.officer.post(`/api/rooms/${room.code}/close`);
			const all = await owner.until(8);
			expect(all[6].data.revealed).toBe(true);
			expect(all[7].data.open).toBe(false);
			expect(all.map((e) => Number(e.id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

			const seen = await stranger.until(8);
			expect(seen[5]).toMatchObject({ data: { submissions: 5 } });
			expect(seen[5].data.levers).toBeUndefined();
			expect(seen[7].data.levers.councilTaxIncrease.median).toBe(4);
		} finally {
			await owner.close();
			await stranger.close();
		}
	});

	test('an unknown room has no stream', async () => {
		expect((await cast.anonymous.get('/api/rooms/ZZZZZZ/events')).status).toBe(404);
	});
});

describe('the pages', () => {
	test('the facilitator’s view is the owner’s and admins’; the participants’ page anyone’s', async () => {
		const room = await openRoom();
		const view = `/rooms/${room.code}`;
		expect((await cast.anonymous.get(view)).status).toBe(303);
		expect((await cast.viewer.get(view)).status).toBe(403);
		expect((await cast.otherOfficer.get(view)).status).toBe(403);
		expect((await cast.officer.get(view)).status).toBe(200);
		expect((await cast.admin.get(view)).status).toBe(200);
		expect((await cast.otherOfficer.get(`${view}/present`)).status).toBe(403);

		const joined = await cast.anonymous.get(`/room/${room.code}`);
		expect(joined.status).toBe(200);
		expect(joined.headers.getSetCookie().join()).toMatch(/rewire_participant=.*HttpOnly/i);
		expect((await cast.anonymous.get('/room/ZZZZZZ')).status).toBe(404);
		expect((await cast.officer.get('/rooms/ZZZZZZ')).status).toBe(404);
		const tally = (await cast.officer.get(`/api/rooms/${room.code}/tally`)).body;
		expect(tally).toMatchObject({ participants: 1, submissions: 0 });
	});

	test('a room opened from a saved scenario starts from its values', async () => {
		const saved = await cast.officer.post('/api/scenarios', {
			name: 'Cabinet budget',
			values: { councilTaxIncrease: 2.5, preventionInvestment: 4 }
		});
		const page = await cast.officer.get(`/rooms/new?saved=${saved.body.id}`);
		expect(page.status).toBe(200);
		expect(page.text).toContain('Cabinet budget');
		const field = /name="values" value="([^"]*)"/.exec(page.text)![1].replace(/&quot;/g, '"');
		expect(JSON.parse(field)).toEqual({ councilTaxIncrease: 2.5, preventionInvestment: 4 });
	});
});
