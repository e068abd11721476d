/**
 * Comparing scenarios side by side: which scenarios a comparison link names, the colour each
 * keeps on every chart, the parameters on which they differ, and their headline figures year by
 * year against the baseline. Pure functions; the page and its server load only wire them up.
 */
import {
	defaultAuthority,
	parametersFor,
	presets,
	type Authority,
	type AuthorityParameter
} from '../../../models/index';
import {
	baseline,
	formatMoneyMillions,
	formatParameterValue,
	formatPercent,
	formatPounds,
	project,
	type Projection,
	type ScenarioValues
} from '../engine/index';
import { millions, millionsTick, pounds, poundsTick } from '../charts/chart-data';
import { readScenarioQuery, scenarioQueryKeys } from '../scenario-url';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

/** Six colours that stay distinct for the common colour-vision deficiencies (Okabe–Ito based). */
export const scenarioColours = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#6a4c93', '#8a6d00'];
export const baselineColour = '#505a5f';

/**
 * The same six on black, for a high-contrast slide: lighter versions of each hue (several of
 * the originals are under 4.5:1 there), so a scenario keeps the colour the room already knows.
 */
export const highContrastScenarioColours = [
	'#56b4e9',
	'#ff8a3d',
	'#2ee8a5',
	'#f5a3d0',
	'#b99bff',
	'#f0c63c'
];

/** Each compare colour, and the baseline's, to its high-contrast counterpart (for `recoloured`). */
export const compareHighContrast: Record<string, string> = {
	...Object.fromEntries(scenarioColours.map((c, i) => [c, highContrastScenarioColours[i]])),
	[baselineColour]: '#bfc5c9'
};

export interface ComparedScenario {
	/** As it appears in the link: "preset:full-rewiring", "saved:<id>" or "link:<query>". */
	key: string;
	label: string;
	values: ScenarioValues;
	colour: string;
	projection: Projection;
}

export type EntryKind = 'preset' | 'saved' | 'link';

export function parseEntryKey(key: string): { kind: EntryKind; ref: string } | null {
	const match = /^(preset|saved|link):(.*)$/s.exec(key);
	return match ? { kind: match[1] as EntryKind, ref: match[2] } : null;
}

/** A scenario from the modeller's address, e.g. "councilTaxIncrease=2.99&settlementProtection=1". */
export function linkEntry(authority: Authority, query: string) {
	const params = new URLSearchParams(query);
	params.delete(scenarioQueryKeys.authority);
	const decoded = readScenarioQuery(params, new Map([[authority.id, authority]]));
	return { values: decoded.values, notices: decoded.notices };
}

export function presetEntry(id: string) {
	return presets.find((p) => p.id === id);
}

export function comparedScenarios(
	authority: Authority,
	entries: { key: string; label: string; values: ScenarioValues }[]
): ComparedScenario[] {
	return entries.slice(0, MAX_COMPARED).map((entry, i) => ({
		...entry,
		colour: scenarioColours[i],
		projection: project(authority, { values: entry.values })
	}));
}

export interface DifferingParameter {
	parameter: AuthorityParameter;
	statusQuo: string;
	/** One per compared scenario, in order. */
	values: string[];
}

/** Only the parameters on which the compared scenarios do not all agree. */
export function differingParameters(
	authority: Authority,
	scenarios: { values: ScenarioValues }[]
): DifferingParameter[] {
	return parametersFor(authority).flatMap((parameter) => {
		const values = scenarios.map((s) => s.values[parameter.id] ?? parameter.statusQuo);
		if (values.every((v) => v === values[0])) return [];
		return [
			{
				parameter,
				statusQuo: formatParameterValue(parameter, parameter.statusQuo),
				values: values.map((v) => formatParameterValue(parameter, v))
			}
		];
	});
}

export interface HeadlineLine {
	id: 'gap' | 'exceptionalSupport' | 'closingAvailableReserves' | 'bandD';
	label: string;
	get: (projection: Projection, index: number) => number;
}

