/**
 * The projection cache answers exactly what a fresh projection would: for any sample council
 * and scenario, first and second asks equal the engine's own JSON; a council whose figures
 * differ is never answered from another's entry; the cache stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { authorities, type Authority } from '../../models/index';
import { project, projectionToJson, type ScenarioValues } from '../../src/lib/engine/index';
import { cachedProjections, isCached, projectionBody } from '../../src/lib/server/projection-cache';
import { forSampled, runs, slow } from './arbitraries';

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
