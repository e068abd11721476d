import fc from 'fast-check';
import { expect, test } from 'vitest';
import { defaultAuthority, parametersFor } from '../../models/index';
import {
	defaultRoomLevers,
	newRoomCode,
	oneLine,
	ROOM_CODE_ALPHABET,
	roomCodeParam
} from '../../src/lib/server/rooms';

test('room codes: 6 characters with no look-alikes, read back whatever the case or spacing', () => {
	for (const c of '01OIL') expect(ROOM_CODE_ALPHABET).not.toContain(c);
	for (let i = 0; i < 200; i++) {
		const code = newRoomCode();
		expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
		expect(roomCodeParam(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `)).toBe(code);
	}
	for (const bad of ['ABC', 'ABCDEFG', 'ABCDE0', 'ABCDEI', '../../x', ''])
		expect(() => roomCodeParam(bad)).toThrow(/No room/);
});

test('property: any text is either a valid code or "not found", never anything else', () => {
	fc.assert(
		fc.property(fc.string(), (text) => {
			try {
				expect(roomCodeParam(text)).toMatch(/^[A-Z2-9]{6}$/);
			} catch (error) {
				expect((error as { status: number }).status).toBe(404);
			}
		})
	);
});

test('a new room offers one lever per proposition, each a lever that applies', () => {
	const ids = defaultRoomLevers(defaultAuthority);
	const byId = new Map(parametersFor(defaultAuthority).map((p) => [p.id, p]));
	const propositions = ids.map((id) => byId.get(id)!.proposition);
	expect(new Set(propositions).size).toBe(ids.length);
	expect(ids.length).toBeGreaterThanOrEqual(2);
	for (const id of ids) expect(byId.get(id)!.lever).toBe(true);
});

test('oneLine keeps the first sentence', () => {
	expect(oneLine('How fast prices rise each year. Uprates grants.')).toBe(
		'How fast prices rise each year.'
	);
	expect(oneLine('No full stop')).toBe('No full stop');
	expect(oneLine('Uses 4.99 % a year. Then more.')).toBe('Uses 4.99 % a year.');
});
