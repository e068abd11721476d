/**
 * Rooms are open to strangers, so submissions are rate limited per participant and per
 * address (here set low through the environment, as an operator may).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveThisFileWithCast } from './server';
import { openRoom, Participant } from './room-helpers';

const { server, cast } = serveThisFileWithCast(
	{ beforeAll, afterAll },
	{ env: { ROOM_CHOICES_PER_PARTICIPANT: '3', ROOM_CHOICES_PER_ADDRESS: '5' } }
);

test('past the limits a submission is refused with 429 and nothing changes', async () => {
	const room = await openRoom(cast.officer);
	const eager = new Participant(server.url);
	for (let i = 1; i <= 3; i++)
		expect((await eager.choose(room.code, { councilTaxIncrease: i })).status).toBe(200);
	const refused = await eager.choose(room.code, { councilTaxIncrease: 9 });
	expect(refused.status).toBe(429);
	expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

	// The same address: two more people get in, the third does not.
	expect((await new Participant(server.url).choose(room.code, {})).status).toBe(200);
	expect((await new Participant(server.url).choose(room.code, {})).status).toBe(200);
	expect((await new Participant(server.url).choose(room.code, {})).status).toBe(429);

	const tally = (await cast.officer.get(`/api/rooms/${room.code}/tally`)).body;
	expect(tally.submissions).toBe(3);
	expect(tally.levers.councilTaxIncrease.values).toContain(3);
	expect(tally.levers.councilTaxIncrease.values).not.toContain(9);
});
