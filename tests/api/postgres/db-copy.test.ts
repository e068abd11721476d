/**
 * npm run db:copy: a SQLite database built through the real server (accounts, scenarios with
 * versions, a deleted one, a snapshot, a share, an imported council, a room with choices) is
 * copied into a new PostgreSQL database, and a server started on the copy gives the same
 * answers. Runs only on PostgreSQL (this folder is included when REWIRE_TEST_POSTGRES is set).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	castOfAccounts,
	Client,
	emails,
	password,
	startServer,
	tempDatabasePath,
	testEngine,
	withRawStore,
	type Cast,
	type RunningServer
} from '../server';
import { Participant } from '../room-helpers';

const root = resolve(import.meta.dirname, '../../..');
const sqliteDir = mkdtempSync(join(tmpdir(), 'rewire-copy-'));
const sqlitePath = join(sqliteDir, 'rewire.db');
const target = tempDatabasePath();

let original: RunningServer;
let copy: RunningServer | undefined;
let cast: Cast;
const made = { scenario: '', deleted: '', snapshot: '', token: '', authority: '', room: '' };
const participants: Participant[] = [];

function dbCopy(...args: string[]) {
	const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/db-copy.ts', ...args], {
		cwd: root,
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What the server answers, with its own address taken out (a room's join link names it). */
async function answers(server: RunningServer): Promise<Record<string, unknown>> {
	const as = (client: Client) => client.on(server);
	const requests: [string, Client, string][] = [
		['scenarios', as(cast.officer), '/api/scenarios'],
		['deleted scenarios', as(cast.officer), '/api/scenarios?deleted=true'],
		['scenario', as(cast.officer), `/api/scenarios/${made.scenario}`],
		['versions', as(cast.officer), `/api/scenarios/${made.scenario}/versions`],
		['version 1', as(cast.officer), `/api/scenarios/${made.scenario}/versions/1`],
		['snapshots', as(cast.officer), `/api/scenarios/${made.scenario}/snapshots`],
		['snapshot', as(cast.officer), `/api/snapshots/${made.snapshot}`],
		['shared with me', as(cast.otherOfficer), '/api/shared'],
		['authorities', as(cast.officer), '/api/authorities'],
		['authority', as(cast.officer), `/api/authorities/${made.authority}`],
		['rooms', as(cast.officer), '/api/rooms'],
		['room', as(cast.officer), `/api/rooms/${made.room}`],
		['tally', as(cast.officer), `/api/rooms/${made.room}/tally`],
		['users', as(cast.admin), '/api/users']
	];
	const result: Record<string, unknown> = {};
	for (const [name, client, path] of requests) {
		const reply = await client.get(path);
		expect(reply.status, `${name}: ${reply.text}`).toBe(200);
		result[name] = JSON.parse(reply.text.replaceAll(new URL(server.url).host, 'SERVER'));
	}
	// A participant's own choice, by their cookie.
	for (const [i, participant] of participants.entries()) {
		const reply = await fetch(`${server.url}/api/rooms/${made.room}`, {
			headers: { cookie: participant.cookie! }
		});
		result[`participant ${i}`] = JSON.parse(
			(await reply.text()).replaceAll(new URL(server.url).host, 'SERVER')
		);
	}
	return result;
}

let before: Record<string, unknown>;
let sharedBefore: unknown;

beforeAll(async () => {
	if (testEngine !== 'postgres') throw new Error('these tests need REWIRE_TEST_POSTGRES');
	original = await startServer(sqlitePath);
	cast = await castOfAccounts(original);
	const { officer } = cast;

	const scenario = await officer.post('/api/scenarios', {
		name: 'Cabinet budget',
		authorityId: 'anyborough',
		values: { councilTaxIncrease: 2.99 }
	});
	expect(scenario.status, scenario.text).toBe(201);
	made.scenario = scenario.body.id;
	for (const [baseVersion, value] of [
		[1, 3.5],
		[2, 4.99]
	])
		expect(
			(
				await officer.put(`/api/scenarios/${made.scenario}`, {
					baseVersion,
					values: { councilTaxIncrease: value, touristLevy: 1 },
					description: `Version ${baseVersion + 1}`
				})
			).status
		).toBe(200);
	const snapshot = await officer.post(`/api/scenarios/${made.scenario}/snapshots`, {
		version: 2
	});
	expect(snapshot.status, snapshot.text).toBe(201);
	made.snapshot = snapshot.body.id;
	const shared = await officer.post(`/api/scenarios/${made.scenario}/share`, {
		baseVersion: 3,
		shared: true
	});
	expect(shared.status, shared.text).toBe(200);
	made.token = shared.body.shareToken;
	expect(made.token).toBeTruthy();
	sharedBefore = (await cast.otherOfficer.get(`/api/shared/${made.token}`)).body;

	const doomed = await officer.post('/api/scenarios', { name: 'Abandoned', values: {} });
	made.deleted = doomed.body.id;
	expect((await officer.delete(`/api/scenarios/${made.deleted}`, { baseVersion: 1 })).status).toBe(
		200
	);

	const template = await cast.anonymous.get('/api/authorities/template.csv');
	const imported = await officer.request('POST', '/api/authorities/import', undefined, {
		headers: { 'content-type': 'text/csv' },
		raw: template.text.replace(/^(authority,name,[^,]*,)[^,\n]*/m, '$1Copyborough Council')
	});
	expect(imported.status, imported.text).toBe(201);
	made.authority = imported.body.id;

	const room = await officer.post('/api/rooms', {
		name: 'Budget workshop',
		authorityId: 'anyborough',
		levers: ['councilTaxIncrease', 'preventionInvestment']
	});
	expect(room.status, room.text).toBe(201);
	made.room = room.body.code;
	for (const value of [1, 4, 5]) {
		const participant = new Participant(original.url);
		expect((await participant.choose(made.room, { councilTaxIncrease: value })).status).toBe(200);
		participants.push(participant);
	}
	expect((await officer.post(`/api/rooms/${made.room}/close`)).status).toBe(200);

	before = await answers(original);
	// Stopped, as an operator would before moving: the copy is then the whole of it.
	await original.stop();
}, 120_000);

