/**
 * The scenario store through the API: saves are versioned, stale writes are refused with 409,
 * any version can be reopened or restored, deletes are soft and undoable, bad input is a 400
 * naming the field, and a scenario saved under an older model version still opens.
 */
import { pluck, pluckOne } from '../../src/lib/server/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changesSince, MODEL_VERSION } from '../../models/index';
import { serveThisFileWithCast, withRawStore } from './server';
import { migrations } from '../../src/lib/server/migrations';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });

async function newScenario(name = 'Budget 2026', values: object = { councilTaxIncrease: 2.99 }) {
	const reply = await cast.officer.post('/api/scenarios', { name, values });
	expect(reply.status, reply.text).toBe(201);
	return reply.body;
}

describe('saving', () => {
	test('a new scenario is version 1 and stores only values that differ from the status quo', async () => {
		const made = await cast.officer.post('/api/scenarios', {
			name: '  Tourist levy  ',
			description: 'A £1 levy',
			authorityId: 'anyborough',
			values: { touristLevy: 1, referendumLimit: true }
		});
		expect(made.status).toBe(201);
		expect(made.body).toMatchObject({
			name: 'Tourist levy',
			description: 'A £1 levy',
			version: 1,
			modelVersion: MODEL_VERSION,
			modelNote: null,
			values: { touristLevy: 1 }
		});
		const again = await cast.officer.get(`/api/scenarios/${made.body.id}`);
		expect(again.body).toEqual(made.body);
	});

	test('each save is a new version; a save based on an old version gets 409 with the current one', async () => {
		const s = await newScenario();
		const v2 = await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 1,
			authorityId: 'anyvale',
			values: { councilTaxIncrease: 3.5 }
		});
		expect(v2.status).toBe(200);
		expect(v2.body.version).toBe(2);
		const stale = await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 1,
			values: { councilTaxIncrease: 1 }
		});
		expect(stale.status).toBe(409);
		expect(stale.body.error.field).toBe('baseVersion');
		expect(stale.body.currentVersion).toBe(2);
		// The council too, so a client reloading the newer version applies both.
		expect(stale.body.scenario).toMatchObject({
			version: 2,
			authorityId: 'anyvale',
			values: { councilTaxIncrease: 3.5 }
		});
		const now = await cast.officer.get(`/api/scenarios/${s.id}`);
		expect(now.body.values).toEqual({ councilTaxIncrease: 3.5 });
	});

	test('delete, share and undelete name their base version too: stale is 409, nothing changes', async () => {
		const s = await newScenario('Contested');
		const path = `/api/scenarios/${s.id}`;
		expect((await cast.officer.put(path, { baseVersion: 1, name: 'Contested v2' })).status).toBe(
			200
		);
		for (const [method, route, body] of [
			['DELETE', path, { baseVersion: 1 }],
			['POST', `${path}/share`, { baseVersion: 1, shared: true }]
		] as const) {
			const stale = await cast.officer.request(method, route, body);
			expect(stale.status, `${method} ${route}`).toBe(409);
			expect(stale.body.error.field).toBe('baseVersion');
			expect(stale.body.currentVersion).toBe(2);
			expect(stale.body.scenario).toMatchObject({ id: s.id, version: 2, name: 'Contested v2' });
		}
		const unchanged = await cast.officer.get(path);
		expect(unchanged.body).toMatchObject({ version: 2, deletedAt: null, shareToken: null });

		const shared = await cast.officer.post(`${path}/share`, { baseVersion: 2, shared: true });
		expect(shared.status, shared.text).toBe(200);
		expect(shared.body.shareUrl).toMatch(/\/shared\//);
		const unshared = await cast.officer.post(`${path}/share`, { baseVersion: 2, shared: false });
		expect(unshared.body.shareToken).toBeNull();

		expect((await cast.officer.delete(path, { baseVersion: 2 })).status).toBe(200);
		const staleUndelete = await cast.officer.post(`${path}/restore`, { baseVersion: 1 });
		expect(staleUndelete.status).toBe(409);
		expect(staleUndelete.body.scenario).toMatchObject({
			version: 2,
			deletedAt: expect.any(String)
		});
		expect((await cast.officer.get(path)).status).toBe(404);
		expect((await cast.officer.post(`${path}/restore`, { baseVersion: 2 })).status).toBe(200);
	});

	test('delete, share and undelete without a usable baseVersion are a 400 naming it', async () => {
		const s = await newScenario('Careless');
		const path = `/api/scenarios/${s.id}`;
		for (const body of [{}, { baseVersion: '1' }, { baseVersion: 0 }, { baseVersion: 1.5 }]) {
			for (const [method, route, extra] of [
				['DELETE', path, {}],
				['POST', `${path}/share`, { shared: true }],
				['POST', `${path}/restore`, {}]
			] as const) {
				const reply = await cast.officer.request(method, route, { ...body, ...extra });
				expect(reply.status, `${method} ${route} ${reply.text}`).toBe(400);
				expect(reply.body.error.field).toBe('baseVersion');
			}
		}
		const noBody = await cast.officer.request('DELETE', path);
		expect(noBody.status).toBe(415);
		expect((await cast.officer.get(path)).body).toMatchObject({
			deletedAt: null,
			shareToken: null
		});
	});

	test('of many concurrent saves from the same version exactly one wins', async () => {
		const s = await newScenario();
		const replies = await Promise.all(
			Array.from({ length: 12 }, (_, i) =>
				cast.officer.put(`/api/scenarios/${s.id}`, {
					baseVersion: 1,
					values: { councilTaxIncrease: i }
				})
			)
		);
		const statuses = replies.map((r) => r.status).sort();
		expect(statuses.filter((x) => x === 200)).toHaveLength(1);
		expect(statuses.filter((x) => x === 409)).toHaveLength(11);
		const winner = replies.find((r) => r.status === 200)!;
		const versions = await cast.officer.get(`/api/scenarios/${s.id}/versions`);
		expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
		const now = await cast.officer.get(`/api/scenarios/${s.id}`);
		expect(now.body.values).toEqual(winner.body.values);
	});

	test('rename is a save too, and keeps the values', async () => {
		const s = await newScenario();
		const renamed = await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 1,
			name: 'Renamed'
		});
		expect(renamed.body).toMatchObject({ name: 'Renamed', version: 2, values: s.values });
	});

	test('changing the authority re-checks the values against its kind', async () => {
		const s = await newScenario('Counties', { councilTaxIncrease: 2 });
		const moved = await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 1,
			authorityId: 'anyshire'
		});
		expect(moved.status, moved.text).toBe(200);
		expect(moved.body.authorityId).toBe('anyshire');
		const unknown = await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 2,
			authorityId: 'atlantis'
		});
		expect(unknown.status).toBe(400);
		expect(unknown.body.error.field).toBe('authorityId');
	});
});

