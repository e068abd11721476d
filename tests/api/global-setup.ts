/**
 * The API tests run against the production build. `npm test` builds first; when vitest is run
 * on its own, build here if build/ is missing or older than the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

export default function setup() {
	const built = join(root, 'build/index.js');
	const sources = Math.max(
		...['src', 'models', 'adapter'].map((dir) => newestMtime(join(root, dir))),
		...['svelte.config.js', 'vite.config.ts', 'scripts/vite-model-prose.ts'].map(
			(file) => statSync(join(root, file)).mtimeMs
		)
	);
	if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
	console.log('API tests: building the app (vite build)…');
	// Without vitest's NODE_ENV=test, which would make Svelte and SvelteKit build for development
	// (bigger, with dev-only checks): the tests are of the production build.
	const { NODE_ENV: _, ...env } = process.env;
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', env });
	if (result.status !== 0) throw new Error('vite build failed; the API tests need build/');
}
