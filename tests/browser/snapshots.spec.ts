/**
 * "Freeze as presented" in a real browser: save a scenario, freeze it with a note, land on the
 * snapshot and find the stored figures (as the API returns them) in its headline, tables and
 * charts; then back on the scenario page the snapshot is listed. A saved scenario presented to a
 * room is frozen from the deck's toolbar too. axe checks every page.
 * Starts its own built server on a temporary database, so it needs no shared state.
 */
import { expect, test } from '@playwright/test';
import { formatMoneyMillions } from '../../src/lib/engine/format';
import { exactPounds } from '../../src/lib/snapshots/stored-projection';
import {
	axeViolations,
	expectFitsA4,
	hydrated,
	people,
	printA4,
	saveNewScenario,
	serveThisSpec,
	signIn
} from './helpers';

const { officer } = people;
const server = serveThisSpec({ accounts: [officer] });

test('save a scenario, freeze it, and open the snapshot as stored', async ({ page }, testInfo) => {
	await signIn(page, server, officer, '/scenarios');
	await hydrated(page);

	const scenarioUrl = await saveNewScenario(page, 'Cabinet budget 2026');
	await hydrated(page);
	await expect(page.getByRole('table', { name: 'Snapshots' })).toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);

	await page.getByLabel(/^Note \(optional\)/).fill('Cabinet, 3 Dec');
	await page.getByRole('button', { name: 'Freeze as presented' }).click();
	await expect(page).toHaveURL(/\/snapshots\/[A-Za-z0-9_-]{24}$/);
	const id = page.url().split('/').pop()!;
	const stored = await (await page.request.get(`${server.url}/api/snapshots/${id}`)).json();
	await hydrated(page);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cabinet budget 2026');
	await expect(page.getByTestId('snapshot-note')).toHaveText('Cabinet, 3 Dec');
	await expect(page.getByTestId('snapshot-model')).toHaveText(stored.modelVersion);
	await expect(page.getByTestId('model-note')).toHaveCount(0);

	// The headline, the year-by-year table and the full figures all read the stored numbers.
	const gap2031 = Number(stored.projection.years[5].gap);
	await expect(page.getByTestId('snapshot-headline').locator('li').first()).toContainText(
		`in 2031/32: ${formatMoneyMillions(Math.abs(gap2031))}`
	);
	const yearlyGaps = page.getByTestId('snapshot-years').locator('td[data-figure="gap"]');
	await expect(yearlyGaps).toHaveCount(stored.projection.years.length);
	await expect(yearlyGaps.nth(5)).toContainText(formatMoneyMillions(gap2031));
	await expect(page.getByTestId('snapshot-figures').locator('tr[data-line="gap"] td')).toHaveText(
		stored.projection.years.map((y: { gap: string }) => exactPounds(y.gap))
	);
	await expect(
		page.getByTestId('snapshot-figures').locator('tr[data-line="income.councilTax"] td').first()
	).toHaveText(exactPounds(stored.projection.years[0].income.councilTax));
	await expect(page.getByTestId('snapshot-levers').locator('tbody tr')).toHaveCount(
		Object.keys(stored.values).length
	);
	await expect(page.locator('figure.chart')).toHaveCount(5);
	expect(await axeViolations(page)).toEqual([]);

	// On A4 every figure prints, the last years too: nothing is wider than the paper.
	await expectFitsA4(page, '.snapshot, .snapshot section, .snapshot table');
	const { pages, text: printed } = await printA4(page, testInfo.outputDir);
	// Numbered, and no blank page at the end.
	expect(printed).toContain(`Page ${pages} of ${pages}`);
	expect(printed.split('\f').at(-2)).toMatch(/Band D bill including precepts/);
	const last = stored.projection.years.at(-1);
	expect(printed).toContain('2036/37');
	for (const figure of [last.gap, last.income.councilTax, last.incomeTotal, last.expenditureTotal])
		expect(printed).toContain(exactPounds(figure));
	await page.emulateMedia({ media: 'screen' });

	// Back on the scenario, the snapshot is listed under its note.
	await page.getByRole('link', { name: 'version 1 of the scenario' }).click();
	await expect(page).toHaveURL(`${scenarioUrl}?version=1`);
	const row = page.getByTestId('snapshots').locator('tbody tr');
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Cabinet, 3 Dec');
	await expect(row.getByRole('link')).toHaveAttribute('href', `/snapshots/${id}`);
	await hydrated(page);
	expect(await axeViolations(page)).toEqual([]);
});

test('a saved scenario presented to a room is frozen from the deck, and the clicker still steps', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await signIn(page, server, officer, '/scenarios');
	const made = await page.request.post(`${server.url}/api/scenarios`, {
		data: { name: 'Deck budget', values: { councilTaxIncrease: 3.5 } }
	});
	const { id } = await made.json();
	await page.goto(`${server.url}/scenarios/${id}`);
	await hydrated(page);
	await page.getByRole('link', { name: 'Present it to a room' }).click();
	await expect(page).toHaveURL(new RegExp(`/present\\?.*saved=${id}`));
	await hydrated(page);

	await page.getByRole('button', { name: 'Freeze as presented' }).click();
	const frozen = page.getByRole('status').getByRole('link', { name: /Version 1 frozen/ });
	await expect(frozen).toBeVisible();
	await expect(page.getByRole('button', { name: 'Freeze as presented' })).toHaveCount(0);
	const { snapshots } = await (
		await page.request.get(`${server.url}/api/scenarios/${id}/snapshots`)
	).json();
	expect(snapshots).toMatchObject([{ scenarioVersion: 1, note: 'Frozen while presenting' }]);
	expect(await frozen.getAttribute('href')).toBe(`/snapshots/${snapshots[0].id}`);

	// The room has not moved: still on the first slide, and the clicker's next key steps on.
	await expect(page.getByText(/^Slide 1 of \d+/)).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.getByText(/^Slide 2 of \d+/)).toBeVisible();
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	).toBeLessThanOrEqual(0);
	expect(await axeViolations(page)).toEqual([]);
	// Back in the modeller, a save is still this scenario's next version.
	await expect(page.getByRole('link', { name: 'Back to the modeller' })).toHaveAttribute(
		'href',
		new RegExp(`[?&]saved=${id}$`)
	);

	await frozen.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deck budget');
});
