/**
 * What the browser specs share: a built server for the spec file (its output printed when a
 * test fails), opening a page once it has hydrated, signing in, and axe.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serveThisFile, type RunningServer, type ServeOptions } from '../api/server';

export function serveThisSpec(options: Omit<ServeOptions, 'ownOrigin'> = {}): RunningServer {
	// Sign-in and other form posts are checked against the origin the server believes it has.
	const server = serveThisFile(test, { ...options, ownOrigin: true });
	test.afterEach(async ({}, testInfo) => {
		if (testInfo.status !== testInfo.expectedStatus)
			console.log(`server output:\n${server.output()}`);
	});
	return server;
}

/** The people the specs sign in as: a spec's server makes the accounts it lists. */
export const people = {
	officer: {
		email: 'officer@anyborough.gov.uk',
		password: 'a long enough password',
		role: 'officer'
	},
	viewer: { email: 'viewer@anyborough.gov.uk', password: 'a long enough password', role: 'viewer' },
	admin: { email: 'admin@anyborough.gov.uk', password: 'another long password', role: 'admin' }
};

/**
 * The modeller at the status quo, with or without the model version it writes into its own
 * address 120 ms after it opens: a test cannot tell which it will see first.
 */
export const modellerHome = (base: string) =>
	new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(\\?v=[\\d.]+)?$`);

/**
 * How far the page overflows the window, once its layout has settled: a chart takes its measured
 * height a frame or more after a slide appears, so this waits for the fonts and for the same
 * answer on five animation frames in a row, rather than for a fixed time.
 */
export const settledOverflow = (page: Page) =>
	page.evaluate(async () => {
		await document.fonts.ready;
		const measure = () => ({
			down: document.documentElement.scrollHeight - window.innerHeight,
			across: document.documentElement.scrollWidth - window.innerWidth
		});
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		let last = measure();
		for (let same = 0; same < 5;) {
			await frame();
			const now = measure();
			same = now.down === last.down && now.across === last.across ? same + 1 : 0;
			last = now;
		}
		return last;
	});

/** Inputs do nothing until the page has hydrated, so every test waits for it. */
export const hydrated = (page: Page) => page.waitForSelector('body[data-hydrated="true"]');

export async function openHydrated(page: Page, url: string) {
	await page.goto(url);
	await hydrated(page);
}

export async function signIn(
	page: Page,
	server: RunningServer,
	who: { email: string; password: string },
	path: string
) {
	await page.goto(server.url + path);
	await expect(page).toHaveURL(/\/signin\?redirectTo=/);
	await page.getByLabel('Email').fill(who.email);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(server.url + path);
}

/**
 * Saves a new scenario for Anyborough from Full Rewiring with the scenarios page's form, and
 * returns the new scenario's address once the page has gone there.
 */
export async function saveNewScenario(page: Page, name: string): Promise<string> {
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Authority').selectOption('anyborough');
	await page.getByLabel('Start from').selectOption('full-rewiring');
	await page.getByRole('button', { name: 'Save new scenario' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[A-Za-z0-9_-]+$/);
	return page.url();
}

/**
 * Two tabs on version 1 of `name`: the first saves version 2, then the second, moved `steps`
 * down the council tax slider, tries to and is refused. Returns the second tab's alert.
 */
export async function staleSecondSave(first: Page, second: Page, name: string, steps: number) {
	await first.getByRole('button', { name: 'Save as version 2' }).click();
	await expect(first.getByText(`Saved “${name}”, version 2.`)).toBeVisible();
	await nudgeCouncilTax(second, 'ArrowLeft', steps);
	await second.getByRole('button', { name: 'Save as version 2' }).click();
	const alert = second.getByRole('alert');
	await expect(alert).toContainText('was saved again (now version 2)');
	return alert;
}

/** Moves the council tax slider by keyboard, a step per key press, as a councillor would. */
export async function nudgeCouncilTax(page: Page, key: 'ArrowLeft' | 'ArrowRight', times: number) {
	const slider = page.getByRole('slider', { name: 'Council tax increase each year' });
	await slider.focus();
	for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** axe's violations, every default rule (best practices included), as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/**
 * A PDF's text as poppler's pdftotext lays it out (.ci/run installs poppler-utils), so a test
 * can read what the printed document says rather than what the page meant to print.
 */
export function pdfText(pdf: Buffer, dir: string): string {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'printed.pdf');
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** How many pages a PDF has, by pdfinfo. */
export function pdfPages(pdf: Buffer, dir: string): number {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'counted.pdf');
	writeFileSync(file, pdf);
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/**
 * Laid out for print at A4's printable width (210 mm less 15 mm margins each side, at 96 dpi):
 * what overflows here is cut off on paper. Returns a description of each element wider than
 * the paper or cutting off its own content, so a failure names the culprit.
 */
export async function printOverflows(page: Page, selector: string): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1100 });
	return page.evaluate(
		({ selector, width }) =>
			[...document.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
				const box = el.getBoundingClientRect();
				const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`;
				const problems: string[] = [];
				if (box.right > width + 0.5) problems.push(`${name} ends at ${box.right}px`);
				if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
					problems.push(`${name} scrolls (${el.scrollWidth} > ${el.clientWidth})`);
				return problems;
			}),
		{ selector, width: A4_PRINTABLE_PX }
	);
}

export const A4_PRINTABLE_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);

/** Laid out for A4 (see printOverflows): no element wider than the paper, none cut off. */
export async function expectFitsA4(page: Page, selector: string) {
	expect(await printOverflows(page, selector)).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		A4_PRINTABLE_PX
	);
}

/** The page printed to an A4 PDF, with its page count and its text as pdftotext reads it. */
export async function printA4(page: Page, dir: string) {
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	return { pdf, pages: pdfPages(pdf, dir), text: pdfText(pdf, dir) };
}
