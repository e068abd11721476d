/**
 * Workshop rooms. An officer opens a room on a council, with the levers its participants may
 * set and the values it starts from; participants (anonymous: a random token in a cookie, only
 * its SHA-256 stored) submit a value for each lever, as often as they like while the room is
 * open, and the last submission counts. The tally (see room/tally.ts) is announced on the room
 * bus after every change, and only the owner or an admin sees it until they reveal it.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import {
	defaultAuthority,
	MODEL_VERSION,
	leversThatApply,
	parametersById,
	propositionIds,
	type Authority,
	type AuthorityParameter
} from '../../../models/index';
import { changedValues, formatParameterValue, keepAccepted } from '../engine/index';
import type { ScenarioValues } from '../engine/types';
import { csvRows } from '../csv';
import {
	medianOf,
	sortChoices,
	spreadText,
	tallyCounts,
	type LeverTally,
	type Tally,
	type TallyCounts
} from '../room/tally';
import type { Room, RoomLever } from '../room/types';
import type { SessionUser } from './accounts';
import { recordedAuthority } from './authorities';
import { getDb } from './db';
import { pluck, pluckOne } from './store';
import { ApiError } from './http';
import { takeHit, tooMany } from './rate-limit';
import { relayRoomChange, roomBus } from './room-events';
import { authorityFor, createScenario, scenarioNameSchema, validValues } from './scenarios';

/** No 0/O, 1/I/L: a code read off a projector is typed right first time. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;
export const MIN_LEVERS = 2;
export const MAX_LEVERS = 12;
export const participantCookie = 'rewire_participant';
export type { Room, RoomLever };

/** A room is named as a scenario is: what it chooses is saved as one, under its name. */
export const roomNameSchema = scenarioNameSchema;

export const leverIdsSchema = z
	.array(z.string({ error: 'levers must be parameter ids' }).max(64), {
		error: 'levers must be a list of parameter ids'
	})
	.min(MIN_LEVERS, `choose at least ${MIN_LEVERS} levers`)
	.max(MAX_LEVERS, `choose at most ${MAX_LEVERS} levers`);

interface RoomRow {
	code: string;
	owner_id: number;
	owner_name: string;
	name: string;
	authority_id: string;
	levers_json: string;
	start_values_json: string;
	model_version: string;
	open: number;
	revealed: number;
	created_at: number;
	updated_at: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const notFound = () => new ApiError(404, 'No room has this code.', 'code');

export function newRoomCode(): string {
	let code = '';
	for (let i = 0; i < ROOM_CODE_LENGTH; i++)
		code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
	return code;
}

/** A code from a path or a form: case and spaces forgiven, anything else is simply not found. */
export function roomCodeParam(raw: string): string {
	const code = raw.replace(/[\s-]/g, '').toUpperCase();
	const pattern = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);
	if (!pattern.test(code)) throw notFound();
	return code;
}

export const newParticipantToken = () => randomBytes(24).toString('base64url');

/** The first sentence of a description: the one line a phone has room for. */
export function oneLine(description: string): string {
	const match = /^.*?[.!?](?=\s|$)/.exec(description);
	return (match ? match[0] : description).trim();
}

/** The levers a room may offer on a council: levers that apply to it. */
export function roomLeverChoices(authority: Authority): AuthorityParameter[] {
	return leversThatApply(authority);
}

/** One per proposition and one from the budget plan (the first declared of each): a new room's default. */
export function defaultRoomLevers(authority: Authority): string[] {
	const choices = roomLeverChoices(authority);
	return propositionIds
		.filter((id) => id !== 'economy')
		.map((id) => choices.find((p) => p.proposition === id)?.id)
		.filter((id): id is string => id !== undefined);
}

function checkLevers(ids: string[], authority: Authority): AuthorityParameter[] {
	const byId = new Map(roomLeverChoices(authority).map((p) => [p.id, p]));
	const seen = new Set<string>();
	return ids.map((id, index) => {
		const parameter = byId.get(id);
		if (!parameter)
			throw new ApiError(
				400,
				`${id} is not a lever a room can set for ${authority.name}`,
				`levers.${index}`
			);
		if (seen.has(id)) throw new ApiError(400, `${id} is listed twice`, `levers.${index}`);
		seen.add(id);
		return parameter;
	});
}

