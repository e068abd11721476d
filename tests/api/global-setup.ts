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
		statSync(join(root, 'svelte.config.js')).mtimeMs
	);
	if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
	console.log('API tests: building the app (vite build)…');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('vite build failed; the API tests need build/');
}