describe('versions', () => {
	test('any version can be reopened, and restoring one makes a new version with its values', async () => {
		const s = await newScenario('History', { councilTaxIncrease: 1 });
		await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 1,
			values: { councilTaxIncrease: 2 }
		});
		await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 2,
			values: { touristLevy: 2 }
		});
		const v1 = await cast.officer.get(`/api/scenarios/${s.id}/versions/1`);
		expect(v1.body).toMatchObject({ version: 1, values: { councilTaxIncrease: 1 } });
		const stale = await cast.officer.post(`/api/scenarios/${s.id}/versions/1/restore`, {
			baseVersion: 2
		});
		expect(stale.status).toBe(409);
		const restored = await cast.officer.post(`/api/scenarios/${s.id}/versions/1/restore`, {
			baseVersion: 3
		});
		expect(restored.status).toBe(200);
		expect(restored.body).toMatchObject({ version: 4, values: { councilTaxIncrease: 1 } });
		const list = await cast.officer.get(`/api/scenarios/${s.id}/versions`);
		expect(list.body.versions.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);
		expect(list.body.versions[0].note).toBe('restored from version 1');
		// Old versions are untouched.
		const v3 = await cast.officer.get(`/api/scenarios/${s.id}/versions/3`);
		expect(v3.body.values).toEqual({ touristLevy: 2 });
		expect((await cast.officer.get(`/api/scenarios/${s.id}/versions/9`)).status).toBe(404);
		expect((await cast.officer.get(`/api/scenarios/${s.id}/versions/0`)).status).toBe(404);
	});

	test('versions cannot be changed in the database either', async () => {
		await withRawStore(server.databasePath, async (raw) => {
			await expect(raw.run("UPDATE scenario_versions SET name = 'tampered'")).rejects.toThrow(
				/immutable/
			);
		});
	});
});

