/**
 * The pages' form actions over real HTTP, for every role: /scenarios (create, rename, duplicate,
 * delete, restore, share), /present (freeze) and /admin (create, role, disable). They share the API's store and
 * rules, so the same callers must be refused, with the store left exactly as it was: anonymous
 * is sent to sign in, a viewer (or an officer at /admin) gets 403, and someone else's scenario is
 * "not found". Posted as a browser's enhanced form does (accept: application/json and
 * x-sveltekit-action: true, a JSON ActionResult), and as a plain form (a redirect, or the page's
 * HTML).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client, dumpStore, password, type Reply, serveThisFileWithCast } from './server';

type Role = 'anonymous' | 'viewer' | 'officer' | 'otherOfficer' | 'admin';
const roles: Role[] = ['anonymous', 'viewer', 'officer', 'otherOfficer', 'admin'];

// ORIGIN is the server's own address, so a same-origin form post passes SvelteKit's CSRF check.
const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll }, { ownOrigin: true });
let counter = 0;

/** Sessions' last_seen_at moves with every request, by design; anything else is a write. */
const store = () => dumpStore(server.databasePath, { sessions: ['last_seen_at'] });

function post(
	client: Client,
	path: string,
	fields: Record<string, string | number>,
	{ enhanced = true, origin = server.url } = {}
): Promise<Reply> {
	const form = new URLSearchParams(
		Object.entries(fields).map(([key, value]) => [key, String(value)])
	);
	return client.request('POST', path, undefined, {
		raw: form.toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin,
			// SvelteKit answers with JSON or HTML by the accept header, as use:enhance and a browser send.
			...(enhanced
				? { accept: 'application/json', 'x-sveltekit-action': 'true' }
				: { accept: 'text/html' })
		}
	});
}

/**
 * An ActionResult's `data` is serialised with devalue; the actions here return flat objects,
 * whose devalue form is [ { key: index }, ...values ] (negative indexes stand for undefined).
 */
function actionData(reply: Reply): Record<string, unknown> {
	const table = JSON.parse(reply.body.data) as unknown[];
	const root = table[0] as Record<string, number>;
	return Object.fromEntries(
		Object.entries(root).map(([key, index]) => [key, index < 0 ? undefined : table[index]])
	);
}

/** What a refused caller gets from an enhanced form post. */
function expectRefused(reply: Reply, role: Role, notFound = 404) {
	if (role === 'anonymous') {
		// Sent to sign in, and back to the page afterwards.
		expect(reply.status).toBe(200);
		expect(reply.body).toMatchObject({ type: 'redirect', status: 303 });
		expect(reply.body.location).toMatch(/^\/signin\?redirectTo=/);
	} else if (role === 'viewer' || notFound === 403) {
		expect(reply.status, reply.text).toBe(403);
		expect(reply.body.type).toBe('error');
	} else {
		expect(reply.body, reply.text).toMatchObject({ type: 'failure', status: notFound });
	}
}

/** An enhanced form post that did what it was asked, with a message for the form. */
function expectDone(reply: Reply, action: string) {
	expect(reply.body, reply.text).toMatchObject({ type: 'success', status: 200 });
	expect(actionData(reply)).toMatchObject({ form: action, message: expect.any(String) });
}

/** Refused as expectRefused says, and the store exactly as it was `before`. */
async function expectRefusedUnchanged(reply: Reply, role: Role, before: string, notFound = 404) {
	expectRefused(reply, role, notFound);
	expect(await store()).toBe(before);
}

interface Fixture {
	id: string;
	deletedId: string;
}

async function fixture(): Promise<Fixture> {
	const n = ++counter;
	const made = await cast.officer.post('/api/scenarios', {
		name: `Form ${n}`,
		values: { councilTaxIncrease: 2.99 }
	});
	const twin = await cast.officer.post('/api/scenarios', { name: `Binned ${n}`, values: {} });
	const binned = await cast.officer.delete(`/api/scenarios/${twin.body.id}`, { baseVersion: 1 });
	expect([made.status, twin.status, binned.status]).toEqual([201, 201, 200]);
	return { id: made.body.id, deletedId: twin.body.id };
}

interface ScenarioAction {
	action: string;
	fields: (f: Fixture) => Record<string, string | number>;
	/** What the owner's success did, read back over the API. */
	check: (f: Fixture, reply: Reply) => Promise<void>;
}

