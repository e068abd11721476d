/**
 * The browser's first load carries placeholders for the models' prose (scripts/vite-model-prose.ts)
 * and models/prose.ts brings the text back. Checked on the real declarations: the models as the
 * browser build sees them still pass every check when they load, differ from the real ones only
 * in prose, and the prose restored gives back every parameter, preset and sample council exactly.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as full from '../../models/index';
import { authorityWithProse, parameterWithProse, presetWithProse } from '../../models/prose';
import { PROSE_PLACEHOLDER, PROSE_URL_PLACEHOLDER } from '../../models/prose-placeholder';
import { withoutProse } from '../../scripts/vite-model-prose';

const declarationFiles = [
	'parameters.ts',
	'plan.ts',
	'presets.ts',
	'changelog.ts',
	...readdirSync('models/authorities').map((name) => `authorities/${name}`)
];

/** Every string in a value, with where it is. */
function strings(value: unknown, at = ''): [string, string][] {
	if (typeof value === 'string') return [[at, value]];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, item]) => strings(item, `${at}.${key}`));
}

let dir: string;
let browser: typeof full;

beforeAll(async () => {
	// A copy of models/ as the browser build rewrites it, inside the repository so that its
	// imports (zod) resolve as the real ones do.
	dir = mkdtempSync(join('node_modules', '.prose-test-'));
	cpSync('models', join(dir, 'models'), { recursive: true });
	for (const file of declarationFiles) {
		const path = join(dir, 'models', file);
		writeFileSync(path, withoutProse(readFileSync(path, 'utf8'), path));
	}
	browser = await import(/* @vite-ignore */ join(process.cwd(), dir, 'models/index.ts'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the models without their prose', () => {
	it('replaces written prose, and only prose', () => {
		const code = withoutProse(
			`const a = { id: 'x', label: 'Tax', unit: 'percent', caveat: 'Needs a law.', description: 'A long explanation.', note: e.note, source: { title: 'T', publisher: 'P' + 'Q', year: 2025, url: 'https://a.b/' }, changes: ['one', \`two \${n}\`] };`
		);
		expect(code).toContain(`label: 'Tax'`);
		expect(code).toContain(`caveat: 'Needs a law.'`);
		expect(code).toContain('note: e.note');
		expect(code).toContain('year: 2025');
		expect(code).not.toMatch(/A long explanation|'T'|'P'|https:\/\/a\.b|'one'|two/);
		expect(code).toContain('changes: [__prose, __prose]');
		expect(code).toContain('url: __proseUrl');
	});

	it('still pass every check of models/index.ts, with the same figures', () => {
		expect(browser.parameters).toHaveLength(full.parameters.length);
		expect(browser.MODEL_VERSION).toBe(full.MODEL_VERSION);
		// Most of the text really is gone from what the browser first loads.
		const text = (value: unknown) =>
			strings(value)
				.filter(([, s]) => s !== PROSE_PLACEHOLDER && s !== PROSE_URL_PLACEHOLDER)
				.reduce((sum, [, s]) => sum + s.length, 0);
		expect(text(browser.parameters)).toBeLessThan(text(full.parameters) / 4);
		expect(text(browser.authorities)).toBeLessThan(text(full.authorities) / 2);
		expect(JSON.stringify(browser.parameters)).not.toContain(full.parameters[0].description);
	});

	it('gives back every parameter, preset and sample council exactly with models/prose.ts', () => {
		expect(browser.parameters.map((p) => parameterWithProse(p))).toEqual(full.parameters);
		expect(browser.presets.map((p) => presetWithProse(p))).toEqual(full.presets);
		expect(browser.authorities.map((a) => authorityWithProse(a))).toEqual(full.authorities);
		for (const authority of browser.authorities) {
			const real = full.authorityById.get(authority.id)!;
			expect(browser.parametersFor(authority).map((p) => parameterWithProse(p))).toEqual(
				full.parametersFor(real)
			);
		}
	});

	it('leaves a council of the officer’s own, and prose already there, as it is', () => {
		const own = { ...full.defaultAuthority, id: 'own-council', description: 'Our own words here.' };
		expect(authorityWithProse(own)).toBe(own);
		expect(parameterWithProse(full.parameters[0])).toBe(full.parameters[0]);
	});
});
