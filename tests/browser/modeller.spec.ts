/**
 * The modeller in a real browser: it loads with its headline and charts, a slider moved by
 * keyboard redraws the headline and writes the URL, that URL reopens the same scenario, presets
 * and the authority picker work, sources and data tables open, and axe finds nothing wrong.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { defaultAuthority, MODEL_VERSION, presets } from '../../models/index';
import { baseline, formatMoneyMillions, presetValues, project } from '../../src/lib/engine/index';
import { axeViolations, openHydrated, serveThisSpec } from './helpers';

// The headline year is the fifth projected one (2031/32 from Anyborough's 2026/27 base); the
// page must show the engine's own figure for it.
const baselineGap = formatMoneyMillions(baseline(defaultAuthority).years[5].gap);
const baselineHeadline = `Gap in 2031/32: ${baselineGap} (baseline ${baselineGap})`;

const server = serveThisSpec();

const open = (page: Page, query = '') => openHydrated(page, `${server.url}/${query}`);

async function expectAccessible(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
}

const headline = (page: Page) => page.getByTestId('headline');

test('loads with the baseline headline and all five charts, each with a data table', async ({
	page
}) => {
	await open(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Anyborough Metropolitan Borough Council'
	);
	await expect(headline(page)).toContainText(baselineHeadline);
	await expect(headline(page)).toContainText(
		'Reserves available to meet the gap run out in 2028/29'
	);
	const charts = page.locator('.charts figure.chart');
	await expect(charts).toHaveCount(5);
	for (const name of [
		'The yearly gap and the reserves that cover it',
		'Income and spending',
		'Where the money comes from',
		'A Band D council tax bill',
		'Public trust (indicative)'
	]) {
		await expect(page.getByRole('img', { name })).toBeVisible();
	}
	await expect(page.locator('.charts figure.chart table')).toHaveCount(5);
});

test('a slider moved by keyboard changes the headline and the URL; reloading restores both', async ({
	page
}) => {
	await open(page);
	const slider = page.getByRole('slider', { name: 'Council tax increase each year' });
	await slider.focus();
	// From 4.99: PageDown moves by a tenth of the 0–15 range in Chromium, ArrowLeft by one 0.01
	// step. Fifty-one presses, not two hundred: each one redraws every chart and asks for a fan.
	await page.keyboard.press('PageDown');
	await expect(slider).toHaveValue('3.49');
	for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveValue('2.99');
	await expect(headline(page)).not.toContainText(baselineHeadline);
	const text = await headline(page).innerText();
	await expect(page).toHaveURL(/councilTaxIncrease=2\.99/);
	await expect(page).toHaveURL(/[?&]v=\d{4}\.\d+/);

	await page.reload();
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		'2.99'
	);
	await expect(headline(page)).toHaveText(text);
});

test('a copied link reopens the same scenario, and a bad value in it is reported, not fatal', async ({
	page
}) => {
	await open(
		page,
		`?v=${MODEL_VERSION}&settlementProtection=1&touristLevy=1.5&councilTaxIncrease=99&bogus=3`
	);
	await expect(
		page.getByRole('checkbox', { name: 'Constitutional protection of funding' })
	).toBeChecked();
	await expect(page.getByRole('slider', { name: 'Tourist levy per room-night' })).toHaveValue(
		'1.5'
	);
	await expect(page.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		'4.99'
	);
	const notice = page.getByRole('status', { name: 'Parts of the link were not used' });
	await expect(notice).toContainText('Council tax increase each year');
	await expect(notice).toContainText('bogus');
});

test('a preset sets its levers and the picker names it; reset all returns to the baseline', async ({
	page
}) => {
	await open(page);
	const picker = page.getByLabel('Start from');
	await expect(picker).toHaveValue('status-quo');
	await picker.selectOption('full-rewiring');
	// Full Rewiring no longer avoids reserves running out (the high-needs deficit and the re-based
	// care overspends): the headline says when, against the baseline if the year differs, as the
	// engine does.
	const full = presets.find((preset) => preset.id === 'full-rewiring')!;
	const runsOut = project(defaultAuthority, {
		values: presetValues(full, defaultAuthority)
	}).reservesExhaustedIn;
	const baseRunsOut = baseline(defaultAuthority).reservesExhaustedIn;
	await expect(headline(page)).toContainText(
		runsOut
			? `Reserves available to meet the gap run out in ${runsOut}${runsOut !== baseRunsOut ? ` (baseline ${baseRunsOut})` : ''}`
			: 'Reserves available to meet the gap last all ten years'
	);
	const rates = page.getByRole('slider', { name: 'Business rates kept locally' });
	await expect(rates).toHaveValue('100');
	await expect(page).toHaveURL(/businessRatesRetention=100/);
	await expect(picker).toHaveValue('full-rewiring');
	// A lever moved off the preset: the picker says so rather than still naming it.
	await rates.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(picker.locator('option:checked')).toHaveText('Your own settings');
	await page.getByRole('button', { name: 'Reset all to today' }).click();
	await expect(headline(page)).toContainText(baselineHeadline);
	await expect(picker).toHaveValue('status-quo');
});

test('the authority picker switches council and records it in the URL', async ({ page }) => {
	await open(page);
	await page.getByLabel('Council', { exact: true }).selectOption('anyvale');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anyvale District Council');
	await expect(page).toHaveURL(/[?&]a=anyvale/);
	await expect(
		page.getByRole('slider', { name: 'Investment in prevention and re-ablement' })
	).toBeDisabled();
	await expect(
		page
			.locator('.caveat:visible', { hasText: 'Does not apply: Shire districts run no social care' })
			.first()
	).toBeVisible();
	// A preset's sums of money are sized to the district, not to Anyborough.
	const picker = page.getByLabel('Start from');
	await picker.selectOption('full-rewiring');
	await expect(
		page.getByRole('slider', { name: 'Prudential borrowing to invest to save' })
	).toHaveValue('1');
	await expect(
		page.getByRole('slider', { name: 'Investment in local skills and jobs' })
	).toHaveValue('0');
	await expect(picker).toHaveValue('full-rewiring');
	// A county's slider reaches further than Anyborough's, in proportion to its spending.
	await page.getByLabel('Council', { exact: true }).selectOption('anyshire');
	await expect(
		page.getByRole('slider', { name: 'Investment in prevention and re-ablement' })
	).toHaveAttribute('max', '43');
});

test('P3 has its own pooled health and social care budget lever, from today’s Better Care Fund', async ({
	page
}) => {
	await open(page);
	const p3 = page.getByRole('region', { name: /^3\. Adult social care and health/ });
	const pooled = p3.getByRole('slider', { name: 'Adult social care budget pooled with the NHS' });
	await expect(pooled).toHaveValue('25');
	await expect(pooled).toHaveAttribute('min', '25');
	// Its uncertain saving rate is among the assumptions behind P3's levers.
	await p3.getByText(/^\s*Assumptions behind these levers/).click();
	await expect(
		p3.getByRole('slider', { name: 'Yearly saving on care pooled beyond the Better Care Fund' })
	).toHaveValue('1');
	// Pooling beyond the Better Care Fund saves a little: the headline moves and the URL says so.
	await pooled.focus();
	// All of it (75 points beyond the BCF at 1 %): about £1.4m a year by 2031/32, so it shows.
	await pooled.press('End');
	await expect(pooled).toHaveValue('100');
	await expect(page).toHaveURL(/[?&]pooledHealthCareBudget=100/);
	const pooledGap = formatMoneyMillions(
		project(defaultAuthority, { values: { pooledHealthCareBudget: 100 } }).years[5].gap
	);
	expect(pooledGap).not.toBe(baselineGap);
	await expect(headline(page)).toContainText(
		`Gap in 2031/32: ${pooledGap} (baseline ${baselineGap})`
	);
});

test('"About" shows what a lever means and where its number comes from; reset restores it', async ({
	page
}) => {
	await open(page, '?councilTaxIncrease=3');
	const button = page.getByRole('button', { name: 'About Council tax increase each year' });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByText('Council tax referendum principles 2025-26').first()).toBeVisible();
	await page
		.getByRole('button', { name: 'Reset Council tax increase each year to 4.99 %' })
		.click();
	await expect(page.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		'4.99'
	);
	// An assumption says so.
	await page.getByText('Assumptions behind these levers').first().click();
	await page
		.getByRole('button', { name: 'About Share of pooling savings kept by the council' })
		.click();
	const about = page.locator('#p-poolingSavingsRetained-about');
	await expect(about.getByText('Assumption', { exact: true })).toBeVisible();
	await expect(about).toContainText('An even split');
});

test('works with the keyboard alone: skip link, then into the results', async ({ page }) => {
	await open(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the results' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#results$/);
	// The address is then brought in step with the scenario (the model version added), and the
	// place the skip link took the reader to is kept.
	await expect(page).toHaveURL(/\?v=[\d.]+#results$/);
});

test('axe finds no violations, with a data table and a source open', async ({ page }) => {
	// Two full axe passes over a long page (the analyses included) take a while on a busy machine.
	test.setTimeout(180_000);
	await open(page);
	await expectAccessible(page);
	await page.getByText('Show the figures').first().click();
	await page.getByRole('button', { name: 'About Needs-based funding (share of today’s)' }).click();
	await expectAccessible(page);
});

for (const [width, height] of [
	[1280, 800],
	[768, 1024]
]) {
	test(`no sideways scrolling at ${width}×${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await open(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(page.getByRole('slider').first()).toBeInViewport();
		await expect(headline(page)).toBeInViewport();
	});
}

test('downloads the projection on screen as CSV and JSON, to the penny', async ({ page }) => {
	await open(page, '?councilTaxIncrease=2.99');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toMatch(
		/^rewire-anyborough-model-[\d.]+-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const rows = (await readFile((await csv.path())!, 'utf8')).trim().split('\r\n');
	expect(rows).toHaveLength(12);
	expect(rows[0].startsWith('Year,Council tax (£),')).toBe(true);
	// 2027/28 Band D: £2,225.79 × 1.0299 = £2,292.34; × 77,220.864 Band D equivalents.
	expect(rows[2].startsWith('2027/28,177016475.38,')).toBe(true);
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'JSON' }).click()
	]);
	const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
	expect(data.values).toEqual({ councilTaxIncrease: 2.99 });
	expect(data.years[1].income.councilTax).toBe('177016475.38');
});

test('reads the scenario as a plain-English paragraph', async ({ page }) => {
	await open(page, '?councilTaxIncrease=7');
	await page.getByText('Read this scenario as a paragraph').click();
	const paragraph = page.getByTestId('narrative');
	await expect(paragraph).toContainText('Council tax increase each year: 7.00 % (closes');
	await expect(paragraph).toContainText('needs a local referendum');
	await expect(paragraph).toContainText('Effects on trust are indicative only.');
});
