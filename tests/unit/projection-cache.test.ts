/**
 * The projection cache answers exactly what a fresh projection would: for any sample council
 * and scenario, first and second asks equal the engine's own JSON; a council whose figures
 * differ is never answered from another's entry; the cache stays bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorities, type Authority } from '../../models/index';
import { project, projectionToJson, type ScenarioValues } from '../../src/lib/engine/index';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
	cachedProjections,
	checkedBody,
	isCached,
	projectionAnswer,
	projectionBody,
	rememberCheckedBody
} from '../../src/lib/server/projection-cache';
import { forSampled, runs, sampled, slow } from './arbitraries';

const fresh = (authority: Authority, values: ScenarioValues) =>
	JSON.stringify(
		projectionToJson(project(authority, { authorityId: authority.id, values }), values)
	);

describe('projectionBody', () => {
	it('is the fresh projection, asked once or twice', slow(), () => {
		forSampled(runs(40), ({ authority, values }) => {
			const expected = fresh(authority, values);
			expect(projectionBody(authority, values)).toBe(expected);
			expect(projectionBody(authority, values)).toBe(expected);
		});
	});

	it('never answers a council with changed figures from the old entry', () => {
		const [sample] = authorities;
		const before = projectionBody(sample, {});
		const changed = structuredClone(sample);
		changed.figures.councilTaxBase.value += 1000;
		const after = projectionBody(changed, {});
		expect(after).not.toBe(before);
		expect(after).toBe(fresh(changed, {}));
	});

	it('holds at most 256 projections, dropping the least recently used', slow(), () => {
		const [sample] = authorities;
		const kept = { councilTaxIncrease: 1 };
		projectionBody(sample, kept);
		for (let i = 0; i < 300; i++) {
			projectionBody(sample, { councilTaxIncrease: 1 + (i + 1) / 100 });
			if (i % 100 === 0) projectionBody(sample, kept);
		}
		expect(cachedProjections()).toBe(256);
		// Used every hundred projections, so still held; the first of the 300 is long gone.
		expect(isCached(sample, kept)).toBe(true);
		expect(isCached(sample, { councilTaxIncrease: 1.01 })).toBe(false);
		expect(isCached(sample, { councilTaxIncrease: 4 })).toBe(true);
	});
});

const asking = (acceptEncoding: string) =>
	new Request('http://localhost/api/project', {
		method: 'POST',
		headers: { 'accept-encoding': acceptEncoding }
	});

describe('projectionAnswer', () => {
	it('is the fresh projection, as sent or packed, asked once or twice', slow(), async () => {
		await fc.assert(
			fc.asyncProperty(sampled(), async ({ authority, values }) => {
				const expected = fresh(authority, values);
				for (let ask = 0; ask < 2; ask++) {
					const plain = await projectionAnswer(authority, values, asking('identity'));
					expect(plain.encoding).toBeNull();
					expect(plain.body.toString()).toBe(expected);
					const br = await projectionAnswer(authority, values, asking('gzip, br'));
					expect(br.encoding).toBe('br');
					expect(brotliDecompressSync(br.body).toString()).toBe(expected);
					const gzip = await projectionAnswer(authority, values, asking('gzip'));
					expect(gzip.encoding).toBe('gzip');
					expect(gunzipSync(gzip.body).toString()).toBe(expected);
				}
			}),
			{ numRuns: runs(20) }
		);
	});
});

describe('checked bodies', () => {
	it('keeps a body that names a sample council, and no other', () => {
		const [sample] = authorities;
		const values = { councilTaxIncrease: 2 };
		rememberCheckedBody('{"values":{"councilTaxIncrease":2}}', sample, values);
		expect(checkedBody('{"values":{"councilTaxIncrease":2}}')).toEqual({
			authority: sample,
			values
		});
		// The same figures under the sample's id, but not the sample itself (an own council's copy).
		const copy = structuredClone(sample);
		rememberCheckedBody('{"authorityId":"copy","values":{}}', copy, {});
		expect(checkedBody('{"authorityId":"copy","values":{}}')).toBeUndefined();
		const long = JSON.stringify({ values, note: 'x'.repeat(10_000) });
		rememberCheckedBody(long, sample, values);
		expect(checkedBody(long)).toBeUndefined();
	});
});
