/**
 * Offline once loaded: after one visit, the modeller reloads with no network (its service
 * worker keeps the app and an anonymous copy of the page), a slider still redraws the headline,
 * a lever's "About" still opens (the models' prose is a chunk loaded on demand),
 * a page that needs the server says so, and a save says it needs a connection.
 */
import { expect, test } from '@playwright/test';
import { modellerHome, nudgeCouncilTax, people, serveThisSpec } from './helpers';

const { officer } = people;
const server = serveThisSpec({ accounts: [officer] });
test.use({ serviceWorkers: 'allow' });

test('the modeller reloads and works without a network once it has been opened', async ({
	page,
	context
}) => {
	await page.goto(`${server.url}/`);
	await page.waitForSelector('body[data-hydrated="true"]');
	// The worker has cached everything when it is active and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		}
	});

	await context.setOffline(true);
	await page.reload();
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Anyborough Metropolitan Borough Council'
	);
	const headline = page.getByTestId('headline');
	const before = await headline.innerText();
	await nudgeCouncilTax(page, 'ArrowLeft', 5);
	await expect(headline).not.toHaveText(before);
	await expect(page.locator('.charts figure.chart')).not.toHaveCount(0);
	// A lever's "About" brings the models' prose, loaded on demand: the worker cached it too.
	await page.getByRole('button', { name: 'About Council tax increase each year' }).click();
	await expect(page.locator('#p-councilTaxIncrease-about')).toContainText(
		'Council tax referendum principles 2025-26'
	);

	await page.goto(`${server.url}/scenarios`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	await page.getByRole('link', { name: 'open the modeller' }).click();
	await page.waitForSelector('body[data-hydrated="true"]');

	await context.setOffline(false);
	await page.reload();
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Anyborough Metropolitan Borough Council'
	);
});

test('a save made without a network says it needs a connection and keeps what was typed', async ({
	page,
	context
}) => {
	await page.goto(`${server.url}/signin?redirectTo=%2F`);
	await page.getByLabel('Email').fill(officer.email);
	await page.getByLabel('Password').fill(officer.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(modellerHome(server.url));
	await page.waitForSelector('body[data-hydrated="true"]');
	await nudgeCouncilTax(page, 'ArrowLeft', 3);
	await page.getByLabel('Name').fill('Lower rise');

	await context.setOffline(true);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('You are offline: saving needs a connection.')).toBeVisible();
	await expect(page.getByLabel('Name')).toHaveValue('Lower rise');
	await expect(page).toHaveURL(/councilTaxIncrease=/);

	await context.setOffline(false);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved as “Lower rise”.')).toBeVisible();
});
