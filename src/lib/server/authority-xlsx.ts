/**
 * The baseline template as an Excel workbook, in and out, through exceljs (no zip or XML of our
 * own). Written: one sheet, "Baseline", the CSV template's columns then each line's plausible
 * range and where to find it; the cells to fill in are yellow, each value carries a note with
 * its unit, range and source, and Excel itself checks the range as it is typed. Read: the same
 * rows, cell by cell, through the CSV import's own checks, so both say the same things.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Authority } from '../../../models/index';
import {
	authorityToCsv,
	importAuthorityFile,
	importAuthorityRows,
	MAX_IMPORT_BYTES,
	type ImportResult,
	type TemplateRow
} from '../authority-import';
import { parseCsv } from '../csv';
import { guideLines } from '../import-guide';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SHEET_NAME = 'Baseline';
const extraHeader = ['plausible range', 'where to find it'];
const inputFill: ExcelJS.Fill = {
	type: 'pattern',
	pattern: 'solid',
	fgColor: { argb: 'FFFFF2B3' }
};
const readOnlyFont: Partial<ExcelJS.Font> = { color: { argb: 'FF505A5F' } };

/** The workbook's bytes: the template of `authority`, as authorityToCsv writes it. */
export async function authorityToXlsx(authority: Authority): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Rewire';
	const sheet = workbook.addWorksheet(SHEET_NAME, {
		views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }]
	});
	const guide = new Map(guideLines().map((line) => [`${line.section}.${line.id}`, line]));
	// The CSV is the one description of the template's rows: the workbook is the same rows.
	const [header, ...rows] = parseCsv(authorityToCsv(authority)).map((r) => r.cells);
	sheet.addRow([...header, ...extraHeader]).font = { bold: true };
	for (const cells of rows) {
		const [section, id] = cells;
		const line = guide.get(`${section}.${id}`);
		const value = line ? Number(cells[3]) : cells[3];
		const row = sheet.addRow([
			...cells.slice(0, 3),
			value,
			...cells.slice(4),
			line?.range ?? '',
			line?.where ?? ''
		]);
		const inputs = section === 'authority' ? [4] : [3, 4, 5, 6, 7, 8];
		for (const column of inputs) row.getCell(column).fill = inputFill;
		for (const column of [1, 2, 9, 10]) row.getCell(column).font = readOnlyFont;
		if (!line) continue;
		const valueCell = row.getCell(4);
		valueCell.note = `${line.label}: ${line.unit}, ${line.hint}. Plausible: ${line.range} (${line.why}). Find it in ${line.where}.`;
		valueCell.dataValidation = {
			type: 'decimal',
			operator: 'between',
			allowBlank: false,
			formulae: [line.min, line.max],
			showErrorMessage: true,
			errorStyle: 'stop',
			errorTitle: 'Outside the plausible range',
			error: `${line.range}, ${line.unit}: ${line.hint}`
		};
		row.getCell(6).dataValidation = {
			type: 'list',
			allowBlank: false,
			formulae: ['"published,estimate,assumption"'],
			showErrorMessage: true
		};
	}
	for (const [index, width] of [14, 30, 44, 16, 18, 12, 50, 40, 22, 60].entries())
		sheet.getColumn(index + 1).width = width;
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}

/** A cell as the CSV would have it: text as text, numbers in full, a formula as a formula. */
function cellText(cell: ExcelJS.Cell): string {
	const value = cell.value;
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('formula' in value || 'sharedFormula' in value) {
		// Refused as the CSV refuses one: the import says which cell, and to paste values.
		return `=${'formula' in value ? value.formula : value.sharedFormula}`;
	}
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('text' in value) return String(value.text);
	if ('error' in value) return String(value.error);
	return String(cell.text ?? '');
}

/** Whether the bytes are a zip, as every .xlsx is. */
function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * How large a workbook may be once unpacked. The template unpacks to about 130 KiB from 23 KiB;
 * Excel's own saves add styles and themes. A zip can unpack to a thousand times its size, and
 * exceljs holds all of it in memory, so the packed-size limit alone does not bound memory.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
/** A template workbook has about a dozen parts. */
export const MAX_WORKBOOK_PARTS = 200;

