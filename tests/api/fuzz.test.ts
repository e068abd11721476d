/**
 * Two thousand malformed requests (fast-check) against every write route: broken JSON,
 * non-objects, unknown fields, near-valid bodies with one poisoned field, wrong content types
 * and oversized bodies. None may get a 5xx, every refusal must be a 4xx naming what was wrong,
 * and afterwards every table in the store must be exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parameters } from '../../models/index';
import { dumpStore, serveThisFileWithCast } from './server';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });
let scenarioId: string;
let ownCouncilId: string;

beforeAll(async () => {
	const made = await cast.officer.post('/api/scenarios', {
		name: 'Target',
		values: { touristLevy: 1 }
	});
	scenarioId = made.body.id;
	const template = await cast.officer.get('/api/authorities/template.csv');
	const imported = await cast.officer.request('POST', '/api/authorities/import', undefined, {
		headers: { 'content-type': 'text/csv' },
		raw: template.text
	});
	expect(imported.status, imported.text).toBe(201);
	ownCouncilId = imported.body.id;
	expect((await cast.officer.delete(`/api/authorities/${ownCouncilId}`)).status).toBe(200);
}, 60_000);

/** Any JSON but the empty object, the one body a council's restore takes. */
const notEmptyObject = fc
	.jsonValue()
	.filter(
		(v) =>
			!(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)
	);

const isJson = (text: string) => {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
};

const numberParameters = parameters.filter((p) => p.kind === 'number');
const booleanParameters = parameters.filter((p) => p.kind === 'boolean');

/** Scenario values that no declaration accepts. */
const badValues: fc.Arbitrary<unknown> = fc.oneof(
	fc.record({ [`not_a_parameter`]: fc.jsonValue() }),
	fc.constantFrom(...numberParameters).chain((p) =>
		fc
			.oneof(
				fc.double({ min: p.max, noNaN: true, minExcluded: true }),
				fc.double({ max: p.min, noNaN: true, maxExcluded: true }),
				fc.string(),
				fc.boolean(),
				fc.constant(null),
				fc.array(fc.integer())
			)
			.filter((v) => !(typeof v === 'number' && v >= p.min && v <= p.max))
			.map((v) => ({ [p.id]: v }))
	),
	fc
		.constantFrom(...booleanParameters)
		.chain((p) =>
			fc.oneof(fc.integer(), fc.string(), fc.constant(null)).map((v) => ({ [p.id]: v }))
		),
	fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.jsonValue()))
);

const badName = fc.oneof(
	fc.constant(''),
	fc.constant('   '),
	fc.string({ minLength: 121, maxLength: 300 }).filter((s) => s.trim().length > 120),
	fc.integer(),
	fc.constant(null),
	fc.array(fc.string())
);
const badVersion = fc.oneof(
	fc.integer({ max: 0 }),
	fc.double({ min: 1.01, max: 50, noNaN: true }).filter((n) => !Number.isInteger(n)),
	fc.string(),
	fc.constant(null),
	fc.boolean()
);
const goodPassword = 'a perfectly fine password';

/** Near-valid bodies with exactly one poisoned field, per route. */
const poisoned: Record<string, fc.Arbitrary<unknown>> = {
	'POST /api/project': badValues.map((values) => ({ values })),
	'POST /api/scenarios': fc.oneof(
		badValues.map((values) => ({ name: 'Fuzz', values })),
		badName.map((name) => ({ name, values: {} })),
		fc
			.string()
			.filter((id) => !['anyborough', 'anyshire', 'anyvale', 'anywick', 'anyford'].includes(id))
			.map((authorityId) => ({ name: 'Fuzz', values: {}, authorityId }))
	),
	'PUT /api/scenarios/:id': fc.oneof(
		badVersion.map((baseVersion) => ({ baseVersion, name: 'Fuzz' })),
		badValues.map((values) => ({ baseVersion: 1, values })),
		badName.map((name) => ({ baseVersion: 1, name })),
		fc.constant({ baseVersion: 1 })
	),
	'POST /api/scenarios/:id/versions/1/restore': badVersion.map((baseVersion) => ({ baseVersion })),
	'POST /api/scenarios/:id/duplicate': fc.oneof(
		badName.map((name) => ({ name })),
		badVersion.map((version) => ({ version }))
	),
	'POST /api/scenarios/:id/snapshots': fc.oneof(
		badVersion.map((version) => ({ version })),
		fc
			.oneof(
				fc.string({ minLength: 201, maxLength: 300 }).filter((s) => s.trim().length > 200),
				fc.integer(),
				fc.constant(null),
				fc.array(fc.string())
			)
			.map((note) => ({ note }))
	),
	'POST /api/scenarios/:id/share': fc.oneof(
		fc
			.jsonValue()
			.filter((v) => typeof v !== 'boolean')
			.map((shared) => ({ baseVersion: 1, shared })),
		badVersion.map((baseVersion) => ({ baseVersion, shared: true })),
		fc.constant({ shared: true })
	),
	// Delete and undelete take only the version they were based on.
	'DELETE /api/scenarios/:id': fc.oneof(
		badVersion.map((baseVersion) => ({ baseVersion })),
		fc.constant({})
	),
	'POST /api/scenarios/:id/restore': fc.oneof(
		badVersion.map((baseVersion) => ({ baseVersion })),
		fc.constant({})
	),
	'POST /api/authorities/:council/restore': notEmptyObject,
	'POST /api/session': fc.oneof(
		fc
			.oneof(fc.integer(), fc.constant(null), fc.constant(''))
			.map((email) => ({ email, password: goodPassword })),
		fc
			.oneof(fc.integer(), fc.constant(''), fc.string({ minLength: 201, maxLength: 300 }))
			.map((password) => ({ email: 'a@b.cd', password })),
		fc.constant({ email: 'a@b.cd' })
	),
	'POST /api/users': fc.oneof(
		fc
			.string()
			.filter((s) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s.trim()))
			.map((email) => ({ email, role: 'viewer', password: goodPassword })),
		fc
			.string()
			.filter((r) => !['viewer', 'officer', 'admin'].includes(r))
			.map((role) => ({ email: 'fuzz@example.org', role, password: goodPassword })),
		fc
			.string({ maxLength: 9 })
			.map((password) => ({ email: 'fuzz@example.org', role: 'viewer', password }))
	),
	'PATCH /api/users/:viewer': fc.oneof(
		fc.constant({}),
		fc
			.string()
			.filter((r) => !['viewer', 'officer', 'admin'].includes(r))
			.map((role) => ({ role })),
		fc
			.jsonValue()
			.filter((v) => typeof v !== 'boolean')
			.map((disabled) => ({ disabled })),
		fc.string({ maxLength: 9 }).map((password) => ({ password }))
	)
};
const routes = Object.keys(poisoned);

