/** The Excel workbook template, written and read back through exceljs, on the import's checks. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { authorities } from '../../models/index';
import { authorityToCsv } from '../../src/lib/authority-import';
import { parseCsv } from '../../src/lib/csv';
import {
	authorityToXlsx,
	importAuthorityUpload,
	MAX_UNPACKED_BYTES,
	MAX_WORKBOOK_PARTS
} from '../../src/lib/server/authority-xlsx';
import { anyborough2025 } from './anyborough-2025';
import { slow } from './arbitraries';

async function workbookOf(bytes: Uint8Array) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	return workbook;
}
const written = async (workbook: ExcelJS.Workbook) =>
	new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

// Every case writes or reads whole workbooks, which takes seconds on a busy machine.
describe('the Excel template', () => {
	it.each(authorities.map((a) => [a.id, a] as const))(
		'round-trips %s exactly, with the rows of the CSV template',
		slow(),
		async (_, authority) => {
			const bytes = await authorityToXlsx(authority);
			const result = await importAuthorityUpload(bytes);
			expect(result).toEqual({
				ok: true,
				authority: { ...authority, fictional: false },
				summary: ['read from the Excel workbook, sheet “Baseline”; “line” means the sheet’s row']
			});
			const sheet = (await workbookOf(bytes)).getWorksheet('Baseline')!;
			const csv = parseCsv(authorityToCsv(authority));
			expect(sheet.rowCount).toBe(csv.length);
			for (const { line, cells } of csv)
				expect(sheet.getRow(line).getCell(2).value, `row ${line}`).toBe(cells[1]);
		}
	);

	it(
		'marks the inputs, checks each value’s range in Excel and notes where to find it',
		slow(),
		async () => {
			const sheet = (await workbookOf(await authorityToXlsx(authorities[0]))).getWorksheet(
				'Baseline'
			)!;
			const row = sheet.getRow(
				parseCsv(authorityToCsv(authorities[0])).find((r) => r.cells[1] === 'localShareOfRates')!
					.line
			);
			expect(row.getCell(4).value).toBe(0.49);
			expect(row.getCell(4).dataValidation).toMatchObject({
				type: 'decimal',
				operator: 'between',
				formulae: [0, 1]
			});
			expect(row.getCell(6).dataValidation).toMatchObject({ type: 'list' });
			expect(String(row.getCell(4).note)).toMatch(
				/rate, 0\.49 for 49 %\. Plausible: 0 to 1 .*Find it in NNDR1/
			);
			expect(row.getCell(9).value).toBe('0 to 1');
			const pattern = (column: number) =>
				(row.getCell(column).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none';
			for (const column of [4, 5, 6, 7, 8])
				expect(pattern(column), `column ${column}`).toBe('solid');
			for (const column of [1, 2, 9, 10]) expect(pattern(column), `column ${column}`).toBe('none');
		}
	);

	it(
		'reads a changed value, text in a number cell and a sum in £m, naming the rows',
		slow(),
		async () => {
			const workbook = await workbookOf(await authorityToXlsx(anyborough2025));
			const sheet = workbook.getWorksheet('Baseline')!;
			const rowOf = (id: string) =>
				sheet.getRow(parseCsv(authorityToCsv(anyborough2025)).find((r) => r.cells[1] === id)!.line);
			rowOf('bandDCouncilTax').getCell(4).value = '£2,120.00';
			rowOf('adultSocialCare').getCell(4).value = 140;
			const result = await importAuthorityUpload(await written(workbook));
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.errors[0]).toMatch(/^2025\/26 does not balance/);
			expect(result.errors[1]).toBe(
				`line ${rowOf('adultSocialCare').number} (services.adultSocialCare): 140 looks like £m; write pounds: 140000000, with which the budget balances or nearly does`
			);
		}
	);

	it(
		'refuses a formula, a workbook without the sheet and a file that is not a workbook',
		slow(),
		async () => {
			const workbook = await workbookOf(await authorityToXlsx(authorities[0]));
			const sheet = workbook.getWorksheet('Baseline')!;
			sheet.getRow(6).getCell(4).value = { formula: 'B2*2', result: 1 } as ExcelJS.CellFormulaValue;
			expect(await importAuthorityUpload(await written(workbook))).toEqual({
				ok: false,
				errors: [
					'line 6 (figures.population): the value starts with “=”: formulas are not accepted, only plain values'
				]
			});
			sheet.name = 'Sheet1';
			workbook.addWorksheet('Notes');
			expect(await importAuthorityUpload(await written(workbook))).toEqual({
				ok: false,
				errors: [
					expect.stringMatching(
						/^the workbook has no sheet named “Baseline” \(it has “Sheet1”, “Notes”\)/
					)
				]
			});
			expect(await importAuthorityUpload(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]))).toEqual({
				ok: false,
				errors: [expect.stringMatching(/not a readable Excel workbook/)]
			});
		}
	);
});

describe('a workbook that unpacks to far more than a template', () => {
	it(
		'is refused by its unpacked size or its number of parts, before exceljs reads it',
		slow(),
		async () => {
			const template = await authorityToXlsx(authorities[0]);
			const padded = await JSZip.loadAsync(template);
			padded.file('xl/media/padding.bin', new Uint8Array(MAX_UNPACKED_BYTES + 1));
			const bomb = await padded.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
			expect(bomb.byteLength).toBeLessThan(256 * 1024);
			const big = await importAuthorityUpload(bomb);
			expect(big).toEqual({
				ok: false,
				errors: [
					expect.stringMatching(/^the workbook unpacks to more than that; the limit is 8 MiB/)
				]
			});

			const many = await JSZip.loadAsync(template);
			for (let i = 0; i <= MAX_WORKBOOK_PARTS; i++) many.file(`xl/media/part${i}.txt`, 'x');
			const manyParts = await importAuthorityUpload(
				await many.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
			);
			expect(manyParts.ok).toBe(false);
			if (!manyParts.ok) expect(manyParts.errors[0]).toMatch(/^the workbook has \d+ parts/);

			// Just under the limit, the same padding is read past and the template imports.
			const under = await JSZip.loadAsync(template);
			under.file('xl/media/padding.bin', new Uint8Array(MAX_UNPACKED_BYTES - 200 * 1024));
			const fine = await importAuthorityUpload(
				await under.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
			);
			expect(fine.ok, fine.ok ? '' : fine.errors.join('\n')).toBe(true);
		}
	);
});
