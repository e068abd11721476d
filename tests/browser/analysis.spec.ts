/**
 * The Analysis section in a real browser: the fans arrive from the worker and follow a slider
 * without making it stutter, goal seek answers in words and Apply moves the slider, the
 * referendum guardrail cites its Act, the closest levers are listed, and axe finds nothing wrong.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openHydrated, serveThisSpec } from './helpers';

const server = serveThisSpec();

const open = (page: Page, query = '') => openHydrated(page, `${server.url}/${query}`);

const councilTax = (page: Page) =>
	page.getByRole('slider', { name: 'Council tax increase each year' });
const fanSummary = (page: Page) => page.locator('#fan-gap-summary');

test('the fan charts appear once the worker has run, with the runs and seed shown', async ({
	page
}) => {
	await open(page);
	const analysis = page.getByRole('region', { name: 'Analysis' });
	await expect(analysis.getByRole('heading', { level: 2, name: 'Analysis' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'How sure is the yearly gap?' })).toBeVisible();
	await expect(
		page.getByRole('img', { name: 'How sure are the reserves that cover the gap?' })
	).toBeVisible();
	await expect(
		page.getByRole('img', { name: 'The chance that reserves have run out' })
	).toBeVisible();
	await expect(fanSummary(page)).toHaveText(
		/^In 2031\/32 the gap would most likely be £\d+\.\dm; in 8 runs out of 10 it falls between £\d+\.\dm and £\d+\.\dm\.$/
	);
	await expect(page.getByTestId('uncertainty-status')).toHaveText(
		'Based on 1,000 runs of the levers as they are now.'
	);
	await expect(page.getByText('Random seed 20130708')).toBeVisible();
	// Each fan has its figures as a table: P10, P90, the middle run and the scenario as set.
	const table = page.locator('#fan-gap-title').locator('..').locator('table');
	await expect(table.locator('thead th')).toHaveText([
		'Year',
		'Low (1 run in 10 is below)',
		'High (1 run in 10 is above)',
		'Middle run',
		'Your scenario as set'
	]);
	await expect(table.locator('tbody tr')).toHaveCount(11);

	// Fewer runs: the progress bar comes and goes, and the fan is re-drawn from 200 runs.
	await page.getByLabel('Number of runs').selectOption('200');
	await expect(page.getByTestId('uncertainty-status')).toHaveText(
		'Based on 200 runs of the levers as they are now.'
	);
});

test('a slider moved by keyboard redraws the fan and the tornado once it settles', async ({
	page
}) => {
	await open(page);
	await expect(fanSummary(page)).toContainText('most likely');
	const before = await fanSummary(page).innerText();
	const tornadoBefore = await page.getByTestId('tornado-summary').innerText();
	// The summary's total follows the levers at once; the bars' figures come from the tornado.
	const tornadoFigures = page.locator('#sensitivity table');
	const figuresBefore = await tornadoFigures.textContent();

	// One step at a time, as a councillor drags: the slider answers each key itself, whatever
	// the analyses are doing (how fast it answers is measured by `npm run bench:slider`).
	const slider = councilTax(page);
	await slider.focus();
	for (let i = 1; i <= 40; i++) {
		await page.keyboard.press('ArrowLeft');
		await expect(slider).toHaveValue(String(Number((4.99 - i * 0.01).toFixed(2))));
	}
	// Hidden, the analysis does no work; shown again, it catches up with the levers as they are.
	const analysisToggle = page.getByRole('button', { name: /the analysis$/ });
	await analysisToggle.click();
	await expect(fanSummary(page)).toBeHidden();
	await slider.focus();
	for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveValue('3.99');
	await analysisToggle.click();

	// Once the levers settle, the worker re-runs and the fan (and the tornado) follow.
	await expect(fanSummary(page)).not.toHaveText(before);
	await expect(page.getByTestId('uncertainty-status')).toHaveText(
		'Based on 1,000 runs of the levers as they are now.'
	);
	await expect(page.getByTestId('tornado-summary')).not.toHaveText(tornadoBefore);
	await expect(tornadoFigures).not.toHaveText(figuresBefore!);
	await expect(page.locator('#sensitivity .updating')).toHaveCount(0);
});

for (const [width, height] of [
	[1920, 1080],
	[1280, 800],
	[390, 844]
]) {
	test(`the first fans arrive without moving what is below them, at ${width}×${height}`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		// The worker is held back until the goal-seek button is in view, as if the reader got there first.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/workers/**', async (route) => {
			await held;
			await route.continue();
		});
		await open(page);
		const button = page.getByRole('button', { name: 'Find the value' });
		await button.scrollIntoViewIfNeeded();
		await expect(page.getByTestId('fan-charts')).toHaveCount(0);
		const top = () => button.evaluate((el) => el.getBoundingClientRect().top);
		// Parts scrolled past are laid out as they come into view (content-visibility): wait until
		// the button stays put for a fifth of a second.
		let last = NaN;
		await expect
			.poll(
				async () => {
					const now = await top();
					const still = now === last;
					last = now;
					return still;
				},
				{ intervals: [200] }
			)
			.toBe(true);
		const before = await top();
		release();
		await expect(page.getByTestId('fan-charts')).toBeVisible();
		expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(2);
	});
}

/** Asks goal seek which council tax rise keeps reserves above the prudent minimum. */
async function seekCouncilTaxForReserves(page: Page) {
	const goal = page.getByRole('region', { name: 'What would it take?' });
	await goal
		.getByRole('radio', { name: 'Reserves stay above the prudent minimum in all ten years' })
		.check();
	await goal.getByLabel('Lever').selectOption('councilTaxIncrease');
	await goal.getByRole('button', { name: 'Find the value' }).click();
	return { goal, answer: page.getByTestId('goal-seek-answer') };
}