async function roomAuthority(row: RoomRow): Promise<Authority> {
	return (await recordedAuthority(row.authority_id)) ?? defaultAuthority;
}

function roomParameters(row: RoomRow, authority: Authority): AuthorityParameter[] {
	const ids = JSON.parse(row.levers_json) as string[];
	const byId = parametersById(authority);
	// A lever the model has since retired is left out rather than breaking the room.
	return ids.map((id) => byId.get(id)).filter((p): p is AuthorityParameter => !!p);
}

async function toRoom(row: RoomRow): Promise<Room> {
	const authority = await roomAuthority(row);
	const start = JSON.parse(row.start_values_json) as ScenarioValues;
	return {
		code: row.code,
		name: row.name,
		authority: { id: authority.id, name: authority.name },
		levers: roomParameters(row, authority).map((p) => ({
			id: p.id,
			label: p.label,
			explanation: oneLine(p.description),
			kind: p.kind,
			unit: p.unit,
			...(p.kind === 'number' ? { min: p.min, max: p.max, step: p.step } : {}),
			statusQuo: p.statusQuo,
			start: start[p.id] ?? p.statusQuo
		})),
		values: start,
		open: row.open === 1,
		revealed: row.revealed === 1,
		modelVersion: row.model_version,
		owner: { id: row.owner_id, name: row.owner_name },
		createdAt: iso(row.created_at),
		updatedAt: iso(row.updated_at)
	};
}

const roomSelect = `SELECT r.*, u.name AS owner_name FROM rooms r JOIN users u ON u.id = r.owner_id`;

async function roomRow(code: string): Promise<RoomRow> {
	const row = await getDb().get<RoomRow>(`${roomSelect} WHERE r.code = ?`, [code]);
	if (!row) throw notFound();
	return row;
}

export async function getRoom(code: string): Promise<Room> {
	return toRoom(await roomRow(code));
}

/** The council a room is on, whole: the participants' pages project with it. */
export async function getRoomAuthority(code: string): Promise<Authority> {
	return roomAuthority(await roomRow(code));
}

export function mayRun(user: SessionUser | null, room: { owner: { id: number } }): boolean {
	return (
		!!user && (user.role === 'admin' || (user.role === 'officer' && user.id === room.owner.id))
	);
}

/** Only the owner or an admin; anyone else is told the room is not theirs to run. */
function requireRunner(user: SessionUser | null, row: RoomRow): SessionUser {
	if (!user) throw new ApiError(401, 'Sign in first.', null);
	if (!mayRun(user, { owner: { id: row.owner_id } }))
		throw new ApiError(
			403,
			'Only the officer who opened this room, or an admin, can do this.',
			null
		);
	return user;
}

export async function createRoom(
	user: SessionUser,
	input: { name: string; authorityId?: string; levers: string[]; values?: unknown }
): Promise<Room> {
	const authority = await authorityFor(input.authorityId ?? defaultAuthority.id, user);
	const levers = checkLevers(input.levers, authority);
	const values = input.values === undefined ? {} : validValues(input.values, authority);
	const now = Date.now();
	// 30^6 is about 729 million codes: a clash is rare, and simply tried again.
	for (let attempt = 0; ; attempt++) {
		const code = newRoomCode();
		const inserted = await getDb().run(
			`INSERT INTO rooms (code, owner_id, name, authority_id, levers_json, start_values_json,
			 model_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			 ON CONFLICT (code) DO NOTHING`,
			[
				code,
				user.id,
				input.name,
				authority.id,
				JSON.stringify(levers.map((p) => p.id)),
				JSON.stringify(values),
				MODEL_VERSION,
				now,
				now
			]
		);
		if (inserted.changes === 1) return getRoom(code);
		if (attempt >= 10) throw new Error('no free room code after 10 tries');
	}
}

export async function listRooms(user: SessionUser): Promise<Room[]> {
	const rows = await getDb().all<RoomRow>(
		`${roomSelect} WHERE r.owner_id = ? ORDER BY r.created_at DESC`,
		[user.id]
	);
	return Promise.all(rows.map(toRoom));
}

