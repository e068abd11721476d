import { describe, expect, it } from 'vitest';
import { authorities, defaultAuthority, MODEL_VERSION, presets } from '../../models/index';
import {
	baselineColour,
	compareCharts,
	compareHighContrast,
	compareQuery,
	comparedScenarios,
	differingParameters,
	headlineLines,
	linkEntry,
	MAX_COMPARED,
	highContrastScenarioColours,
	parseEntryKey,
	scenarioColours
} from '../../src/lib/compare/compare';
import { project } from '../../src/lib/engine/index';

const preset = (id: string) => presets.find((p) => p.id === id)!;

describe('comparing scenarios', () => {
	it('reads the kinds of entry a comparison link can name', () => {
		expect(parseEntryKey('preset:full-rewiring')).toEqual({ kind: 'preset', ref: 'full-rewiring' });
		expect(parseEntryKey('saved:abc123')).toEqual({ kind: 'saved', ref: 'abc123' });
		expect(parseEntryKey('link:councilTaxIncrease=2.99&v=2026.2')).toEqual({
			kind: 'link',
			ref: 'councilTaxIncrease=2.99&v=2026.2'
		});
		expect(parseEntryKey('nonsense')).toBeNull();
	});

	it('keeps each scenario’s colour and projects it, at most six', () => {
		const entries = Array.from({ length: 8 }, (_, i) => ({
			key: `link:${i}`,
			label: `S${i}`,
			values: { councilTaxIncrease: i }
		}));
		const compared = comparedScenarios(defaultAuthority, entries);
		expect(compared).toHaveLength(MAX_COMPARED);
		expect(compared.map((c) => c.colour)).toEqual(scenarioColours);
		expect(compared[2].projection.years[1].bandDCouncilTax.toFixed(2)).toBe(
			project(defaultAuthority, {
				values: { councilTaxIncrease: 2 }
			}).years[1].bandDCouncilTax.toFixed(2)
		);
	});

	it('lists only the parameters on which the scenarios differ', () => {
		const rows = differingParameters(defaultAuthority, [
			preset('growth-only'),
			preset('full-rewiring'),
			{ values: { touristLevy: 1 } }
		]);
		const ids = rows.map((r) => r.parameter.id);
		// Every one of the three sets a £1 tourist levy: not a difference.
		expect(ids).not.toContain('touristLevy');
		expect(ids).toContain('settlementProtection');
		expect(ids).toContain('feesCostRecovery');
		const fees = rows.find((r) => r.parameter.id === 'feesCostRecovery')!;
		expect(fees.values).toEqual(['85 %', '85 %', '70 %']);
		expect(fees.statusQuo).toBe('70 %');
	});

	it('reads a modeller link, dropping what the model refuses', () => {
		const { values, notices } = linkEntry(
			defaultAuthority,
			`v=${MODEL_VERSION}&councilTaxIncrease=2.99&touristLevy=99`
		);
		expect(values).toEqual({ councilTaxIncrease: 2.99 });
		expect(notices.join(' ')).toContain('Tourist levy');
	});

	it('gives the headline lines year by year', () => {
		const base = project(defaultAuthority, { values: {} });
		const gap = headlineLines.find((l) => l.id === 'gap')!;
		expect(gap.get(base, 5)).toBeCloseTo(base.years[5].gap.toNumber(), 2);
		const bill = headlineLines.find((l) => l.id === 'bandD')!;
		// The base year's Band D bill: £2,225.79 council, £272.95 police, £97.85 fire.
		expect(bill.get(base, 0)).toBe(2596.59);
	});

	it('writes a comparison link that names the council only when it is not the default', () => {
		expect(compareQuery(defaultAuthority, ['preset:status-quo', 'link:a=1&b=2'])).toBe(
			's=preset%3Astatus-quo&s=link%3Aa%3D1%26b%3D2'
		);
		expect(compareQuery(authorities[2], ['preset:growth-only'])).toBe(
			'a=anyvale&s=preset%3Agrowth-only'
		);
	});
});

/** WCAG's contrast ratio between two colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const v = parseInt(hex.slice(i, i + 2), 16) / 255;
			return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('presenting a comparison in high contrast', () => {
	it('draws every scenario and the baseline at least 4.5:1 against black', () => {
		expect(highContrastScenarioColours).toHaveLength(scenarioColours.length);
		for (const colour of [...scenarioColours, baselineColour]) {
			const onBlack = compareHighContrast[colour];
			expect(onBlack, colour).toBeDefined();
			expect(contrast(onBlack, '#000000'), `${colour} → ${onBlack}`).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('keeps the six scenarios apart from one another', () => {
		expect(new Set(highContrastScenarioColours).size).toBe(scenarioColours.length);
	});
});

describe('the comparison charts', () => {
	it('overlay every scenario in its colour over the baseline, and name each in the summary', () => {
		const authority = defaultAuthority;
		const compared = comparedScenarios(
			authority,
			['full-rewiring', 'demand-shock', 'growth-only'].map((id) => ({
				key: `preset:${id}`,
				label: preset(id).label,
				values: preset(id).values
			}))
		);
		const charts = compareCharts(authority, compared);
		expect(charts.map((c) => c.id)).toEqual([
			'compare-gap',
			'compare-reserves',
			'compare-bill',
			'compare-local',
			'compare-trust'
		]);
		for (const chart of charts) {
			expect(chart.series.map((s) => s.colour)).toEqual([
				...scenarioColours.slice(0, 3),
				baselineColour
			]);
			for (const s of compared) expect(chart.summary, chart.id).toContain(s.label);
			expect(chart.summary, chart.id).toMatch(/baseline/i);
		}
	});
});
