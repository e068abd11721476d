/**
 * The restore window on a server that keeps running: a scenario deleted longer ago than
 * SCENARIO_RESTORE_DAYS leaves the Deleted list and is purged without a restart, so the list
 * never offers a Restore that would be refused.
 */
import { pluckOne } from '../../src/lib/server/store';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveThisFileWithCast, withRawStore } from './server';

const windowSeconds = 3;
const { server, cast } = serveThisFileWithCast(
	{ beforeAll, afterAll },
	{ env: { SCENARIO_RESTORE_DAYS: String(windowSeconds / 86_400) } }
);

const ids = (reply: { body: { scenarios: { id: string }[] } }) =>
	reply.body.scenarios.map((s) => s.id);

test('an expired deleted scenario leaves the list, is purged, and restore is a 404', async () => {
	const made = await cast.officer.post('/api/scenarios', { name: 'Short-lived', values: {} });
	const deleted = await cast.officer.delete(`/api/scenarios/${made.body.id}`, { baseVersion: 1 });
	expect(deleted.status, deleted.text).toBe(200);
	expect(Date.parse(deleted.body.restorableUntil) - Date.parse(deleted.body.deletedAt)).toBe(
		windowSeconds * 1000
	);
	expect(ids(await cast.officer.get('/api/scenarios?deleted=true'))).toContain(made.body.id);
	const page = await cast.officer.get('/scenarios');
	expect(page.text).toContain('Short-lived');

	await new Promise((r) => setTimeout(r, windowSeconds * 1000 + 500));

	expect(ids(await cast.officer.get('/api/scenarios?deleted=true'))).not.toContain(made.body.id);
	expect((await cast.officer.get('/scenarios')).text).not.toContain('Short-lived');
	const rows = await withRawStore(server.databasePath, (raw) =>
		pluckOne(raw, 'SELECT count(*) FROM scenarios WHERE id = ?', [made.body.id])
	);
	expect(rows).toBe(0);
	const restore = await cast.officer.post(`/api/scenarios/${made.body.id}/restore`, {
		baseVersion: 1
	});
	expect(restore.status).toBe(404);
}, 30_000);

test('a scenario deleted within the window is still listed and restorable', async () => {
	const made = await cast.officer.post('/api/scenarios', { name: 'Brief', values: {} });
	await cast.officer.delete(`/api/scenarios/${made.body.id}`, { baseVersion: 1 });
	expect(ids(await cast.officer.get('/api/scenarios?deleted=true'))).toContain(made.body.id);
	const back = await cast.officer.post(`/api/scenarios/${made.body.id}/restore`, {
		baseVersion: 1
	});
	expect(back.status, back.text).toBe(200);
	expect(back.body.deletedAt).toBeNull();
});
