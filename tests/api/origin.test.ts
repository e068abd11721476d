/**
 * With no ORIGIN set, sign-in works at whatever address the app is reached (127.0.0.2 here,
 * and "localhost" by Host header), over plain http; a cross-site form post is still refused,
 * and the refusal says why.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails, password, serveThisFile } from './server';

const server = serveThisFile(
	{ beforeAll, afterAll },
	{
		// No ORIGIN, no PROTOCOL_HEADER: as `npm start` runs it. 127.0.0.2 is loopback too.
		env: { HOST: '127.0.0.2', PROTOCOL_HEADER: '' },
		accounts: [{ email: emails.officer, role: 'officer', password }]
	}
);

const port = () => new URL(server.url).port;

function postForm(host: string, origin: string | null, accept = 'text/html') {
	const body = new URLSearchParams({ email: emails.officer, password }).toString();
	const headers: Record<string, string> = {
		host,
		accept,
		'content-type': 'application/x-www-form-urlencoded',
		'content-length': String(Buffer.byteLength(body))
	};
	if (origin) headers.origin = origin;
	return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>(
		(resolve, reject) => {
			const req = request(
				{ host: '127.0.0.2', port: port(), path: '/signin', method: 'POST', headers },
				(res) => {
					let text = '';
					res.on('data', (d) => (text += d));
					res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
				}
			);
			req.on('error', reject);
			req.end(body);
		}
	);
}

describe('sign-in with no ORIGIN set', () => {
	for (const name of ['127.0.0.2', 'localhost']) {
		it(`works when the app is reached at ${name}`, async () => {
			const host = `${name}:${port()}`;
			const reply = await postForm(host, `http://${host}`);
			expect(reply.status).toBe(303);
			const cookie = String(reply.headers['set-cookie']);
			expect(cookie).toContain('rewire_session=');
			// Plain http: a Secure cookie would never be sent back.
			expect(cookie).not.toMatch(/secure/i);
		});
	}

	it('refuses a post from another site, saying why', async () => {
		const reply = await postForm(`127.0.0.2:${port()}`, 'http://evil.example');
		expect(reply.status).toBe(403);
		expect(reply.headers['set-cookie']).toBeUndefined();
		expect(reply.text).toContain('This form was sent from http://evil.example');
		expect(reply.text).toContain(`http://127.0.0.2:${port()}`);
	});

	it('refuses a post with no Origin, saying why', async () => {
		const reply = await postForm(`127.0.0.2:${port()}`, null);
		expect(reply.status).toBe(403);
		expect(reply.text).toContain('did not say where it was');
	});

	it('refuses an https page posting to the http app', async () => {
		const reply = await postForm(`127.0.0.2:${port()}`, `https://127.0.0.2:${port()}`);
		expect(reply.status).toBe(403);
	});
});
