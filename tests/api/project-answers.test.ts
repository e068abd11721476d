/**
 * POST /api/project's answers, kept and packed once per projection (projection-cache.ts), are
 * byte for byte what a fresh projection says: asked again, asked in other words (keys in
 * another order, a status-quo value given), packed as brotli or gzip or sent as it is. A body
 * kept once checked names a sample council only: the same text naming someone's own council is
 * checked again for whoever sends it, and a refused body is refused every time.
 */
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authorities, parametersFor, presets } from '../../models/index';
import {
	changedValues,
	project,
	projectionToJson,
	type ScenarioValues
} from '../../src/lib/engine/index';
import { serveThisFileWithCast } from './server';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });

interface RawReply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	bytes: Buffer;
}

/** A POST with exactly this body text and these headers, the answer's bytes as sent. */
function post(text: string, headers: Record<string, string> = {}): Promise<RawReply> {
	const url = new URL('/api/project', server.url);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname,
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers }
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) })
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(text);
	});
}

const unpacked = (reply: RawReply) => {
	const encoding = reply.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(reply.bytes).toString();
	if (encoding === 'gzip') return gunzipSync(reply.bytes).toString();
	expect(encoding).toBeUndefined();
	return reply.bytes.toString();
};

const [anyborough] = authorities;
const fullRewiring = presets.find((p) => p.id === 'full-rewiring')!.values;
const fresh = (values: ScenarioValues) => {
	const changed = changedValues(values, anyborough);
	return JSON.stringify(
		projectionToJson(project(anyborough, { authorityId: anyborough.id, values: changed }), changed)
	);
};

describe('the same projection, asked again and packed', () => {
	test.each(['', 'br', 'gzip', 'gzip, deflate, br'])(
		'accept-encoding "%s": the fresh projection, twice, with one Vary',
		async (acceptEncoding) => {
			const expected = fresh(fullRewiring);
			const text = JSON.stringify({ values: fullRewiring });
			const headers: Record<string, string> = acceptEncoding
				? { 'accept-encoding': acceptEncoding }
				: {};
			const first = await post(text, headers);
			const second = await post(text, headers);
			for (const reply of [first, second]) {
				expect(reply.status, reply.bytes.toString()).toBe(200);
				expect(reply.headers['content-type']).toBe('application/json');
				expect(reply.headers['vary']).toBe('Accept-Encoding');
				expect(reply.headers['content-encoding']).toBe(
					acceptEncoding === '' ? undefined : acceptEncoding === 'gzip' ? 'gzip' : 'br'
				);
				if (acceptEncoding)
					expect(Number(reply.headers['content-length'])).toBe(reply.bytes.length);
				expect(unpacked(reply)).toBe(expected);
			}
			expect(second.bytes.equals(first.bytes)).toBe(true);
		}
	);

	test('in other words (keys reordered, a status-quo value given): the same bytes', async () => {
		const entries = Object.entries(fullRewiring);
		const statusQuo = parametersFor(anyborough).find(
			(p) => !(p.id in fullRewiring) && !p.notApplicable
		)!;
		const reworded = Object.fromEntries([
			[statusQuo.id, statusQuo.statusQuo],
			...entries.reverse()
		]);
		const plain = await post(JSON.stringify({ values: fullRewiring }));
		const other = await post(JSON.stringify({ authorityId: anyborough.id, values: reworded }));
		expect(other.status).toBe(200);
		expect(other.bytes.equals(plain.bytes)).toBe(true);
		expect(plain.bytes.toString()).toBe(fresh(fullRewiring));
	});
});

describe('bodies kept once checked', () => {
	test('a refused body is refused every time, naming the field', async () => {
		const text = JSON.stringify({ values: { councilTaxIncrease: 99 } });
		for (let i = 0; i < 3; i++) {
			const reply = await post(text);
			expect(reply.status).toBe(400);
			expect(JSON.parse(reply.bytes.toString()).error.field).toBe('values');
		}
	});

	test('naming an own council: the owner is answered, anyone else refused, every time', async () => {
		const template = await cast.anonymous.get('/api/authorities/template.csv');
		const imported = await cast.officer.request('POST', '/api/authorities/import', undefined, {
			headers: { 'content-type': 'text/csv' },
			raw: template.text
		});
		expect(imported.status, imported.text).toBe(201);
		const text = JSON.stringify({ authorityId: imported.body.id, values: fullRewiring });
		for (let i = 0; i < 2; i++) {
			const own = await cast.officer.request('POST', '/api/project', undefined, {
				headers: { 'content-type': 'application/json' },
				raw: text
			});
			expect(own.status, own.text).toBe(200);
			expect(own.body.authority.id).toBe(imported.body.id);
			for (const stranger of [cast.otherOfficer, cast.anonymous]) {
				const refused = await stranger.request('POST', '/api/project', undefined, {
					headers: { 'content-type': 'application/json' },
					raw: text
				});
				expect(refused.status).toBe(400);
				expect(refused.body.error.field).toBe('authorityId');
			}
		}
	});
});
