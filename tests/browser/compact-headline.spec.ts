/**
 * On a phone and a tablet in portrait, moving a lever shows what it did: a compact headline
 * (gap, when reserves run out, Band D, each against the baseline) stays in the viewport while
 * the lever is moved, and the levers are reached without scrolling past the charts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { nudgeCouncilTax, openHydrated, serveThisSpec } from './helpers';

const server = serveThisSpec();

/** Wholly inside the viewport, by the element's own box. */
async function expectWhollyInView(page: Page, locator: Locator) {
	const box = await locator.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box).not.toBeNull();
	expect(box!.y).toBeGreaterThanOrEqual(0);
	expect(box!.x).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
	expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

for (const [width, height, device] of [
	[390, 844, 'a phone'],
	[768, 1024, 'a tablet in portrait'],
	[320, 640, 'the narrowest phone']
] as const) {
	test(`on ${device} (${width}×${height}) the headline stays in view while a lever moves`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await openHydrated(page, `${server.url}/`);
		const compact = page.getByTestId('compact-headline');
		await expect(compact).toContainText('Gap 2031/32');
		const before = await compact.innerText();

		// A lever far down the list: the council tax slider.
		const slider = page.getByRole('slider', { name: 'Council tax increase each year' });
		await nudgeCouncilTax(page, 'ArrowRight', 5);
		await expect(slider).toHaveValue('5.04');
		await expect(compact).not.toHaveText(before);
		await expect(compact).toContainText('Band D');
		await expectWhollyInView(page, slider);
		await expectWhollyInView(page, compact);
		// The slider is not hidden beneath the headline that is stuck above it.
		const [sliderBox, compactBox] = [await slider.boundingBox(), await compact.boundingBox()];
		expect(sliderBox!.y).toBeGreaterThanOrEqual(compactBox!.y + compactBox!.height);

		// No sideways scrolling at this width.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('on a phone the levers come before the charts, and a skip link reaches them', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHydrated(page, `${server.url}/`);
	const firstLever = page.getByRole('slider').first();
	const firstChart = page.locator('.charts figure.chart').first();
	const leverTop = (await firstLever.boundingBox())!.y;
	const chartTop = (await firstChart.boundingBox())!.y;
	expect(leverTop).toBeLessThan(chartTop);

	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the levers' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Levers/ })).toBeInViewport();
});

test('printing the modeller leaves the compact headline out', async ({ page }) => {
	await openHydrated(page, `${server.url}/`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('compact-headline')).toBeHidden();
	await expect(page.getByTestId('headline')).toBeVisible();
});

test('on a laptop (1280×800) the full headline stays beside the levers while one moves', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openHydrated(page, `${server.url}/`);
	const headline = page.getByTestId('headline');
	const before = await headline.innerText();
	const slider = page.getByRole('slider', { name: 'Council tax increase each year' });
	await nudgeCouncilTax(page, 'ArrowRight', 5);
	await expect(slider).toHaveValue('5.04');
	await expect(headline).not.toHaveText(before);
	await expectWhollyInView(page, slider);
	await expectWhollyInView(page, headline);
});
