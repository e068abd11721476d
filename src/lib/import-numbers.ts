/**
 * A number as a spreadsheet or a budget book writes it: £2,104.29, 49%, (1,250,000.00),
 * 2.104,29 from European-locale Excel. What can mean only one thing is read, and said how
 * (so the officer can check it); what could mean two things is refused with what to write
 * instead, because a figure read wrongly by a factor of a thousand is worse than no figure.
 */

/** How a cell was read, when not simply as written: the import summary groups by these. */
export type Reading =
	| 'pound sign'
	| 'percentage'
	| 'brackets'
	| 'thousands separators'
	| 'decimal comma'
	| 'minus sign';

export type NumberRead =
	{ ok: true; value: number; readings: Reading[] } | { ok: false; message: string };

/** What kind of figure the cell is for: a % is only for shares and rates, a £ only for money. */
export type NumberKind = 'money' | 'fraction' | 'count';

const spaces = /[ \u00a0\u202f]/g;
const scaleWords = /^(.*?)\s*(k|thousand|m|mn|million|bn|billion)$/i;
const scales: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	mn: 1e6,
	million: 1e6,
	bn: 1e9,
	billion: 1e9
};

/** 1250000 or 0.045 as plain digits, shifting the point rather than multiplying floats. */
function shiftPoint(digits: string, places: number): string {
	const [whole, fraction = ''] = digits.split('.');
	const all = whole + fraction;
	const point = whole.length + places;
	if (point <= 0) return '0.' + '0'.repeat(-point) + all;
	if (point >= all.length) return all + '0'.repeat(point - all.length);
	return `${all.slice(0, point)}.${all.slice(point)}`;
}

/**
 * The file's decimal mark: '.' (English), ',' (European-locale Excel), or 'either' where a
 * file does not show which, so that 1.250 and 1,250 could each mean either.
 */
export type DecimalMark = '.' | ',' | 'either';

/**
 * Which decimal mark a file's numbers show, from those that can only be read one way
 * (0,035, 2104,29, 1.250.000,50 show a comma); 'either' if none do, or they disagree.
 */
export function decimalMarkOf(cells: string[]): DecimalMark {
	const marks = new Set<',' | '.'>();
	for (const cell of cells) {
		const s = cell.replace(/[^\d.,]/g, '');
		const commas = s.split(',').length - 1;
		const dots = s.split('.').length - 1;
		if (commas && dots) marks.add(s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.');
		else if (commas + dots === 1) {
			const separator = commas ? ',' : '.';
			const [before, after] = s.split(separator);
			if (!(after.length === 3 && /^[1-9]\d{0,2}$/.test(before))) marks.add(separator);
		}
	}
	return marks.size === 1 ? [...marks][0] : 'either';
}

/** Digits with separators to plain digits ("1250000.5"), or why not. */
function plainDigits(
	text: string,
	mark: DecimalMark
): { ok: true; digits: string; readings: Reading[] } | { ok: false; message: string } {
	const readings: Reading[] = [];
	let s = text;
	if (spaces.test(s)) {
		spaces.lastIndex = 0;
		// Spaces only as thousands separators: 1 250 000 or 1 250 000,50.
		if (!/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/.test(s))
			return { ok: false, message: '' };
		s = s.replace(spaces, '');
		readings.push('thousands separators');
	}
	if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, message: '' };
	const commas = s.split(',').length - 1;
	const dots = s.split('.').length - 1;
	let decimal: ',' | '.' | undefined;
	let thousands: ',' | '.' | undefined;
	if (commas && dots) {
		decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
		thousands = decimal === ',' ? '.' : ',';
	} else if (commas > 1) thousands = ',';
	else if (dots > 1) thousands = '.';
	else if (commas === 1 || dots === 1) {
		const separator = commas ? ',' : '.';
		const [before, after] = s.split(separator);
		const couldBeThousands = after.length === 3 && /^[1-9]\d{0,2}$/.test(before);
		if (!couldBeThousands) decimal = separator;
		else if (mark === 'either') {
			const asThousands = before + after;
			const trimmed = after.replace(/0+$/, '');
			const asDecimal = trimmed ? `${before}.${trimmed}` : before;
			// Two decimals (1,25) or four (1,2340) cannot be read as thousands.
			const writeDecimal =
				trimmed && trimmed.length !== 3 ? `${before},${trimmed}` : `${before},${after}0`;
			return {
				ok: false,
				message: `it could be ${asThousands} or ${asDecimal}: write ${asThousands} without a separator, or ${writeDecimal} for the decimal`
			};
		} else if (separator === mark) decimal = separator;
		else thousands = separator;
	}
	if (thousands) {
		const whole = decimal ? s.slice(0, s.lastIndexOf(decimal)) : s;
		const grouping = new RegExp(`^\\d{1,3}(?:\\${thousands}\\d{3})*$`);
		if (!grouping.test(whole)) {
			return {
				ok: false,
				message: 'the thousands separators are in the wrong places: write the number without them'
			};
		}
		s = s.split(thousands).join('');
		if (!readings.includes('thousands separators')) readings.push('thousands separators');
	}
	if (decimal === ',') {
		s = s.replace(',', '.');
		readings.push('decimal comma');
	}
	if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(s)) return { ok: false, message: '' };
	return { ok: true, digits: s.startsWith('.') ? '0' + s : s, readings };
}

