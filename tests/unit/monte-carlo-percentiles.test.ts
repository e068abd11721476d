import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentiles } from '../../src/lib/engine/analysis/monte-carlo';

/** The percentiles as read from the values sorted: what percentiles() must equal. */
function bySorting(values: Float64Array) {
	const sorted = values.slice().sort();
	const at = (q: number) => {
		const position = (sorted.length - 1) * q;
		const below = Math.floor(position);
		const above = Math.min(sorted.length - 1, below + 1);
		return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
	};
	return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

describe('Monte Carlo percentiles found by selection', () => {
	// Few distinct values (many ties, both zeros) as well as spread ones, any length from one run.
	const value = fc.oneof(
		fc.constantFrom(0, -0, 1, -1, 0.5, 1e9, -1e9),
		fc.double({ min: -1e12, max: 1e12, noNaN: true })
	);
	it('equal the percentiles of the sorted values, bit for bit', () => {
		fc.assert(
			fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), (list) => {
				const values = Float64Array.from(list);
				const expected = bySorting(values);
				const found = percentiles(values);
				for (const q of ['p10', 'p50', 'p90'] as const)
					expect(Object.is(found[q], expected[q])).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
