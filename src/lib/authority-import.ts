/**
 * An officer's own baseline, in and out: a CSV template with one line per figure (its name,
 * value, unit and evidence), or JSON in the same schema as models/. Every problem is reported
 * with its line (CSV) or path (JSON) and what was expected; a file with any problem gives no
 * authority at all, so nothing partial is ever saved.
 */
import {
	authorityFigureIds,
	authorityKinds,
	grantLineIds,
	optionalFigureDefaults,
	serviceLineIds,
	type Authority,
	type Figure,
	type Source
} from '../../models/index';
import { csvRows, CsvSyntaxError, isFormulaLike, parseCsv } from './csv';
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
		const [section, id, label, valueText, unit, evidence, sourceOrReasoning, noteText] = cells.map(
			(c) => c.trim()
		);
		const note = noteText ? { note: noteText } : {};
		const formula = cells.find((cell) => isFormulaLike(cell.trim()));
		if (formula !== undefined) {
			errors.push(
				`${at}: a cell starts with “${formula.trim()[0]}”: formulas are not accepted, only plain values`
			);
			continue;
		}
		const key = `${section}.${id}`;
		if (seen.has(key)) {
			errors.push(`${at} (${key}): already given on line ${seen.get(key)}`);
			continue;
		}
		seen.set(key, line);
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
		if (valueText === '' || !Number.isFinite(value)) {
			errors.push(`${at} (${key}): value must be a number, found “${valueText}”`);
			continue;
		}
		if (!label) errors.push(`${at} (${key}): the label is empty`);
		if (!unit) errors.push(`${at} (${key}): the unit is empty`);
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
		if (!(field in details)) errors.push(`missing line: authority,${field}`);
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
	return checked({ ...details, fictional: false, ...lines });
}

export function importAuthorityJson(text: string): ImportResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
	}
	if (typeof json === 'object' && json !== null) {
		const formula = findFormula(json);
		if (formula)
			return { ok: false, errors: [`${formula}: text starting with = + - @ is not accepted`] };
	}
	return checked(json);
}

function findFormula(value: unknown, path = ''): string | undefined {
	if (typeof value === 'string') return isFormulaLike(value) ? path || '(file)' : undefined;
	if (typeof value !== 'object' || value === null) return undefined;
	for (const [key, child] of Object.entries(value)) {
		const found = findFormula(child, path ? `${path}.${key}` : key);
		if (found) return found;
	}
	return undefined;
}

function checked(candidate: unknown): ImportResult {
	const result = checkAuthority(candidate);
	return result.ok ? result : { ok: false, errors: result.problems };
}

/** Read an uploaded file: JSON if it looks like JSON, otherwise the CSV template. */
export function importAuthorityFile(bytes: Uint8Array): ImportResult {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	return decoded.text.trimStart().startsWith('{')
		? importAuthorityJson(decoded.text)
		: importAuthorityCsv(decoded.text);
}
