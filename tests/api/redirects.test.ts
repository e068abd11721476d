/**
 * After sign-in the app follows redirectTo only to its own paths. Before, "/%09/evil.example"
 * gave "Location: /<TAB>/evil.example" (which Chromium follows off-site) and "/%0a/x" or
 * "/%E3%80%82" gave a 500. Viewers with no target land on a page they can use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, emails, password, serveThisFile } from './server';

const server = serveThisFile(
	{ beforeAll, afterAll },
	{
		ownOrigin: true,
		accounts: [
			{ email: emails.officer, role: 'officer', password },
			{ email: emails.viewer, role: 'viewer', password }
		]
	}
);

async function signInWithForm(redirectTo: string | null, email = emails.officer) {
	const client = new Client(server.url);
	const query = redirectTo === null ? '' : `?redirectTo=${encodeURIComponent(redirectTo)}`;
	const reply = await client.request('POST', `/signin${query}`, undefined, {
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.url,
			accept: 'text/html'
		},
		raw: new URLSearchParams({ email, password }).toString()
	});
	return { client, reply };
}

/** Where a browser on this site would end up following this Location. */
function landsOn(location: string) {
	return new URL(location, server.url);
}

const offSite = [
	'/\t/evil.example/steal',
	'/\n/evil.example',
	'/\r\n/evil.example',
	'//evil.example',
	'/\\evil.example',
	'/\\/evil.example',
	'/.//evil.example',
	'/%2e//evil.example',
	'/\t\\evil.example',
	'http://evil.example/',
	'https:evil.example',
	'javascript:alert(1)',
	' /\t/evil.example',
	'/ /evil.example'
];

describe('redirectTo after a form sign-in', () => {
	for (const target of offSite) {
		it(`never leaves the site for ${JSON.stringify(target)}`, async () => {
			const { reply } = await signInWithForm(target);
			expect(reply.status, reply.text).toBe(303);
			const location = reply.headers.get('location')!;
			expect(landsOn(location).origin).toBe(server.url);
			expect(location).toMatch(/^\/(?![/\\])/);
		});
	}

	for (const target of [
		'/%0a/x',
		'/\n/x',
		'/%E3%80%82',
		'/。',
		'/\u3002/x',
		'/caf\u00e9?q=\u00e9',
		'/%'
	]) {
		it(`answers ${JSON.stringify(target)} with a redirect, not a 500`, async () => {
			const { reply } = await signInWithForm(target);
			expect(reply.status, reply.text).toBe(303);
			expect(landsOn(reply.headers.get('location')!).origin).toBe(server.url);
		});
	}

	it('keeps an ordinary path, with its query', async () => {
		const { reply } = await signInWithForm('/?councilTaxIncrease=3');
		expect(reply.headers.get('location')).toBe('/?councilTaxIncrease=3');
	});

	it('sends the signed-in visitor of /signin on, safely too', async () => {
		const { client } = await signInWithForm(null);
		const reply = await client.get(`/signin?redirectTo=${encodeURIComponent('/\t/evil.example')}`);
		expect(reply.status).toBe(303);
		expect(landsOn(reply.headers.get('location')!).origin).toBe(server.url);
	});

	it('lands a viewer on a page a viewer can use', async () => {
		const { client, reply } = await signInWithForm(null, emails.viewer);
		const location = reply.headers.get('location')!;
		expect(location).toBe('/scenarios/shared');
		expect((await client.get(location)).status).toBe(200);
	});
});
