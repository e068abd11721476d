/**
 * A save is acknowledged only once it is on disk. Fire concurrent saves (new scenarios and new
 * versions), SIGKILL the server mid-stream, restart it on the same file, and check the database
 * is intact and holds every save that got a 2xx, with exactly the values it was sent.
 */
import { isDeepStrictEqual } from 'node:util';
import { pluckOne } from '../../src/lib/server/store';
import { afterAll, expect, test } from 'vitest';
import {
	castOfAccounts,
	Client,
	startServer,
	tempDatabasePath,
	withRawStore,
	type RunningServer
} from './server';

let server: RunningServer | undefined;
const db = tempDatabasePath();

afterAll(async () => {
	await server?.stop();
	db.cleanup();
});

interface Ack {
	id: string;
	version: number;
	values: Record<string, number | boolean>;
}

test('SIGKILL mid-stream loses no acknowledged save and leaves the file intact', async () => {
	server = await startServer(db.path);
	const { officer } = await castOfAccounts(server);
	const acks: Ack[] = [];
	let stop = false;
	let failures = 0;

	const valuesFor = (i: number) => ({
		councilTaxIncrease: Math.round((i % 1500) / 10) / 10,
		touristLevy: (i % 5) + 0.25,
		settlementProtection: true
	});
	const mismatches: string[] = [];

	/** A writer keeps one scenario and saves new versions of it, each based on the last. */
	async function writer(w: number, client: Client) {
		let i = w * 100_000;
		let current: { id: string; version: number } | undefined;
		while (!stop) {
			const values = valuesFor(i++);
			try {
				const reply = current
					? await client.put(`/api/scenarios/${current.id}`, {
							baseVersion: current.version,
							values
						})
					: await client.post('/api/scenarios', { name: `Writer ${w}`, values });
				if (reply.status === 200 || reply.status === 201) {
					acks.push({ id: reply.body.id, version: reply.body.version, values: reply.body.values });
					if (!isDeepStrictEqual(reply.body.values, values)) {
						mismatches.push(
							`${JSON.stringify(values)} came back as ${JSON.stringify(reply.body.values)}`
						);
					}
					current = { id: reply.body.id, version: reply.body.version };
					// Every so often start a fresh scenario, so creation is killed mid-way too.
					if (reply.body.version >= 25) current = undefined;
				} else {
					mismatches.push(`unexpected ${reply.status}: ${reply.text}`);
					return;
				}
			} catch (error) {
				if (!stop) {
					mismatches.push(`request failed before the kill: ${error}`);
					return;
				}
				failures++;
			}
		}
	}

	const writers = Array.from({ length: 8 }, (_, w) => writer(w, officer));
	// Kill once a good stream of saves is under way, however slow the machine is today.
	const started = Date.now();
	while (acks.length < 40 && mismatches.length === 0 && Date.now() - started < 30_000) {
		await new Promise((r) => setTimeout(r, 20));
	}
	const acknowledgedBeforeKill = acks.length;
	stop = true;
	await server.kill();
	await Promise.allSettled(writers);
	expect(mismatches).toEqual([]);
	expect(acknowledgedBeforeKill).toBeGreaterThan(20);

	server = await startServer(db.path);
	await withRawStore(db.path, async (check) => {
		// SQLite's own checks of the file; PostgreSQL enforces foreign keys on every write, and
		// the app server that was killed held no file of its own.
		if (check.engine === 'sqlite') {
			expect(await pluckOne(check, 'PRAGMA integrity_check')).toBe('ok');
			expect(await check.all('PRAGMA foreign_key_check')).toEqual([]);
		}
		for (const ack of acks) {
			const row = await check.get<{ values_json: string }>(
				'SELECT values_json FROM scenario_versions WHERE scenario_id = ? AND version = ?',
				[ack.id, ack.version]
			);
			expect(row, `${ack.id} v${ack.version}`).toBeDefined();
			expect(JSON.parse(row!.values_json)).toEqual(ack.values);
			expect(
				await pluckOne<number>(check, 'SELECT current_version FROM scenarios WHERE id = ?', [
					ack.id
				])
			).toBeGreaterThanOrEqual(ack.version);
		}
		// Every scenario's current version exists, whatever moment the kill came at.
		const dangling = await pluckOne(
			check,
			`SELECT count(*) FROM scenarios s LEFT JOIN scenario_versions v
			 ON v.scenario_id = s.id AND v.version = s.current_version WHERE v.version IS NULL`
		);
		expect(dangling).toBe(0);
	});
	// And the restarted server serves them (the session survived in the store).
	const last = acks[acks.length - 1];
	const reopened = await officer
		.on(server)
		.get(`/api/scenarios/${last.id}/versions/${last.version}`);
	expect(reopened.status).toBe(200);
	expect(reopened.body.values).toEqual(last.values);
	console.log(`crash test: ${acks.length} saves acknowledged before SIGKILL, ${failures} cut off`);
}, 60_000);
