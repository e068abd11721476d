import adapter from './adapter/index.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// Cross-site form posts are refused in hooks.server.ts instead, with a message that says why.
		csrf: { trustedOrigins: ['*'] },
		alias: { $models: 'models' }
	}
};

export default config;