/** Does the cell look like a number at all (signed numbers are then not formulas)? */
export function looksNumeric(text: string): boolean {
	return /^[+\-−(]?\s*£?\s*[\d.,\s\u00a0\u202f]*\d[\d.,\s\u00a0\u202f]*\s*%?\s*\)?$/.test(
		text.trim()
	);
}

function example(kind: NumberKind): string {
	return kind === 'money' ? '1500000' : kind === 'fraction' ? '0.49' : '320000';
}

/** A cell's number; `mark` is the file's decimal mark ('.' unless the file shows otherwise). */
export function readNumber(text: string, kind: NumberKind, mark: DecimalMark = '.'): NumberRead {
	const readings: Reading[] = [];
	let s = text.trim();
	const notANumber = (why = '') => ({
		ok: false as const,
		message: `value must be a number, found “${text}”${why ? `: ${why}` : `; write it as, for example, ${example(kind)}`}`
	});
	if (!s) return notANumber();
	let negative = false;
	if (/^\(.*\)$/.test(s)) {
		negative = true;
		s = s.slice(1, -1).trim();
		readings.push('brackets');
	}
	if (/^[-−+]/.test(s)) {
		if (negative) return notANumber('both brackets and a sign; write one minus sign');
		negative = s[0] !== '+';
		if (s[0] === '−') readings.push('minus sign');
		s = s.slice(1).trim();
	}
	if (s.startsWith('£')) {
		if (kind !== 'money') return notANumber('this line is not in pounds; write the number alone');
		s = s.slice(1).trim();
		readings.push('pound sign');
	}
	// A sign after the £, as in £-5 or £−5.
	if (/^[-−]/.test(s) && !negative) {
		negative = true;
		if (s[0] === '−') readings.push('minus sign');
		s = s.slice(1).trim();
	}
	let places = 0;
	if (s.endsWith('%')) {
		if (kind !== 'fraction') {
			return notANumber(
				`a percentage, but this line is ${kind === 'money' ? 'in pounds' : 'a count'}; write the number alone`
			);
		}
		s = s.slice(0, -1).trim();
		places = -2;
		readings.push('percentage');
	}
	const scaled = scaleWords.exec(s);
	if (scaled && kind === 'money') {
		const digits = plainDigits(scaled[1], mark);
		const inFull = digits.ok
			? shiftPoint(digits.digits, Math.log10(scales[scaled[2].toLowerCase()]))
			: undefined;
		return notANumber(
			`write pounds in full${inFull ? `: ${negative ? '-' : ''}${inFull.replace(/\.0*$|(\.\d*?)0+$/, '$1')}` : ''}, not in ${scaled[2]}`
		);
	}
	const digits = plainDigits(s, mark);
	if (!digits.ok) return digits.message ? notANumber(digits.message) : notANumber();
	readings.push(...digits.readings);
	const value = Number(shiftPoint(digits.digits, places));
	if (!Number.isFinite(value)) return notANumber();
	return { ok: true, value: negative && value !== 0 ? -value : value, readings };
}

/** The summary line for one kind of reading, with the cells it applied to. */
export function readingSummary(
	reading: Reading,
	cells: { line: number; text: string; value: number }[]
): string {
	const numbers = cells.map((c) => c.line);
	const where =
		numbers.length === 1
			? `line ${numbers[0]}`
			: `lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
	const first = cells[0];
	const shown = `“${first.text}” as ${first.value}`;
	switch (reading) {
		case 'pound sign':
			return `£ signs taken off (${where}): ${shown}`;
		case 'percentage':
			return `percentages read as fractions (${where}): ${shown}`;
		case 'brackets':
			return `accounting brackets read as minus (${where}): ${shown}`;
		case 'thousands separators':
			return `thousands separators taken out (${where}): ${shown}`;
		case 'decimal comma':
			return `decimal commas read as decimal points (${where}): ${shown}`;
		case 'minus sign':
			return `typographic minus signs read as minus (${where}): ${shown}`;
	}
}