describe('delete, duplicate, list, export', () => {
	test('delete is soft: the owner can restore, and it is gone from the list meanwhile', async () => {
		const s = await newScenario('Doomed');
		const deleted = await cast.officer.delete(`/api/scenarios/${s.id}`, { baseVersion: 1 });
		expect(deleted.status).toBe(200);
		expect(deleted.body.deletedAt).toEqual(expect.any(String));
		expect(Date.parse(deleted.body.restorableUntil) - Date.parse(deleted.body.deletedAt)).toBe(
			30 * 24 * 3600 * 1000
		);
		expect((await cast.officer.get(`/api/scenarios/${s.id}`)).status).toBe(404);
		const list = await cast.officer.get('/api/scenarios');
		expect(list.body.scenarios.map((x: { id: string }) => x.id)).not.toContain(s.id);
		const bin = await cast.officer.get('/api/scenarios?deleted=true');
		expect(bin.body.scenarios.map((x: { id: string }) => x.id)).toContain(s.id);
		const back = await cast.officer.post(`/api/scenarios/${s.id}/restore`, { baseVersion: 1 });
		expect(back.status).toBe(200);
		expect(back.body).toMatchObject({ id: s.id, deletedAt: null, values: s.values });
		expect(
			(await cast.officer.post(`/api/scenarios/${s.id}/restore`, { baseVersion: 1 })).status
		).toBe(404);
	});

	test('duplicate copies the current values into a new scenario of its own', async () => {
		const s = await newScenario('Original', { touristLevy: 1.5 });
		const copy = await cast.officer.post(`/api/scenarios/${s.id}/duplicate`, {});
		expect(copy.status).toBe(201);
		expect(copy.body).toMatchObject({
			name: 'Original (copy)',
			version: 1,
			values: { touristLevy: 1.5 }
		});
		expect(copy.body.id).not.toBe(s.id);
		const named = await cast.officer.post(`/api/scenarios/${s.id}/duplicate`, { name: 'Plan B' });
		expect(named.body.name).toBe('Plan B');
	});

	test('the list sorts by name or by last update and searches by name', async () => {
		const me = cast.otherOfficer;
		for (const name of ['beta', 'Alpha', 'gamma 100%']) {
			expect((await me.post('/api/scenarios', { name, values: {} })).status).toBe(201);
		}
		const byName = await me.get('/api/scenarios?sort=name');
		expect(byName.body.scenarios.map((s: { name: string }) => s.name)).toEqual([
			'Alpha',
			'beta',
			'gamma 100%'
		]);
		const byUpdated = await me.get('/api/scenarios?sort=updated');
		expect(byUpdated.body.scenarios[0].name).toBe('gamma 100%');
		const found = await me.get('/api/scenarios?q=' + encodeURIComponent('100%'));
		expect(found.body.scenarios.map((s: { name: string }) => s.name)).toEqual(['gamma 100%']);
		const wildcard = await me.get('/api/scenarios?q=' + encodeURIComponent('%'));
		expect(wildcard.body.scenarios).toHaveLength(1);
	});

	test('exports the projection as CSV and JSON attachments', async () => {
		const s = await newScenario('Export me', { councilTaxIncrease: 3.5 });
		const csv = await cast.officer.get(`/api/scenarios/${s.id}/export.csv`);
		expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(csv.headers.get('content-disposition')).toBe('attachment; filename="export-me-v1.csv"');
		const rows = csv.text.trim().split('\r\n');
		expect(rows[0]).toMatch(/^Year,/);
		expect(rows).toHaveLength(12);
		const json = await cast.officer.get(`/api/scenarios/${s.id}/export.json`);
		expect(json.headers.get('content-disposition')).toBe(
			'attachment; filename="export-me-v1.json"'
		);
		expect(json.body).toMatchObject({
			modelVersion: MODEL_VERSION,
			values: { councilTaxIncrease: 3.5 },
			scenario: { id: s.id, version: 1 }
		});
		expect(json.body.years).toHaveLength(11);
		const direct = await cast.anonymous.post('/api/project', {
			values: { councilTaxIncrease: 3.5 }
		});
		expect(json.body.years).toEqual(direct.body.years);
	});
});

