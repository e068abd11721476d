/**
 * Keeps the models' prose out of the browser's first load (issue 17 item 4: about 60 % of the
 * model's bytes are descriptions, reasoning, notes and sources, which the modeller shows only
 * when a lever's "About" is opened, and the report and the deck show in full).
 *
 * The declarations stay exactly where they are, in models/. Only in the browser build (never the
 * server's, the tests' or the scripts'), the string written for a prose field of a declaration
 * file becomes one shared placeholder: every number, label and unit the engine and the charts
 * need is untouched and still checked by zod when models/index.ts loads. models/prose.ts, which
 * the browser imports on demand (src/lib/model-prose.ts), is built from the same files as
 * written: its imports in models/ resolve to a `?prose` copy of each file that skips the change.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { PROSE_PLACEHOLDER, PROSE_URL_PLACEHOLDER } from '../models/prose-placeholder.js';

/** Fields whose text is prose; labels, units, ids and caveats (shown beside a lever) stay. */
const proseFields = new Set(['description', 'reasoning', 'note', 'title', 'publisher', 'url']);
/** Fields holding a list of prose sentences. */
const proseListFields = new Set(['changes']);

const modelsDir = resolve('models') + sep;
/** The declaration files whose prose waits: every parameter, preset, sample council and release. */
const declarationFile =
	/[\\/]models[\\/](parameters|plan|presets|changelog|authorities[\\/][a-z-]+)\.ts$/;
const proseQuery = '?prose';

function isText(node: ts.Node): boolean {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
	if (ts.isTemplateExpression(node)) return true;
	if (ts.isParenthesizedExpression(node)) return isText(node.expression);
	return (
		ts.isBinaryExpression(node) &&
		node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
		isText(node.left) &&
		isText(node.right)
	);
}

function fieldName(node: ts.PropertyAssignment): string | undefined {
	return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
}

/**
 * The source with every prose field's written text replaced by the placeholder. Only text written
 * in place is replaced: `note: e.note` in a function passes the (already replaced) value through.
 */
export function withoutProse(code: string, fileName = 'declarations.ts'): string {
	const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
	const edits: { start: number; end: number; text: string }[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isPropertyAssignment(node)) {
			const name = fieldName(node);
			const value = node.initializer;
			if (name && proseFields.has(name) && isText(value)) {
				const text = name === 'url' ? '__proseUrl' : '__prose';
				edits.push({ start: value.getStart(file), end: value.end, text });
				return;
			}
			if (name && proseListFields.has(name) && ts.isArrayLiteralExpression(value)) {
				for (const element of value.elements)
					if (isText(element))
						edits.push({ start: element.getStart(file), end: element.end, text: '__prose' });
				return;
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	if (edits.length === 0) return code;
	let out = code;
	for (const edit of edits.sort((a, b) => b.start - a.start))
		out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return (
		`const __prose = ${JSON.stringify(PROSE_PLACEHOLDER)};\n` +
		`const __proseUrl = ${JSON.stringify(PROSE_URL_PLACEHOLDER)};\n` +
		out
	);
}

export function modelProse(): Plugin {
	return {
		name: 'rewire-model-prose',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer || this.environment?.config.consumer !== 'client') return null;
			const from = importer.split('?')[0];
			const fullImporter = importer.endsWith(proseQuery) || /[\\/]models[\\/]prose\.ts$/.test(from);
			if (!fullImporter) return null;
			const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
			if (!resolved || resolved.external || !resolved.id.startsWith(modelsDir)) return resolved;
			return resolved.id.split('?')[0] + proseQuery;
		},
		load(id) {
			if (!id.endsWith(proseQuery)) return null;
			return readFileSync(id.slice(0, -proseQuery.length), 'utf8');
		},
		transform(code, id) {
			if (this.environment?.config.consumer !== 'client') return null;
			if (id.endsWith(proseQuery) || !declarationFile.test(id)) return null;
			return { code: withoutProse(code, id), map: null };
		}
	};
}
