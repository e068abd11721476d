import { describe, expect, it } from 'vitest';
import { authorities, presets } from '../../models/index';
import {
	baseline,
	formatMoneyMillions,
	formatParameterValue,
	leverEffects,
	narrative
} from '../../src/lib/engine/index';

const anyborough = authorities[0];
const preset = (id: string) => ({ values: presets.find((p) => p.id === id)!.values });

describe('narrative', () => {
	it('describes the baseline as the baseline, with its gap, reserves and bill', () => {
		const text = narrative(anyborough, { values: {} });
		expect(text).toMatch(/^This is the baseline for Anyborough Metropolitan Borough Council/);
		// The headline year is the fifth projected one: 2031/32 from the 2026/27 base.
		const gap = formatMoneyMillions(baseline(anyborough).years[5].gap);
		expect(text).toContain(`In 2031/32 the council faces a gap of ${gap}, against a gap of ${gap}`);
		expect(text).toContain(
			'Reserves available to meet the gap run out in 2028/29, as in the baseline'
		);
		// Band D £2,225.79 up 4.99 % a year to £2,839.39, police £272.95 and fire £97.85 up 3 % a
		// year to £316.43 and £113.43, each to the penny every year: £3,269.25, £62.87 a week.
		expect(text).toContain(
			'A Band D bill in 2031/32 would be £3,269.25 (£62.87 a week), the same as the baseline'
		);
		expect(text).toMatch(/Effects on trust are indicative only\.$/);
	});

	it('puts the largest changes first and says whether each closes or adds to the gap', () => {
		const text = narrative(anyborough, preset('demand-shock'));
		expect(text).toMatch(
			/most to the 2031\/32 gap \(of 5 changes\) are: Placement cost inflation, children’s social care: 8\.0 % \(adds £\d+\.\dm\);/
		);
		expect(text).toContain(
			'Reserves available to meet the gap run out in 2028/29, as in the baseline'
		);
		const effects = leverEffects(anyborough, preset('demand-shock'));
		const sizes = effects.map((e) => e.gapChange.abs().toNumber());
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
	});

	it('says when reserves last, the bill rises, a referendum is needed and what is assumed', () => {
		const text = narrative(anyborough, { values: { councilTaxIncrease: 7, localSalesTax: 2 } });
		expect(text).toContain('Local sales tax: 2.0 % (closes');
		expect(text).toContain('a surplus of');
		expect(text).toContain(
			'Reserves available to meet the gap last all ten years, where in the baseline they run out in 2028/29'
		);
		expect(text).toMatch(/£\d{3}\.\d{2} a year more than the baseline/);
		expect(text).toMatch(
			/From 2027\/28: A council tax rise of 7 % is above the 4\.99 % limit.*Localism Act 2011/
		);
		expect(text).toContain('“Local sales tax” rests on assumptions rather than published evidence');
	});

	it('is deterministic: the same scenario always gives the same text', () => {
		for (const p of presets) {
			expect(narrative(anyborough, { values: p.values })).toBe(
				narrative(anyborough, { values: p.values })
			);
		}
	});

	it('ignores levers that do not apply to the authority', () => {
		const district = authorities.find((a) => a.kind === 'shire district')!;
		const text = narrative(district, { values: { preventionInvestment: 10 } });
		expect(text).toMatch(/^This is the baseline for Anyvale District Council/);
	});
});

describe('formatParameterValue', () => {
	it('writes each unit as the slider shows it', () => {
		const f = formatParameterValue;
		expect(f({ unit: 'percent', step: 0.01 }, 4.99)).toBe('4.99 %');
		expect(f({ unit: 'gbpMillionsPerYear', step: 0.5 }, 20)).toBe('£20.0m a year');
		expect(f({ unit: 'gbp', step: 0.1 }, 1.5)).toBe('£1.50');
		expect(f({ unit: 'gbp', step: 50 }, 1500)).toBe('£1,500');
		expect(f({ unit: 'gbp', step: 0.1 }, -4)).toBe('−£4.00');
		expect(f({ unit: 'pence', step: 0.1 }, -2)).toBe('−2.0p');
		expect(f({ unit: 'boolean' }, true)).toBe('on');
	});
});