describe('older model versions', () => {
	test('a scenario saved under another model version opens, with a note of what changed', async () => {
		const s = await newScenario('Old model');
		await withRawStore(server.databasePath, async (raw) => {
			await raw.run(
				`INSERT INTO scenario_versions
				 (scenario_id, version, name, description, authority_id, values_json, model_version, note, saved_by, saved_at)
				 VALUES (?, 2, 'Old model', '', 'anyborough', ?, '2013.1', '', ?, ?)`,
				[
					s.id,
					JSON.stringify({ councilTaxIncrease: 3, retiredLever: 7 }),
					cast.ids.officer,
					Date.now()
				]
			);
			await raw.run('UPDATE scenarios SET current_version = 2 WHERE id = ?', [s.id]);
		});
		const opened = await cast.officer.get(`/api/scenarios/${s.id}`);
		expect(opened.status).toBe(200);
		expect(opened.body.modelVersion).toBe('2013.1');
		expect(opened.body.values).toEqual({ councilTaxIncrease: 3 });
		expect(opened.body.modelNote).toContain('2013.1');
		expect(opened.body.modelNote).toContain(MODEL_VERSION);
		expect(opened.body.modelNote).toContain('retiredLever');
		// What changed since, from the model's changelog.
		for (const release of changesSince('2013.1'))
			expect(opened.body.modelNote).toContain(
				`What changed in ${release.version}: ${release.changes[0]}`
			);
		const csv = await cast.officer.get(`/api/scenarios/${s.id}/export.csv`);
		expect(csv.status).toBe(200);
		// Saving it again records the current model version.
		const saved = await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 2,
			name: 'Re-saved'
		});
		expect(saved.body).toMatchObject({ modelVersion: MODEL_VERSION, modelNote: null, version: 3 });
	});
});

