/**
 * Exporting a chart: the SVG stands alone (styles on its elements, its font embedded, title,
 * legend, source line, model version) and the PNG is a real image of it at twice the size, drawn
 * in the embedded font. Charts export from the modeller, the analysis, /compare, /present and
 * /report, each with the source line its page calls for.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openHydrated, serveThisSpec } from './helpers';
import { MODEL_VERSION } from '../../models/index';

const server = serveThisSpec();

const open = (page: Page, path: string) => openHydrated(page, `${server.url}${path}`);

/** The file a click (or key) downloads: its suggested name and its contents. */
async function downloadFrom(page: Page, act: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), act()]);
	return { name: download.suggestedFilename(), file: await readFile((await download.path())!) };
}

const press = (page: Page, button: string) => () =>
	page.getByRole('button', { name: button }).click();

/** The words an SVG shows, whatever lines and spans they were set in. */
const wordsOf = (svg: string) =>
	svg
		.replace(/<style>.*?<\/style>/s, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

/** Checks the font is embedded and used throughout, and returns the weights embedded. */
function expectEmbeddedFont(svg: string) {
	const faces = [
		...svg.matchAll(
			/@font-face\{font-family:'Atkinson Hyperlegible';[^}]*font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g
		)
	];
	expect(faces.map((face) => face[1])).toEqual(['400', '700']);
	for (const face of faces) {
		expect(Buffer.from(face[2], 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
	}
	const texts = [...svg.matchAll(/<text\b[^>]*>/g)].map((match) => match[0]);
	expect(texts.length).toBeGreaterThan(5);
	for (const tag of texts) expect(tag).toContain(`font-family:'Atkinson Hyperlegible', sans-serif`);
}

const size = (svg: string) => {
	const [, width, height] = /^<svg[^>]*\bwidth="([\d.]+)" height="([\d.]+)"/m.exec(svg)!;
	return { width: Number(width), height: Number(height) };
};

test('a modeller chart downloads as SVG with its font, title, legend and source, and as PNG', async ({
	page
}) => {
	await open(page, '/?councilTaxIncrease=2.99');
	const chart = 'The yearly gap and the reserves that cover it';

	const exported = await downloadFrom(page, press(page, `SVG of ${chart}`));
	expect(exported.name).toBe('anyborough-gap-reserves.svg');
	const svg = exported.file.toString('utf8');
	expect(svg.startsWith('<?xml')).toBe(true);
	expectEmbeddedFont(svg);
	const words = wordsOf(svg);
	expect(words).toContain(chart);
	expect(words).toContain(
		`Source: Rewire model ${MODEL_VERSION} · Anyborough Metropolitan Borough Council (fictional): this scenario against the baseline`
	);
	expect(words).toContain('Reserves available, baseline');
	expect(words).toContain('2031/32');
	// Styles travel with the file: the dashed baseline keeps its dashes.
	expect(svg).toMatch(/stroke-dasharray:\s*7(px)?,?\s*5/);

	const picture = await downloadFrom(page, press(page, `PNG of ${chart}`));
	expect(picture.name).toBe('anyborough-gap-reserves.png');
	const png = picture.file;
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	const { width, height } = size(svg);
	expect(png.readUInt32BE(16)).toBe(width * 2);
	expect(png.readUInt32BE(20)).toBe(height * 2);

	// The PNG is drawn in the embedded font: pixel for pixel the SVG as drawn here, and not what
	// the same SVG looks like when the font is missing and the browser falls back.
	const differences = await page.evaluate(
		async ({ svg, png }) => {
			async function pixels(source: Blob, draw: (image: HTMLImageElement) => ImageData) {
				const url = URL.createObjectURL(source);
				const image = new Image();
				image.src = url;
				await image.decode();
				URL.revokeObjectURL(url);
				return draw(image).data;
			}
			const atTwice = (image: HTMLImageElement) => {
				const canvas = document.createElement('canvas');
				canvas.width = image.naturalWidth * 2;
				canvas.height = image.naturalHeight * 2;
				const context = canvas.getContext('2d')!;
				context.scale(2, 2);
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, canvas.width, canvas.height);
			};
			const asIs = (image: HTMLImageElement) => {
				const canvas = document.createElement('canvas');
				canvas.width = image.naturalWidth;
				canvas.height = image.naturalHeight;
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, canvas.width, canvas.height);
			};
			const fallback = svg
				.replace(/<style>.*?<\/style>/s, '')
				.replaceAll(`'Atkinson Hyperlegible'`, `'No such face'`);
			const exported = await pixels(new Blob([Uint8Array.from(png)], { type: 'image/png' }), asIs);
			const embedded = await pixels(new Blob([svg], { type: 'image/svg+xml' }), atTwice);
			const missing = await pixels(new Blob([fallback], { type: 'image/svg+xml' }), atTwice);
			const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) =>
				a.filter((value, i) => value !== b[i]).length;
			return { embedded: differing(exported, embedded), missing: differing(exported, missing) };
		},
		{ svg, png: [...png] }
	);
	expect(differences.embedded).toBe(0);
	expect(differences.missing).toBeGreaterThan(1000);
});

