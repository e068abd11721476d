/**
 * CSV for spreadsheets (RFC 4180): quoting, and protection against formula injection. A
 * spreadsheet runs a text cell that starts with = + - @ (or a tab or return) as a formula, so
 * such text is written with a leading apostrophe; numbers, signed ones included, are left as
 * numbers. The apostrophe is taken off again on import (unescapeCell), so text round-trips.
 */
const formulaStart = /^[=+\-@\t\r]/;
/** A number as a spreadsheet shows one: an optional sign, thousands separators, decimals. */
const plainNumber = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

export function isPlainNumber(text: string): boolean {
	return plainNumber.test(text);
}

export function isFormulaLike(text: string): boolean {
	return formulaStart.test(text) && !plainNumber.test(text);
}

/**
 * Whether text is written with an apostrophe: formula-like text, and text that already starts
 * with apostrophes before such text, so that taking one apostrophe off on import is always right.
 */
function needsEscape(text: string): boolean {
	return isFormulaLike(text.replace(/^'+/, ''));
}

export function csvCell(text: string, delimiter: ',' | ';' = ','): string {
	const safe = needsEscape(text) ? `'${text}` : text;
	return /["\n\r]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The text csvCell escaped: its apostrophe removed, and nothing else changed. */
export function unescapeCell(cell: string): string {
	return cell.startsWith("'") && needsEscape(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvRows(rows: string[][], delimiter: ',' | ';' = ','): string {
	return (
		rows.map((row) => row.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n'
	);
}

/** A parse error, with the 1-based line where it was found. */
export class CsvSyntaxError extends Error {
	constructor(
		readonly line: number,
		message: string
	) {
		super(`line ${line}: ${message}`);
	}
}

/**
 * Parse CSV text into rows of cells, each row with the line it started on (quoted cells may
 * span lines). Blank lines are skipped. `delimiter` is ';' for European-locale Excel's CSV.
 */
export function parseCsv(
	text: string,
	delimiter: ',' | ';' = ','
): { line: number; cells: string[] }[] {
	const rows: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	let cellWasQuoted = false;
	const endCell = () => {
		cells.push(cell);
		cell = '';
		cellWasQuoted = false;
	};
	const endRow = () => {
		endCell();
		if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
		cells = [];
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n') line++;
				cell += ch;
			}
		} else if (ch === '"') {
			if (cell !== '' || cellWasQuoted)
				throw new CsvSyntaxError(line, 'a quote in the middle of a cell');
			quoted = true;
			cellWasQuoted = true;
		} else if (ch === delimiter) endCell();
		else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			endRow();
			line++;
			rowLine = line;
		} else cell += ch;
	}
	if (quoted) throw new CsvSyntaxError(rowLine, 'a quoted cell is never closed');
	if (cell !== '' || cells.length) endRow();
	return rows;
}
