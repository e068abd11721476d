import fc from 'fast-check';
import { scaleBand, scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { sameList, sameRecords, sameScale, steady } from '../../src/lib/charts/steady';

describe('steady: a derived value kept while a new one is the same', () => {
	it('returns the value it kept while each next is the same, and the next once it differs', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 })), (lists) => {
				const keep = steady<number[]>(sameList);
				let kept: number[] | undefined;
				for (const list of lists) {
					const given = [...list];
					const got = keep(given);
					if (kept && sameList(kept, given)) expect(got).toBe(kept);
					else expect(got).toBe(given);
					kept = got;
				}
			})
		);
	});

	it('compares records field by field, and a missing or extra field differs', () => {
		expect(sameRecords([{ label: 'A', colour: '#000' }], [{ label: 'A', colour: '#000' }])).toBe(
			true
		);
		expect(sameRecords([{ label: 'A', colour: '#000' }], [{ label: 'A', colour: '#111' }])).toBe(
			false
		);
		expect(sameRecords<object>([{ label: 'A' }], [{ label: 'A', colour: '#000' }])).toBe(false);
		expect(sameRecords([{ label: 'A' }], [{ label: 'A' }, { label: 'B' }])).toBe(false);
	});

	it('holds two scales the same only when they place every value alike', () => {
		const linear = (low: number, high: number, top = 16) =>
			scaleLinear().domain([low, high]).range([248, top]);
		expect(sameScale(linear(0, 100), linear(0, 100))).toBe(true);
		expect(sameScale(linear(0, 100), linear(0, 120))).toBe(false);
		expect(sameScale(linear(0, 100), linear(0, 100, 20))).toBe(false);
		const band = (years: string[], padding: number, right = 600) =>
			scaleBand<string>().domain(years).range([64, right]).padding(padding);
		const years = ['2026/27', '2027/28'];
		expect(sameScale(band(years, 0.2), band([...years], 0.2))).toBe(true);
		expect(sameScale(band(years, 0.2), band(years, 0.3))).toBe(false);
		expect(sameScale(band(years, 0.2), band(years, 0.2, 640))).toBe(false);
		expect(sameScale(band(years, 0.2), band([...years, '2028/29'], 0.2))).toBe(false);
	});
});
