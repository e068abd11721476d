/**
 * Your own council in a real browser: download the template, change a figure so the budget
 * still balances, upload it, and model it; a bad file lists its problems line by line beside
 * the file input, with JavaScript and without. axe checks the page, errors and all.
 */
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { defaultAuthority } from '../../models/index';
import { templateColumns } from '../fixtures/template-columns';
import { axeViolations, people, signIn as signInAs, serveThisSpec } from './helpers';

const { centralAndCorporate: central, housingAndHomelessness: housing } = defaultAuthority.services;

const { officer } = people;
const server = serveThisSpec({ accounts: [officer] });

test.describe.configure({ mode: 'serial' });

async function signIn(page: Page, path = '/authorities', { hydrate = true } = {}) {
	await signInAs(page, server, officer, path);
	if (hydrate) await page.waitForSelector('body[data-hydrated="true"]');
}

/** Replace the value cell of one template line, quoted or not (its label must not be quoted). */
function withValue(csv: string, section: string, id: string, value: string): string {
	const line = new RegExp(`^(${section},${id},[^,"]*,)(?:"(?:[^"]|"")*"|[^,]*)`, 'm');
	expect(csv).toMatch(line);
	return csv.replace(line, (_, start) => `${start}${value}`);
}

async function downloadTemplate(page: Page): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download the CSV template' }).click()
	]);
	expect(download.suggestedFilename()).toBe('rewire-baseline-anyborough.csv');
	// A byte-order mark first, so that Excel reads it as UTF-8 and £ signs survive.
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text.startsWith('\uFEFFsection,id,')).toBe(true);
	return text.slice(1);
}

async function upload(page: Page, name: string, text: string) {
	await page.getByLabel(/Your council’s baseline/).setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(text, 'utf8')
	});
	await page.getByRole('button', { name: 'Import' }).click();
}

