/**
 * Comparing three scenarios in a real browser: chosen with the picker (a plain form), every
 * chart overlays them with the baseline, the differing levers and year tables are there, the
 * address reopens the comparison, and axe finds nothing wrong.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, serveThisSpec } from './helpers';

const server = serveThisSpec();

test('three scenarios side by side, reopened from the address, accessible', async ({ page }) => {
	await page.goto(`${server.url}/compare`);
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByText('Choose at least 2 scenarios')).toBeVisible();
	for (const label of ['Full Rewiring', 'Demand shock', 'Growth only']) {
		await page.getByRole('checkbox', { name: label }).check();
	}
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(
		/s=preset%3Afull-rewiring&s=preset%3Ademand-shock&s=preset%3Agrowth-only/
	);
	await expect(
		page.getByRole('heading', { name: '3 scenarios for Anyborough Metropolitan Borough Council' })
	).toBeVisible();

	// Every chart: three scenario lines and the dashed baseline.
	const charts = page.locator('figure.chart');
	await expect(charts).toHaveCount(5);
	for (const chart of await charts.all()) {
		await expect(chart.locator('svg path[stroke-dasharray]')).toHaveCount(1);
		await expect(chart.locator('svg path:not([stroke-dasharray])')).toHaveCount(3);
	}
	await expect(page.getByRole('img', { name: 'Reserves available to meet the gap' })).toBeVisible();

	// Only differing levers; demand shock's inflation is among them, the untouched PWLB rate is not.
	const differ = page.getByRole('region', { name: 'Where the scenarios differ' });
	await expect(
		differ.getByRole('rowheader', { name: 'Placement cost inflation, children’s social care' })
	).toBeVisible();
	await expect(
		differ.getByRole('rowheader', { name: 'Interest rate on new borrowing (PWLB)' })
	).toHaveCount(0);
	await expect(page.getByRole('table', { name: /Gap: each scenario/ })).toContainText('2031/32');
	await expect(
		page
			.getByText('For Anyborough Metropolitan Borough Council, the changes that matter most')
			.first()
	).toBeVisible();

	const address = page.url();
	await page.goto(address);
	await expect(page.getByRole('checkbox', { name: 'Demand shock' })).toBeChecked();
	await expect(charts).toHaveCount(5);

	expect(await axeViolations(page)).toEqual([]);
});

test('the modeller hands its scenario to the comparison', async ({ page }) => {
	await page.goto(`${server.url}/?councilTaxIncrease=2.99`);
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByRole('link', { name: 'Compare this scenario with others' }).click();
	await expect(
		page.getByRole('heading', { name: '2 scenarios for Anyborough Metropolitan Borough Council' })
	).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Your scenario' })).toBeChecked();
	const differ = page.getByRole('region', { name: 'Where the scenarios differ' });
	await expect(differ.getByRole('row', { name: /Council tax increase each year/ })).toContainText(
		'2.99 %'
	);
});
