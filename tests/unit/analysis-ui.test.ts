/**
 * The Analysis section's words and figures, worked out without a browser: resilience readings
 * and bands in words, guardrail summaries, tornado bars, fans, goal-seek answers and bills.
 */
import { describe, expect, it } from 'vitest';
import {
	authorityById,
	defaultAuthority,
	parametersFor,
	type NumberParameter
} from '../../models/index';
import {
	billRows,
	billSummary,
	exhaustionChart,
	fanChart,
	formatIndicatorValue,
	formatShare,
	formatSignedMillions,
	goalSeekAnswer,
	goalSeekLevers,
	guardrailSummary,
	KEY_YEAR_INDICES,
	preceptsShown,
	carePreceptShown,
	resilienceRows,
	resilienceSummary,
	thresholdsText,
	tornadoBars,
	tornadoSummary,
	WEEKS_A_YEAR
} from '../../src/lib/analysis-ui/analysis-data';
import {
	goalSeek,
	monteCarlo,
	seekableLevers,
	tornado,
	type GoalSeekResult
} from '../../src/lib/engine/analysis/index';
import { baseline, formatParameterValue, project } from '../../src/lib/engine/index';
import { resilienceIndicators } from '../../models/index';

const authority = defaultAuthority;
const base = baseline(authority);
const years = base.years.map((y) => y.year);
const parameters = parametersFor(authority);
const lever = (id: string) => parameters.find((p) => p.id === id) as NumberParameter;

describe('formatting', () => {
	it('formatShare writes shares with a true minus sign and a decimal only below 10 %', () => {
		expect(formatShare(0.25)).toBe('25%');
		expect(formatShare(0.046)).toBe('4.6%');
		expect(formatShare(-0.12)).toBe('−12%');
		expect(formatShare(1.5)).toBe('150%');
		expect(formatShare(-0.0001)).toBe('0.0%');
	});

	it('formatSignedMillions marks a bigger gap with a plus and a smaller one with a minus', () => {
		expect(formatSignedMillions(12_340_000)).toBe('+\u2060£12.3m');
		expect(formatSignedMillions(-4_000_000)).toBe('−£4.0m');
		expect(formatSignedMillions(10)).toBe('£0.0m');
	});
});

describe('resilience in words', () => {
	const sustainability = resilienceIndicators.find((i) => i.id === 'reservesSustainability')!;
	const interest = resilienceIndicators.find((i) => i.id === 'interestToNetBudget')!;

	it('reads years and shares in their own units, capped years as "100+ years"', () => {
		expect(formatIndicatorValue(sustainability, 4.44)).toBe('4.4 years');
		expect(formatIndicatorValue(sustainability, 23.6)).toBe('24 years');
		expect(formatIndicatorValue(sustainability, 100)).toBe('100+ years');
		expect(formatIndicatorValue(interest, 0.062)).toBe('6.2%');
		expect(formatIndicatorValue(interest, null)).toBe('Not measured');
	});

	it('states the bands in the direction in which the indicator is better', () => {
		expect(thresholdsText(sustainability)).toBe(
			'Lower risk at 10 years or more; watch from 5.0 years to 10 years; higher risk below 5.0 years.'
		);
		expect(thresholdsText(interest)).toBe(
			'Lower risk at 5.0% or less; watch above 5.0% up to 8.0%; higher risk above 8.0%.'
		);
	});

	it('gives every indicator a reading for every year, scenario and baseline, with the band in words', () => {
		const rows = resilienceRows(project(authority, { values: { councilTaxIncrease: 9 } }), base);
		expect(rows).toHaveLength(9);
		for (const row of rows) {
			expect(row.cells.map((c) => c.year)).toEqual(years);
			for (const { scenario, baseline: b } of row.cells) {
				for (const reading of [scenario, b]) {
					expect(reading.bandLabel).toBe(
						reading.band === null
							? 'No band'
							: { lower: 'Lower risk', watch: 'Watch', higher: 'Higher risk' }[reading.band]
					);
				}
			}
		}
		expect(KEY_YEAR_INDICES.map((i) => years[i])).toEqual([
			'2026/27',
			'2029/30',
			'2031/32',
			'2036/37'
		]);
	});

	it('names the indicators that change band rather than adding them up into a score', () => {
		expect(resilienceSummary(resilienceRows(base, base), 5)).toBe(
			'In 2031/32 every indicator sits in the same band as in the baseline.'
		);
		const rows = resilienceRows(project(authority, { values: { councilTaxIncrease: 15 } }), base);
		const summary = resilienceSummary(rows, 5);
		expect(summary).toMatch(
			/^In 2031\/32 your scenario is in a lower-risk band than the baseline for /
		);
		expect(summary).toContain('Level of reserves');
		expect(summary).not.toMatch(/\d+ of 9|score/);
	});
});

