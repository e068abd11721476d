/** Which encoding a response gets, from the client's Accept-Encoding. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressed } from '../../src/lib/server/compression';

describe('chooseEncoding', () => {
	it.each([
		[null, null],
		['', null],
		['identity', null],
		['gzip, deflate', 'gzip'],
		['gzip, deflate, br', 'br'],
		['br;q=0, gzip', 'gzip'],
		['br;q=0.5, gzip;q=0.8', 'gzip'],
		['BR, GZIP', 'br'],
		['*', 'br'],
		['*;q=0', null],
		['gzip;q=0, *', 'br'],
		['br;q=nonsense, gzip', 'gzip']
	])('%s → %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});
});

const page = '<!doctype html><p>' + 'Rewire '.repeat(2000) + '</p>';
const request = (encoding: string, method = 'GET') =>
	new Request('http://localhost/', { method, headers: { 'accept-encoding': encoding } });
const html = (body: string | null, headers: Record<string, string> = {}) =>
	new Response(body, { headers: { 'content-type': 'text/html', ...headers } });

describe('compressed', () => {
	it('packs a page with brotli or gzip, and it unpacks to the same bytes', async () => {
		const br = await compressed(request('gzip, br'), html(page));
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
		const packed = Buffer.from(await br.arrayBuffer());
		expect(Number(br.headers.get('content-length'))).toBe(packed.length);
		expect(packed.length).toBeLessThan(page.length / 10);
		expect(brotliDecompressSync(packed).toString()).toBe(page);

		const gz = await compressed(request('gzip'), html(page));
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(page);
	});

	it('keeps the status and every cookie', async () => {
		const headers = new Headers({ 'content-type': 'application/json' });
		headers.append('set-cookie', 'a=1; Path=/');
		headers.append('set-cookie', 'b=2; Path=/');
		const reply = await compressed(
			request('br'),
			new Response(JSON.stringify({ page }), { status: 201, headers })
		);
		expect(reply.status).toBe(201);
		expect(reply.headers.get('content-encoding')).toBe('br');
		expect(reply.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
	});

	it('with no encoding accepted, passes the response on unread, with Vary added once', async () => {
		for (const accept of ['identity', 'br;q=0, gzip;q=0']) {
			const original = html(page, { vary: 'Accept-Encoding' });
			const reply = await compressed(request(accept), original);
			expect(reply).toBe(original);
			expect(reply.bodyUsed).toBe(false);
			expect(reply.headers.get('vary')).toBe('Accept-Encoding');
			expect(await reply.text()).toBe(page);
		}
		const plain = await compressed(request('identity'), html(page));
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		const packed = await compressed(request('br'), html(page, { vary: 'Cookie' }));
		expect(packed.headers.get('vary')).toBe('Cookie, Accept-Encoding');
	});

	it('leaves alone what must not or need not be packed', async () => {
		const cases: [Request, Response][] = [
			[request('identity'), html(page)],
			[request('br', 'HEAD'), html(page)],
			[request('br'), html('<p>small</p>')],
			[request('br'), html(page, { 'cache-control': 'no-transform' })],
			[request('br'), html(page, { 'content-encoding': 'gzip' })],
			[request('br'), new Response(page, { headers: { 'content-type': 'text/event-stream' } })],
			[request('br'), new Response(page, { headers: { 'content-type': 'image/png' } })],
			[request('br'), new Response(null, { status: 204 })]
		];
		for (const [req, res] of cases) {
			const reply = await compressed(req, res);
			const encoding = reply.headers.get('content-encoding');
			expect(encoding === null || encoding === res.headers.get('content-encoding')).toBe(true);
		}
	});
});