test('download the template, change a figure, upload it and model the council', async ({
	page
}) => {
	await signIn(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Your councils' })).toBeVisible();
	await expect(page.getByText('You have not imported a council yet.')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	const template = await downloadTemplate(page);
	const lines = template.trimEnd().split('\r\n');
	expect(lines[0]).toBe('section,id,label,value,unit,evidence,source or reasoning,note');
	expect(lines).toContain('authority,name,name,Anyborough Metropolitan Borough Council,,,,');
	expect(template).toContain(
		`\nservices,centralAndCorporate,Central and corporate,${central.value},gbp,`
	);

	// £1m moved from central costs to housing: the same total, so the base year still balances.
	let ours = withValue(template, 'authority', 'name', 'Testborough Council');
	ours = withValue(ours, 'services', 'centralAndCorporate', String(central.value - 1e6));
	ours = withValue(ours, 'services', 'housingAndHomelessness', String(housing.value + 1e6));
	await upload(page, 'testborough.csv', ours);

	const status = page.getByRole('status');
	await expect(status).toContainText('Imported “Testborough Council”.');
	await expect(page.getByRole('cell', { name: 'Testborough Council', exact: true })).toBeVisible();
	await expect(page.getByLabel(/Your council’s baseline/)).toHaveValue('');

	await status.getByRole('link', { name: 'Model it' }).click();
	await expect(page).toHaveURL(/\/\?(v=[\d.]+&)?a=own-[a-z0-9]+/);
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('heading', { level: 1, name: 'Testborough Council' })).toBeVisible();
	await expect(page.getByTestId('headline')).toContainText(/Gap in 2031\/32: £[\d.]+m/);
	const picker = page.getByRole('combobox', { name: 'Council' });
	await expect(picker.locator('option:checked')).toHaveText('Testborough Council');

	// The address reopens it: the server draws the same council before any JavaScript runs.
	// Copy it once the modeller has brought it in step (it adds the model version).
	await expect(page).toHaveURL(/\/\?v=[\d.]+&a=own-[a-z0-9]+$/);
	const address = page.url();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Testborough Council' })).toBeVisible();
	expect(page.url()).toBe(address);
	await expect(page.getByText('The link names an authority this app does not have')).toHaveCount(0);

	// The samples are still there, and the picker moves between them and our own.
	await page.waitForSelector('body[data-hydrated="true"]');
	await picker.selectOption({ label: 'Anyborough Metropolitan Borough Council' });
	await expect(
		page.getByRole('heading', { level: 1, name: 'Anyborough Metropolitan Borough Council' })
	).toBeVisible();
	await picker.selectOption({ label: 'Testborough Council' });
	await expect(page.getByRole('heading', { level: 1, name: 'Testborough Council' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Your councils');

	// Every page that takes ?a= opens it: the comparison, the report and the presentation.
	const id = new URL(address).searchParams.get('a')!;
	await page.goto(`${server.url}/compare?a=${id}&s=preset:status-quo&s=preset:full-rewiring`);
	await expect(
		page.getByRole('combobox', { name: 'Council' }).locator('option:checked')
	).toHaveText('Testborough Council');
	await expect(page.getByText('There is no council')).toHaveCount(0);
	await expect(page.getByText('There is no preset')).toHaveCount(0);
	await expect(page.getByRole('img', { name: 'The yearly gap' })).toBeVisible();
	await page.goto(`${server.url}/report?a=${id}`);
	await expect(page.getByText('Testborough Council').first()).toBeVisible();
	await expect(page.getByText('The link names an authority this app does not have')).toHaveCount(0);
	await page.goto(`${server.url}/present?a=${id}`);
	await expect(page.getByText('Testborough Council').first()).toBeVisible();
	await expect(page.getByText('The link names an authority this app does not have')).toHaveCount(0);
});

test('a bad file lists every problem with its line, and nothing is imported', async ({ page }) => {
	await signIn(page);
	const template = await downloadTemplate(page);
	const bad = withValue(
		withValue(template, 'figures', 'population', 'lots'),
		'authority',
		'description',
		'=1+1'
	);
	const before = await page.getByRole('row').count();
	await upload(page, 'bad.csv', bad);

	const problems = page.locator('#file-errors');
	await expect(problems).toContainText('bad.csv has 2 problems; nothing was saved.');
	await expect(problems.getByRole('listitem')).toHaveText([
		/^line 5 \(authority\.description\): the value starts with “=”: formulas are not accepted/,
		'line 6 (figures.population): value must be a number, found “lots”; write it as, for example, 320000'
	]);
	const input = page.getByLabel(/Your council’s baseline/);
	await expect(input).toHaveAttribute('aria-invalid', 'true');
	await expect(input).toHaveAttribute('aria-describedby', 'file-errors');
	await expect(page.getByRole('row')).toHaveCount(before);
	expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript the upload still works and still lists the problems', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	try {
		await signIn(page, '/authorities', { hydrate: false });
		const reply = await page.request.get(`${server.url}/api/authorities/template.csv?from=anyvale`);
		const template = await reply.text();

		await upload(
			page,
			'unbalanced.csv',
			withValue(template, 'services', 'centralAndCorporate', '1')
		);
		await expect(page.locator('#file-errors')).toContainText(
			'unbalanced.csv has 2 problems; nothing was saved.'
		);
		// In the same round, the line most likely at fault: £1 where the kind spends millions.
		await expect(page.locator('#file-errors').getByRole('listitem')).toHaveText([
			/^2026\/27 does not balance: income £[\d,.]+m?, spending/,
			/^line \d+ \(services\.centralAndCorporate\): 1 looks like £m/
		]);

		await upload(page, 'vale.csv', withValue(template, 'authority', 'name', 'No Script Vale'));
		const status = page.getByRole('status');
		await expect(status).toContainText('Imported “No Script Vale”.');
		await status.getByRole('link', { name: 'Model it' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'No Script Vale' })).toBeVisible();
		await expect(page.getByTestId('headline')).toContainText(/(Gap|Surplus) in 2031\/32: £[\d.]+m/);
	} finally {
		await context.close();
	}
});

test('a deleted council can be restored, with nothing of it lost', async ({ page }) => {
	await signIn(page);
	const imported = page.getByRole('table');
	await expect(
		imported.getByRole('cell', { name: 'Testborough Council', exact: true })
	).toBeVisible();

	await page.getByRole('button', { name: 'Delete Testborough Council' }).click();
	await expect(page.getByRole('status')).toContainText('Deleted “Testborough Council”.');
	await expect(
		imported.getByRole('cell', { name: 'Testborough Council', exact: true })
	).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: 'Deleted' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Restore Testborough Council' }).click();
	await expect(page.getByRole('status')).toHaveText('Restored “Testborough Council”.');
	await expect(
		imported.getByRole('cell', { name: 'Testborough Council', exact: true })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Deleted' })).toHaveCount(0);
	await imported.getByRole('link', { name: 'Model Testborough Council' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Testborough Council' })).toBeVisible();
});

test('the Excel template downloads with notes and marked inputs, and uploads back', async ({
	page
}) => {
	await signIn(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download the Excel template' }).click()
	]);
	expect(download.suggestedFilename()).toBe('rewire-baseline-anyborough.xlsx');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile((await download.path())!);
	const sheet = workbook.getWorksheet('Baseline')!;
	// ExcelJS counts columns from 1: the row's values start with a hole.
	expect(sheet.getRow(1).values).toEqual([
		undefined,
		...templateColumns,
		'plausible range',
		'where to find it'
	]);
	const rowOf = (id: string) => {
		let found: ExcelJS.Row | undefined;
		sheet.eachRow((row) => {
			if (row.getCell(2).value === id) found = row;
		});
		return found!;
	};
	const centralRow = rowOf('centralAndCorporate');
	expect(centralRow.getCell(4).value).toBe(central.value);
	expect(String(centralRow.getCell(4).note)).toMatch(/gbp, pounds: 1500000 for £1\.5m\. Plausible/);
	expect(centralRow.getCell(10).value).toMatch(/budget book/);
	// The inputs are marked (filled); the ids are not.
	const pattern = (column: number) =>
		(centralRow.getCell(column).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none';
	expect(pattern(4)).toBe('solid');
	expect(pattern(2)).toBe('none');

	// £1m moved from central costs to housing, in the workbook itself, then uploaded.
	sheet.getRow(3).getCell(4).value = 'Testborough Excel Council';
	centralRow.getCell(4).value = central.value - 1_000_000;
	rowOf('housingAndHomelessness').getCell(4).value = housing.value + 1_000_000;
	const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
	await page.getByLabel(/Your council’s baseline/).setInputFiles({
		name: 'ours.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: bytes
	});
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('status')).toContainText('Imported “Testborough Excel Council”.');
	await expect(page.getByText(/read from the Excel workbook, sheet “Baseline”/)).toBeVisible();
	await expect(
		page.getByRole('cell', { name: 'Testborough Excel Council', exact: true })
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// A formula in the workbook is refused by its row, as in a CSV.
	centralRow.getCell(4).value = {
		formula: '22000000+500000',
		result: central.value
	} as ExcelJS.CellFormulaValue;
	await page.getByLabel(/Your council’s baseline/).setInputFiles({
		name: 'formula.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(await workbook.xlsx.writeBuffer())
	});
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.locator('#file-errors').getByRole('listitem')).toHaveText([
		`line ${centralRow.number} (services.centralAndCorporate): the value starts with “=”: formulas are not accepted, only plain values`
	]);
});