/** The whole tally, computed from the store. */
async function computeTally(row: RoomRow): Promise<Tally> {
	const db = getDb();
	const { participants, submissions, changes } = (await db.get<{
		participants: number;
		submissions: number;
		changes: number;
	}>(
		`SELECT count(*) AS participants, count(values_json) AS submissions,
			coalesce(sum(submissions), 0) AS changes
		 FROM room_participants WHERE room_code = ?`,
		[row.code]
	))!;
	const choices = (
		await pluck<string>(
			db,
			'SELECT values_json FROM room_participants WHERE room_code = ? AND values_json IS NOT NULL',
			[row.code]
		)
	).map((text) => JSON.parse(text) as ScenarioValues);
	const authority = await roomAuthority(row);
	const start = JSON.parse(row.start_values_json) as ScenarioValues;
	const levers: Record<string, LeverTally> = {};
	const values: ScenarioValues = { ...start };
	for (const parameter of roomParameters(row, authority)) {
		const chosen = choices.map((c) => c[parameter.id]).filter((v) => v !== undefined);
		const median = medianOf(parameter, chosen, start[parameter.id] ?? parameter.statusQuo);
		levers[parameter.id] = { count: chosen.length, median, values: sortChoices(chosen) };
		if (median !== null) values[parameter.id] = median;
	}
	return {
		code: row.code,
		open: row.open === 1,
		revealed: row.revealed === 1,
		participants,
		submissions,
		changes,
		levers,
		scenario: { authorityId: authority.id, values: changedValues(values, authority) }
	};
}

/** The tally as this user may see it: whole for the owner or an admin, or once revealed. */
export async function tallyFor(user: SessionUser | null, code: string): Promise<Tally> {
	const row = await roomRow(code);
	if (row.revealed !== 1) requireRunner(user, row);
	return computeTally(row);
}

export function canSeeTally(user: SessionUser | null, room: Room): boolean {
	return room.revealed || mayRun(user, room);
}

/** A stream's view of a tally: whole if it may see it, otherwise the counts alone. */
export function tallyView(tally: Tally, runner: boolean): Tally | TallyCounts {
	return runner || tally.revealed ? tally : tallyCounts(tally);
}

export async function currentTally(code: string): Promise<Tally> {
	return computeTally(await roomRow(code));
}

async function announce(code: string): Promise<Tally> {
	const tally = await computeTally(await roomRow(code));
	roomBus.publish(code, tally);
	relayRoomChange(code);
	return tally;
}

/** Another server changed the room: its tally, read afresh, for the streams this one serves. */
export async function deliverRelayedChange(code: string): Promise<void> {
	if (!roomBus.listening(code)) return;
	roomBus.publish(code, await currentTally(code));
}

/** A participant has opened the room's page: counted as joined (once per token). */
export async function joinRoom(code: string, token: string): Promise<void> {
	const row = await roomRow(code);
	const added = await getDb().run(
		`INSERT INTO room_participants (room_code, token_hash, joined_at) VALUES (?, ?, ?)
		 ON CONFLICT (room_code, token_hash) DO NOTHING`,
		[row.code, hashToken(token), Date.now()]
	);
	if (added.changes) await announce(code);
}

/** A participant's latest choice in this room, or null if they have not submitted. */
export async function choiceOf(
	code: string,
	token: string | undefined
): Promise<ScenarioValues | null> {
	if (!token) return null;
	const text = await pluckOne<string | null>(
		getDb(),
		'SELECT values_json FROM room_participants WHERE room_code = ? AND token_hash = ?',
		[code, hashToken(token)]
	);
	return text ? (JSON.parse(text) as ScenarioValues) : null;
}

/**
 * Check a submission: only the room's levers, each in range. A lever left out keeps the
 * room's starting value, so every stored choice sets every lever.
 */
export function checkChoice(room: Room, authority: Authority, input: Record<string, unknown>) {
	const levers = new Map(room.levers.map((l) => [l.id, l]));
	for (const id of Object.keys(input)) {
		if (!levers.has(id))
			throw new ApiError(400, `${id} is not one of this room's levers`, `values.${id}`);
	}
	const values: ScenarioValues = {};
	for (const lever of room.levers) {
		const value = input[lever.id] ?? lever.start;
		const parsed = keepAccepted({ [lever.id]: value }, authority, 'request');
		if (!parsed.ok) throw new ApiError(400, parsed.errors.join('; '), `values.${lever.id}`);
		values[lever.id] = parsed.values[lever.id];
	}
	return values;
}

