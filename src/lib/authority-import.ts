/**
 * An officer's own baseline, in and out: a CSV template with one line per figure (its name,
 * value, unit and evidence), or JSON in the same schema as models/. Every problem is reported
 * with its line (CSV) or path (JSON) and what was expected; a file with any problem gives no
 * authority at all, so nothing partial is ever saved.
 */
import {
	authorityFigureIds,
	authorityKinds,
	authorityRules,
	figureRuleProblems,
	grantLineIds,
	optionalFigureDefaults,
	serviceLineIds,
	type Authority,
	type Figure,
	type FigureRule,
	type Source
} from '../../models/index';
import {
	csvRows,
	CsvSyntaxError,
	isFormulaLike,
	isPlainNumber,
	parseCsv,
	unescapeCell
} from './csv';
import { checkAuthority } from './engine/index';

/** Larger than any real baseline (a template is about 6 KiB), small enough to refuse abuse. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export const templateHeader = [
	'section',
	'id',
	'label',
	'value',
	'unit',
	'evidence',
	'source or reasoning',
	'note'
];

const detailFields = ['id', 'name', 'kind', 'description'] as const;
const sections = {
	figures: authorityFigureIds,
	services: serviceLineIds,
	grants: grantLineIds
} as const;
type Section = keyof typeof sections;

/** "title | publisher | year | url": one cell, so the template stays one line per figure. */
function sourceCell(source: Source): string {
	return [source.title, source.publisher, String(source.year), source.url ?? ''].join(' | ');
}

export function authorityToCsv(authority: Authority): string {
	const rows: string[][] = [templateHeader];
	const details: Record<(typeof detailFields)[number], string> = {
		id: authority.id,
		name: authority.name,
		kind: authority.kind,
		description: authority.description
	};
	for (const field of detailFields)
		rows.push(['authority', field, field, details[field], '', '', '', '']);
	for (const section of Object.keys(sections) as Section[]) {
		for (const id of sections[section]) {
			const figure = (authority[section] as Record<string, Figure>)[id];
			rows.push([
				section,
				id,
				figure.label,
				String(figure.value),
				figure.unit,
				figure.evidence,
				figure.evidence === 'assumption' ? figure.reasoning! : sourceCell(figure.source!),
				figure.note ?? ''
			]);
		}
	}
	return csvRows(rows);
}

export type ImportResult = { ok: true; authority: Authority } | { ok: false; errors: string[] };

/** Refuse what is not a text file of a sensible size before reading any of it as data. */
function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
	if (bytes.byteLength === 0) return { ok: false, error: 'the file is empty' };
	if (bytes.byteLength > MAX_IMPORT_BYTES) {
		return {
			ok: false,
			error: `the file is ${Math.ceil(bytes.byteLength / 1024)} KiB; the limit is ${MAX_IMPORT_BYTES / 1024} KiB`
		};
	}
	// Excel's "Unicode text" is UTF-16, which is full of zero bytes: name it rather than "binary".
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return {
			ok: false,
			error:
				'the file is UTF-16 text (Excel’s “Unicode text”): save it as “CSV UTF-8” and try again'
		};
	}
	if (bytes.includes(0))
		return { ok: false, error: 'the file is binary, not text: save it as CSV (UTF-8) or JSON' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: 'the file is not UTF-8 text: save it as “CSV UTF-8” and try again' };
	}
	return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

function parseSource(cell: string): Source | undefined {
	const [title, publisher, year, url] = cell.split('|').map((part) => part.trim());
	if (!title || !publisher || !/^\d{4}$/.test(year ?? '')) return undefined;
	return { title, publisher, year: Number(year), ...(url ? { url } : {}) };
}

function formulaError(field: string, cell: string): string {
	return `the ${field} starts with “${cell[0]}”: formulas are not accepted, only plain values`;
}

