/**
 * Priming the fast path (fast.ts): the workers project each sample council with every lever at
 * each end of its range before their first analysis, so that V8 has seen the accounts' paths.
 * The values must be ones a council could set, and priming must change no result.
 */
import { describe, expect, it } from 'vitest';
import { authorities, parametersFor } from '../../models/index';
import { FastEngine, parseScenarioValues } from '../../src/lib/engine/index';
import { leversAtEnd, primeFastPath } from '../../src/lib/engine/fast';

describe('priming the fast path', () => {
	it.each(authorities.map((a) => [a.id, a] as const))(
		'%s: every lever that applies, at the top and the bottom of its range',
		(_, authority) => {
			const top = leversAtEnd(authority, 'top');
			const bottom = leversAtEnd(authority, 'bottom');
			const levers = parametersFor(authority).filter((p) => p.lever && !p.notApplicable);
			expect(Object.keys(top).sort()).toEqual(levers.map((p) => p.id).sort());
			for (const p of levers) {
				if (p.kind === 'boolean') expect([top[p.id], bottom[p.id]], p.id).toEqual([true, false]);
				else expect([top[p.id], bottom[p.id]], p.id).toEqual([p.max, p.min]);
			}
			expect(parseScenarioValues(top, authority)).toEqual({ ok: true, values: top });
			expect(parseScenarioValues(bottom, authority)).toEqual({ ok: true, values: bottom });
		}
	);

	it('changes no result', () => {
		const project = () =>
			authorities.map((authority) => {
				const engine = new FastEngine(authority, leversAtEnd(authority, 'top')).run();
				return [...engine.gap, ...engine.closingReserves, ...engine.income];
			});
		const before = project();
		primeFastPath();
		expect(project()).toEqual(before);
	});
});
