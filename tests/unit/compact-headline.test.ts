/**
 * The compact headline (kept in view above the levers on narrow screens) says the same as the
 * full one: each figure from the same projection, against the same baseline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAuthority } from '../../models/index';
import {
	baseline,
	compactHeadline,
	formatMoneyMillions,
	formatPounds,
	headlines,
	project
} from '../../src/lib/engine/index';

describe('compactHeadline', () => {
	it('at the status quo, each figure equals its baseline', () => {
		const base = baseline(defaultAuthority);
		const h = headlines(project(defaultAuthority, { values: {} }), base);
		const [gap, reserves, bill] = compactHeadline(h);
		const m = formatMoneyMillions(h.gap.abs());
		expect(gap).toBe(
			`${h.gap.isNegative() ? 'Surplus' : 'Gap'} ${h.gapYear}: ${m} (baseline ${m})`
		);
		expect(reserves).toBe(
			`Reserves run out ${h.reservesExhaustedIn} (baseline ${h.reservesExhaustedIn})`
		);
		expect(bill).toBe(
			`Band D: ${formatPounds(h.bandDBill)} (baseline ${formatPounds(h.bandDBill)})`
		);
	});

	it('carries the scenario’s own figures, each beside the baseline’s, for any council tax rise', () => {
		const base = baseline(defaultAuthority);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999 }), (hundredths) => {
				const values = { councilTaxIncrease: hundredths / 100 };
				const h = headlines(project(defaultAuthority, { values }), base);
				const [gap, reserves, bill] = compactHeadline(h);
				expect(gap).toContain(formatMoneyMillions(h.gap.abs()));
				expect(gap).toContain(`(baseline ${formatMoneyMillions(h.baselineGap.abs())})`);
				expect(
					reserves.startsWith(h.reservesExhaustedIn ? 'Reserves run out' : 'Reserves last')
				).toBe(true);
				expect(bill).toBe(
					`Band D: ${formatPounds(h.bandDBill)} (baseline ${formatPounds(h.baselineBandDBill)})`
				);
				// Short enough for a 320 px line or two.
				for (const line of [gap, reserves, bill]) expect(line.length).toBeLessThan(60);
			}),
			{ numRuns: 25 }
		);
	});
});