afterAll(async () => {
	await copy?.stop();
	await original?.stop();
	target.cleanup();
	rmSync(sqliteDir, { recursive: true, force: true });
});

describe('npm run db:copy', () => {
	test('copies every table, row for row, and prints the counts', async () => {
		const result = dbCopy('--from', sqlitePath, '--to', target.path);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/users\s+4\n/);
		expect(result.stdout).toMatch(/scenario_versions\s+4\n/);
		expect(result.stdout).toMatch(/snapshots\s+1\n/);
		expect(result.stdout).toMatch(/room_participants\s+3\n/);
		const tables = (db: Parameters<Parameters<typeof withRawStore>[1]>[0]) =>
			db.all<{ name: string }>(
				db.engine === 'sqlite'
					? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
					: "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
			);
		const names = (await withRawStore(sqlitePath, tables)).map((t) => t.name);
		expect((await withRawStore(target.path, tables)).map((t) => t.name)).toEqual(names);
		for (const table of names.filter((t) => t !== 'schema_migrations')) {
			const rows = (location: string) =>
				withRawStore(location, async (db) =>
					(await db.all<Record<string, unknown>>(`SELECT * FROM ${table}`))
						.map((row) => JSON.stringify(row))
						.sort()
				);
			const copied = await rows(target.path);
			expect(copied, table).toEqual(await rows(sqlitePath));
		}
	}, 60_000);

	test('a server on the copy gives the same answers, and the same passwords sign in', async () => {
		copy = await startServer(target.path);
		expect(await answers(copy)).toEqual(before);
		const opened = await cast.otherOfficer.on(copy).get(`/api/shared/${made.token}`);
		expect(opened.body).toEqual(sharedBefore);
		for (const email of Object.values(emails)) {
			const client = new Client(copy.url);
			const reply = await client.signIn(email, password);
			expect(reply.status, `${email}: ${reply.text}`).toBe(200);
		}
		expect((await new Client(copy.url).signIn(emails.admin, 'not the password')).status).toBe(401);
	}, 60_000);

	test('new rows on the copy continue after the copied ids', async () => {
		const admin = cast.admin.on(copy!);
		const added = await admin.post('/api/users', {
			email: 'new.officer@anyborough.gov.uk',
			role: 'officer',
			password
		});
		expect(added.status, added.text).toBe(201);
		expect(added.body.id).toBe(Math.max(...Object.values(cast.ids)) + 1);
		const scenario = await cast.officer.on(copy!).put(`/api/scenarios/${made.scenario}`, {
			baseVersion: 3,
			values: { councilTaxIncrease: 1 }
		});
		expect(scenario.status, scenario.text).toBe(200);
		expect(scenario.body.version).toBe(4);
	});

	test('refuses a database that already holds rows, and changes nothing in it', async () => {
		const count = () =>
			withRawStore(target.path, (db) =>
				db.get<{ n: number }>('SELECT count(*)::int AS n FROM users')
			);
		const users = await count();
		const result = dbCopy('--from', sqlitePath, '--to', target.path);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/already holds rows: users \(5\)/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(await count()).toEqual(users);
	}, 60_000);

	test('a missing file, a file that is not SQLite, a bad URL: a clear message, no stack', async () => {
		const notSqlite = join(sqliteDir, 'notes.txt');
		writeFileSync(notSqlite, 'not a database');
		const cases: [string[], RegExp][] = [
			[['--from', join(sqliteDir, 'missing.db'), '--to', target.path], /no file at .*missing\.db/],
			[['--from', notSqlite, '--to', target.path], /is not a SQLite database/],
			[['--from', sqlitePath, '--to', 'mysql://somewhere/rewire'], /--to must be a PostgreSQL URL/],
			[['--from', sqlitePath, '--to', 'postgres://rewire@127.0.0.1:1/none'], /cannot connect/],
			[['--to', target.path], /--from is required/]
		];
		for (const [args, message] of cases) {
			const result = dbCopy(...args);
			expect(result.status, args.join(' ')).not.toBe(0);
			expect(result.stderr).toMatch(message);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
	}, 60_000);
});
