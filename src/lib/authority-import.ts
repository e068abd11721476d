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
	serviceNames,
	serviceDetailRules,
	serviceDetailSections,
	serviceLineIds,
	type Authority,
	type BudgetPartFigureId,
	type ServiceDetailSection,
	type ServiceLineId,
	type Figure,
	type FigureRule,
	type Source
} from '../../models/index';
import { csvRows, CsvSyntaxError, isFormulaLike, parseCsv, unescapeCell } from './csv';
import {
	decimalMarkOf,
	looksNumeric,
	type DecimalMark,
	readingSummary,
	readNumber,
	type NumberKind,
	type Reading
} from './import-numbers';
import { checkAuthority, netFromGross, withoutGross } from './engine/index';
import { formatPounds } from './engine/format';
import { balanceProblems } from './import-balance';

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
	grants: grantLineIds,
	// Optional, after the lines the model runs on: the gross budget behind a service's net line.
	grossExpenditure: serviceLineIds,
	ringfencedGrants: serviceLineIds,
	feesAndCharges: serviceLineIds
} as const;
type Section = keyof typeof sections;
type CoreSection = 'figures' | 'services' | 'grants';
const isDetail = (section: string): section is ServiceDetailSection =>
	(serviceDetailSections as readonly string[]).includes(section);

function ruleOf(section: Section, id: string): FigureRule {
	return isDetail(section)
		? serviceDetailRules[section]
		: (authorityRules[section] as Record<string, FigureRule>)[id];
}

/** A line's figure in the authority, if it has one (the gross budget lines are optional). */
function figureOf(authority: Authority, section: Section, id: string): Figure | undefined {
	return isDetail(section)
		? authority.serviceDetail?.[section]?.[id as ServiceLineId]
		: (authority[section] as Record<string, Figure>)[id];
}

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
			const figure = figureOf(authority, section, id);
			if (!figure) continue;
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

export type ImportResult =
	| {
			ok: true;
			authority: Authority;
			/** What was read other than exactly as written (£ signs, 49%, brackets…), one a line. */
			summary: string[];
	  }
	| { ok: false; errors: string[] };

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
		// ignoreBOM: the byte-order mark stays, so the importer can say it was there.
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return { ok: false, error: 'the file is not UTF-8 text: save it as “CSV UTF-8” and try again' };
	}
	return { ok: true, text };
}

function parseSource(cell: string): Source | undefined {
	const [title, publisher, year, url] = cell.split('|').map((part) => part.trim());
	if (!title || !publisher || !/^\d{4}$/.test(year ?? '')) return undefined;
	return { title, publisher, year: Number(year), ...(url ? { url } : {}) };
}

function formulaError(field: string, cell: string): string {
	return `the ${field} starts with “${cell[0]}”: formulas are not accepted, only plain values`;
}

/** How a value in this unit is read: a % only for shares and rates, a £ only for money. */
function numberKind(rule: FigureRule): NumberKind {
	if (rule.unit.startsWith('gbp')) return 'money';
	return rule.unit === 'share' || rule.unit.startsWith('rate') ? 'fraction' : 'count';
}

/** The ids a mistyped one could have meant, nearest first (edit distance, ignoring case). */
export function nearestIds(typed: string, ids: readonly string[], count = 3): string[] {
	const a = typed.toLowerCase();
	const ranked = ids
		.map((id) => ({ id, distance: editDistance(a, id.toLowerCase()) }))
		.sort((x, y) => x.distance - y.distance || x.id.localeCompare(y.id));
	// Those near enough to be a slip of the keyboard; failing any, the nearest few.
	const close = ranked.filter((x) => x.distance <= Math.max(2, Math.ceil(a.length / 3)));
	return (close.length ? close : ranked).slice(0, count).map((x) => x.id);
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j] + 1,
				current[j - 1] + 1,
				previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		previous = current;
	}
	return previous[b.length];
}