export const choiceBody = z.strictObject({
	values: z.record(z.string(), z.unknown(), { error: 'values must be an object of lever values' })
});

function limitsConfig() {
	const read = (name: string, fallback: number) => {
		const value = Number(process.env[name] || fallback);
		if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
		return value;
	};
	return {
		perParticipant: read('ROOM_CHOICES_PER_PARTICIPANT', 30),
		perAddress: read('ROOM_CHOICES_PER_ADDRESS', 3000)
	};
}

const addressKey = (address: string) => `room-address:${address}`;

/**
 * A choice's count against the per-participant and per-address limits, taken inside the batch's
 * transaction (one sync to disk for the lot) and in the database, so that every server counts
 * the same submissions. A choice refused by its participant's limit is not counted against the
 * address.
 */
async function overLimit(
	choice: PendingChoice,
	limits: ReturnType<typeof limitsConfig>,
	now: number
): Promise<ApiError | null> {
	const db = getDb();
	for (const [key, limit, from] of [
		[`room-participant:${choice.code}:${choice.tokenHash}`, limits.perParticipant, 'from you'],
		[addressKey(choice.address), limits.perAddress, 'from your network']
	] as const) {
		const wait = await takeHit(db, key, limit, now);
		if (wait) return tooMany(`Too many submissions ${from}; try again in ${wait} seconds.`, wait);
	}
	return null;
}

interface PendingChoice {
	code: string;
	tokenHash: string;
	address: string;
	values: ScenarioValues;
	done: (result: ChoiceResult | Error) => void;
}

export interface ChoiceResult {
	values: ScenarioValues;
	/** How many times this participant has submitted in this room. */
	submissions: number;
	/** The room's count of changes once this one is in: its event carries at least this. */
	changes: number;
}

const pendingChoices: PendingChoice[] = [];

const closedError = () =>
	new ApiError(409, 'This room is closed: choices are no longer taken.', 'code');

/**
 * Record a participant's choice (their last one counts) and announce the new tally. Choices
 * that arrive together are written in one transaction (one sync to disk for the lot, which is
 * what a room of 300 submitting at once waits on) and announced in one event per room.
 */
export async function submitChoice(
	code: string,
	token: string,
	address: string,
	input: Record<string, unknown>
): Promise<ChoiceResult> {
	const row = await roomRow(code);
	const room = await toRoom(row);
	if (!room.open) throw closedError();
	const values = checkChoice(room, await roomAuthority(row), input);
	const tokenHash = hashToken(token);
	return new Promise((resolve, reject) => {
		pendingChoices.push({
			code,
			tokenHash,
			address,
			values,
			done: (result) => (result instanceof Error ? reject(result) : resolve(result))
		});
		if (pendingChoices.length === 1) setImmediate(writePendingChoices);
	});
}

async function writePendingChoices() {
	const batch = pendingChoices.splice(0);
	const db = getDb();
	const outcomes = new Map<PendingChoice, number | ApiError>();
	const tallies = new Map<string, Tally>();
	try {
		await db.transaction(async () => {
			const now = Date.now();
			const limits = limitsConfig();
			// Rooms, then addresses, each in order: two servers' batches lock in the same order.
			for (const code of [...new Set(batch.map((choice) => choice.code))].sort())
				await db.lock(`room:${code}`);
			for (const address of [...new Set(batch.map((choice) => choice.address))].sort())
				await db.lock(addressKey(address));
			for (const choice of batch) {
				// Checked again inside the write: a close that came first wins.
				const open = await pluckOne<number>(db, 'SELECT open FROM rooms WHERE code = ?', [
					choice.code
				]);
				const refusal = open === 1 ? await overLimit(choice, limits, now) : closedError();
				if (refusal) outcomes.set(choice, refusal);
				else
					outcomes.set(
						choice,
						(await pluckOne<number>(
							db,
							`INSERT INTO room_participants (room_code, token_hash, joined_at, values_json, submitted_at, submissions)
							 VALUES (?, ?, ?, ?, ?, 1)
							 ON CONFLICT (room_code, token_hash) DO UPDATE SET
							 values_json = excluded.values_json, submitted_at = excluded.submitted_at,
							 submissions = room_participants.submissions + 1
							 RETURNING submissions`,
							[choice.code, choice.tokenHash, now, JSON.stringify(choice.values), now]
						))!
					);
			}
		});
		for (const choice of batch) {
			if (!(outcomes.get(choice) instanceof ApiError) && !tallies.has(choice.code))
				tallies.set(choice.code, await announce(choice.code));
		}
	} catch (error) {
		for (const choice of batch) choice.done(error as Error);
		return;
	}
	for (const choice of batch) {
		const outcome = outcomes.get(choice)!;
		if (outcome instanceof ApiError) choice.done(outcome);
		else
			choice.done({
				values: choice.values,
				submissions: outcome,
				changes: tallies.get(choice.code)!.changes
			});
	}
}