const unpackedLimitError = (found: string) =>
	`the workbook unpacks to ${found}; the limit is ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB (a template unpacks to well under 1 MiB): save the Baseline sheet alone as a new workbook, or as “CSV UTF-8”`;

/**
 * Whether the workbook unpacks to more than the limit, before exceljs unpacks it all: the
 * zip's directory is read (jszip), then each part is inflated as a stream and counted, and
 * reading stops at the limit, so nothing larger is ever held. Counted, not taken from the
 * directory's declared sizes, which a crafted file can understate.
 */
async function unpackedSizeProblem(bytes: Uint8Array): Promise<string | undefined> {
	let zip: JSZip;
	try {
		zip = await JSZip.loadAsync(bytes);
	} catch {
		return undefined; // Not a zip jszip can read: exceljs says so in its own words.
	}
	const parts = Object.values(zip.files).filter((file) => !file.dir);
	if (parts.length > MAX_WORKBOOK_PARTS)
		return `the workbook has ${parts.length} parts; a template has about a dozen and the limit is ${MAX_WORKBOOK_PARTS}: save the Baseline sheet alone as a new workbook, or as “CSV UTF-8”`;
	let total = 0;
	for (const part of parts) {
		// jszip's node stream is an old-style Readable (not async-iterable): events, then.
		const over = await new Promise<boolean | undefined>((resolve) => {
			const stream = part.nodeStream('nodebuffer') as NodeJS.ReadableStream & {
				destroy?: () => void;
			};
			stream.on('data', (chunk: Buffer) => {
				total += chunk.length;
				if (total > MAX_UNPACKED_BYTES) {
					stream.pause();
					stream.destroy?.();
					resolve(true);
				}
			});
			stream.on('end', () => resolve(false));
			// A corrupt part: exceljs refuses the file in its own words.
			stream.on('error', () => resolve(undefined));
		});
		if (over === undefined) return undefined;
		if (over) return unpackedLimitError('more than that');
	}
	return undefined;
}

/** Read the workbook's "Baseline" sheet (or its only sheet) as the template's rows. */
export async function importAuthorityXlsx(bytes: Uint8Array): Promise<ImportResult> {
	if (bytes.byteLength > MAX_IMPORT_BYTES) {
		return {
			ok: false,
			errors: [
				`the file is ${Math.ceil(bytes.byteLength / 1024)} KiB; the limit is ${MAX_IMPORT_BYTES / 1024} KiB`
			]
		};
	}
	const tooBig = await unpackedSizeProblem(bytes);
	if (tooBig) return { ok: false, errors: [tooBig] };
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	} catch {
		return {
			ok: false,
			errors: [
				'the file is not a readable Excel workbook (.xlsx): save it again as “Excel Workbook (.xlsx)” or as “CSV UTF-8”'
			]
		};
	}
	const sheets = workbook.worksheets;
	const sheet = workbook.getWorksheet(SHEET_NAME) ?? (sheets.length === 1 ? sheets[0] : undefined);
	if (!sheet) {
		return {
			ok: false,
			errors: [
				`the workbook has no sheet named “${SHEET_NAME}” (it has ${sheets.map((s) => `“${s.name}”`).join(', ') || 'none'}): keep the template’s sheet, or save that sheet alone`
			]
		};
	}
	const rows: TemplateRow[] = [];
	const width = Math.max(sheet.columnCount, 8);
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const cells: string[] = [];
		for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column)));
		// Trailing empty cells are the sheet's width, not the row's.
		while (cells.length > 8 && cells.at(-1) === '') cells.pop();
		rows.push({ line, cells });
	});
	// The template's own reading columns (range, where to find it) are not data.
	const header = rows[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
	if (header.slice(8).join('|') === extraHeader.join('|'))
		for (const row of rows) row.cells = row.cells.slice(0, 8);
	return importAuthorityRows(rows, {
		notes: [`read from the Excel workbook, sheet “${sheet.name}”; “line” means the sheet’s row`]
	});
}

/** Any upload: an Excel workbook, or (as importAuthorityFile reads it) CSV or JSON. */
export async function importAuthorityUpload(bytes: Uint8Array): Promise<ImportResult> {
	return isZip(bytes) ? importAuthorityXlsx(bytes) : importAuthorityFile(bytes);
}
