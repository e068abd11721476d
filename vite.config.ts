import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts'],
		// The API tests start the production build; this builds it if missing or stale.
		globalSetup: ['tests/api/global-setup.ts'],
		environment: 'node'
	}
});