export type RoomSwitch = 'close' | 'reopen' | 'reveal' | 'hide';

/** Close, reopen, reveal or hide: the owner or an admin only. Announced like a submission. */
export async function switchRoom(
	user: SessionUser | null,
	code: string,
	action: RoomSwitch
): Promise<Room> {
	const row = await roomRow(code);
	requireRunner(user, row);
	const set = {
		close: 'open = 0',
		reopen: 'open = 1',
		reveal: 'revealed = 1',
		hide: 'revealed = 0'
	}[action];
	const db = getDb();
	await db.transaction(async () => {
		// After any batch of choices already writing, as it checks the room is open.
		await db.lock(`room:${code}`);
		await db.run(`UPDATE rooms SET ${set}, updated_at = ? WHERE code = ?`, [Date.now(), code]);
	});
	await announce(code);
	return getRoom(code);
}

/** The room as the owner or an admin sees it; others get 401/403. */
export async function roomForRunner(user: SessionUser | null, code: string): Promise<Room> {
	const row = await roomRow(code);
	requireRunner(user, row);
	return toRoom(row);
}

/** The spread of choices in words, one lever a line: a saved scenario's note. */
export function spreadNote(room: Room, tally: Tally, authority: Authority): string {
	const byId = parametersById(authority);
	const lines = room.levers.map((lever) => {
		const parameter = byId.get(lever.id)!;
		const format = (value: number | boolean) => formatParameterValue(parameter, value);
		return `${lever.label}: ${spreadText(format, tally.levers[lever.id])}`;
	});
	return `What room ${room.code} (“${room.name}”) chose, ${tally.submissions} ${tally.submissions === 1 ? 'participant' : 'participants'}. ${lines.join('; ')}.`;
}

export const saveRoomBody = z.strictObject({ name: scenarioNameSchema.optional() });

/**
 * A closed room's scenario, saved as a scenario of the user's (the medians, with the spread of
 * choices as the first version's note); 409 while the room is still open.
 */
export async function saveRoomScenario(
	user: SessionUser | null,
	code: string,
	input: { name?: string }
) {
	const row = await roomRow(code);
	const runner = requireRunner(user, row);
	if (row.open === 1)
		throw new ApiError(409, 'Close the room first, so its scenario stops changing.', 'code');
	const room = await toRoom(row);
	const tally = await computeTally(row);
	const authority = await roomAuthority(row);
	return createScenario(runner, {
		name: input.name ?? `${room.name} (what the room chose)`.slice(0, 120),
		description: `The median of each lever chosen in room ${room.code}.`,
		authorityId: authority.id,
		values: tally.scenario.values,
		note: spreadNote(room, tally, authority)
	});
}

/** Every participant's latest choice, one row each, numbered in the order they first joined. */
export async function submissionsCsv(user: SessionUser | null, code: string): Promise<string> {
	const row = await roomRow(code);
	requireRunner(user, row);
	const room = await toRoom(row);
	const choices = (
		await pluck<string>(
			getDb(),
			`SELECT values_json FROM room_participants
			 WHERE room_code = ? AND values_json IS NOT NULL ORDER BY joined_at, token_hash`,
			[code]
		)
	).map((text) => JSON.parse(text) as ScenarioValues);
	return csvRows([
		['participant', ...room.levers.map((l) => l.id)],
		...choices.map((choice, index) => [
			String(index + 1),
			...room.levers.map((l) => String(choice[l.id] ?? ''))
		])
	]);
}

export const createRoomBody = z.strictObject({
	name: roomNameSchema,
	authorityId: z
		.string({ error: 'authorityId must be text' })
		.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'authorityId is not a council you can use' })
		.optional(),
	levers: leverIdsSchema,
	values: z.unknown().optional()
});
