/**
 * A workshop room in real browsers: a facilitator opens a room from the modeller, three
 * participants join (one on a 390 px phone with touch, one without JavaScript), choose and see
 * their own effect; the facilitator's view fills live, is revealed, shown as a slide, closed,
 * and its scenario saved. axe on every room page.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { defaultAuthority, parametersFor } from '../../models/index';
import { formatParameterValue } from '../../src/lib/engine/format';
import { axeViolations, hydrated, people, serveThisSpec, signIn } from './helpers';

const { officer } = people;
const server = serveThisSpec({ accounts: [officer] });

const tax = parametersFor(defaultAuthority).find((p) => p.id === 'councilTaxIncrease')!;
const taxText = (value: number) => formatParameterValue(tax, value);

async function participant(
	browser: Browser,
	code: string,
	options: Parameters<Browser['newContext']>[0] = {}
) {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(`${server.url}/room/${code}`);
	if (options.javaScriptEnabled !== false) await hydrated(page);
	return page;
}

async function choose(page: Page, value: number) {
	await page.getByRole('slider', { name: tax.label }).fill(String(value));
	await page.getByRole('button', { name: /^Send my/ }).click();
	await expect(page.getByText('Thank you: your choice is in.')).toBeVisible();
}

test('from opening a room to saving what it chose', async ({ page, browser }) => {
	test.setTimeout(180_000);
	// The facilitator opens a room from the modeller, starting from a council tax rise of 3 %.
	await signIn(page, server, officer, '/rooms/new?councilTaxIncrease=3');
	await hydrated(page);
	expect(await axeViolations(page)).toEqual([]);
	const boxes = page.getByRole('checkbox');
	// One lever for each of the six propositions, and one from the budget plan.
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(7);
	expect(await boxes.count()).toBeGreaterThan(7);
	await page.getByLabel('Name of the room').fill('Budget workshop, 5 December');
	await page.getByRole('button', { name: 'Open the room' }).click();
	await expect(page).toHaveURL(/\/rooms\/[A-Z2-9]{6}$/);
	const code = page.url().slice(-6);
	await hydrated(page);
	await expect(page.getByRole('img', { name: /QR code for http/ })).toBeVisible();
	await expect(page.getByRole('link', { name: `${server.url}/room/${code}` })).toBeVisible();
	await expect(page.getByText('Live', { exact: true })).toBeVisible();
	// The test server is on 127.0.0.1, which no phone could reach: the page says so.
	await expect(page.getByText('Phones cannot open this link')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// Three participants: a phone with touch, a laptop, and a browser without JavaScript.
	const phone = await participant(browser, code, {
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true
	});
	const laptop = await participant(browser, code);
	const plain = await participant(browser, code, { javaScriptEnabled: false });
	await expect(page.getByTestId('joined')).toHaveText('3');

	// The phone sees only the room's levers and its own effect before sending.
	await expect(phone.getByRole('slider')).toHaveCount(7);
	expect(await axeViolations(phone)).toEqual([]);
	expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const effect = phone.getByTestId('my-effect');
	const before = await effect.textContent();
	await phone.getByRole('slider', { name: tax.label }).fill('6');
	await expect(effect).not.toHaveText(before!);
	await expect(phone.getByText(`${taxText(6)}`, { exact: true })).toBeVisible();
	await phone.getByRole('button', { name: 'Send my choice' }).click();
	await expect(phone.getByText('Thank you: your choice is in.')).toBeVisible();
	await expect(page.getByTestId('submitted')).toHaveText('1');

	await choose(laptop, 2);
	await choose(plain, 7);
	await expect(page.getByTestId('submitted')).toHaveText('3');
	// Hidden until revealed.
	await expect(page.getByRole('heading', { name: 'What the room chose' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Reveal the choices' }).click();
	const figure = page.getByRole('figure').filter({ hasText: tax.label });
	await expect(figure.getByRole('img')).toHaveAccessibleName(
		`${tax.label}: 3 choices, median ${taxText(6)}.`
	);
	await expect(figure.getByRole('row', { name: /\(median\)/ })).toContainText(taxText(6));
	await expect(page.getByTestId('room-narrative')).toContainText(defaultAuthority.name);
	expect(await axeViolations(page)).toEqual([]);

	// A change of mind reaches the facilitator live: 2, 6, 7 becomes 2, 6, 1.5 (median 2).
	await choose(phone, 1.5);
	await expect(figure.getByRole('img')).toHaveAccessibleName(
		`${tax.label}: 3 choices, median ${taxText(2)}.`
	);
	await expect(page.getByTestId('submitted')).toHaveText('3');

	// The slide shows the same, live.
	const slide = await page.context().newPage();
	await slide.goto(`${server.url}/rooms/${code}/present`);
	await hydrated(slide);
	await expect(slide.getByTestId('slide-submitted')).toHaveText('3');
	expect(await axeViolations(slide)).toEqual([]);
	await slide.keyboard.press('ArrowRight');
	await expect(slide.getByRole('heading', { level: 1 })).toHaveText('The room’s choices');
	await expect(slide.getByTestId('submitted')).toHaveText('3');
	expect(await axeViolations(slide)).toEqual([]);
	await choose(laptop, 2.5);
	await expect(
		slide.getByRole('figure').filter({ hasText: tax.label }).getByRole('img')
	).toHaveAccessibleName(`${tax.label}: 3 choices, median ${taxText(2.5)}.`);

	// Closed: the participants are told; the room's scenario is kept.
	await page.getByRole('button', { name: 'Close the room' }).click();
	await expect(page.getByText('Closed', { exact: true })).toBeVisible();
	await laptop.reload();
	await expect(laptop.getByText('This room is closed')).toBeVisible();
	expect(await axeViolations(laptop)).toEqual([]);

	await page.getByLabel('Save the room’s scenario as').fill('What the workshop chose');
	await page.getByRole('button', { name: 'Save as a scenario' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[A-Za-z0-9_-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the workshop chose');
	await expect(page.getByText(new RegExp(`room ${code}`)).first()).toBeVisible();
});
