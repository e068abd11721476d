/**
 * Saving without JavaScript, and what a stale write (409) offers: from the modeller (with and
 * without JavaScript), on the My scenarios list (rename) and on a scenario's page (restore).
 * Each choice is followed through to a write that succeeds, and the other save is never lost.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
	axeViolations,
	nudgeCouncilTax,
	openHydrated,
	people,
	serveThisSpec,
	signIn,
	staleSecondSave
} from './helpers';

const { officer, viewer } = people;
const server = serveThisSpec({ accounts: [officer, viewer] });

async function scenarioNamed(request: APIRequestContext, name: string) {
	const list = await (await request.get(`${server.url}/api/scenarios`)).json();
	return list.scenarios.find((s: { name: string }) => s.name === name);
}

async function apiScenario(request: APIRequestContext, id: string) {
	return (await request.get(`${server.url}/api/scenarios/${id}`)).json();
}

/**
 * A save posted to the modeller's form action anyway, as a browser's form post (asking for the
 * page, not the action's JSON), is refused with `status` and a page that says `message`.
 */
async function expectSaveRefused(page: Page, name: string, status: number, message: string) {
	const reply = await page.request.post(`${server.url}/?/save`, {
		form: { name, authorityId: 'anyborough', values: '{}' },
		headers: { origin: server.url, accept: 'text/html' }
	});
	expect(reply.status()).toBe(status);
	expect(await reply.text()).toContain(message);
}

