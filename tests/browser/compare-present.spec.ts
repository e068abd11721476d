/**
 * Presenting a comparison to a room: from /compare with three scenarios, the link opens a deck
 * of the same comparison; every slide steps by keyboard, every chart's legend names all three,
 * nothing scrolls on a 1024×768 projector or at 1920×1080, and axe is clean in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openHydrated, serveThisSpec, settledOverflow } from './helpers';

const server = serveThisSpec();

const scenarios = ['Full Rewiring', 'Demand shock', 'Growth only'];
const query = 's=preset%3Afull-rewiring&s=preset%3Ademand-shock&s=preset%3Agrowth-only';
// Title, five charts, the 22 levers these presets differ on (four slides of seven or fewer), and
// their sources (four slides of six or fewer).
const SLIDES = 14;

async function fits(page: Page, what: string) {
	expect(await settledOverflow(page), what).toEqual({ down: 0, across: 0 });
}

test('the compare page opens a presentation of the same comparison, stepped by keyboard', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openHydrated(page, `${server.url}/compare?${query}`);
	await page.getByRole('link', { name: 'Present this comparison' }).click();
	await expect(page).toHaveURL(new RegExp(`/compare/present\\?${query}`));
	await page.waitForSelector('body[data-hydrated="true"]');

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Anyborough Metropolitan Borough Council'
	);
	await expect(page.getByText(`Slide 1 of ${SLIDES}`)).toBeVisible();
	for (const name of scenarios)
		await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();

	const chartTitles = [
		'The yearly gap',
		'Reserves available to meet the gap',
		'A Band D council tax bill',
		'Share of income raised locally',
		'Trust in the council (indicative)'
	];
	for (const [i, title] of chartTitles.entries()) {
		await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
		await expect(page.getByText(`Slide ${i + 2} of ${SLIDES}: ${title}`)).toBeVisible();
		await expect(page.getByRole('img', { name: title })).toBeVisible();
		const headline = page.locator('p.headline');
		for (const name of scenarios) await expect(headline).toContainText(name);
		// The legend names every scenario, and the baseline.
		const legend = page.locator('figure.chart .legend');
		for (const name of [...scenarios, 'Baseline']) await expect(legend).toContainText(name);
		await expect(page.locator('figure.chart svg path[stroke-dasharray]')).toHaveCount(1);
	}

	await page.keyboard.press('PageDown');
	await expect(page.getByRole('heading', { name: 'Where the scenarios differ' })).toBeVisible();
	for (const name of scenarios)
		await expect(page.getByRole('columnheader', { name })).toBeVisible();
	await expect(
		page.getByRole('rowheader', { name: 'Placement cost inflation, children’s social care' })
	).toBeVisible();
	await expect(
		page.getByText(`Slide 7 of ${SLIDES}: Where the scenarios differ (1 of 4)`)
	).toBeVisible();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(
		page.getByRole('heading', { name: 'Sources and assumptions (1 of 4)' })
	).toBeVisible();
	await expect(page.getByText(/Rewire model \d{4}\.\d+/)).toHaveCount(0);
	// Each lever's source or reasoning, from the models' prose, never the first load's placeholder.
	await expect(page.locator('ul.sources li')).toHaveCount(6);
	await expect(page.getByText('Written out when asked for')).toHaveCount(0);
	await page.keyboard.press('End');
	await expect(
		page.getByRole('heading', { name: 'Sources and assumptions (4 of 4)' })
	).toBeVisible();
	await expect(page.getByText(/Rewire model \d{4}\.\d+/)).toBeVisible();

	// Toolbar buttons hand the keys back to the deck.
	await page.getByRole('button', { name: 'Full screen' }).click();
	await page.keyboard.press('PageUp');
	await expect(page.getByText(`Slide ${SLIDES - 1} of ${SLIDES}`)).toBeVisible();
	await page.keyboard.press('Home');
	await expect(page.getByText(`Slide 1 of ${SLIDES}`)).toBeVisible();

	await page.getByRole('link', { name: 'Back to the comparison' }).click();
	await expect(
		page.getByRole('heading', { name: '3 scenarios for Anyborough Metropolitan Borough Council' })
	).toBeVisible();
});

for (const [width, height] of [
	[1024, 768],
	[1920, 1080]
])
	test(`every slide of a comparison fits ${width}×${height} in both themes, and axe finds nothing`, async ({
		page
	}) => {
		// Fourteen slides, each laid out and checked by axe in two themes: about 35 s alone.
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height });
		await openHydrated(page, `${server.url}/compare/present?${query}`);
		for (const theme of ['Light theme', 'High contrast']) {
			if (theme === 'High contrast') await page.getByRole('button', { name: theme }).click();
			await page.keyboard.press('Home');
			for (let slide = 1; slide <= SLIDES; slide++) {
				await expect(page.getByText(`Slide ${slide} of ${SLIDES}`)).toBeVisible();
				await fits(page, `${theme}, slide ${slide}`);
				expect(await axeViolations(page), `${theme}, slide ${slide}`).toEqual([]);
				await page.keyboard.press('PageDown');
			}
		}
	});
