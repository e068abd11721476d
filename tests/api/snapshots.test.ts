/**
 * Snapshots ("freeze as presented") through the API and the pages, on the built server and a
 * real SQLite file: a snapshot holds the projection the model gave when it was frozen and is
 * shown exactly as stored afterwards, whatever happens to the scenario or the model; the
 * database itself refuses to change or delete one; bad input is a 400 naming the field; and
 * only the owner, or anyone while the scenario is shared, may read one.
 */
import { pluckOne, type Store } from '../../src/lib/server/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MODEL_VERSION } from '../../models/index';
import { serveThisFileWithCast, withRawStore } from './server';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });

async function newScenario(name = 'Cabinet budget', values: object = { councilTaxIncrease: 3.5 }) {
	const reply = await cast.officer.post('/api/scenarios', {
		name,
		authorityId: 'anyborough',
		values
	});
	expect(reply.status, reply.text).toBe(201);
	return reply.body;
}

async function freeze(scenarioId: string, body: object = {}) {
	const reply = await cast.officer.post(`/api/scenarios/${scenarioId}/snapshots`, body);
	expect(reply.status, reply.text).toBe(201);
	return reply.body;
}

const withRaw = <T>(work: (raw: Store) => Promise<T>): Promise<T> =>
	withRawStore(server.databasePath, work);

describe('freezing', () => {
	test('freezes the latest version with its projection, and lists and fetches it', async () => {
		const s = await newScenario();
		const made = await freeze(s.id, { note: '  Cabinet, 3 Dec  ' });
		expect(made).toMatchObject({
			id: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
			scenarioId: s.id,
			scenarioVersion: 1,
			name: 'Cabinet budget',
			note: 'Cabinet, 3 Dec',
			modelVersion: MODEL_VERSION,
			currentModelVersion: MODEL_VERSION,
			modelNote: null,
			authority: { id: 'anyborough', name: expect.any(String), kind: expect.any(String) },
			values: { councilTaxIncrease: 3.5 },
			frozenBy: { id: cast.ids.officer }
		});
		expect(made.levers).toEqual([
			{ id: 'councilTaxIncrease', label: expect.any(String), statusQuo: '4.99 %', value: '3.50 %' }
		]);
		// The same figures the scenario's JSON export gives today: one engine, one serialiser.
		const exported = await cast.officer.get(`/api/scenarios/${s.id}/export.json`);
		expect(made.projection.years).toEqual(exported.body.years);
		expect(made.projection.values).toEqual({ councilTaxIncrease: 3.5 });
		expect(made.baseline.values).toEqual({});
		expect(made.baseline.years).toHaveLength(made.projection.years.length);

		const list = await cast.officer.get(`/api/scenarios/${s.id}/snapshots`);
		expect(list.status).toBe(200);
		expect(list.body.snapshots).toEqual([
			{
				id: made.id,
				scenarioId: s.id,
				scenarioVersion: 1,
				name: 'Cabinet budget',
				note: 'Cabinet, 3 Dec',
				modelVersion: MODEL_VERSION,
				frozenBy: made.frozenBy,
				createdAt: made.createdAt
			}
		]);
		const fetched = await cast.officer.get(`/api/snapshots/${made.id}`);
		expect(fetched.status).toBe(200);
		expect(fetched.body).toEqual(made);
	});

	test('freezes a named older version', async () => {
		const s = await newScenario();
		await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 1,
			values: { touristLevy: 2 }
		});
		const old = await freeze(s.id, { version: 1 });
		expect(old).toMatchObject({ scenarioVersion: 1, values: { councilTaxIncrease: 3.5 } });
		const latest = await freeze(s.id);
		expect(latest).toMatchObject({ scenarioVersion: 2, values: { touristLevy: 2 }, note: '' });
		const list = await cast.officer.get(`/api/scenarios/${s.id}/snapshots`);
		expect(list.body.snapshots.map((n: { id: string }) => n.id)).toEqual([latest.id, old.id]);
		const missing = await cast.officer.post(`/api/scenarios/${s.id}/snapshots`, { version: 9 });
		expect(missing.status).toBe(404);
		expect(missing.body.error.field).toBe('version');
	});

	test('a snapshot is unchanged by later versions, deletion and the purge of its scenario', async () => {
		const s = await newScenario('Purged later');
		const made = await freeze(s.id, { note: 'Full council' });
		await cast.officer.put(`/api/scenarios/${s.id}`, {
			baseVersion: 1,
			name: 'Renamed',
			values: { councilTaxIncrease: 1 }
		});
		await cast.officer.put(`/api/scenarios/${s.id}`, { baseVersion: 2, authorityId: 'anyshire' });
		expect((await cast.officer.get(`/api/snapshots/${made.id}`)).body).toEqual(made);

		await cast.officer.delete(`/api/scenarios/${s.id}`, { baseVersion: 3 });
		expect((await cast.officer.get(`/api/snapshots/${made.id}`)).body).toEqual(made);
		expect((await cast.officer.get(`/api/scenarios/${s.id}/snapshots`)).status).toBe(404);

		// Past the restore window, a restart purges the scenario; the snapshot stays.
		await server.stop();
		await withRaw((raw) =>
			raw.run('UPDATE scenarios SET deleted_at = ? WHERE id = ?', [
				Date.now() - 31 * 24 * 3600 * 1000,
				s.id
			])
		);
		await server.restart();
		expect(
			await withRaw((raw) => pluckOne(raw, 'SELECT count(*) FROM scenarios WHERE id = ?', [s.id]))
		).toBe(0);
		expect((await cast.officer.get(`/api/snapshots/${made.id}`)).body).toEqual(made);
		const page = await cast.officer.get(`/snapshots/${made.id}`);
		expect(page.status).toBe(200);
		expect(page.text).toContain('Full council');
	}, 30_000);

	test('the database itself refuses to change or delete a snapshot', async () => {
		const s = await newScenario();
		const made = await freeze(s.id);
		await withRaw(async (raw) => {
			await expect(
				raw.run("UPDATE snapshots SET note = 'tampered' WHERE id = ?", [made.id])
			).rejects.toThrow(/immutable/);
			await expect(
				raw.run("UPDATE snapshots SET projection_json = '{}' WHERE id = ?", [made.id])
			).rejects.toThrow(/immutable/);
			await expect(raw.run('DELETE FROM snapshots WHERE id = ?', [made.id])).rejects.toThrow(
				/never deleted/
			);
		});
		expect((await cast.officer.get(`/api/snapshots/${made.id}`)).body).toEqual(made);
	});
});

