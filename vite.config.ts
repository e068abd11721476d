import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { ensureFloatEngine } from './scripts/float-engine.js';
import { modelProse } from './scripts/vite-model-prose.js';

// The fast path's plain-number engine is made, not committed: write it first if missing or stale
// (dev, build and vitest all load this file).
await ensureFloatEngine();

export default defineConfig({
	plugins: [modelProse(), sveltekit()],
	// The Monte Carlo worker needs the figures, never the prose.
	worker: { plugins: () => [modelProse()] },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts'],
		// Several app servers on one PostgreSQL: only when the API tests run on PostgreSQL.
		exclude: process.env.REWIRE_TEST_POSTGRES
			? configDefaults.exclude
			: [...configDefaults.exclude, 'tests/api/postgres/**'],
		// The API tests start the production build; this builds it if missing or stale.
		globalSetup: ['tests/api/global-setup.ts'],
		environment: 'node'
	}
});
