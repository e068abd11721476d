/**
 * Presenting to a room: step through the slides with the keyboard, answer a "what if" with the
 * live slider, switch to high contrast, and read it on a 1024×768 projector and at 1920×1080.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openHydrated, serveThisSpec, settledOverflow } from './helpers';
import { defaultAuthority, presets } from '../../models/index';
import { valuesFor } from '../../src/lib/engine/index';
import { scenarioQuery } from '../../src/lib/scenario-url';

const server = serveThisSpec();

const open = (page: Page, query = '') => openHydrated(page, `${server.url}/present${query}`);

test('steps through every slide by keyboard, with the scenario from the modeller', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, '?settlementProtection=1&councilTaxIncrease=3.5');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Anyborough Metropolitan Borough Council'
	);
	await expect(page.getByText('Slide 1 of 9')).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'What this scenario changes' })).toBeVisible();
	await expect(
		page.getByRole('row', { name: /Council tax increase each year 4\.99 % 3\.50 %/ })
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.keyboard.press(' ');
	await expect(
		page.getByRole('img', { name: 'The yearly gap and the reserves that cover it' })
	).toBeVisible();
	await expect(page).toHaveURL(/#3$/);
	for (const name of [
		'Income and spending',
		'Where the money comes from',
		'A Band D council tax bill',
		'Public trust (indicative)'
	]) {
		await page.keyboard.press('PageDown');
		await expect(page.getByRole('img', { name })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	}
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('img', { name: 'A Band D council tax bill' })).toBeVisible();
	await page.keyboard.press('End');
	await expect(page.getByRole('heading', { name: 'Sources and assumptions' })).toBeVisible();
	await expect(page.getByText('Constitutional protection of funding')).toBeVisible();
	// Its source, from the models' prose that the deck loads before its first paint.
	await expect(
		page.getByText(
			/Rewiring public services: rejuvenating democracy,\s*Local Government Association/
		)
	).toBeVisible();
	await expect(page.getByText('Written out when asked for')).toHaveCount(0);
	await page.keyboard.press('Home');
	await expect(page.getByText('Slide 1 of 9')).toBeVisible();
});

test('answers a "what if" with a live slider, and reopens on the same slide', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, '#8');
	await expect(page.getByRole('heading', { name: 'What if we…?' })).toBeVisible();
	const before = await page.getByRole('list').filter({ hasText: 'Gap in 2031/32' }).innerText();
	const slider = page.getByRole('slider', { name: 'Council tax increase each year' });
	await slider.focus();
	for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('5.99');
	await expect(page.getByRole('list').filter({ hasText: 'Gap in 2031/32' })).not.toHaveText(before);
	// The keys belonged to the slider: still on the same slide.
	await expect(page.getByText('Slide 8 of 9')).toBeVisible();

	await page.getByRole('button', { name: 'High contrast' }).click();
	expect(await axeViolations(page)).toEqual([]);
});

test('a clicker keeps stepping after a toolbar button is pressed, and on the what-if slider', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page);
	await page.getByRole('button', { name: 'Full screen' }).click();
	await page.keyboard.press('PageDown');
	await expect(page.getByText('Slide 2 of 9')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Slide 3 of 9')).toBeVisible();
	// Space steps too, rather than pressing Full screen again.
	await page.keyboard.press(' ');
	await expect(page.getByText('Slide 4 of 9')).toBeVisible();

	await page.getByRole('button', { name: 'Next ›' }).click();
	await expect(page.getByText('Slide 5 of 9')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Slide 6 of 9')).toBeVisible();
	await page.getByRole('button', { name: '‹ Previous' }).click();
	await page.keyboard.press('PageUp');
	await expect(page.getByText('Slide 4 of 9')).toBeVisible();
	await page.getByRole('button', { name: 'High contrast' }).click();
	await page.keyboard.press('PageDown');
	await expect(page.getByText('Slide 5 of 9')).toBeVisible();

	await page.keyboard.press('End');
	await page.keyboard.press('PageUp');
	await expect(page.getByText('Slide 8 of 9')).toBeVisible();
	const slider = page.getByRole('slider', { name: 'Council tax increase each year' });
	const value = await slider.inputValue();
	await slider.focus();
	await page.keyboard.press('PageDown');
	await expect(page.getByText('Slide 9 of 9')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		value
	);
});

test('each chart slide has its own headline, in words', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, '?councilTaxIncrease=3.5#3');
	const headline = page.locator('p.headline');
	const expected = [
		/^Reserves (available to meet the gap run out in \d{4}\/\d{2}|cover every year’s gap)/,
		/^In 2036\/37: spending £[\d.,]+m, income £[\d.,]+m$/,
		/^\d+(\.\d+)? ?% of income raised locally by 2036\/37 \(baseline \d+(\.\d+)? ?%\)$/,
		/^Band D bill in 2036\/37: £[\d,.]+ \(baseline £[\d,.]+\)$/,
		/^\d+(\.\d+)? ?% would trust the council by 2036\/37 .*indicative$/
	];
	for (const [i, pattern] of expected.entries()) {
		if (i) await page.keyboard.press('ArrowRight');
		await expect(page.getByText(`Slide ${i + 3} of 9`)).toBeVisible();
		await expect(headline).toHaveText(pattern);
	}
});

test('a what-if is named on every slide until the room goes back to the scenario as presented', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, '?councilTaxIncrease=3.5#8');
	const banner = page.getByRole('status').filter({ hasText: 'What if:' });
	const back = page.getByRole('button', { name: 'Back to the scenario as presented' });
	await expect(banner).toHaveCount(0);
	await expect(
		page.getByRole('img', {
			name: 'The gap and reserves: this what-if against the scenario as presented'
		})
	).toBeVisible();

	const slider = page.getByRole('slider', { name: 'Council tax increase each year' });
	await slider.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	await expect(banner).toHaveText(
		'What if: Council tax increase each year 3.60 % — not the scenario as presented'
	);
	// Reset goes back to the value presented, not today's.
	await page
		.getByRole('button', { name: 'Reset Council tax increase each year to 3.50 %' })
		.click();
	await expect(slider).toHaveValue('3.5');
	await expect(banner).toHaveCount(0);

	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	await page.getByLabel('Lever').selectOption({ label: 'Constitutional protection of funding' });
	await page.getByRole('checkbox', { name: 'Constitutional protection of funding' }).check();
	await expect(banner).toContainText('Constitutional protection of funding on');
	await page.getByRole('button', { name: 'High contrast' }).click();
	expect(await axeViolations(page)).toEqual([]);

	// The what-if stays in force, and said, on the other slides.
	await page.keyboard.press('Home');
	await expect(banner).toContainText('Council tax increase each year 3.49 %');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(banner).toBeVisible();
	await back.click();
	await expect(banner).toHaveCount(0);
	await expect(page.getByText('Slide 3 of 9')).toBeVisible();
	await page.keyboard.press('End');
	await page.keyboard.press('PageUp');
	await expect(
		page.getByRole('checkbox', { name: 'Constitutional protection of funding' })
	).not.toBeChecked();
	await page.getByLabel('Lever').selectOption({ label: 'Council tax increase each year' });
	await expect(slider).toHaveValue('3.5');
});

for (const [width, height] of [
	[1024, 768],
	[1920, 1080]
])
	test(`every slide fits a ${width}×${height} projector in both themes, and axe finds nothing`, async ({
		page
	}) => {
		// Every slide laid out and checked by axe in two themes: about 40 s alone.
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height });
		await open(page, '?settlementProtection=1&councilTaxIncrease=3.5');
		for (const theme of ['Light theme', 'High contrast']) {
			if (theme === 'High contrast') await page.getByRole('button', { name: theme }).click();
			await page.keyboard.press('Home');
			for (let slide = 1; slide <= 9; slide++) {
				await expect(page.getByText(`Slide ${slide} of 9`)).toBeVisible();
				expect(await settledOverflow(page), `${theme}, slide ${slide}`).toEqual({
					down: 0,
					across: 0
				});
				expect(await axeViolations(page), `${theme}, slide ${slide}`).toEqual([]);
				await page.keyboard.press('PageDown');
			}
		}
	});

test('a scenario that moves many levers shows them and their sources a few to a slide, each fitting 1024×768', async ({
	page
}) => {
	const full = presets.find((p) => p.id === 'full-rewiring')!;
	const moved = Object.keys(valuesFor(full.values, defaultAuthority)).length;
	const leverSlides = Math.ceil(moved / 7);
	const count = 9 - 2 + leverSlides + Math.ceil(moved / 6);
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, `?${scenarioQuery(defaultAuthority, valuesFor(full.values, defaultAuthority))}`);
	for (let slide = 1; slide <= count; slide++) {
		await expect(page.getByText(`Slide ${slide} of ${count}`)).toBeVisible();
		if (slide === 2)
			await expect(page.locator('#slide-title')).toHaveText(
				`What this scenario changes (1 of ${leverSlides})`
			);
		expect((await settledOverflow(page)).down, `slide ${slide}`).toBe(0);
		await page.keyboard.press('PageDown');
	}
});