type Body = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; type: string };

const anyRoute = fc.constantFrom(...routes);
const request = anyRoute.chain((route) =>
	fc.record({
		route: fc.constant(route),
		body: fc.oneof(
			{ weight: 4, arbitrary: poisoned[route].map((value): Body => ({ kind: 'json', value })) },
			// Broken JSON.
			{
				weight: 2,
				arbitrary: fc
					.string()
					.map((s) => '{' + s)
					.filter((s) => !isJson(s))
					.map((text): Body => ({ kind: 'raw', text, type: 'application/json' }))
			},
			// Valid JSON that is not an object.
			{
				weight: 1,
				arbitrary: fc
					.oneof(
						fc.integer(),
						fc.double(),
						fc.boolean(),
						fc.constant(null),
						fc.string(),
						fc.array(fc.jsonValue())
					)
					.map((value): Body => ({ kind: 'json', value }))
			},
			// An object with an unknown field, whatever else it holds.
			{
				weight: 2,
				arbitrary: fc
					.tuple(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), fc.jsonValue())
					.map(([rest, extra]): Body => ({
						kind: 'json',
						value: { ...rest, unexpectedField: extra }
					}))
			},
			// The right shape sent as the wrong content type.
			{
				weight: 1,
				arbitrary: fc
					.constantFrom(
						'text/plain',
						'application/x-www-form-urlencoded',
						'multipart/form-data; boundary=x',
						'',
						'application/jsonx'
					)
					.map((type): Body => ({ kind: 'raw', text: '{"name":"Fuzz","values":{}}', type }))
			},
			// Bodies over 64 KiB.
			{
				weight: 1,
				arbitrary: fc.integer({ min: 65 * 1024, max: 200 * 1024 }).map((size): Body => ({
					kind: 'raw',
					text: JSON.stringify({ name: 'x'.repeat(size) }),
					type: 'application/json'
				}))
			}
		)
	})
);

test('2,000 malformed requests: no 5xx, every refusal explained, the store unchanged', async () => {
	const ignore = { sessions: ['last_seen_at'] }; // refreshed by reads, by design
	const before = await dumpStore(server.databasePath, ignore);
	const seen: Record<number, number> = {};
	await fc.assert(
		fc.asyncProperty(request, async ({ route, body }) => {
			const [method, pattern] = route.split(' ');
			const path = pattern
				.replace(':id', scenarioId)
				.replace(':council', ownCouncilId)
				.replace(':viewer', String(cast.ids.viewer));
			// The owner for scenario routes and an admin for accounts: only the body can be at fault.
			const client = route.includes('/api/users') ? cast.admin : cast.officer;
			const reply =
				body.kind === 'json'
					? await client.request(method, path, body.value)
					: await client.request(method, path, undefined, {
							raw: body.text,
							headers: body.type ? { 'content-type': body.type } : {}
						});
			seen[reply.status] = (seen[reply.status] ?? 0) + 1;
			expect(reply.status, `${route} ${reply.text}`).toBeLessThan(500);
			expect([400, 403, 413, 415]).toContain(reply.status);
			if (reply.status !== 403) {
				expect(reply.body.error.message, reply.text).toEqual(expect.any(String));
				expect(reply.body.error.field, reply.text).toEqual(expect.any(String));
			}
		}),
		{ numRuns: 2000, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) }
	);
	expect(await dumpStore(server.databasePath, ignore)).toBe(before);
	// The generators really did reach every kind of refusal.
	for (const status of [400, 413, 415]) expect(seen[status]).toBeGreaterThan(0);
	expect(server.output()).not.toMatch(/failed:|Error/);
}, 90_000);
