/**
 * Exporting a chart: the SVG stands alone (styles on its elements, title, source line, model
 * version) and the PNG is a real image of it at twice the size.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { serveThisSpec } from './helpers';

const server = serveThisSpec();

test('each modeller chart downloads as SVG and PNG with its title, source and model version', async ({
	page
}) => {
	await page.goto(`${server.url}/?councilTaxIncrease=2.99`);
	await page.waitForSelector('body[data-hydrated="true"]');

	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('button', { name: 'SVG of The yearly gap and the reserves that cover it' })
			.click()
	]);
	expect(svgDownload.suggestedFilename()).toBe('anyborough-gap-reserves.svg');
	const svg = await readFile((await svgDownload.path())!, 'utf8');
	expect(svg.startsWith('<?xml')).toBe(true);
	expect(svg).toContain('The yearly gap and the reserves that cover it');
	expect(svg).toContain(
		'Source: Rewire model 2026.1 · Anyborough Metropolitan Borough Council (fictional)'
	);
	expect(svg).toContain('2030/31');
	// Styles travel with the file: the dashed baseline keeps its dashes.
	expect(svg).toMatch(/stroke-dasharray:\s*7(px)?,?\s*5/);

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'PNG of A Band D council tax bill' }).click()
	]);
	expect(pngDownload.suggestedFilename()).toBe('anyborough-band-d.png');
	const png = await readFile((await pngDownload.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBeGreaterThan(600);
	expect(height).toBeGreaterThan(300);
});
