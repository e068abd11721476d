/** The built server on a throwaway database, and Debian's Chromium as the browser tests launch it. */
import { chromium, type Browser } from 'playwright-core';
import config from '../playwright.config';
import { startServer, tempDatabasePath, type RunningServer } from '../tests/api/server';

export async function serverAndBrowser(): Promise<{
	server: RunningServer;
	browser: Browser;
	close: () => Promise<void>;
}> {
	const db = tempDatabasePath();
	const server = await startServer(db.path);
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: config.use?.launchOptions?.args ?? []
	});
	return {
		server,
		browser,
		async close() {
			await browser.close();
			await server.stop();
			db.cleanup();
		}
	};
}