test('goal seek answers in words, and Apply sets the slider to the answer', async ({ page }) => {
	// The referendum limit switched off, so a rise above it is lawful in this scenario. With no
	// plan at all, no rise up to 15 % keeps the general fund above its minimum once the
	// high-needs deficit lands (model 2027.2): £10m of new savings a year makes it possible.
	await open(page, '?referendumLimit=false&savingsProgramme=10');
	const { goal, answer } = await seekCouncilTaxForReserves(page);
	await expect(answer).toContainText(
		/Setting council tax increase each year to \d+\.\d\d % instead of 4\.99 % keeps the general fund above its prudent minimum in every year to 2036\/37\. Under today’s law a rise above 4\.99 % needs a local referendum; this scenario assumes the limit is lifted\./
	);
	const value = (await answer.innerText()).match(/to (\d+\.\d\d) %/)![1];
	await answer
		.getByRole('button', { name: 'Apply this value to Council tax increase each year' })
		.click();
	await expect(councilTax(page)).toHaveValue(String(Number(value)));
	await expect(answer).toContainText('Applied');
	await expect(page).toHaveURL(new RegExp(`councilTaxIncrease=${value.replace('.', '\\.')}`));
	// With the answer applied, reserves never fall below the minimum: that guardrail is not broken.
	const adequacy = page.locator('[data-guardrail="reservesAdequacy"]');
	await expect(adequacy).not.toContainText('Breached');
	await expect(adequacy).toContainText(/Clear|Near the limit/);

	// A year with no gap, and the five levers that come closest.
	await goal.getByLabel('The year with no gap').selectOption({ label: '2027/28' });
	await expect(goal.getByRole('radio', { name: 'No gap in' })).toBeChecked();
	await goal.getByRole('button', { name: 'Find the closest levers' }).click();
	const closest = page.getByTestId('closest-levers');
	await expect(closest.locator('li')).toHaveCount(5);
	await expect(
		page.getByText('The five levers that come closest to a scenario that leaves no gap in 2027/28:')
	).toBeVisible();
});

