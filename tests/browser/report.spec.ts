/**
 * The committee report: every part a committee needs is on the page, axe finds nothing wrong,
 * every parameter the projection rests on is listed with its evidence, and Chromium prints it to
 * a clean A4 PDF: nothing wider than the paper, figures right-aligned, the document's details
 * (scenario, date, model version, page numbers) in the printed text.
 */
import { expect, test } from '@playwright/test';
import { defaultAuthority, MODEL_VERSION, parametersFor } from '../../models/index';
import { axeViolations, expectFitsA4, people, printA4, serveThisSpec, signIn } from './helpers';

const { officer } = people;
const server = serveThisSpec({ accounts: [officer] });
const query = 'councilTaxIncrease=6&settlementProtection=1';

test('the report holds levers, headline, flags with citations, charts, year tables and sources', async ({
	page
}, testInfo) => {
	await page.goto(`${server.url}/report?${query}`);
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Anyborough Metropolitan Borough Council'
	);
	const details = page.getByTestId('report-details');
	await expect(details).toContainText('Unsaved scenario');
	await expect(details.getByRole('link')).toHaveAttribute(
		'href',
		`${server.url}/?v=${MODEL_VERSION}&settlementProtection=1&councilTaxIncrease=6`
	);
	await expect(details).toContainText(`Rewire model ${MODEL_VERSION}`);
	await expect(
		page.getByRole('row', { name: /Council tax increase each year 4\.99 % 6\.00 %/ })
	).toBeVisible();
	await expect(page.getByText(/needs a local referendum/).first()).toBeVisible();
	await expect(page.locator('cite', { hasText: 'Localism Act 2011' })).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(3);
	await expect(
		page.getByRole('table', { name: 'Scenario, with the baseline in brackets' }).locator('tbody tr')
	).toHaveCount(11);

	// Every parameter, lever or not, with its value, evidence grade and source or reasoning.
	const sources = page.getByTestId('report-parameters');
	await expect(sources.locator('tr[data-parameter]')).toHaveCount(
		parametersFor(defaultAuthority).length
	);
	// The count by evidence grade adds up to every parameter listed.
	const listed = parametersFor(defaultAuthority);
	const count = (grade: string) => listed.filter((x) => x.evidence === grade).length;
	expect(count('published') + count('estimate') + count('assumption')).toBe(listed.length);
	await expect(page.getByTestId('report-grades')).toHaveText(
		`${listed.length} parameters: ${count('published')} published, ${count('estimate')} estimates, ${count('assumption')} assumptions.`
	);
	await expect(sources.locator('tr[data-parameter="cpiInflation"]')).toContainText(
		/General inflation \(CPI\)\s*2\.0 %\s*published\s*Bank of England 2 % target; OBR CPI forecast, Office for Budget Responsibility, 2025/
	);
	await expect(sources.locator('tr[data-parameter="grantGrowth"]')).toContainText(
		/assumption\s*No spending review covers the years after 2028\/29/
	);
	await expect(sources.locator('tr[data-parameter="settlementProtection"]')).toContainText(
		/on\s*today off\s*published\s*Rewiring public services: rejuvenating democracy, Local Government Association, 2013/
	);
	await expect(page.getByTestId('report-base-sources')).toContainText(
		'Final local government finance settlement: England, 2025 to 2026'
	);
	await expect(page.locator('main')).not.toContainText('shared/seed');
	// The models' prose came with the page, not the first load's placeholder (models/prose.ts).
	await expect(page.locator('main')).not.toContainText('Written out when asked for');
	await expect(page.locator('main')).not.toContainText('see the model documentation');

	expect(await axeViolations(page)).toEqual([]);

	// Laid out for A4: nothing wider than the paper, no box cutting off its content.
	await expectFitsA4(page, 'main, main section, main table, main figure, main svg');
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
	// Figures right-aligned, so their digits line up.
	const aligns = await page
		.locator('td[data-figure], td.num, th.num')
		.evaluateAll((cells) => [...new Set(cells.map((c) => getComputedStyle(c).textAlign))]);
	expect(aligns).toEqual(['right']);

	const { pdf, pages, text } = await printA4(page, testInfo.outputDir);
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pages).toBeGreaterThanOrEqual(2);
	// Every parameter is listed with its source: 74 since model 2027.2 (ten more, with long
	// national sources), which takes nine A4 pages; ten leaves room without allowing a runaway.
	expect(pages).toBeLessThanOrEqual(10);
	expect(text).toContain('Unsaved scenario');
	expect(text).toContain(`Rewire model ${MODEL_VERSION}`);
	expect(text).toMatch(/Produced\s+\d{1,2} \w+ \d{4}/);
	expect(text).toContain(`Page 1 of ${pages}`);
	expect(text).toContain(`Page ${pages} of ${pages}`);
	expect(text).toMatch(/General inflation \(CPI\)\s+2\.0 %\s+published/);
	// The last year of the year table, not cut off.
	expect(text).toMatch(/2035\/36\s+£[\d.]+m/);
});

test('a saved scenario’s report carries its name, and says when the levers have moved since', async ({
	page
}) => {
	await signIn(page, server, officer, '/scenarios');
	const made = await page.request.post(`${server.url}/api/scenarios`, {
		data: {
			name: 'Cabinet budget 2026',
			values: { councilTaxIncrease: 6, settlementProtection: true }
		}
	});
	const { id } = await made.json();

	await page.goto(`${server.url}/report?${query}&saved=${id}`);
	const details = page.getByTestId('report-details');
	await expect(details).toContainText('“Cabinet budget 2026”, version 1');
	await expect(details).not.toContainText('changed since');
	await expect(details.getByRole('link')).toHaveCount(0);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'CSV' }).click();
	expect((await download).suggestedFilename()).toMatch(
		/^rewire-anyborough-cabinet-budget-2026-model-[\d.]+-\d{4}-\d{2}-\d{2}\.csv$/
	);

	await page.goto(`${server.url}/report?councilTaxIncrease=7&saved=${id}`);
	await expect(details).toContainText(
		'“Cabinet budget 2026”, version 1, with levers changed since it was saved'
	);
	await expect(details.getByRole('link')).toHaveCount(1);
});
