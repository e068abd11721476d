import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	defaultAuthority,
	onStep,
	parametersFor,
	type AuthorityParameter
} from '../../models/index';
import { medianOf, spreadText } from '../../src/lib/room/tally';

const byId = (id: string) => parametersFor(defaultAuthority).find((p) => p.id === id)!;
const tax = byId('councilTaxIncrease') as Extract<AuthorityParameter, { kind: 'number' }>;
const protection = byId('settlementProtection');

describe('medianOf', () => {
	test('examples: odd takes the middle, even the mean of the middle two on a step', () => {
		expect(medianOf(tax, [], 3)).toBeNull();
		expect(medianOf(tax, [5, 1, 3], 3)).toBe(3);
		expect(medianOf(tax, [1, 2], 3)).toBe(1.5);
		expect(medianOf(tax, [1, 1.01], 3)).toBe(1.01);
		expect(medianOf(protection, [true, true, false], false)).toBe(true);
		expect(medianOf(protection, [true, false], false)).toBe(false);
		expect(medianOf(protection, [true, false], true)).toBe(true);
	});

	test('property: on a slider step, within the choices, with as many at or below as at or above', () => {
		const step = fc.integer({ min: 0, max: 1500 }).map((n) => n / 100);
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (values) => {
				const median = medianOf(tax, values, tax.statusQuo) as number;
				expect(onStep(median, tax.min, tax.step)).toBe(true);
				expect(median).toBeGreaterThanOrEqual(Math.min(...values));
				expect(median).toBeLessThanOrEqual(Math.max(...values));
				const below = values.filter((v) => v < median).length;
				const above = values.filter((v) => v > median).length;
				expect(below).toBeLessThanOrEqual(values.length / 2);
				expect(above).toBeLessThanOrEqual(values.length / 2);
			})
		);
	});

	test('property: a switch follows the majority', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { minLength: 1 }), fc.boolean(), (values, start) => {
				const on = values.filter(Boolean).length;
				const off = values.length - on;
				expect(medianOf(protection, values, start)).toBe(on === off ? start : on > off);
			})
		);
	});
});

test('spreadText says the median, the range and how many chose', () => {
	const text = spreadText((v) => `${v} %`, { count: 3, median: 3, values: [2, 3, 5] });
	expect(text).toBe('median 3 % (2 % to 5 %, 3 people)');
	expect(spreadText(String, { count: 0, median: null, values: [] })).toBe('no choices');
});
