/**
 * Pages and API answers arrive compressed when the client accepts it (issue 17 item 4), read
 * with node:http so that the bytes on the wire are seen, not a client's unpacked copy; a
 * room's event stream is never compressed.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveThisFileWithCast } from './server';
import { openRoom } from './room-helpers';

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A GET with the given headers; with `firstChunk`, resolves on the first bytes of the body. */
function get(path: string, headers: Record<string, string>, firstChunk = false): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = request(server.url + path, { headers }, (res) => {
			const chunks: Buffer[] = [];
			const done = () =>
				resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
			res.on('data', (chunk: Buffer) => {
				chunks.push(chunk);
				if (firstChunk) {
					done();
					req.destroy();
				}
			});
			res.on('end', done);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('compression', () => {
	it('sends the modeller brotli-packed, gzip-packed or plain, as the client asks', async () => {
		const plain = await get('/', {});
		expect(plain.status).toBe(200);
		expect(plain.headers['content-encoding']).toBeUndefined();
		const text = plain.body.toString();
		expect(text).toMatch(/^<!doctype html>/i);

		const br = await get('/', { 'accept-encoding': 'br, gzip' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toMatch(/accept-encoding/i);
		expect(br.body.length).toBeLessThan(text.length / 4);
		const unpacked = brotliDecompressSync(br.body).toString();
		// The CSP nonce differs per request; everything else is the same page.
		const withoutNonce = (s: string) => s.replace(/nonce-[^'"]+|nonce="[^"]+"/g, 'nonce');
		expect(withoutNonce(unpacked)).toBe(withoutNonce(text));

		const gz = await get('/', { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(withoutNonce(gunzipSync(gz.body).toString())).toBe(withoutNonce(text));
	});

	it('packs a large API answer', async () => {
		const reply = await get('/api/projection.json', { 'accept-encoding': 'gzip' });
		expect(reply.status).toBe(200);
		expect(reply.headers['content-encoding']).toBe('gzip');
		expect(JSON.parse(gunzipSync(reply.body).toString())).toBeTruthy();
	});

	it('never packs a room’s event stream', async () => {
		const { code } = await openRoom(cast.officer);
		const stream = await get(
			`/api/rooms/${code}/events`,
			{ 'accept-encoding': 'br, gzip', cookie: cast.officer.cookie! },
			true
		);
		expect(stream.status).toBe(200);
		expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
		expect(stream.headers['content-encoding']).toBeUndefined();
		expect(stream.body.toString()).toMatch(/^(event|id|data|retry|:)/m);
	});
});
