/**
 * What a newcomer met (#14 finding 9): a council switch says which settings it dropped; a lever
 * that needs another says so beside it; children in care on a chart with its data table and in
 * the bills table; the samples named as fictional wherever a council is chosen; the Monte Carlo
 * view says why its middle run is not the scenario as set.
 */
import { expect, test } from '@playwright/test';
import { openHydrated, serveThisSpec } from './helpers';

const server = serveThisSpec();

test('switching council says, politely, which settings were dropped', async ({ page }) => {
	await openHydrated(page, `${server.url}/?preventionInvestment=1&councilTaxIncrease=2.99`);
	const notice = page.getByTestId('dropped-settings');
	await expect(notice).toHaveAttribute('aria-live', 'polite');
	await expect(notice).toBeEmpty();
	await page.getByLabel('Council', { exact: true }).selectOption('anyvale');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anyvale District Council');
	await expect(notice).toContainText('Switching to Anyvale District Council dropped a setting');
	await expect(notice).toContainText('Investment in prevention and re-ablement');
	await expect(notice).not.toContainText('Council tax');
	// A switch that drops nothing clears the notice.
	await page.getByLabel('Council', { exact: true }).selectOption('anyborough');
	await expect(notice).toBeEmpty();
});

test('a lever that needs another says so beside it, until the other is set', async ({ page }) => {
	await openHydrated(page, `${server.url}/`);
	const note = page.locator('#p-poolingEfficiency-needs');
	await expect(note).toHaveText(
		'Acts only when “Public spending pooled into a place budget” is above zero. Until then it changes nothing.'
	);
	await expect(page.getByRole('slider', { name: 'Saving on pooled spending' })).toHaveAttribute(
		'aria-describedby',
		'p-poolingEfficiency-needs'
	);
	const pooling = page.getByRole('slider', { name: 'Public spending pooled into a place budget' });
	await pooling.focus();
	await page.keyboard.press('ArrowRight');
	await expect(pooling).toHaveValue('5');
	await expect(note).toHaveText(
		'Acts only when “Public spending pooled into a place budget” is above zero.'
	);
	await expect(page.locator('#p-earnbackRate-needs')).toContainText('” or “');
	await expect(page.locator('#p-acuteSavingsReinvested-needs')).toContainText(
		'Investment in prevention and re-ablement'
	);
});

test('children in care: a chart with its data table, and in the bills table', async ({ page }) => {
	await openHydrated(page, `${server.url}/`);
	await expect(page.getByRole('img', { name: 'Children in care' })).toBeVisible();
	const figure = page.locator('figure.chart', {
		has: page.getByRole('img', { name: 'Children in care' })
	});
	await expect(figure.locator('table')).toHaveCount(1);
	await expect(figure.locator('table')).toContainText('Children in care, baseline');
	await expect(page.getByTestId('bills-children-in-care')).toContainText(
		/Children in the council’s care in 2031\/32: [\d,]+ \(baseline [\d,]+\)/
	);
});

test('the samples are named as fictional wherever a council is chosen', async ({ page }) => {
	for (const [path, select] of [
		['/', '#council-label + select'],
		['/compare', 'select[name="a"]']
	]) {
		await openHydrated(page, `${server.url}${path}`);
		const picker = page.locator(select);
		await expect(picker).toHaveAccessibleDescription(/sample councils are fictional: composites/);
		await expect(picker.locator('optgroup[label="Samples (fictional)"] option')).toHaveCount(5);
	}
});

test('the uncertainty view says why its middle run differs from the scenario as set', async ({
	page
}) => {
	await openHydrated(page, `${server.url}/`);
	await expect(page.getByTestId('middle-run-why')).toContainText(
		'Why the middle run is not your scenario as set'
	);
});
