/**
 * Sign-in wherever the app is reached. With ORIGIN unset it works at 127.0.0.1 (and any other
 * address of the machine); with ORIGIN set and the app reached at another address, the page
 * warns before the post and, when the post is refused, says why.
 */
import { expect, test } from '@playwright/test';
import { serveThisFile } from '../api/server';
import { people } from './helpers';

const { officer } = people;
const accounts = [officer];
// As `npm start` runs it: no ORIGIN, no PROTOCOL_HEADER.
const noOrigin = serveThisFile(test, { accounts, env: { PROTOCOL_HEADER: '' } });
// ORIGIN set to http://127.0.0.1:port, reached at http://localhost:port.
const withOrigin = serveThisFile(test, { accounts, ownOrigin: true });

async function submit(page: import('@playwright/test').Page) {
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Email').fill(officer.email);
	await page.getByLabel('Password').fill(officer.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

test('with no ORIGIN, signing in at 127.0.0.1 works', async ({ page }) => {
	await page.goto(`${noOrigin.url}/signin?redirectTo=/authorities`);
	await submit(page);
	await expect(page).toHaveURL(`${noOrigin.url}/authorities`);
	await expect(page.getByRole('button', { name: /sign out/i })).toBeVisible();
});

test('reached at another address than ORIGIN, the page warns and the refusal says why', async ({
	page
}) => {
	const elsewhere = withOrigin.url.replace('127.0.0.1', 'localhost');
	await page.goto(`${elsewhere}/signin`);
	await expect(page.getByRole('alert')).toContainText(`set up to be used at ${withOrigin.url}`);
	await submit(page);
	await expect(page.getByText(/this server only accepts forms from its own pages/)).toBeVisible();
	await expect(page.getByText(`This form was sent from ${elsewhere}`)).toBeVisible();
});
