/**
 * Every API route, called by every kind of caller: anonymous, a viewer, the officer who owns the
 * scenario, another officer, and an admin. Each case starts from a fresh scenario owned by the
 * officer (shared, with a deleted twin for undelete), and, for the routes on imported councils,
 * a fresh council of the officer's own (with a deleted twin), so destructive calls do not leak.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client, emails, password, serveThisFileWithCast } from './server';

type Role = 'anonymous' | 'viewer' | 'officer' | 'otherOfficer' | 'admin';
const roles: Role[] = ['anonymous', 'viewer', 'officer', 'otherOfficer', 'admin'];

interface Fixture {
	id: string;
	deletedId: string;
	shareToken: string;
	snapshotId: string;
	throwawayUserId: number;
	/** The officer's own imported council, and a deleted one (only for routes with `council`). */
	councilId: string;
	deletedCouncilId: string;
	n: number;
}

interface RouteCase {
	method: string;
	path: (f: Fixture) => string;
	body?: (f: Fixture) => unknown;
	/** A body sent as it is, with its content-type (the import takes a file, not JSON). */
	raw?: () => { text: string; type: string };
	/** The route needs the officer's own councils in the fixture. */
	council?: boolean;
	/** A 200 is a download (content-disposition: attachment); refusals are JSON like the rest. */
	attachment?: boolean;
	/** The field a 400 names. */
	field?: string;
	expect: Record<Role, number>;
}

const ownerOnly = (ok: number) => ({
	anonymous: 401,
	viewer: 403,
	officer: ok,
	otherOfficer: 404,
	admin: 404
});
const everyone = (status: number) => ({
	anonymous: status,
	viewer: status,
	officer: status,
	otherOfficer: status,
	admin: status
});
const signedIn = (ok: number) => ({ ...everyone(ok), anonymous: 401 });
const officers = (ok: number) => ({ ...signedIn(ok), viewer: 403 });
const adminOnly = (ok: number) => ({ ...officers(403), admin: ok });
/**
 * A route open to anyone that names one of the officer's own councils: only the officer may use
 * it; for anyone else it is a 400 naming the field, exactly as a council that does not exist.
 */
const ownCouncilOr400 = (ok: number) => ({ ...everyone(400), officer: ok });