describe('bad input is a 400 naming the field, never a 500', () => {
	const cases: [string, unknown, string][] = [
		['missing name', { values: {} }, 'name'],
		['empty name', { name: '   ', values: {} }, 'name'],
		['long name', { name: 'x'.repeat(121), values: {} }, 'name'],
		['unknown field', { name: 'a', values: {}, owner: 1 }, 'owner'],
		['unknown parameter', { name: 'a', values: { notALever: 1 } }, 'values'],
		['out of range', { name: 'a', values: { councilTaxIncrease: 1000 } }, 'values'],
		['wrong type', { name: 'a', values: { councilTaxIncrease: '3' } }, 'values'],
		['values not an object', { name: 'a', values: [1, 2] }, 'values'],
		['missing values', { name: 'a' }, 'values'],
		['unknown authority', { name: 'a', values: {}, authorityId: 'x' }, 'authorityId'],
		['body an array', [], 'body']
	];
	test.each(cases)('%s', async (_, body, field) => {
		const reply = await cast.officer.post('/api/scenarios', body);
		expect(reply.status, reply.text).toBe(400);
		expect(reply.body.error.field).toBe(field);
		expect(reply.body.error.message.length).toBeGreaterThan(3);
	});

	test('the message names the parameter', async () => {
		const reply = await cast.anonymous.post('/api/project', { values: { councilTaxIncrease: 99 } });
		expect(reply.status).toBe(400);
		expect(reply.body.error.message).toMatch(/councilTaxIncrease must be at most/);
	});

	test('baseVersion must be a whole number', async () => {
		const s = await newScenario();
		for (const baseVersion of ['1', 1.5, 0, -1, null]) {
			const reply = await cast.officer.put(`/api/scenarios/${s.id}`, { baseVersion, name: 'x' });
			expect(reply.status).toBe(400);
			expect(reply.body.error.field).toBe('baseVersion');
		}
		const nothing = await cast.officer.put(`/api/scenarios/${s.id}`, { baseVersion: 1 });
		expect(nothing.status).toBe(400);
	});

	test('a version to duplicate is named as `version` in its error, not baseVersion', async () => {
		const s = await newScenario();
		const reply = await cast.officer.post(`/api/scenarios/${s.id}/duplicate`, { version: 1.5 });
		expect(reply.status).toBe(400);
		expect(reply.body.error).toMatchObject({
			field: 'version',
			message: expect.stringMatching(/^version must be a whole number/)
		});
	});

	test('invalid JSON, the wrong content type, an oversized body, a bad query', async () => {
		const broken = await cast.officer.request('POST', '/api/scenarios', undefined, {
			raw: '{"name": "a",',
			headers: { 'content-type': 'application/json' }
		});
		expect(broken.status).toBe(400);
		expect(broken.body.error).toMatchObject({
			field: 'body',
			message: 'The body is not valid JSON.'
		});
		const plain = await cast.officer.request('POST', '/api/scenarios', undefined, {
			raw: '{"name":"a","values":{}}',
			headers: { 'content-type': 'text/plain', origin: server.url.replace('http:', 'https:') }
		});
		expect(plain.status).toBe(415);
		const huge = await cast.officer.post('/api/scenarios', {
			name: 'a',
			values: {},
			pad: 'x'.repeat(70_000)
		});
		expect(huge.status).toBe(413);
		const query = await cast.officer.get('/api/scenarios?sort=size');
		expect(query.status).toBe(400);
		expect(query.body.error.field).toBe('sort');
		const extra = await cast.officer.get('/api/scenarios?limit=1');
		expect(extra.body.error.field).toBe('limit');
		const wrongMethod = await cast.officer.request('PATCH', '/api/scenarios');
		expect(wrongMethod.status).toBe(405);
		expect(wrongMethod.body.error.message).toEqual(expect.any(String));
	});
});

describe('start-up', () => {
	test('migrations are recorded, and scenarios deleted over 30 days ago are purged on restart', async () => {
		const fresh = await newScenario('Recently deleted');
		const old = await newScenario('Long deleted');
		await cast.officer.delete(`/api/scenarios/${fresh.id}`, { baseVersion: 1 });
		await cast.officer.delete(`/api/scenarios/${old.id}`, { baseVersion: 1 });
		await server.stop();
		await withRawStore(server.databasePath, async (raw) => {
			await raw.run('UPDATE scenarios SET deleted_at = ? WHERE id = ?', [
				Date.now() - 31 * 24 * 3600 * 1000,
				old.id
			]);
			const recorded = await raw.all('SELECT id, name FROM schema_migrations ORDER BY id');
			// Every migration in the source, in order (later ones are appended by other work).
			expect(recorded).toEqual(migrations.map(({ id, name }) => ({ id, name })));
			expect(recorded.slice(0, 5)).toEqual([
				{ id: 1, name: 'accounts and sessions' },
				{ id: 2, name: 'scenarios and their versions' },
				{ id: 3, name: 'imported authorities' },
				{ id: 4, name: 'snapshots as presented' },
				{ id: 5, name: 'rooms and their participants' }
			]);
		});
		await server.restart();
		await withRawStore(server.databasePath, async (check) => {
			const ids = await pluck(check, 'SELECT id FROM scenarios');
			expect(ids).toContain(fresh.id);
			expect(ids).not.toContain(old.id);
			expect(
				await pluckOne(check, 'SELECT count(*) FROM scenario_versions WHERE scenario_id = ?', [
					old.id
				])
			).toBe(0);
			// SQLite's write-ahead log, which makes a save durable without blocking readers.
			if (check.engine === 'sqlite')
				expect(await pluckOne(check, 'PRAGMA journal_mode')).toBe('wal');
		});
		// Sessions are in the store, so they survive the restart.
		expect((await cast.officer.get(`/api/scenarios/${fresh.id}`)).status).toBe(404);
		expect(
			(await cast.officer.post(`/api/scenarios/${fresh.id}/restore`, { baseVersion: 1 })).status
		).toBe(200);
	}, 30_000);
});
