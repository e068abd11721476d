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
		// The Content-Security-Policy of every page. Scripts only from this site, plus SvelteKit's
		// own inline start-up script by nonce (hash on prerendered pages): no 'unsafe-inline' for
		// scripts. Styles need 'unsafe-inline' for the style attributes Svelte and d3 write (with it,
		// SvelteKit adds no style nonce, which would cancel it). Chart export draws an SVG from a
		// blob: URL and embeds its font as a data: URL; the Monte Carlo worker is a file of this site.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		// Components and routes import models/ as $models. TypeScript modules under src/lib keep
		// relative paths: the scripts and benchmarks run them under tsx, which knows no aliases.
		alias: { $models: 'models' }
	}
};

export default config;