const routes: RouteCase[] = [
	{
		method: 'POST',
		path: () => '/api/project',
		body: () => ({ values: { councilTaxIncrease: 2.99 } }),
		expect: everyone(200)
	},
	{ method: 'GET', path: () => '/api/authorities', expect: everyone(200) },
	{ method: 'GET', path: () => '/api/session', expect: everyone(200) },
	{ method: 'DELETE', path: () => '/api/session', expect: signedIn(200) },
	{ method: 'GET', path: () => '/api/scenarios', expect: officers(200) },
	{
		method: 'POST',
		path: () => '/api/scenarios',
		body: () => ({ name: 'New', values: { touristLevy: 1 } }),
		expect: officers(201)
	},
	{ method: 'GET', path: (f) => `/api/scenarios/${f.id}`, expect: ownerOnly(200) },
	{
		method: 'PUT',
		path: (f) => `/api/scenarios/${f.id}`,
		body: () => ({ baseVersion: 1, values: { councilTaxIncrease: 4 } }),
		expect: ownerOnly(200)
	},
	{
		method: 'DELETE',
		path: (f) => `/api/scenarios/${f.id}`,
		body: () => ({ baseVersion: 1 }),
		expect: ownerOnly(200)
	},
	{
		method: 'POST',
		path: (f) => `/api/scenarios/${f.deletedId}/restore`,
		body: () => ({ baseVersion: 1 }),
		expect: ownerOnly(200)
	},
	{ method: 'GET', path: (f) => `/api/scenarios/${f.id}/versions`, expect: ownerOnly(200) },
	{ method: 'GET', path: (f) => `/api/scenarios/${f.id}/versions/1`, expect: ownerOnly(200) },
	{
		method: 'POST',
		path: (f) => `/api/scenarios/${f.id}/versions/1/restore`,
		body: () => ({ baseVersion: 1 }),
		expect: ownerOnly(200)
	},
	{
		method: 'POST',
		path: (f) => `/api/scenarios/${f.id}/duplicate`,
		body: () => ({}),
		expect: ownerOnly(201)
	},
	{
		method: 'POST',
		path: (f) => `/api/scenarios/${f.id}/share`,
		body: () => ({ baseVersion: 1, shared: false }),
		expect: ownerOnly(200)
	},
	{
		method: 'GET',
		path: (f) => `/api/scenarios/${f.id}/export.csv`,
		attachment: true,
		expect: ownerOnly(200)
	},
	{
		method: 'GET',
		path: (f) => `/api/scenarios/${f.id}/export.json`,
		attachment: true,
		expect: ownerOnly(200)
	},
	{
		method: 'POST',
		path: (f) => `/api/scenarios/${f.id}/snapshots`,
		body: () => ({ note: 'Cabinet' }),
		expect: ownerOnly(201)
	},
	{ method: 'GET', path: (f) => `/api/scenarios/${f.id}/snapshots`, expect: ownerOnly(200) },
	// The fixture's scenario is shared, so its snapshots are open to anyone signed in.
	{ method: 'GET', path: (f) => `/api/snapshots/${f.snapshotId}`, expect: signedIn(200) },
	{ method: 'GET', path: (f) => `/api/shared/${f.shareToken}`, expect: signedIn(200) },
	{ method: 'GET', path: () => '/api/shared', expect: signedIn(200) },
	{ method: 'GET', path: () => '/api/users', expect: adminOnly(200) },
	{
		method: 'POST',
		path: (f) => '/api/users',
		body: (f) => ({ email: `new${f.n}@anyborough.gov.uk`, role: 'viewer', password }),
		expect: adminOnly(201)
	},
	{
		method: 'PATCH',
		path: (f) => `/api/users/${f.throwawayUserId}`,
		body: () => ({ role: 'officer' }),
		expect: adminOnly(200)
	},
	// The projection's downloads, in each format: a sample council, then the officer's own.
	...(['csv', 'json'] as const).flatMap((format): RouteCase[] => [
		{
			method: 'GET',
			path: () => `/api/projection.${format}?councilTaxIncrease=4`,
			attachment: true,
			expect: everyone(200)
		},
		{
			method: 'GET',
			path: (f) => `/api/projection.${format}?a=${f.councilId}`,
			council: true,
			field: 'a',
			attachment: true,
			expect: ownCouncilOr400(200)
		}
	]),
	{
		method: 'POST',
		path: () => '/api/analysis/resilience',
		body: () => ({ values: { councilTaxIncrease: 4 } }),
		expect: everyone(200)
	},
	{
		method: 'POST',
		path: () => '/api/analysis/guardrails',
		body: (f) => ({ values: {}, authorityId: f.councilId }),
		council: true,
		field: 'authorityId',
		expect: ownCouncilOr400(200)
	},
	{
		method: 'POST',
		path: () => '/api/analysis/nonsense',
		body: () => ({ values: {} }),
		expect: everyone(404)
	},
	{
		method: 'GET',
		path: () => '/api/authorities/template.csv',
		attachment: true,
		expect: everyone(200)
	},
	{
		method: 'GET',
		path: (f) => `/api/authorities/template.csv?from=${f.councilId}`,
		council: true,
		field: 'from',
		attachment: true,
		expect: ownCouncilOr400(200)
	},
	{
		method: 'POST',
		path: () => '/api/authorities/import',
		raw: () => ({ text: template, type: 'text/csv' }),
		expect: officers(201)
	},
	{
		method: 'GET',
		path: (f) => `/api/authorities/${f.councilId}`,
		council: true,
		expect: ownerOnly(200)
	},
	{
		method: 'GET',
		path: (f) => `/api/authorities/${f.councilId}/export.csv`,
		council: true,
		attachment: true,
		expect: ownerOnly(200)
	},
	{
		method: 'DELETE',
		path: (f) => `/api/authorities/${f.councilId}`,
		council: true,
		expect: ownerOnly(200)
	},
	{
		method: 'POST',
		path: (f) => `/api/authorities/${f.deletedCouncilId}/restore`,
		body: () => ({}),
		council: true,
		expect: ownerOnly(200)
	},
	{ method: 'GET', path: () => '/api/no/such/route', expect: everyone(404) },
	{ method: 'POST', path: () => '/api/scenarios/x/y/z', body: () => ({}), expect: everyone(404) }
];

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });
let counter = 0;
/** The CSV template as downloaded: a valid file to import. */
let template: string;