function orList(items: string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** One row of the template, from a CSV line or a spreadsheet row (`line` is its number). */
export type TemplateRow = { line: number; cells: string[] };

/** How the rows were read, for the summary: a semicolon file, a byte-order mark skipped. */
export type RowsContext = { mark?: DecimalMark; notes?: string[] };

/** The value cells of the rows for numbers (not the authority's name and description). */
function numberCells(rows: TemplateRow[]): string[] {
	return rows.filter((r) => r.cells[0]?.trim() in sections).map((r) => r.cells[3] ?? '');
}

export function importAuthorityCsv(text: string): ImportResult {
	const notes: string[] = [];
	if (text.startsWith('\uFEFF')) {
		text = text.slice(1);
		notes.push('a UTF-8 byte-order mark (as Excel writes one) was skipped');
	}
	// European-locale Excel saves "CSV" with semicolons: the header line says which it is.
	const firstLine = text.slice(0, text.search(/\r|\n|$/));
	const semicolon = firstLine.includes(';') && !firstLine.includes(',');
	if (semicolon) {
	}
	let rows;
	try {
		rows = parseCsv(text, semicolon ? ';' : ',');
	} catch (error) {
		if (error instanceof CsvSyntaxError) return { ok: false, errors: [error.message] };
		throw error;
	}
	// A comma file writes decimals with a point; a semicolon file says by its own numbers.
	const mark = semicolon ? decimalMarkOf(numberCells(rows)) : '.';
	if (semicolon) {
		notes.push(
			`the file is semicolon-separated (as European-locale Excel saves CSV); ${
				mark === ','
					? 'its numbers have decimal commas, so a point separates thousands (1.250 is 1250)'
					: mark === '.'
						? 'its numbers have decimal points, so a comma separates thousands (1,250 is 1250)'
						: 'its numbers do not show whether a comma or a point is the decimal mark, so a number that could be either is refused'
			}`
		);
	}
	return importAuthorityRows(rows, { mark, notes });
}

/** The template's rows, however they were read (CSV or a spreadsheet), as an authority. */
export function importAuthorityRows(rows: TemplateRow[], context: RowsContext = {}): ImportResult {
	const errors: string[] = [];
	const summary = [...(context.notes ?? [])];
	const [header, ...body] = rows;
	const headerCells = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
	if (
		!header ||
		headerCells.slice(0, templateHeader.length).join(',') !== templateHeader.join(',')
	) {
		return {
			ok: false,
			errors: [
				`line ${header?.line ?? 1}: the first line must be the template header: ${templateHeader.join(',')}`
			]
		};
	}
	// Columns after the template's own (a spreadsheet's range or notes) are for reading only.
	const extraColumns = headerCells.slice(templateHeader.length).filter(Boolean);
	if (extraColumns.length) {
		summary.push(
			`columns after “note” are not read: ${extraColumns.map((c) => `“${c}”`).join(', ')}`
		);
	}
	const details: Record<string, string> = {};
	const empty = () =>
		Object.fromEntries(Object.keys(sections).map((s) => [s, {}])) as Record<Section, never>;
	const lines: Record<Section, Record<string, Figure>> = empty();
	/** Every value read as a number, even on a line with other problems, for the balance check. */
	const values: Record<Section, Record<string, number>> = empty();
	const seen = new Map<string, number>();
	/** Lines present under a mistyped id: said once as unknown, not again as missing. */
	const meant = new Set<string>();
	const readings = new Map<Reading, { line: number; text: string; value: number }[]>();

	for (const { line, cells: rawCells } of body) {
		const at = `line ${line}`;
		// Spreadsheets pad rows with empty cells to the width of the widest: those are not data.
		const cells = rawCells.slice(0, Math.max(templateHeader.length, header.cells.length));
		if (cells.every((c) => c.trim() === '')) continue;
		if (
			cells.length < templateHeader.length ||
			rawCells.slice(cells.length).some((c) => c.trim() !== '')
		) {
			errors.push(`${at}: expected ${templateHeader.length} cells, found ${rawCells.length}`);
			continue;
		}
		const trimmed = cells.slice(0, templateHeader.length).map((c) => c.trim());
		const numeric = trimmed[0] in sections;
		// A number in the value cell, signed or in brackets, is a number, not a formula.
		const formulaAt = trimmed.findIndex(
			(cell, i) => isFormulaLike(cell) && !(numeric && i === 3 && looksNumeric(cell))
		);
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
		// The line is there (so it is not also reported missing), but its formula is refused.
		if (formulaAt !== -1) {
			seen.set(key, line);
			errors.push(`${at} (${key}): ${formulaError(templateHeader[formulaAt], trimmed[formulaAt])}`);
			continue;
		}
		if (section === 'authority') {
			if (!(detailFields as readonly string[]).includes(id)) {
				errors.push(
					`${at}: unknown authority field “${id}”; expected one of ${detailFields.join(', ')}`
				);
			} else {
				seen.set(key, line);
				details[id] = valueText;
			}
			continue;
		}
		if (!(section in sections)) {
			const near = nearestIds(section, ['authority', ...Object.keys(sections)], 1);
			errors.push(
				`${at}: unknown section “${section}”; expected ${orList(['authority', ...Object.keys(sections)])} (did you mean ${near[0]}?)`
			);
			continue;
		}
		const sectionIds = sections[section as Section] as readonly string[];
		if (!sectionIds.includes(id)) {
			const elsewhere = (Object.keys(sections) as Section[]).find((other) =>
				(sections[other] as readonly string[]).includes(id)
			);
			const near = nearestIds(id, sectionIds);
			if (!elsewhere) meant.add(`${section}.${near[0]}`);
			errors.push(
				elsewhere
					? `${at}: “${id}” is a ${elsewhere} line, not ${section}: write ${elsewhere} in the first cell`
					: `${at}: unknown ${section} line “${id}”; did you mean ${orList(near)}?`
			);
			continue;
		}
		seen.set(key, line);
		const rule = ruleOf(section as Section, id);
		const read = readNumber(valueText, numberKind(rule), context.mark ?? '.');
		if (!read.ok) {
			errors.push(`${at} (${key}): ${read.message}`);
			continue;
		}
		const value = read.value;
		values[section as Section][id] = value;
		for (const reading of read.readings) {
			const list = readings.get(reading) ?? [];
			list.push({ line, text: valueText, value });
			readings.set(reading, list);
		}
		if (!label) errors.push(`${at} (${key}): the label is empty`);
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
	for (const [reading, cells] of readings) summary.push(readingSummary(reading, cells));

	for (const field of detailFields)
		if (!seen.has(`authority.${field}`)) errors.push(`missing line: authority,${field}`);
	if (details.kind !== undefined && !(authorityKinds as readonly string[]).includes(details.kind)) {
		errors.push(
			`line ${seen.get('authority.kind')} (authority.kind): expected one of ${authorityKinds.join(', ')}`
		);
	}
	const derived = deriveNets(values, lines, seen, errors);
	for (const section of Object.keys(sections) as Section[]) {
		if (isDetail(section)) continue;
		for (const id of sections[section]) {
			const optional =
				(section === 'figures' && id in optionalFigureDefaults) ||
				(section === 'services' && derived.has(id));
			const key = `${section}.${id}`;
			if (!optional && !seen.has(key) && !meant.has(key)) errors.push(`missing line: ${key}`);
		}
	}
	const lineOf = (path: string) => {
		// A problem found with the whole authority, named by the line it came from.
		const parts = path.split('.');
		// serviceDetail.grossExpenditure.adultSocialCare.value is the line grossExpenditure,adultSocialCare.
		const [section, id, ...rest] = parts[0] === 'serviceDetail' ? parts.slice(1) : parts;
		const key = section === 'authority' || !id ? `authority.${section}` : `${section}.${id}`;
		const line = seen.get(key);
		if (line === undefined) return undefined;
		const field =
			section in sections && rest.length && rest[0] !== 'value' ? `${rest.join(' ')}: ` : '';
		return { at: `line ${line} (${key})`, field };
	};
	// The whole-budget check runs on the numbers as read, so it comes in the same round.
	const balance = balanceProblems(values, details.kind, (section, id) =>
		seen.get(`${section}.${id}`)
	);
	if (errors.length) return { ok: false, errors: [...errors, ...balance] };
	const { figures, services, grants, ...detail } = lines;
	const given = serviceDetailSections.filter((section) => Object.keys(detail[section]).length);
	const serviceDetail = given.length
		? { serviceDetail: Object.fromEntries(given.map((section) => [section, detail[section]])) }
		: {};
	const result = checked(
		{ ...details, fictional: false, figures, services, grants, ...serviceDetail },
		lineOf,
		balance
	);
	return result.ok
		? {
				...result,
				summary: [
					...summary,
					...budgetPartsSummary(lines.figures),
					...serviceDetailSummary(result.authority, derived)
				]
			}
		: result;
}

/**
 * Each service given gross: its net is gross − ringfenced grants − fees and charges. A file
 * that gives the net line as well must agree with it to the penny (the error names both lines
 * and shows the sum); a file that leaves it out has it derived. A ringfenced grant or fee line
 * without its gross line is refused: an officer writing one expects it to count, and it could
 * only count by changing a net line the file gives elsewhere. Returns the services derived.
 */
function deriveNets(
	values: Record<Section, Record<string, number>>,
	lines: Record<Section, Record<string, Figure>>,
	seen: Map<string, number>,
	errors: string[]
): Set<string> {
	const derived = new Set<string>();
	const at = (section: Section, id: string) =>
		`line ${seen.get(`${section}.${id}`)} (${section}.${id})`;
	for (const id of serviceLineIds) {
		const gross = values.grossExpenditure[id];
		const ringfenced = values.ringfencedGrants[id];
		const fees = values.feesAndCharges[id];
		if (!seen.has(`grossExpenditure.${id}`)) {
			for (const section of ['ringfencedGrants', 'feesAndCharges'] as const)
				if (seen.has(`${section}.${id}`)) errors.push(`${at(section, id)}: ${withoutGross(id)}`);
			continue;
		}
		// A line that could not be read is reported already; nothing to derive from it.
		const unread = (section: Section, value: number | undefined) =>
			seen.has(`${section}.${id}`) && value === undefined;
		if (
			unread('grossExpenditure', gross) ||
			unread('ringfencedGrants', ringfenced) ||
			unread('feesAndCharges', fees)
		) {
			if (!seen.has(`services.${id}`)) derived.add(id);
			continue;
		}
		const net = netFromGross(gross!, ringfenced, fees);
		const sum = [
			`${at('grossExpenditure', id)} ${formatPounds(gross!)}`,
			...(seen.has(`ringfencedGrants.${id}`)
				? [`${at('ringfencedGrants', id)} ${formatPounds(ringfenced ?? 0)}`]
				: []),
			...(seen.has(`feesAndCharges.${id}`)
				? [`${at('feesAndCharges', id)} ${formatPounds(fees ?? 0)}`]
				: [])
		].join(' − ');
		if (seen.has(`services.${id}`)) {
			const given = values.services[id];
			if (given !== undefined && given !== net) {
				errors.push(
					`${at('services', id)}: the net budget ${formatPounds(given)} is not gross expenditure less ringfenced grants and fees and charges: ${sum} = ${formatPounds(net)}; correct one of these lines, or leave out the services line and the net is derived`
				);
			}
			continue;
		}
		derived.add(id);
		const grossLine = lines.grossExpenditure[id];
		values.services[id] = net;
		// The derived net is named by the gross line it comes from.
		seen.set(`services.${id}`, seen.get(`grossExpenditure.${id}`)!);
		if (!grossLine) continue;
		const { label: _label, value: _value, note: _note, ...evidence } = grossLine;
		lines.services[id] = {
			...evidence,
			label: `Net budget: ${serviceName(id)} (derived from its gross)`,
			value: net,
			unit: serviceDetailRules.grossExpenditure.unit,
			note: `derived: gross expenditure − ringfenced grants − fees and charges (${sum.replace(/line \d+ \([^)]*\) /g, '')} = ${formatPounds(net)})`
		};
	}
	return derived;
}

const serviceName = (id: string) => serviceNames[id as ServiceLineId];

/** Each service given gross, as the import summary says it. */
function serviceDetailSummary(authority: Authority, derived: Set<string>): string[] {
	const detail = authority.serviceDetail;
	if (!detail) return [];
	return serviceLineIds.flatMap((id) => {
		const gross = detail.grossExpenditure?.[id];
		if (!gross) return [];
		const parts = [
			`gross ${formatPounds(gross.value)}`,
			`ringfenced grants ${formatPounds(detail.ringfencedGrants?.[id]?.value ?? 0)}`,
			`fees and charges ${formatPounds(detail.feesAndCharges?.[id]?.value ?? 0)}`
		];
		return [
			`${serviceName(id)}: ${parts.join(' − ')} = net ${formatPounds(authority.services[id].value)} (${derived.has(id) ? 'the net line derived from them' : 'agreeing with the net line given'})`
		];
	});
}

/** What the optional parts of the budget given in the file do, said once it imports. */
function budgetPartsSummary(figures: Record<string, Figure>): string[] {
	const given = (id: BudgetPartFigureId) => {
		const value = figures[id]?.value;
		return value === undefined || value === 0 ? undefined : value;
	};
	const said: string[] = [];
	const surplus = given('collectionFundSurplus');
	const draw = given('plannedUseOfReserves');
	const pool = given('businessRatesPoolGain');
	const levy = given('combinedAuthorityLevy');
	const parts = [
		surplus !== undefined &&
			`a collection fund ${surplus < 0 ? 'deficit' : 'surplus'} of ${formatPounds(Math.abs(surplus))} (this year only)`,
		pool !== undefined &&
			`a business rates ${pool < 0 ? 'pool levy' : 'pool gain'} of ${formatPounds(Math.abs(pool))}`,
		levy !== undefined && `combined-authority levies of ${formatPounds(levy)} (spending)`
	].filter(Boolean);
	if (parts.length) {
		const list = parts as string[];
		const and = list.length < 2 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
		said.push(`the base year includes ${and}`);
	}
	if (draw !== undefined) {
		said.push(
			`the base year balances with a planned ${draw > 0 ? 'draw on' : 'contribution to'} reserves of ${formatPounds(Math.abs(draw))}`
		);
	}
	const care = given('adultSocialCarePreceptBandD');
	const parish = given('parishPreceptBandD');
	if (care !== undefined)
		said.push(
			`the adult social care precept, ${formatPounds(care)} at Band D, is shown within the council’s charge on the bills`
		);
	if (parish !== undefined)
		said.push(
			`parish precepts, ${formatPounds(parish)} at Band D on average, are on the bills but not in the council’s budget`
		);
	return said;
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
	lineOf?: (path: string) => { at: string; field: string } | undefined,
	balance: string[] = []
): ImportResult {
	const result = checkAuthority(candidate);
	if (result.ok) return { ...result, summary: [] };
	if (!lineOf) return { ok: false, errors: result.problems };
	const errors = result.issues.map(({ path, message }, i) => {
		const where = path ? lineOf(path) : undefined;
		return where ? `${where.at}: ${where.field}${message}` : result.problems[i];
	});
	// The engine's own balance message (the one without a path) gives way to the fuller one;
	// the engine checks the balance only once all else is right, the importer always.
	const engineBalance = result.issues.findIndex((issue) => issue.path === '');
	if (balance.length && engineBalance !== -1) errors.splice(engineBalance, 1);
	return { ok: false, errors: [...errors, ...balance] };
}

/** Read an uploaded file: JSON if it looks like JSON, otherwise the CSV template. */
export function importAuthorityFile(bytes: Uint8Array): ImportResult {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	return decoded.text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.startsWith('{')
		? importAuthorityJson(decoded.text.replace(/^\uFEFF/, ''))
		: importAuthorityCsv(decoded.text);
}