const scenarioActions: ScenarioAction[] = [
	{
		action: 'rename',
		fields: (f) => ({ id: f.id, baseVersion: 1, name: 'Renamed by form' }),
		check: async (f) => {
			const now = await cast.officer.get(`/api/scenarios/${f.id}`);
			expect(now.body).toMatchObject({ name: 'Renamed by form', version: 2 });
		}
	},
	{
		action: 'duplicate',
		fields: (f) => ({ id: f.id }),
		check: async (f, reply) => {
			const copy = await cast.officer.get(`/api/scenarios/${actionData(reply).id}`);
			expect(copy.body).toMatchObject({ version: 1, values: { councilTaxIncrease: 2.99 } });
			expect(copy.body.id).not.toBe(f.id);
		}
	},
	{
		action: 'delete',
		fields: (f) => ({ id: f.id, baseVersion: 1 }),
		check: async (f) => {
			expect((await cast.officer.get(`/api/scenarios/${f.id}`)).status).toBe(404);
			const bin = await cast.officer.get('/api/scenarios?deleted=true');
			expect(bin.body.scenarios.map((s: { id: string }) => s.id)).toContain(f.id);
		}
	},
	{
		action: 'restore',
		fields: (f) => ({ id: f.deletedId, baseVersion: 1 }),
		check: async (f) => {
			const back = await cast.officer.get(`/api/scenarios/${f.deletedId}`);
			expect(back.body.deletedAt).toBeNull();
		}
	},
	{
		action: 'share',
		fields: (f) => ({ id: f.id, baseVersion: 1, shared: 'true' }),
		check: async (f) => {
			const now = await cast.officer.get(`/api/scenarios/${f.id}`);
			expect(now.body.shareToken).toEqual(expect.any(String));
		}
	}
];

describe('/scenarios form actions, every role', () => {
	const cases = scenarioActions.flatMap((a) => roles.map((role) => ({ ...a, role })));
	test.each(cases)('?/$action as $role', async ({ action, fields, check, role }) => {
		const f = await fixture();
		const before = await store();
		const reply = await post(cast[role], `/scenarios?/${action}`, fields(f));
		if (role === 'officer') {
			expectDone(reply, action);
			await check(f, reply);
		} else {
			// Another officer, or an admin, does not own it: "not found", as on the API.
			await expectRefusedUnchanged(reply, role, before, 404);
		}
	});

	test.each(roles)('?/create as %s', async (role) => {
		const before = await store();
		const name = `Created by form ${++counter}`;
		const reply = await post(cast[role], '/scenarios?/create', {
			name,
			authorityId: 'anyshire',
			preset: 'status-quo'
		});
		if (role === 'officer' || role === 'otherOfficer' || role === 'admin') {
			// Made, then off to its page.
			expect(reply.body, reply.text).toMatchObject({ type: 'redirect', status: 303 });
			const id = reply.body.location.replace('/scenarios/', '');
			const made = await cast[role].get(`/api/scenarios/${id}`);
			expect(made.body).toMatchObject({ name, authorityId: 'anyshire', version: 1 });
		} else {
			await expectRefusedUnchanged(reply, role, before);
		}
	});
});

