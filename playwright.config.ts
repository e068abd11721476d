import { defineConfig } from '@playwright/test';

/**
 * Browser tests in Debian's Chromium (never a downloaded browser). Each spec file starts its
 * own built server on a free port with a temporary database (tests/api/server.ts), so specs run
 * in parallel without sharing state. `npm test` builds the app first.
 */
export default defineConfig({
	testDir: 'tests/browser',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: 'list',
	use: {
		headless: true,
		// The app's service worker would answer requests that tests hold back with page.route();
		// the offline spec allows it for itself.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			// As root on a machine with no network: no sandbox, and no background calls home.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	}
});
