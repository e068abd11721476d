/**
 * The fast path is compiled from the one generic definition of the accounts (core.ts, plan.ts)
 * by scripts/generate-float-engine.ts, and made again whenever the sources change
 * (scripts/float-engine.ts, run by vite.config.ts before these tests). If the copies were not
 * made again, the fast path would drift from the decimal reference: this fails first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	floatCopies,
	floatEngineIsCurrent,
	readSource,
	sourcesDigest
} from '../../scripts/float-engine';
import { floatEngineFiles } from '../../scripts/generate-float-engine';

// Each case runs the TypeScript compiler and Prettier over both sources: about a second on a
// quiet machine, past vitest's 5 s at load 12 on two cores.
const compiling = { timeout: 30_000 };

describe('the generated float engine', () => {
	it('is exactly what npm run gen:engine writes from core.ts and plan.ts', compiling, async () => {
		const files = await floatEngineFiles();
		expect(Object.keys(files).sort()).toEqual([
			'core.float.generated.ts',
			'plan.float.generated.ts'
		]);
		for (const [name, text] of Object.entries(files)) {
			const onDisk = readFileSync(new URL(`../../src/lib/engine/${name}`, import.meta.url), 'utf8');
			expect(onDisk, `${name} is stale: run npm run gen:engine`).toBe(text);
		}
	});

	it('is stale, by its digest, as soon as either source changes', () => {
		expect(floatEngineIsCurrent()).toBe(true);
		const now = sourcesDigest();
		for (const name of Object.keys(floatCopies) as (keyof typeof floatCopies)[]) {
			const edited = sourcesDigest((source) => readSource(source) + (source === name ? ' ' : ''));
			expect(edited, `an edit to ${name}`).not.toBe(now);
		}
		for (const copy of Object.values(floatCopies)) {
			const onDisk = readFileSync(new URL(`../../src/lib/engine/${copy}`, import.meta.url), 'utf8');
			expect(onDisk.split('\n', 1)[0]).toContain(`sources ${now}`);
		}
	});

	it('has no operation on k left, and never touches decimal.js', compiling, async () => {
		for (const text of Object.values(await floatEngineFiles())) {
			expect(text).not.toMatch(/\bk\.[a-zA-Z]+/);
			expect(text).not.toMatch(/from '[^']*decimal/);
		}
	});
});