describe('a snapshot from another model version', () => {
	test('is shown exactly as stored, by the API and the page, with a plain note', async () => {
		const s = await newScenario('Old model budget');
		const made = await freeze(s.id, { note: 'Scrutiny, 12 Jan' });
		// As an older release would have written it: another model version and other figures.
		const id = 'OlderModelSnapshot0000000';
		const stored = await withRaw(async (raw) => {
			const row = (await raw.get<Record<string, unknown>>('SELECT * FROM snapshots WHERE id = ?', [
				made.id
			]))!;
			const projection = JSON.parse(row.projection_json as string);
			projection.modelVersion = '2025.9';
			projection.years[5].gap = '123456789.00';
			projection.years[5].closingReserves = '-98765432.10';
			projection.years[0].income.councilTax = '111222333.44';
			projection.reservesExhaustedIn = '2030/31';
			await raw.run(
				`INSERT INTO snapshots SELECT ?, scenario_id, scenario_version, owner_id, name, note,
				 authority_json, values_json, levers_json, '2025.9', ?, baseline_json, created_at
				 FROM snapshots WHERE id = ?`,
				[id, JSON.stringify(projection), made.id]
			);
			return projection;
		});

		const api = await cast.officer.get(`/api/snapshots/${id}`);
		expect(api.status, api.text).toBe(200);
		expect(api.body.modelVersion).toBe('2025.9');
		expect(api.body.currentModelVersion).toBe(MODEL_VERSION);
		expect(api.body.projection).toEqual(stored);
		expect(api.body.baseline).toEqual(made.baseline);
		expect(api.body.modelNote).toBe(
			`Frozen under model 2025.9; the model is now ${MODEL_VERSION}. The figures are as presented, not recomputed.`
		);

		const page = await cast.officer.get(`/snapshots/${id}`);
		expect(page.status).toBe(200);
		// The rendered page only, not the data it carries for hydration.
		const main = page.text.slice(page.text.indexOf('<main'), page.text.indexOf('</main>'));
		const text = main.replace(/<!--.*?-->/g, '').replace(/\s+/g, ' ');
		expect(text).toContain(
			`Frozen under model 2025.9; the model is now ${MODEL_VERSION}; the figures below are as presented.`
		);
		expect(text).toContain('Open the same levers in today’s modeller');
		// The snapshot's model version in the link, so the modeller says the figures may differ.
		expect(text).toContain('href="/?v=2025.9&amp;councilTaxIncrease=3.5"');
		// The stored figures, not the model's: the headline, the yearly table and every line.
		expect(text).toContain(`Gap in ${stored.years[5].year}: £123.5m`);
		expect(text).toContain('Reserves available to meet the gap run out in 2030/31');
		expect(text).toContain('£123,456,789.00');
		expect(text).toContain('−£98,765,432.10');
		expect(text).toContain('£111,222,333.44');
		expect(text).toContain('Scrutiny, 12 Jan');

		// The snapshot it was copied from still shows the model's own figures, with no note.
		const original = await cast.officer.get(`/snapshots/${made.id}`);
		expect(original.status).toBe(200);
		expect(original.text).not.toContain('123,456,789');
		expect(original.text).not.toContain('Frozen under model');
	});
});

