/**
 * What the browser specs share: a built server for the spec file (its output printed when a
 * test fails), opening a page once it has hydrated, signing in, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serveThisFile, type RunningServer, type ServeOptions } from '../api/server';

export function serveThisSpec(options: Omit<ServeOptions, 'ownOrigin'> = {}): RunningServer {
	// Sign-in and other form posts are checked against the origin the server believes it has.
	const server = serveThisFile(test, { ...options, ownOrigin: true });
	test.afterEach(async ({}, testInfo) => {
		if (testInfo.status !== testInfo.expectedStatus)
			console.log(`server output:\n${server.output()}`);
	});
	return server;
}

/** Inputs do nothing until the page has hydrated, so every test waits for it. */
export async function openHydrated(page: Page, url: string) {
	await page.goto(url);
	await page.waitForSelector('body[data-hydrated="true"]');
}

export async function signIn(
	page: Page,
	server: RunningServer,
	who: { email: string; password: string },
	path: string
) {
	await page.goto(server.url + path);
	await expect(page).toHaveURL(/\/signin\?redirectTo=/);
	await page.getByLabel('Email').fill(who.email);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(server.url + path);
}

/** axe's violations, every default rule (best practices included), as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}