test('with the referendum limit on, goal seek says plainly that no lawful rise does it', async ({
	page
}) => {
	// Ends with axe over the whole modeller, a large document on a busy machine (as below).
	test.setTimeout(120_000);
	// With £10m of new savings a year, a rise above the limit would do it (as in the test above).
	await open(page, '?savingsProgramme=10');
	const { answer } = await seekCouncilTaxForReserves(page);
	await expect(answer).toContainText(
		/^No lawful value of council tax increase each year \(at most 4\.99 %\) does this on its own; .* Only a breach of the law would do it: council tax increase each year at \d+\.\d\d % would, but a rise above the 4\.99 % limit needs a local referendum each year\. The best lawful value is 4\.99 %\./
	);
	// Nothing beyond the law to apply, and the slider stays where it was.
	await expect(answer.getByRole('button', { name: /Apply/ })).toHaveCount(0);
	await expect(councilTax(page)).toHaveValue('4.99');
	expect(await axeViolations(page)).toEqual([]);
});

test('a council tax rise above 4.99 % breaches the referendum limit, with the Act cited', async ({
	page
}) => {
	await open(page);
	const referendum = page.locator('[data-guardrail="referendum"]');
	await expect(referendum).toContainText('Near the limit');
	const slider = councilTax(page);
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('5');
	await expect(referendum).toContainText('Breached');
	await expect(referendum).toContainText('A 5 % rise is above the 4.99 % limit');
	await expect(
		referendum.getByRole('link', {
			name: 'Local Government Finance Act 1992, Chapter 4ZA (inserted by the Localism Act 2011, Part 5)'
		})
	).toHaveAttribute('href', 'https://www.legislation.gov.uk/ukpga/2011/20/part/5');
	// The balanced budget, reserves and, since model 2027.2 (debt taken on once reserves are gone),
	// the Prudential Code's affordability indicator are broken at the status quo too.
	await expect(page.getByRole('region', { name: 'Legal and prudent limits' })).toContainText(
		'Your scenario breaks 4 limits'
	);
});

test('resilience bands are words, every year on request; bills follow the chosen year', async ({
	page
}) => {
	await open(page);
	const table = page.getByTestId('resilience-table');
	await expect(table.locator('thead th')).toHaveText([
		'Indicator',
		'2026/27',
		'2029/30',
		'2031/32',
		'2036/37'
	]);
	await expect(table.locator('tbody tr')).toHaveCount(9);
	await expect(table).toContainText('Higher risk');
	await page.getByRole('button', { name: 'Show every year' }).click();
	await expect(table.locator('thead th')).toHaveCount(12);
	await table.getByText('Level of reserves').click();
	await expect(
		table.getByText('Lower risk at 20% or more; watch from 10% to 20%; higher risk below 10%.')
	).toBeVisible();

	const bills = page.getByTestId('bills-table');
	await expect(bills.locator('tbody tr')).toHaveCount(8);
	const before = await page.getByTestId('bills-summary').innerText();
	await page
		.getByRole('region', { name: 'Council tax bills by band' })
		.getByLabel('Year')
		.selectOption('2036/37');
	await expect(page.getByTestId('bills-summary')).not.toHaveText(before);
	await expect(page.getByTestId('bills-summary')).toContainText('In 2036/37 a Band D household');
});

test('axe finds no violations with the analysis open', async ({ page }) => {
	// The whole page, every analysis open, is a large document for axe on a busy machine.
	test.setTimeout(120_000);
	await open(page, '?councilTaxIncrease=6');
	await expect(page.getByRole('img', { name: 'How sure is the yearly gap?' })).toBeVisible();
	await page.getByRole('button', { name: 'Show every year' }).click();
	await page.getByRole('button', { name: 'Find the value' }).click();
	await expect(page.getByTestId('goal-seek-answer')).toBeVisible();
	for (const summary of await page.locator('[data-testid="analysis"] details > summary').all()) {
		await summary.click();
	}
	expect(await axeViolations(page)).toEqual([]);
});
