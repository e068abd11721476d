/**
 * Saved scenarios in a real browser: sign in, save a scenario, reload and reopen it and find
 * exactly what was saved; save a new version and a copy with the SaveScenario component,
 * including the 409 path; sign out. axe checks each of the account and scenario pages.
 * Starts its own built server on a temporary database, so it needs no shared state.
 */
import { expect, test, type Page } from '@playwright/test';
import { authorityById, presets } from '../../models/index';
import { changedValues } from '../../src/lib/engine/index';
import {
	axeViolations,
	modellerHome,
	people,
	saveNewScenario,
	serveThisSpec,
	signIn
} from './helpers';

const { officer, admin } = people;
const server = serveThisSpec({ accounts: [officer, admin] });

test.describe.configure({ mode: 'serial' });

test('a wrong password is shown beside the field, and the sign-in page is accessible', async ({
	page
}) => {
	await page.goto(server.url + '/signin');
	expect(await axeViolations(page)).toEqual([]);
	await page.getByLabel('Email').fill(officer.email);
	await page.getByLabel('Password').fill('not the password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('The email or password is wrong.');
	await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
});

test('what is typed into sign-in before the page has loaded its scripts is kept', async ({
	page
}) => {
	// Hold the scripts back so the fields are filled first, as on a slow connection.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(server.url + '/signin?redirectTo=%2Fscenarios', { waitUntil: 'commit' });
	await page.getByLabel('Email').fill(officer.email);
	await page.getByLabel('Password').fill(officer.password);
	release();
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByLabel('Email')).toHaveValue(officer.email);
	await expect(page.getByLabel('Password')).toHaveValue(officer.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(server.url + '/scenarios');
});

test('save a scenario, reload, reopen it, and find exactly what was saved', async ({ page }) => {
	const preset = presets.find((p) => p.id === 'full-rewiring')!;
	const expected = changedValues(preset.values, authorityById.get('anyborough')!);

	await signIn(page, server, officer, '/scenarios');
	expect(await axeViolations(page)).toEqual([]);

	// An empty name is refused beside the field (the browser's own check is bypassed).
	await page.getByLabel('Name', { exact: true }).evaluate((el) => el.removeAttribute('required'));
	await page.getByRole('button', { name: 'Save new scenario' }).click();
	await expect(page.locator('#new-name-error')).toHaveText('name is required');

	const url = await saveNewScenario(page, 'Full Rewiring for Anyborough');
	const id = url.split('/').pop()!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Full Rewiring for Anyborough');

	const shownIds = async () =>
		page
			.getByTestId('scenario-values')
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-parameter')).sort());
	expect(await shownIds()).toEqual(Object.keys(expected).sort());
	expect(await axeViolations(page)).toEqual([]);

	// Reload: the store, not the page, is the source.
	await page.reload();
	expect(await shownIds()).toEqual(Object.keys(expected).sort());
	const saved = await page.request.get(`${server.url}/api/scenarios/${id}`);
	expect((await saved.json()).values).toEqual(expected);

	// Reopen from the list.
	await page.goto(server.url + '/scenarios');
	await page.getByRole('link', { name: 'Full Rewiring for Anyborough' }).click();
	await expect(page).toHaveURL(url);
	expect(await shownIds()).toEqual(Object.keys(expected).sort());
});

test('the SaveScenario component saves a version, and on a 409 saves a copy instead', async ({
	page
}) => {
	await signIn(page, server, officer, '/scenarios');
	await page.getByRole('link', { name: 'Full Rewiring for Anyborough' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[A-Za-z0-9_-]+$/);
	const id = page.url().split('/').pop()!;

	await page.getByLabel('Name', { exact: true }).fill('Full Rewiring, revised');
	await page.getByRole('button', { name: 'Save as version 2' }).click();
	await expect(page.getByRole('status').last()).toHaveText(
		'Saved “Full Rewiring, revised”, version 2.'
	);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Full Rewiring, revised');
	await expect(page.getByRole('link', { name: 'Open version 1' })).toBeVisible();

	// Someone else (here: the same account, elsewhere) saves version 3 behind this page's back.
	const behind = await page.request.put(`${server.url}/api/scenarios/${id}`, {
		data: { baseVersion: 2, values: { touristLevy: 2 } }
	});
	expect(behind.status()).toBe(200);
	await page.getByRole('button', { name: 'Save as version 3' }).click();
	const conflict = page.getByRole('alert');
	await expect(conflict).toContainText('now version 3');
	await page.getByRole('button', { name: 'Save mine as a copy' }).click();
	await expect(page.getByRole('status').last()).toHaveText(
		'Saved as “Full Rewiring, revised (copy)”.'
	);
	const list = await (await page.request.get(`${server.url}/api/scenarios?sort=name`)).json();
	const names = list.scenarios.map((s: { name: string }) => s.name);
	expect(names).toEqual(['Full Rewiring, revised', 'Full Rewiring, revised (copy)']);
	const copy = list.scenarios.find((s: { name: string }) => s.name.endsWith('(copy)'));
	const copied = await (await page.request.get(`${server.url}/api/scenarios/${copy.id}`)).json();
	const original = await (
		await page.request.get(`${server.url}/api/scenarios/${id}/versions/2`)
	).json();
	expect(copied.values).toEqual(original.values);
	// The other save was not overwritten.
	const current = await (await page.request.get(`${server.url}/api/scenarios/${id}`)).json();
	expect(current).toMatchObject({ version: 3, values: { touristLevy: 2 } });

	// Restore version 1 from the history page.
	await page.goto(`${server.url}/scenarios/${id}?version=1`);
	await page.getByRole('button', { name: 'Restore version 1 as the current version' }).click();
	await expect(page.getByRole('status').first()).toHaveText('Restored version 1 as version 4.');
});

test('share, open the link as someone else, sign out', async ({ page, browser }) => {
	await signIn(page, server, officer, '/scenarios');
	await page.getByRole('button', { name: 'Share Full Rewiring, revised', exact: true }).click();
	const link = page.getByRole('link', { name: /\/shared\// });
	await expect(link).toBeVisible();
	const href = (await link.getAttribute('href'))!;

	const other = await browser.newContext();
	const adminPage = await other.newPage();
	await signIn(adminPage, server, admin, href);
	await expect(adminPage.getByText('read-only')).toBeVisible();
	expect(await axeViolations(adminPage)).toEqual([]);
	await adminPage.goto(server.url + '/scenarios/shared');
	await expect(adminPage.getByRole('link', { name: 'Full Rewiring, revised' })).toBeVisible();
	expect(await axeViolations(adminPage)).toEqual([]);
	await adminPage.goto(server.url + '/admin');
	await expect(adminPage.getByRole('cell', { name: officer.email, exact: true })).toBeVisible();
	expect(await axeViolations(adminPage)).toEqual([]);
	await other.close();

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(modellerHome(server.url));
	await page.goto(server.url + '/scenarios');
	await expect(page).toHaveURL(/\/signin/);
});
