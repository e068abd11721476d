/**
 * The budget plan in a real browser (issue 12): its levers beside the others, the two views
 * side by side and the headline's sentence, with and without JavaScript, and axe-clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { MODEL_VERSION } from '../../models/index';
import { axeViolations, openHydrated, serveThisSpec } from './helpers';

const server = serveThisSpec();
const open = (page: Page, query = '') => openHydrated(page, `${server.url}/${query}`);
const planSentence =
	/^The plan closes £\d+\.\dm of the £\d+\.\dm gap in \d{4}\/\d\d(; £\d+\.\dm (would need exceptional support|is left, to fall on reserves or need exceptional support)|: the budget balances without exceptional support)\.$/;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a plan in the link is server-rendered: the headline sentence and both views', async ({
		page
	}) => {
		await page.goto(`${server.url}/?v=${MODEL_VERSION}&savingsProgramme=10&savingsDelivery=80`);
		await expect(page.getByTestId('plan-sentence')).toHaveText(planSentence);
		const views = page.getByTestId('plan-views');
		await expect(views.getByRole('columnheader')).toHaveText([
			/^In \d{4}\/\d\d$/,
			'Without action',
			'With the plan'
		]);
		await expect(views.getByRole('row', { name: /Savings delivered/ })).toContainText('£40.0m');
	});
});

test('setting the plan’s levers fills the “with the plan” view and the headline', async ({
	page
}) => {
	await open(page);
	const views = page.getByTestId('plan-views');
	await expect(views).toContainText('No budget plan is set');
	await expect(page.getByTestId('plan-sentence')).toHaveCount(0);
	const group = page.getByRole('region', { name: 'The budget plan: closing the gap' });
	const savings = group.getByRole('slider', { name: 'New savings found each year' });
	await savings.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(savings).toHaveValue('2');
	await expect(page).toHaveURL(/savingsProgramme=2/);
	await expect(page.getByTestId('plan-sentence')).toHaveText(planSentence);
	// £2m a year at the 80 % delivered: £1.6m a year, five years' worth by the headline year.
	await expect(views.getByRole('row', { name: /Savings delivered/ })).toContainText('£8.0m');
	await group
		.getByRole('checkbox', { name: 'Ask government for exceptional financial support' })
		.check();
	await expect(page).toHaveURL(/exceptionalSupport=/);
	await expect(page.getByTestId('plan-sentence')).toContainText('would need exceptional support');
});

test('axe finds no violations with a plan set and its levers open', async ({ page }) => {
	// The whole modeller is a large document for axe on a busy machine (as in analysis.spec).
	test.setTimeout(120_000);
	await open(page, '?savingsProgramme=2&reservesDraw=1&exceptionalSupport=true');
	await expect(page.getByTestId('plan-sentence')).toHaveText(planSentence);
	const group = page.getByRole('region', { name: 'The budget plan: closing the gap' });
	await group.getByText('Assumptions behind these levers').click();
	await expect(
		group.getByRole('slider', { name: 'Share of planned savings delivered' })
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('the Council acts preset says it includes a budget plan and sets one', async ({ page }) => {
	await open(page);
	const picker = page.getByLabel('Start from');
	await expect(picker.locator('option[value="council-acts"]')).toHaveText(
		'Council acts (with budget plan)'
	);
	await expect(picker.locator('option[value="status-quo"]')).toHaveText(
		'Status quo (no budget plan)'
	);
	await picker.selectOption('council-acts');
	await expect(page).toHaveURL(/savingsProgramme=/);
	await expect(page.getByTestId('plan-sentence')).toHaveText(planSentence);
});
