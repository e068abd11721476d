/**
 * Error and "not found" pages share the site's frame (a title, navigation, a main landmark and
 * a heading) and axe finds nothing on them. A viewer who signs in lands on a page they can use.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, people, serveThisSpec } from './helpers';

const { viewer } = people;
const server = serveThisSpec({ accounts: [viewer] });

test('a missing page has the site layout and is accessible', async ({ page }) => {
	const reply = await page.goto(`${server.url}/no-such-page`);
	expect(reply?.status()).toBe(404);
	await expect(page).toHaveTitle('Page not found · Rewire');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
		'Page not found'
	);
	await expect(page.getByRole('link', { name: 'Open the modeller' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('a viewer lands on a page they can use, and a page needing an officer says so in the frame', async ({
	page
}) => {
	await page.goto(`${server.url}/signin`);
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Email').fill(viewer.email);
	await page.getByLabel('Password').fill(viewer.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(`${server.url}/scenarios/shared`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const reply = await page.goto(`${server.url}/scenarios`);
	expect(reply?.status()).toBe(403);
	await expect(page).toHaveTitle('Not with this account · Rewire');
	await expect(page.getByRole('main')).toContainText('needs an account with the officer role');
	await expect(page.getByText(`Signed in as`)).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