describe('/scenarios form actions: versions and bad input', () => {
	test('a stale baseVersion is a 409 failure naming it, and nothing is written', async () => {
		const f = await fixture();
		await cast.officer.put(`/api/scenarios/${f.id}`, { baseVersion: 1, name: 'Saved elsewhere' });
		const before = await store();
		for (const [action, fields] of [
			['rename', { id: f.id, baseVersion: 1, name: 'Mine' }],
			['delete', { id: f.id, baseVersion: 1 }],
			['share', { id: f.id, baseVersion: 1, shared: 'true' }]
		] as const) {
			const reply = await post(cast.officer, `/scenarios?/${action}`, fields);
			expect(reply.body, `${action} ${reply.text}`).toMatchObject({ type: 'failure', status: 409 });
			expect(actionData(reply)).toMatchObject({ form: action, field: 'baseVersion' });
		}
		expect(await store()).toBe(before);
	});

	test('a missing or malformed baseVersion is a 400 naming it', async () => {
		const f = await fixture();
		const before = await store();
		for (const baseVersion of [undefined, 'one', '0', '1.5']) {
			for (const [action, id] of [
				['rename', f.id],
				['delete', f.id],
				['share', f.id],
				['restore', f.deletedId]
			] as const) {
				const fields: Record<string, string> = { id, name: 'x', shared: 'true' };
				if (action !== 'rename') delete fields.name;
				if (action !== 'share') delete fields.shared;
				if (baseVersion !== undefined) fields.baseVersion = baseVersion;
				const reply = await post(cast.officer, `/scenarios?/${action}`, fields);
				expect(reply.body, `${action} ${baseVersion} ${reply.text}`).toMatchObject({
					type: 'failure',
					status: 400
				});
				expect(actionData(reply)).toMatchObject({ form: action, field: 'baseVersion' });
			}
		}
		expect(await store()).toBe(before);
	});

	test('without JavaScript: anonymous is redirected to sign in; the owner gets the page', async () => {
		const f = await fixture();
		const before = await store();
		const plainDelete = (client: Client) =>
			post(client, '/scenarios?/delete', { id: f.id, baseVersion: 1 }, { enhanced: false });
		const anonymous = await plainDelete(cast.anonymous);
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toMatch(/^\/signin\?redirectTo=/);
		const viewer = await plainDelete(cast.viewer);
		expect(viewer.status).toBe(403);
		expect(await store()).toBe(before);
		const owner = await plainDelete(cast.officer);
		expect(owner.status).toBe(200);
		expect(owner.headers.get('content-type')).toMatch(/^text\/html/);
		expect(owner.text).toContain('You can restore it until');
	});

	test('a form posted from another site is refused before any action runs', async () => {
		const f = await fixture();
		const before = await store();
		const reply = await post(
			cast.officer,
			'/scenarios?/delete',
			{ id: f.id, baseVersion: 1 },
			{ origin: 'https://evil.example' }
		);
		expect(reply.status).toBe(403);
		expect(await store()).toBe(before);
	});
});

describe('/admin form actions, every role', () => {
	async function throwaway(): Promise<number> {
		const made = await cast.admin.post('/api/users', {
			email: `form-throwaway${++counter}@anyborough.gov.uk`,
			role: 'viewer',
			password
		});
		expect(made.status, made.text).toBe(201);
		return made.body.id;
	}

	const actions: {
		action: string;
		fields: (userId: number) => Record<string, string | number>;
		check: (userId: number, sent: Record<string, string | number>) => Promise<void>;
	}[] = [
		{
			action: 'create',
			fields: () => ({
				email: `form-made${++counter}@anyborough.gov.uk`,
				role: 'officer',
				password
			}),
			check: async (_, sent) => {
				const users = await cast.admin.get('/api/users');
				const made = users.body.users.find((u: { email: string }) => u.email === sent.email);
				expect(made).toMatchObject({ role: 'officer', disabled: false });
			}
		},
		{
			action: 'role',
			fields: (id) => ({ id, role: 'officer' }),
			check: async (id) => {
				const users = await cast.admin.get('/api/users');
				expect(users.body.users.find((u: { id: number }) => u.id === id).role).toBe('officer');
			}
		},
		{
			action: 'disable',
			fields: (id) => ({ id, disabled: 'true' }),
			check: async (id) => {
				const users = await cast.admin.get('/api/users');
				expect(users.body.users.find((u: { id: number }) => u.id === id).disabled).toBe(true);
			}
		}
	];

	const cases = actions.flatMap((a) => roles.map((role) => ({ ...a, role })));
	test.each(cases)('?/$action as $role', async ({ action, fields, check, role }) => {
		const userId = await throwaway();
		const before = await store();
		const sent = fields(userId);
		const reply = await post(cast[role], `/admin?/${action}`, sent);
		if (role === 'admin') {
			expectDone(reply, action);
			await check(userId, sent);
		} else {
			// Only an admin: every other signed-in role is forbidden outright.
			await expectRefusedUnchanged(reply, role, before, 403);
		}
	});
});

describe('/present?/freeze, every role', () => {
	test.each(roles)('as %s', async (role) => {
		const f = await fixture();
		const before = await store();
		const reply = await post(cast[role], `/present?councilTaxIncrease=2.99&saved=${f.id}&/freeze`, {
			id: f.id,
			version: 1
		});
		const snapshots = await cast.officer.get(`/api/scenarios/${f.id}/snapshots`);
		if (role === 'officer') {
			expect(reply.body, reply.text).toMatchObject({ type: 'success', status: 200 });
			expect(snapshots.body.snapshots).toMatchObject([
				{ scenarioVersion: 1, note: 'Frozen while presenting' }
			]);
			// The deck links to the snapshot it made.
			expect(reply.body.data).toContain(snapshots.body.snapshots[0].id);
		} else {
			await expectRefusedUnchanged(reply, role, before, 404);
			expect(snapshots.body.snapshots).toEqual([]);
		}
	});
});