/** Someone else's save, elsewhere (here: the same account, over the API). */
async function saveBehind(request: APIRequestContext, id: string, body: Record<string, unknown>) {
	const reply = await request.put(`${server.url}/api/scenarios/${id}`, { data: body });
	expect(reply.status()).toBe(200);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	/**
	 * The modeller opened on `version` of the scenario (at 2.5 %), `theirs` saved as the next
	 * version meanwhile, then Save as that next version pressed.
	 */
	async function saveStale(page: Page, id: string, version: number, theirs: object) {
		await page.goto(`${server.url}/?councilTaxIncrease=2.5&saved=${id}`);
		await saveBehind(page.request, id, { baseVersion: version, ...theirs });
		await page.getByRole('button', { name: `Save as version ${version + 1}` }).click();
	}

	test('save from the modeller, then find it in My scenarios', async ({ page }) => {
		await signIn(page, server, officer, '/scenarios');
		await page.goto(`${server.url}/?a=anyvale&councilTaxIncrease=3`);
		await page.getByLabel('Name').fill('No script');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page).toHaveURL(/\/scenarios\/[\w-]+\?saved$/);
		await expect(page.getByRole('status').first()).toHaveText('Saved “No script”, version 1.');
		const saved = await scenarioNamed(page.request, 'No script');
		expect(saved).toMatchObject({ authorityId: 'anyvale', version: 1 });
		expect((await apiScenario(page.request, saved.id)).values).toEqual({ councilTaxIncrease: 3 });

		await page.goto(`${server.url}/scenarios`);
		await expect(page.getByRole('link', { name: 'No script', exact: true })).toBeVisible();
	});

	test('a stale save offers Reload version N and Save mine as a copy, and both work', async ({
		page
	}) => {
		await signIn(page, server, officer, '/scenarios');
		const made = await page.request.post(`${server.url}/api/scenarios`, {
			data: { name: 'Stale without script', values: { councilTaxIncrease: 2 } }
		});
		const { id } = await made.json();

		// Opened at version 1; version 2 (another council, other values) is saved meanwhile.
		await saveStale(page, id, 1, { authorityId: 'anyvale', values: { councilTaxIncrease: 4 } });
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'was saved again (now version 2) after you opened version 1.'
		);
		// Only the two choices: no button that would save over version 2.
		await expect(page.getByRole('button', { name: /Save as version/ })).toHaveCount(0);
		await expect(alert.getByRole('link', { name: 'Reload version 2' })).toBeVisible();

		await alert.getByRole('button', { name: 'Save mine as a copy' }).click();
		await expect(page).toHaveURL(/\/scenarios\/[\w-]+\?saved$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stale without script (copy)');
		const copy = await scenarioNamed(page.request, 'Stale without script (copy)');
		expect(copy.authorityId).toBe('anyborough');
		expect((await apiScenario(page.request, copy.id)).values).toEqual({ councilTaxIncrease: 2.5 });
		expect(await apiScenario(page.request, id)).toMatchObject({
			version: 2,
			authorityId: 'anyvale',
			values: { councilTaxIncrease: 4 }
		});

		// Again from version 2, with version 3 saved meanwhile; this time reload it.
		await saveStale(page, id, 2, { authorityId: 'anyshire', values: { councilTaxIncrease: 1.5 } });
		await page.getByRole('alert').getByRole('link', { name: 'Reload version 3' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anyshire County Council');
		await expect(page.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
			'1.5'
		);
		await page.getByRole('button', { name: 'Save as version 4' }).click();
		await expect(page.getByRole('status').first()).toHaveText(
			'Saved “Stale without script”, version 4.'
		);
		expect(await apiScenario(page.request, id)).toMatchObject({
			version: 4,
			authorityId: 'anyshire',
			values: { councilTaxIncrease: 1.5 }
		});
	});

	test('signed out, the modeller offers sign-in; a save posted anyway is a message, not a 500', async ({
		page
	}) => {
		await page.goto(`${server.url}/?councilTaxIncrease=3`);
		await expect(page.getByRole('link', { name: 'sign in', exact: true })).toBeVisible();
		await expectSaveRefused(page, 'Anonymous', 401, 'Sign in again to save; nothing was saved.');
	});

	test('a viewer is told they cannot save, and a save posted anyway is a message', async ({
		page
	}) => {
		await signIn(page, server, viewer, '/scenarios/shared');
		await page.goto(`${server.url}/?councilTaxIncrease=3`);
		await expect(
			page.getByText('Your account can open shared scenarios but not save them')
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
		await expectSaveRefused(page, 'Viewer', 403, 'not save them; nothing was saved.');
	});
});

test('two tabs: the second save gets 409, and Reload brings the other tab’s council and values', async ({
	context
}) => {
	const first = await context.newPage();
	await signIn(first, server, officer, '/scenarios');
	const made = await first.request.post(`${server.url}/api/scenarios`, {
		data: { name: 'Two tabs', values: { councilTaxIncrease: 3 } }
	});
	const { id } = await made.json();
	const url = `${server.url}/?councilTaxIncrease=3&saved=${id}`;
	await openHydrated(first, url);
	const second = await context.newPage();
	await openHydrated(second, url);

	// The first tab moves to another council and another rate, and saves version 2.
	await first.getByLabel('Council', { exact: true }).selectOption('anyvale');
	await expect(first.getByRole('heading', { level: 1 })).toHaveText('Anyvale District Council');
	await nudgeCouncilTax(first, 'ArrowRight', 3);
	const theirRate = await first
		.getByRole('slider', { name: 'Council tax increase each year' })
		.inputValue();
	// The second, still on version 1, is refused and reloads the first tab's version.
	const alert = await staleSecondSave(first, second, 'Two tabs', 3);
	expect(await axeViolations(second)).toEqual([]);
	await alert.getByRole('link', { name: 'Reload version 2' }).click();
	await expect(second.getByRole('heading', { level: 1 })).toHaveText('Anyvale District Council');
	await expect(second.getByLabel('Council', { exact: true })).toHaveValue('anyvale');
	await expect(second.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		theirRate
	);
	await expect(second).toHaveURL(/a=anyvale/);
	expect(second.url()).not.toContain('/save');

	// Saving from there is version 3, on the first tab's council: nothing was reverted.
	await second.getByRole('button', { name: 'Save as version 3' }).click();
	await expect(second.getByText('Saved “Two tabs”, version 3.')).toBeVisible();
	expect(await apiScenario(second.request, id)).toMatchObject({
		version: 3,
		authorityId: 'anyvale',
		values: { councilTaxIncrease: Number(theirRate) }
	});
	expect(await axeViolations(second)).toEqual([]);
});

test('a stale rename on My scenarios offers Reload, after which renaming works', async ({
	page
}) => {
	await signIn(page, server, officer, '/scenarios');
	const made = await page.request.post(`${server.url}/api/scenarios`, {
		data: { name: 'Rename me', values: {} }
	});
	const { id } = await made.json();
	await openHydrated(page, `${server.url}/scenarios?q=Rename`);
	await saveBehind(page.request, id, { baseVersion: 1, values: { touristLevy: 2 } });

	await page.getByLabel('New name for Rename me').fill('Renamed');
	await page.getByRole('button', { name: 'Rename Rename me' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('was not renamed');
	expect(await axeViolations(page)).toEqual([]);
	await alert.getByRole('link', { name: 'Reload the list' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page).toHaveURL(/q=Rename/);
	await expect(
		page
			.getByRole('row', { name: /Rename me/ })
			.getByRole('cell')
			.nth(2)
	).toHaveText('2');

	await page.getByLabel('New name for Rename me').fill('Renamed');
	await page.getByRole('button', { name: 'Rename Rename me' }).click();
	await expect(page.getByRole('status')).toHaveText('Renamed to “Renamed”.');
	expect(await apiScenario(page.request, id)).toMatchObject({
		version: 3,
		name: 'Renamed',
		values: { touristLevy: 2 }
	});
});

test('a stale restore offers Reload and a copy of the version, and both work', async ({ page }) => {
	await signIn(page, server, officer, '/scenarios');
	const made = await page.request.post(`${server.url}/api/scenarios`, {
		data: { name: 'Restore me', values: { councilTaxIncrease: 2 } }
	});
	const { id } = await made.json();
	await saveBehind(page.request, id, { baseVersion: 1, values: { councilTaxIncrease: 3 } });
	await openHydrated(page, `${server.url}/scenarios/${id}?version=1`);
	await saveBehind(page.request, id, { baseVersion: 2, values: { councilTaxIncrease: 4 } });

	const restore = page.getByRole('button', { name: 'Restore version 1 as the current version' });
	await restore.click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('was saved again (now version 3)');
	expect(await axeViolations(page)).toEqual([]);
	await alert.getByRole('link', { name: 'Reload the scenario' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await restore.click();
	await expect(page.getByRole('status').first()).toHaveText('Restored version 1 as version 4.');
	expect(await apiScenario(page.request, id)).toMatchObject({
		version: 4,
		values: { councilTaxIncrease: 2 }
	});

	// Stale again; this time keep version 1 as a scenario of its own.
	await saveBehind(page.request, id, { baseVersion: 4, values: { councilTaxIncrease: 5 } });
	await restore.click();
	await page.getByRole('button', { name: 'Save version 1 as a copy' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Restore me (copy)');
	const copy = await scenarioNamed(page.request, 'Restore me (copy)');
	expect((await apiScenario(page.request, copy.id)).values).toEqual({ councilTaxIncrease: 2 });
	expect(await apiScenario(page.request, id)).toMatchObject({
		version: 5,
		values: { councilTaxIncrease: 5 }
	});
});