describe('guardrails in words', () => {
	it('says which limits are broken and which are near, in plain counts', () => {
		expect(guardrailSummary(['clear', 'clear'])).toBe('Your scenario is clear of all 2 limits.');
		expect(guardrailSummary(['breach', 'near', 'near', 'clear'])).toBe(
			'Your scenario breaks one limit and comes near 2 others.'
		);
		expect(guardrailSummary(['breach', 'breach', 'clear'])).toBe(
			'Your scenario breaks 2 limits; the others are clear.'
		);
		expect(guardrailSummary(['near', 'clear'])).toBe(
			'Your scenario comes near one limit; the others are clear.'
		);
	});
});

describe('tornado bars', () => {
	const entries = tornado(authority, { values: {} });
	const bars = tornadoBars(entries, parameters);

	it('keeps the engine’s order and figures, with each end’s value in its units', () => {
		expect(bars.map((b) => b.id)).toEqual(entries.map((e) => e.parameterId));
		expect(bars[0].lowEffect).toBe(entries[0].lowEffect.toNumber());
		expect(bars[0].highEffect).toBe(entries[0].highEffect.toNumber());
		entries.forEach((entry, i) => {
			const p = lever(entry.parameterId);
			expect(bars[i].lowText).toBe(formatParameterValue(p, entry.low).replace(/^-/, '−'));
			expect(bars[i].highText).toBe(formatParameterValue(p, entry.high).replace(/^-/, '−'));
		});
		expect(bars.some((b) => /^−/.test(b.lowText))).toBe(true);
	});

	it('summarises the total and the biggest uncertainty in one sentence', () => {
		const summary = tornadoSummary(bars, base);
		expect(summary).toMatch(/^The gaps from 2027\/28 to 2031\/32 add up to £\d+\.\dm\./);
		expect(summary).toContain(bars[0].label.toLowerCase());
		expect(summary).toContain(formatSignedMillions(bars[0].highEffect));
	});
});

describe('fans', () => {
	const projection = project(authority, { values: {} });
	const result = monteCarlo(authority, { values: {} }, { runs: 200, seed: 7 });

	it('draws the 10th to 90th percentile as a band under the middle run and the scenario as set', () => {
		const fan = fanChart('gap', result, projection);
		expect(fan.bands[0].low).toEqual(result.gap.map((p) => p.p10));
		expect(fan.bands[0].high).toEqual(result.gap.map((p) => p.p90));
		expect(fan.series[0].values).toEqual(result.gap.map((p) => p.p50));
		expect(fan.series[1].values).toEqual(projection.years.map((y) => y.gap.toNumber()));
		expect(fan.series[1].baseline).toBe(true);
		expect(fan.summary).toMatch(/^In 2031\/32 the gap would most likely be £/);
	});

	it('describes reserves wholly below zero as a shortfall, not as negative money', () => {
		const fan = fanChart('reserves', result, projection);
		const last = result.availableReserves[10];
		expect(last.p90).toBeLessThan(0);
		expect(fan.summary).toMatch(/^By 2036\/37 reserves would most likely be used up/);
		expect(fan.summary).not.toContain('−£');
	});

	it('says when reserves run out in more than half the runs', () => {
		const chart = exhaustionChart(result);
		expect(chart.bars[0].values).toEqual(result.exhaustedBy);
		const first = result.exhaustedBy.findIndex((s) => s > 0.5);
		expect(chart.summary).toContain(`by ${years[first]} in more than half the runs`);
		const none = exhaustionChart({ ...result, exhaustedBy: result.exhaustedBy.map(() => 0) });
		expect(none.summary).toBe('In none of the 200 runs do reserves run out by 2036/37.');
	});
});

