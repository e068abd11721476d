/**
 * A rebuild in place removes the assets a running server listed at start-up. A request for one
 * of them used to crash the server (an unhandled ENOENT from the static file server); now it
 * is a 404 and the server carries on.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveThisFile } from './server';

const server = serveThisFile({ beforeAll, afterAll });

describe('an asset deleted while the server runs', () => {
	it('is a 404, and the server still answers afterwards', async () => {
		const dir = join(server.buildDirectory, 'client/_app/immutable/chunks');
		const asset = readdirSync(dir).find((name) => name.endsWith('.js'))!;
		const path = `/_app/immutable/chunks/${asset}`;
		expect((await fetch(server.url + path)).status).toBe(200);

		rmSync(join(dir, asset));
		const gone = await fetch(server.url + path);
		expect(gone.status).toBe(404);
		await gone.text();

		const page = await fetch(server.url + '/signin');
		expect(page.status).toBe(200);
		expect(server.process.exitCode).toBeNull();
	});

	it('still serves the assets that remain', async () => {
		const dir = join(server.buildDirectory, 'client/_app/immutable/entry');
		const asset = readdirSync(dir)[0];
		const reply = await fetch(`${server.url}/_app/immutable/entry/${asset}`);
		expect(reply.status).toBe(200);
		expect(reply.headers.get('cache-control')).toContain('immutable');
	});
});
