/**
 * The committee report: every part a committee needs is on the page, axe finds nothing wrong,
 * and Chromium prints it to a clean A4 PDF (no navigation, several pages).
 */
import { expect, test } from '@playwright/test';
import { axeViolations, serveThisSpec } from './helpers';

const server = serveThisSpec();

test('the report holds levers, headline, flags with citations, charts, year tables and sources', async ({
	page
}) => {
	await page.goto(`${server.url}/report?councilTaxIncrease=6&settlementProtection=1`);
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Anyborough Metropolitan Borough Council'
	);
	await expect(
		page.getByRole('row', { name: /Council tax increase each year 4\.99 % 6\.00 %/ })
	).toBeVisible();
	await expect(page.getByText(/needs a local referendum/).first()).toBeVisible();
	await expect(page.locator('cite', { hasText: 'Localism Act 2011' })).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(3);
	await expect(
		page.getByRole('table', { name: 'Scenario, with the baseline in brackets' }).locator('tbody tr')
	).toHaveCount(11);
	await expect(page.getByText('Constitutional protection of funding (on)')).toBeVisible();

	expect(await axeViolations(page)).toEqual([]);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(2);
	expect(pages.length).toBeLessThanOrEqual(8);
});