describe('bad input is a 400 naming the field, never a 500', () => {
	const cases: [string, unknown, string][] = [
		['note not text', { note: 5 }, 'note'],
		['note too long', { note: 'x'.repeat(201) }, 'note'],
		['version zero', { version: 0 }, 'version'],
		['version not a number', { version: '2' }, 'version'],
		['version fractional', { version: 1.5 }, 'version'],
		['unknown field', { name: 'Renamed' }, 'name'],
		['body an array', [], 'body'],
		['body null', null, 'body']
	];
	test.each(cases)('%s', async (_, body, field) => {
		const s = await newScenario();
		const reply = await cast.officer.post(`/api/scenarios/${s.id}/snapshots`, body);
		expect(reply.status, reply.text).toBe(400);
		expect(reply.body.error.field).toBe(field);
		expect(reply.body.error.message).toEqual(expect.any(String));
		expect((await cast.officer.get(`/api/scenarios/${s.id}/snapshots`)).body.snapshots).toEqual([]);
	});

	test('invalid JSON, a query on a list, malformed and unknown ids', async () => {
		const s = await newScenario();
		const broken = await cast.officer.request(
			'POST',
			`/api/scenarios/${s.id}/snapshots`,
			undefined,
			{
				raw: '{"note": ',
				headers: { 'content-type': 'application/json' }
			}
		);
		expect(broken.status).toBe(400);
		expect(broken.body.error.field).toBe('body');
		const query = await cast.officer.get(`/api/scenarios/${s.id}/snapshots?limit=1`);
		expect(query.status).toBe(400);
		expect(query.body.error.field).toBe('limit');
		for (const path of [
			'/api/snapshots/nope',
			'/api/snapshots/AAAAAAAAAAAAAAAAAAAAAAAA',
			'/api/snapshots/' + 'x'.repeat(65),
			'/api/scenarios/no-such-scenario/snapshots'
		]) {
			const reply = await cast.officer.get(path);
			expect(reply.status, path).toBe(404);
		}
		expect((await cast.officer.get('/snapshots/AAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
	});
});

describe('who may freeze and read', () => {
	test('others get 404; anyone signed in may read while the scenario is shared', async () => {
		const s = await newScenario('Shared later');
		const made = await freeze(s.id, { note: 'Overview and scrutiny' });
		const path = `/api/snapshots/${made.id}`;

		expect((await cast.anonymous.get(path)).status).toBe(401);
		expect((await cast.anonymous.post(`/api/scenarios/${s.id}/snapshots`)).status).toBe(401);
		expect((await cast.viewer.post(`/api/scenarios/${s.id}/snapshots`)).status).toBe(403);
		expect((await cast.viewer.get(`/api/scenarios/${s.id}/snapshots`)).status).toBe(403);
		for (const client of [cast.viewer, cast.otherOfficer, cast.admin]) {
			expect((await client.get(path)).status).toBe(404);
			expect((await client.get(`/snapshots/${made.id}`)).status).toBe(404);
		}
		expect((await cast.otherOfficer.post(`/api/scenarios/${s.id}/snapshots`)).status).toBe(404);
		expect((await cast.otherOfficer.get(`/api/scenarios/${s.id}/snapshots`)).status).toBe(404);

		const shared = await cast.officer.post(`/api/scenarios/${s.id}/share`, {
			baseVersion: 1,
			shared: true
		});
		expect(shared.status).toBe(200);
		for (const client of [cast.viewer, cast.otherOfficer]) {
			const reply = await client.get(path);
			expect(reply.status).toBe(200);
			expect(reply.body).toEqual(made);
			expect((await client.get(`/snapshots/${made.id}`)).status).toBe(200);
		}
		// Sharing lets others read, never freeze or list.
		expect((await cast.otherOfficer.post(`/api/scenarios/${s.id}/snapshots`)).status).toBe(404);
		expect((await cast.otherOfficer.get(`/api/scenarios/${s.id}/snapshots`)).status).toBe(404);
		// The shared page lists the snapshots for whoever holds its link.
		const sharedPage = await cast.viewer.get(`/shared/${shared.body.shareToken}`);
		expect(sharedPage.text).toContain(`/snapshots/${made.id}`);
		expect(sharedPage.text).toContain('Overview and scrutiny');

		await cast.officer.post(`/api/scenarios/${s.id}/share`, { baseVersion: 1, shared: false });
		expect((await cast.viewer.get(path)).status).toBe(404);
		expect((await cast.officer.get(path)).status).toBe(200);
	});
});

describe('freezing from the pages', () => {
	const form = (fields: Record<string, string>) => ({
		raw: new URLSearchParams(fields).toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			// As a browser without JavaScript sends it, so the answer is a page, not JSON.
			accept: 'text/html',
			// The server takes itself to be https unless a proxy says otherwise (PROTOCOL_HEADER).
			origin: server.url.replace('http:', 'https:')
		}
	});

	test('freezes without JavaScript and lists the snapshot; a long note is refused by name', async () => {
		const s = await newScenario('Form budget');
		const page = await cast.officer.get(`/scenarios/${s.id}`);
		expect(page.text).toContain('Freeze as presented');
		expect(page.text).toContain('<label for="snapshot-note">');

		const posted = await cast.officer.request(
			'POST',
			`/scenarios/${s.id}?/freeze`,
			undefined,
			form({ version: '1', note: 'Cabinet, 3 Dec' })
		);
		expect(posted.status, posted.text).toBe(303);
		const location = posted.headers.get('location')!;
		expect(location).toMatch(/^\/snapshots\/[A-Za-z0-9_-]{24}$/);
		const snapshot = await cast.officer.get(`/api${location}`);
		expect(snapshot.body).toMatchObject({ scenarioId: s.id, note: 'Cabinet, 3 Dec' });
		const listed = await cast.officer.get(`/scenarios/${s.id}`);
		expect(listed.text).toContain(`href="${location}"`);

		const refused = await cast.officer.request(
			'POST',
			`/scenarios/${s.id}?/freeze`,
			undefined,
			form({ version: '1', note: 'x'.repeat(201) })
		);
		expect(refused.status).toBe(400);
		expect(refused.text).toContain('note must be at most 200 characters');
		expect(refused.text).toContain('aria-invalid="true"');
		const list = await cast.officer.get(`/api/scenarios/${s.id}/snapshots`);
		expect(list.body.snapshots).toHaveLength(1);
	});

	test('the presentation of a saved scenario freezes the version it shows, without JavaScript', async () => {
		const s = await newScenario('Deck budget');
		const deck = `/present?councilTaxIncrease=3.5&saved=${s.id}`;
		expect((await cast.officer.get(deck)).text).toContain('Freeze as presented');
		// Not when the deck shows other levers than the saved version, nor to anyone else.
		const changed = await cast.officer.get(`/present?councilTaxIncrease=4&saved=${s.id}`);
		expect(changed.text).not.toContain('Freeze as presented');
		for (const client of [cast.otherOfficer, cast.viewer]) {
			expect((await client.get(deck)).text).not.toContain('Freeze as presented');
		}

		const posted = await cast.officer.request(
			'POST',
			`${deck}&/freeze`,
			undefined,
			form({ id: s.id, version: '1' })
		);
		expect(posted.status, posted.text).toBe(200);
		const [snapshot] = (await cast.officer.get(`/api/scenarios/${s.id}/snapshots`)).body.snapshots;
		expect(snapshot).toMatchObject({ scenarioVersion: 1, note: 'Frozen while presenting' });
		expect(posted.text).toContain(`href="/snapshots/${snapshot.id}"`);
		expect(posted.text).toContain('Version 1 frozen');
		expect(posted.text).not.toContain('Freeze as presented');
	});
});