describe('goal-seek answers', () => {
	const target = { kind: 'reservesAboveMinimum' } as const;
	const councilTax = lever('councilTaxIncrease');
	/** A search's result for a lever, with no lawful limit, no breach and no note. */
	const seekResult = (
		parameter: NumberParameter,
		found: Pick<GoalSeekResult, 'met' | 'value' | 'from' | 'shortfall' | 'evaluations'>
	): GoalSeekResult => ({
		parameterId: parameter.id,
		label: parameter.label,
		...found,
		limit: null,
		onlyByBreach: null,
		note: ''
	});

	it('puts a met target in plain words with the value instead of the current one', () => {
		const result = goalSeek(authority, { values: {} }, target, 'councilTaxIncrease');
		const answer = goalSeekAnswer(result, councilTax, target, years);
		if (result.met) {
			expect(answer.sentence).toBe(
				`Setting council tax increase each year to ${result.value.toFixed(2)} % instead of 4.99 % keeps the general fund above its prudent minimum in every year to 2036/37.`
			);
			expect(answer.canApply).toBe(true);
		} else {
			expect(answer.sentence).toMatch(
				/^No lawful value of council tax increase each year \(at most 4\.99 %\)/
			);
		}
	});

	it('says no value does it, and what the best one leaves, when the target is out of reach', () => {
		const result = seekResult(councilTax, {
			met: false,
			value: councilTax.max,
			from: 4.99,
			shortfall: 12_300_000,
			evaluations: 3
		});
		const answer = goalSeekAnswer(result, councilTax, { kind: 'gapClosed', yearIndex: 5 }, years);
		expect(answer.sentence).toBe(
			`No value of council tax increase each year between 0.00 % and ${councilTax.max.toFixed(2)} % does this on its own; the best is ${councilTax.max.toFixed(2)} %, where a gap of £12.3m remains in 2031/32.`
		);
		expect(answer.canApply).toBe(true);
	});

	it('with the referendum limit on, says no lawful value does it and what only a breach would', () => {
		const result = goalSeek(
			authority,
			// Overspends not re-based, so that a rise above the limit would close the first year's gap.
			{ values: { socialCareInflation: 6, adultCareOverspend: 0, childrenCareOverspend: 0 } },
			{ kind: 'gapClosed', yearIndex: 1 },
			'councilTaxIncrease'
		);
		const answer = goalSeekAnswer(result, councilTax, { kind: 'gapClosed', yearIndex: 1 }, years);
		expect(answer.sentence).toMatch(
			/^No lawful value of council tax increase each year \(at most 4\.99 %\) does this on its own; it is already at the lawful limit, and at 4\.99 % .+\. Only a breach of the law would do it: council tax increase each year at \d+\.\d\d % would, but a rise above the 4\.99 % limit needs a local referendum each year\. The best lawful value is 4\.99 %\.$/
		);
		expect(answer.canApply).toBe(false);
	});

	it('says when the scenario already meets the target, and offers nothing to apply', () => {
		const result = seekResult(councilTax, {
			met: true,
			value: 4.99,
			from: 4.99,
			shortfall: 0,
			evaluations: 1
		});
		const answer = goalSeekAnswer(result, councilTax, { kind: 'gapClosed', yearIndex: 1 }, years);
		expect(answer.sentence).toBe(
			'Your scenario already leaves no gap in 2027/28, with council tax increase each year at 4.99 %.'
		);
		expect(answer.canApply).toBe(false);
	});

	it('will not apply a value beyond this council’s own range, and says why', () => {
		const county = parametersFor(authorityById.get('anyshire')!);
		const retention = county.find((p) => p.id === 'businessRatesRetention') as NumberParameter;
		const result = seekResult(retention, {
			met: true,
			value: retention.max + 10,
			from: retention.statusQuo,
			shortfall: 0,
			evaluations: 5
		});
		const answer = goalSeekAnswer(result, retention, target, years);
		expect(answer.canApply).toBe(false);
		expect(answer.sentence).toContain('beyond this council’s range');
	});

	it('offers only number levers that apply to the council', () => {
		const district = authorityById.get('anyvale')!;
		const levers = goalSeekLevers(parametersFor(district), seekableLevers);
		expect(levers.length).toBeGreaterThan(5);
		expect(levers.every((p) => p.kind === 'number' && p.lever)).toBe(true);
		expect(levers.map((p) => p.id)).not.toContain('preventionInvestment');
		expect(levers.find((p) => p.id === 'councilTaxIncrease')!.statusQuo).toBe(2.99);
	});
});