export function importAuthorityCsv(text: string): ImportResult {
	let rows;
	try {
		rows = parseCsv(text);
	} catch (error) {
		if (error instanceof CsvSyntaxError) return { ok: false, errors: [error.message] };
		throw error;
	}
	const errors: string[] = [];
	const [header, ...body] = rows;
	if (
		!header ||
		header.cells.map((c) => c.trim().toLowerCase()).join(',') !== templateHeader.join(',')
	) {
		return {
			ok: false,
			errors: [
				`line ${header?.line ?? 1}: the first line must be the template header: ${templateHeader.join(',')}`
			]
		};
	}
	const details: Record<string, string> = {};
	const lines: Record<Section, Record<string, Figure>> = { figures: {}, services: {}, grants: {} };
	const seen = new Map<string, number>();

	for (const { line, cells } of body) {
		const at = `line ${line}`;
		if (cells.length !== templateHeader.length) {
			errors.push(`${at}: expected ${templateHeader.length} cells, found ${cells.length}`);
			continue;
		}
		const trimmed = cells.map((c) => c.trim());
		const formulaAt = trimmed.findIndex(isFormulaLike);
		// An apostrophe-escaped cell, as exported, is text: the apostrophe comes off again.
		const [section, id, label, valueText, unitText, evidence, sourceOrReasoning, noteText] =
			trimmed.map(unescapeCell);
		let unit = unitText;
		const note = noteText ? { note: noteText } : {};
		if (formulaAt === 0 || formulaAt === 1) {
			errors.push(`${at}: ${formulaError(templateHeader[formulaAt], trimmed[formulaAt])}`);
			continue;
		}
		const key = `${section}.${id}`;
		if (seen.has(key)) {
			errors.push(`${at} (${key}): already given on line ${seen.get(key)}`);
			continue;
		}
		seen.set(key, line);
		// The line is there (so it is not also reported missing), but its formula is refused.
		if (formulaAt !== -1) {
			errors.push(`${at} (${key}): ${formulaError(templateHeader[formulaAt], trimmed[formulaAt])}`);
			continue;
		}
		if (section === 'authority') {
			if (!(detailFields as readonly string[]).includes(id)) {
				errors.push(
					`${at}: unknown authority field “${id}”; expected one of ${detailFields.join(', ')}`
				);
			} else details[id] = valueText;
			continue;
		}
		if (!(section in sections)) {
			errors.push(
				`${at}: unknown section “${section}”; expected authority, figures, services or grants`
			);
			continue;
		}
		if (!(sections[section as Section] as readonly string[]).includes(id)) {
			errors.push(`${at}: unknown ${section} line “${id}”`);
			continue;
		}
		const value = Number(valueText.replace(/,/g, ''));
		if (!isPlainNumber(valueText) || !Number.isFinite(value)) {
			errors.push(`${at} (${key}): value must be a number, found “${valueText}”`);
			continue;
		}
		if (!label) errors.push(`${at} (${key}): the label is empty`);
		const rule = (authorityRules[section as Section] as Record<string, FigureRule>)[id];
		for (const problem of figureRuleProblems(rule, { value, unit }))
			errors.push(`${at} (${key}): ${problem.message}`);
		// The unit is checked against the template's; written back as the template writes it.
		unit = rule.unit;
		if (evidence === 'assumption') {
			if (!sourceOrReasoning) errors.push(`${at} (${key}): an assumption needs its reasoning`);
			lines[section as Section][id] = {
				label,
				value,
				unit,
				...note,
				evidence,
				reasoning: sourceOrReasoning
			};
		} else if (evidence === 'published' || evidence === 'estimate') {
			const source = parseSource(sourceOrReasoning);
			if (!source) {
				errors.push(
					`${at} (${key}): the source must read “title | publisher | year | url”, found “${sourceOrReasoning}”`
				);
			}
			lines[section as Section][id] = { label, value, unit, ...note, evidence, source: source! };
		} else {
			errors.push(
				`${at} (${key}): evidence must be published, estimate or assumption, found “${evidence}”`
			);
		}
	}

	for (const field of detailFields)
		if (!seen.has(`authority.${field}`)) errors.push(`missing line: authority,${field}`);
	if (details.kind !== undefined && !(authorityKinds as readonly string[]).includes(details.kind)) {
		errors.push(
			`line ${seen.get('authority.kind')} (authority.kind): expected one of ${authorityKinds.join(', ')}`
		);
	}
	for (const section of Object.keys(sections) as Section[]) {
		for (const id of sections[section]) {
			const optional = section === 'figures' && id in optionalFigureDefaults;
			if (!optional && !seen.has(`${section}.${id}`)) errors.push(`missing line: ${section}.${id}`);
		}
	}
	if (errors.length) return { ok: false, errors };
	return checked({ ...details, fictional: false, ...lines }, (path) => {
		// A problem found with the whole authority, named by the line it came from.
		const [section, id, ...rest] = path.split('.');
		const key = section === 'authority' || !id ? `authority.${section}` : `${section}.${id}`;
		const line = seen.get(key);
		if (line === undefined) return undefined;
		const field =
			section in sections && rest.length && rest[0] !== 'value' ? `${rest.join(' ')}: ` : '';
		return { at: `line ${line} (${key})`, field };
	});
}

export function importAuthorityJson(text: string): ImportResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
	}
	const problem = hostileText(json);
	if (problem) return { ok: false, errors: [problem] };
	return checked(json);
}

/** An authority is 4 levels deep (figures.population.source.url); allow room, refuse abuse. */
export const MAX_JSON_DEPTH = 16;

/**
 * The first string a spreadsheet would run as a formula, or nesting no authority has. Walked
 * with a stack, not recursion: a small file of nested brackets must not overflow the call stack.
 */
function hostileText(json: unknown): string | undefined {
	const stack: { value: unknown; path: string; depth: number }[] = [
		{ value: json, path: '', depth: 0 }
	];
	while (stack.length) {
		const { value, path, depth } = stack.pop()!;
		if (typeof value === 'string') {
			if (isFormulaLike(value))
				return `${path || '(file)'}: text starting with = + - @ is not accepted`;
			continue;
		}
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= MAX_JSON_DEPTH) {
			return `${path}: nested more than ${MAX_JSON_DEPTH} levels deep; an authority file has at most 4`;
		}
		// Reversed, so the first problem in the file's own order is the one reported.
		for (const [key, child] of Object.entries(value).reverse())
			stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
	}
	return undefined;
}

/**
 * The whole-authority checks (schema, kind, ranges, balance). `lineOf` turns a path in the
 * authority into the CSV line it came from, so every problem a line caused names that line.
 */
function checked(
	candidate: unknown,
	lineOf?: (path: string) => { at: string; field: string } | undefined
): ImportResult {
	const result = checkAuthority(candidate);
	if (result.ok) return result;
	if (!lineOf) return { ok: false, errors: result.problems };
	return {
		ok: false,
		errors: result.issues.map(({ path, message }, i) => {
			const where = path ? lineOf(path) : undefined;
			return where ? `${where.at}: ${where.field}${message}` : result.problems[i];
		})
	};
}

/** Read an uploaded file: JSON if it looks like JSON, otherwise the CSV template. */
export function importAuthorityFile(bytes: Uint8Array): ImportResult {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	return decoded.text.trimStart().startsWith('{')
		? importAuthorityJson(decoded.text)
		: importAuthorityCsv(decoded.text);
}