beforeAll(async () => {
	template = (await cast.anonymous.get('/api/authorities/template.csv')).text;
}, 60_000);

async function importCouncil(): Promise<string> {
	const imported = await cast.officer.request('POST', '/api/authorities/import', undefined, {
		headers: { 'content-type': 'text/csv' },
		raw: template
	});
	expect(imported.status, imported.text).toBe(201);
	return imported.body.id;
}

/** The officer's own council and a deleted one, made only for the routes that use them. */
async function councils(): Promise<Pick<Fixture, 'councilId' | 'deletedCouncilId'>> {
	const councilId = await importCouncil();
	const deletedCouncilId = await importCouncil();
	expect((await cast.officer.delete(`/api/authorities/${deletedCouncilId}`)).status).toBe(200);
	return { councilId, deletedCouncilId };
}

async function fixture(route?: RouteCase): Promise<Fixture> {
	const n = ++counter;
	const officer = cast.officer;
	const made = await officer.post('/api/scenarios', {
		name: `Matrix ${n}`,
		values: { councilTaxIncrease: 2.99 }
	});
	const shared = await officer.post(`/api/scenarios/${made.body.id}/share`, {
		baseVersion: 1,
		shared: true
	});
	const frozen = await officer.post(`/api/scenarios/${made.body.id}/snapshots`, {});
	const twin = await officer.post('/api/scenarios', { name: `Deleted ${n}`, values: {} });
	await officer.delete(`/api/scenarios/${twin.body.id}`, { baseVersion: 1 });
	const throwaway = await cast.admin.post('/api/users', {
		email: `throwaway${n}@anyborough.gov.uk`,
		role: 'viewer',
		password
	});
	expect([made.status, shared.status, frozen.status, twin.status, throwaway.status]).toEqual([
		201, 200, 201, 201, 201
	]);
	return {
		id: made.body.id,
		deletedId: twin.body.id,
		shareToken: shared.body.shareToken,
		snapshotId: frozen.body.id,
		throwawayUserId: throwaway.body.id,
		...(route?.council ? await councils() : { councilId: 'none', deletedCouncilId: 'none' }),
		n
	};
}

/** A client for the role; signing out is tested on a session of its own. */
async function clientFor(role: Role, route: RouteCase): Promise<Client> {
	if (role === 'anonymous') return cast.anonymous;
	if (route.method !== 'DELETE' || route.path({} as Fixture) !== '/api/session') return cast[role];
	const client = new Client(server.url);
	expect((await client.signIn(emails[role], password)).status).toBe(200);
	return client;
}

describe('every route, every role', () => {
	const cases = routes.flatMap((route) =>
		roles.map((role) => ({
			route,
			role,
			name: `${route.method} ${route.path({ id: ':id', deletedId: ':deleted', shareToken: ':token', snapshotId: ':snapshot', throwawayUserId: 0, councilId: ':council', deletedCouncilId: ':deletedCouncil', n: 0 })}`
		}))
	);
	test.each(cases)('$name as $role', async ({ route, role }) => {
		const f = await fixture(route);
		const client = await clientFor(role, route);
		const raw = route.raw?.();
		const reply = raw
			? await client.request(route.method, route.path(f), undefined, {
					raw: raw.text,
					headers: { 'content-type': raw.type }
				})
			: await client.request(route.method, route.path(f), route.body?.(f));
		expect(reply.status, reply.text).toBe(route.expect[role]);
		if (route.attachment && reply.status === 200) {
			expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
		} else {
			expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
		}
		if (reply.status >= 400) {
			expect(reply.body.error.message).toEqual(expect.any(String));
		}
		if (reply.status === 400 && route.field) expect(reply.body.error.field).toBe(route.field);
	});
});