describe('bills by band', () => {
	const scenario = project(authority, { values: { councilTaxIncrease: 2.99 } });
	const rows = billRows(scenario, base, 5);

	it('adds up each band’s precepts and spreads the year over 52 weeks', () => {
		expect(rows.map((r) => r.band)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
		for (const row of rows) {
			expect(row.council + row.police + row.fire + row.other).toBeCloseTo(row.total, 2);
			expect(row.perWeek).toBeCloseTo(row.total / WEEKS_A_YEAR, 10);
			expect(row.changeAYear).toBeCloseTo(row.total - row.baselineTotal, 10);
			expect(row.changeAYear).toBeLessThan(0);
		}
	});

	it('leaves out precepts that are nothing on every band', () => {
		expect(preceptsShown(rows)).not.toContain('other');
		expect(preceptsShown(rows)).not.toContain('parish');
		expect(preceptsShown(rows)).toEqual(expect.arrayContaining(['police', 'fire']));
		expect(carePreceptShown(rows)).toBe(false);
	});

	it('shows parish precepts beside the others, and the care precept within the council’s', () => {
		const figures = {
			...authority.figures,
			adultSocialCarePreceptBandD: { ...authority.figures.adultSocialCarePreceptBandD, value: 250 },
			parishPreceptBandD: { ...authority.figures.parishPreceptBandD, value: 90 }
		};
		const withParts = project({ ...authority, figures }, { values: {} });
		const partsRows = billRows(withParts, withParts, 0);
		expect(preceptsShown(partsRows)).toContain('parish');
		expect(carePreceptShown(partsRows)).toBe(true);
		const d = partsRows.find((r) => r.band === 'D')!;
		expect(d.adultSocialCare).toBe(250);
		expect(d.parish).toBe(90);
		expect(d.council + d.police + d.fire + d.other + d.parish).toBeCloseTo(d.total, 2);
	});

	it('says what a Band D household pays, a week too, against the baseline', () => {
		const d = rows.find((r) => r.band === 'D')!;
		expect(billSummary(rows, '2031/32')).toMatch(
			/^In 2031\/32 a Band D household would pay £[\d,]+\.\d\d in all \(£\d+\.\d\d a week\), £[\d,]+\.\d\d a year less than the baseline\.$/
		);
		expect(d.total).toBeLessThan(d.baselineTotal);
		expect(billSummary(billRows(base, base, 5), '2031/32')).toContain('the same as the baseline');
	});
});