export const headlineLines: HeadlineLine[] = [
	{ id: 'gap', label: 'Gap', get: (p, i) => p.years[i].gap.toNumber() },
	{
		id: 'exceptionalSupport',
		label: 'Exceptional support (the budget plan)',
		get: (p, i) => p.years[i].exceptionalSupport.toNumber()
	},
	{
		id: 'closingAvailableReserves',
		label: 'Reserves available',
		get: (p, i) => p.years[i].closingAvailableReserves.toNumber()
	},
	{
		id: 'bandD',
		label: 'Band D bill',
		get: (p, i) => p.years[i].bandDBill.toNumber()
	}
];

/** A comparison link: the authority (unless the default) and each scenario in order. */
export function compareQuery(authority: Authority, keys: string[]): string {
	const params = new URLSearchParams();
	if (authority.id !== defaultAuthority.id) params.set(scenarioQueryKeys.authority, authority.id);
	for (const key of keys) params.append('s', key);
	return params.toString();
}

/**
 * The comparison's five charts, each overlaying every scenario in its colour over the dashed
 * baseline, with a one-sentence summary naming each scenario's figure (the compare page and
 * its presentation both draw these).
 */
export function compareCharts(authority: Authority, compared: ComparedScenario[]) {
	const base = baseline(authority);
	const years = base.years.map((y) => y.year);
	const last = years.length - 1;
	const lastYear = years[last];
	function seriesOf(get: (p: Projection, i: number) => number) {
		return [
			...compared.map((s) => ({
				id: s.key,
				label: s.label,
				values: years.map((_, i) => get(s.projection, i)),
				colour: s.colour
			})),
			{
				id: 'baseline',
				label: 'Baseline',
				values: years.map((_, i) => get(base, i)),
				colour: baselineColour,
				baseline: true
			}
		];
	}
	const each = (figure: (p: Projection) => string) =>
		compared.map((s) => `${s.label} ${figure(s.projection)}`).join('; ') +
		` (baseline ${figure(base)})`;
	const bandD = (p: Projection) => p.years[last].bandDBill;
	const runOut = (p: Projection) =>
		p.reservesExhaustedIn ? `run out in ${p.reservesExhaustedIn}` : 'last all ten years';
	return [
		{
			id: 'compare-gap',
			title: 'The yearly gap',
			summary: `In ${years[5]}: ${each((p) => formatMoneyMillions(p.years[5].gap))}.`,
			series: seriesOf((p, i) => p.years[i].gap.toNumber()),
			format: millions,
			tickFormat: millionsTick
		},
		{
			id: 'compare-reserves',
			title: 'Reserves available to meet the gap',
			summary:
				compared.map((s) => `${s.label}: ${runOut(s.projection)}`).join('; ') +
				`. Baseline: ${runOut(base)}.`,
			series: seriesOf((p, i) => p.years[i].closingAvailableReserves.toNumber()),
			format: millions,
			tickFormat: millionsTick
		},
		{
			id: 'compare-bill',
			title: 'A Band D council tax bill',
			summary: `In ${lastYear}: ${each((p) => formatPounds(bandD(p)))}.`,
			series: seriesOf((p, i) => p.years[i].bandDBill.toNumber()),
			format: pounds,
			tickFormat: poundsTick,
			zero: false
		},
		{
			id: 'compare-local',
			title: 'Share of income raised locally',
			summary: `In ${lastYear}: ${each((p) => formatPercent(p.years[last].locallyRaisedShare))}.`,
			series: seriesOf((p, i) => p.years[i].locallyRaisedShare),
			format: (v: number) => formatPercent(v),
			zero: false
		},
		{
			id: 'compare-trust',
			title: 'Trust in the council (indicative)',
			summary: `Indicative only. In ${lastYear}: ${each((p) => formatPercent(p.years[last].trust.trust))}.`,
			series: seriesOf((p, i) => p.years[i].trust.trust),
			format: (v: number) => formatPercent(v),
			zero: false
		}
	];
}
export type CompareChart = ReturnType<typeof compareCharts>[number];