test('the analysis exports its tornado with the labels haloed', async ({ page }) => {
	await open(page, '/');
	const title = 'What matters most: the assumptions behind the gap';
	const { name, file } = await downloadFrom(page, press(page, `SVG of ${title}`));
	expect(name).toBe('anyborough-sensitivity.svg');
	const svg = file.toString('utf8');
	expectEmbeddedFont(svg);
	const words = wordsOf(svg);
	expect(words).toContain(title);
	expect(words).toContain('At the high end');
	// Its direction arrows are drawn, since the embedded font has no arrow glyphs.
	expect(words).toContain('Bigger gap');
	expect(svg).not.toMatch(/[←→]/);
	expect(svg.match(/<path class="arrow[^"]*" d="M[\d.]+,[\d.]+ H/g)).toHaveLength(2);
	expect(words).toContain(`Source: Rewire model ${MODEL_VERSION} · Anyborough`);
	expect(svg).toContain('paint-order:stroke');
});

test('a comparison chart names every scenario it overlays', async ({ page }) => {
	await open(page, '/compare?a=anyborough&s=preset:full-rewiring&s=preset:demand-shock');
	const { name, file } = await downloadFrom(
		page,
		press(page, 'SVG of Reserves available to meet the gap')
	);
	expect(name).toBe('anyborough-compare-reserves.svg');
	const svg = file.toString('utf8');
	expectEmbeddedFont(svg);
	const words = wordsOf(svg);
	expect(words).toContain('Reserves available to meet the gap');
	expect(words).toContain(
		`Source: Rewire model ${MODEL_VERSION} · Anyborough Metropolitan Borough Council (fictional): Full Rewiring and Demand shock against the baseline`
	);
	// The legend says which colour is which scenario.
	expect(words).toMatch(/Full Rewiring .*Demand shock .*Baseline/);

	const png = (await downloadFrom(page, press(page, 'PNG of The yearly gap'))).file;
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('a slide exports from the keyboard, its buttons out of sight until reached', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, '/present#3');
	await page.getByRole('button', { name: 'High contrast' }).click();
	const title = 'The yearly gap and the reserves that cover it';
	const svgButton = page.getByRole('button', { name: `SVG of ${title}` });
	const buttons = page.locator('.chart-slide .export');
	await page.mouse.move(0, 0);
	await expect(buttons).toHaveCSS('opacity', '0');

	// Tab on from the theme button until the export button has focus.
	for (let i = 0; i < 20 && !(await svgButton.evaluate((b) => b === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(svgButton).toBeFocused();
	await expect(buttons).toHaveCSS('opacity', '1');
	expect(await axeViolations(page)).toEqual([]);

	const { name, file } = await downloadFrom(page, () => page.keyboard.press('Enter'));
	expect(name).toBe('anyborough-gap-reserves.svg');
	const svg = file.toString('utf8');
	expectEmbeddedFont(svg);
	expect(wordsOf(svg)).toContain(title);
	// Exported as shown: the high-contrast slide's black ground and white type.
	expect(svg).toMatch(/<rect width="100%" height="100%" fill="rgb\(0, 0, 0\)"/);
	expect(svg).toMatch(/font-weight:700;fill:rgb\(255, 255, 255\)"><tspan[^>]*>The yearly gap/);
	// Enter belonged to the button: still on the same slide.
	await expect(page.getByText('Slide 3 of 9')).toBeVisible();
});

test('the report offers exports on screen and leaves them out of print', async ({ page }) => {
	await open(page, '/report?councilTaxIncrease=2.99');
	const button = page.getByRole('button', { name: 'PNG of A Band D council tax bill' });
	const png = (await downloadFrom(page, () => button.click())).file;
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	await page.emulateMedia({ media: 'print' });
	await expect(button).toBeHidden();
});