describe('what each role sees', () => {
	test("another officer's list never includes the officer's scenarios", async () => {
		const f = await fixture();
		const theirs = await cast.otherOfficer.get('/api/scenarios');
		expect(theirs.body.scenarios.map((s: { id: string }) => s.id)).not.toContain(f.id);
		const mine = await cast.officer.get('/api/scenarios');
		expect(mine.body.scenarios.map((s: { id: string }) => s.id)).toContain(f.id);
	});

	test('a shared link is read-only and lists the scenario under "shared with me"', async () => {
		const f = await fixture();
		const opened = await cast.viewer.get(`/api/shared/${f.shareToken}`);
		expect(opened.body).toMatchObject({
			id: f.id,
			readOnly: true,
			values: { councilTaxIncrease: 2.99 }
		});
		const list = await cast.viewer.get('/api/shared');
		expect(list.body.scenarios.map((s: { id: string }) => s.id)).toContain(f.id);
		// Read-only: holding the link gives no write access by id.
		const write = await cast.viewer.put(`/api/scenarios/${f.id}`, {
			baseVersion: 1,
			name: 'Mine now'
		});
		expect(write.status).toBe(403);
		const otherWrite = await cast.otherOfficer.put(`/api/scenarios/${f.id}`, {
			baseVersion: 1,
			name: 'Mine now'
		});
		expect(otherWrite.status).toBe(404);
		// Unsharing revokes the link.
		await cast.officer.post(`/api/scenarios/${f.id}/share`, { baseVersion: 1, shared: false });
		expect((await cast.viewer.get(`/api/shared/${f.shareToken}`)).status).toBe(404);
		const after = await cast.viewer.get('/api/shared');
		expect(after.body.scenarios.map((s: { id: string }) => s.id)).not.toContain(f.id);
	});

	test('an admin re-roles and disables accounts; a disabled account loses its sessions', async () => {
		const email = `promoted${++counter}@anyborough.gov.uk`;
		const made = await cast.admin.post('/api/users', { email, role: 'viewer', password });
		const client = new Client(server.url);
		await client.signIn(email, password);
		expect((await client.post('/api/scenarios', { name: 'x', values: {} })).status).toBe(403);
		await cast.admin.patch(`/api/users/${made.body.id}`, { role: 'officer' });
		expect((await client.post('/api/scenarios', { name: 'x', values: {} })).status).toBe(201);
		const disabled = await cast.admin.patch(`/api/users/${made.body.id}`, { disabled: true });
		expect(disabled.body.disabled).toBe(true);
		expect((await client.get('/api/scenarios')).status).toBe(401);
		expect((await client.signIn(email, password)).status).toBe(401);
	});

	test('the last active admin can be neither demoted nor disabled', async () => {
		const demote = await cast.admin.patch(`/api/users/${cast.ids.admin}`, { role: 'officer' });
		expect(demote.status).toBe(400);
		expect(demote.body.error.field).toBe('role');
		const disable = await cast.admin.patch(`/api/users/${cast.ids.admin}`, { disabled: true });
		expect(disable.status).toBe(400);
		expect(disable.body.error.field).toBe('disabled');
	});

	test('an email can have only one account', async () => {
		const again = await cast.admin.post('/api/users', {
			email: emails.officer.toUpperCase(),
			role: 'viewer',
			password
		});
		expect(again.status).toBe(409);
		expect(again.body.error.field).toBe('email');
	});
});
