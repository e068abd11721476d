/**
 * The scenario in the address bar: a link holds the model version, the authority (when not the
 * default) and only what differs from the status quo; reading it back gives exactly the same
 * scenario; anything the model does not accept is dropped with a notice that names it.
 */
import { describe, expect, it } from 'vitest';
import {
	authorities,
	authorityById,
	defaultAuthority,
	MODEL_VERSION,
	parametersFor,
	presets,
	type Authority
} from '../../models/index';
import {
	changedValues,
	formatParameterValue,
	type ScenarioValues
} from '../../src/lib/engine/index';
import {
	readQueryValues,
	readScenarioQuery,
	scenarioQuery,
	scenarioQueryKeys,
	writeScenarioQuery
} from '../../src/lib/scenario-url';

const read = (query: string) => readScenarioQuery(new URLSearchParams(query));
const district = authorityById.get('anyvale')!;

/** A preset as the modeller applies it: each value held within the authority's own range. */
function withinRange(values: ScenarioValues, authority: Authority): ScenarioValues {
	const byId = new Map(parametersFor(authority).map((p) => [p.id, p]));
	return Object.fromEntries(
		Object.entries(values).map(([id, value]) => {
			const p = byId.get(id)!;
			return [id, p.kind === 'number' ? Math.min(p.max, Math.max(p.min, value as number)) : value];
		})
	);
}

describe('scenarioQuery', () => {
	it('writes only the model version for the status quo of the default authority', () => {
		expect(scenarioQuery(defaultAuthority, {})).toBe(`v=${MODEL_VERSION}`);
	});

	it('leaves out values equal to the status quo', () => {
		const statusQuo = Object.fromEntries(
			parametersFor(defaultAuthority).map((p) => [p.id, p.statusQuo])
		);
		expect(scenarioQuery(defaultAuthority, statusQuo)).toBe(`v=${MODEL_VERSION}`);
	});

	it('writes changed numbers as typed and switches as 1 or 0', () => {
		const query = new URLSearchParams(
			scenarioQuery(defaultAuthority, {
				councilTaxIncrease: 2.99,
				settlementProtection: true,
				referendumLimit: false
			})
		);
		expect(query.get('v')).toBe(MODEL_VERSION);
		expect(query.get('councilTaxIncrease')).toBe('2.99');
		expect(query.get('settlementProtection')).toBe('1');
		expect(query.get('referendumLimit')).toBe('0');
		expect(query.has('a')).toBe(false);
	});

	it('gives the same link for the same scenario, whatever order the values were set in', () => {
		const one = scenarioQuery(defaultAuthority, { touristLevy: 1, councilTaxIncrease: 3 });
		const two = scenarioQuery(defaultAuthority, { councilTaxIncrease: 3, touristLevy: 1 });
		expect(one).toBe(two);
	});

	it('names the authority when it is not the default', () => {
		const query = new URLSearchParams(scenarioQuery(district, { touristLevy: 1 }));
		expect(query.get('a')).toBe('anyvale');
	});

	it('leaves out a lever that does not apply to the authority', () => {
		const query = new URLSearchParams(scenarioQuery(district, { preventionInvestment: 10 }));
		expect(query.has('preventionInvestment')).toBe(false);
	});
});

describe('readScenarioQuery', () => {
	it('reads every preset back exactly, for every authority, with no notices', () => {
		for (const authority of authorities) {
			for (const preset of presets) {
				const values = changedValues(withinRange(preset.values, authority), authority);
				const decoded = readScenarioQuery(new URLSearchParams(scenarioQuery(authority, values)));
				expect(decoded.authority.id, `${authority.id} / ${preset.id}`).toBe(authority.id);
				expect(decoded.values, `${authority.id} / ${preset.id}`).toEqual(values);
				expect(decoded.notices, `${authority.id} / ${preset.id}`).toEqual([]);
			}
		}
	});

	it('reads every slider position back exactly (no rounding drift in the link)', () => {
		for (const parameter of parametersFor(defaultAuthority)) {
			if (parameter.kind !== 'number') continue;
			// The slider's own arithmetic: a whole number of steps from the minimum.
			const steps = Math.round((parameter.max - parameter.min) / parameter.step);
			for (const k of [1, Math.floor(steps / 3), steps - 1, steps]) {
				const value: number = Number((parameter.min + k * parameter.step).toFixed(10));
				if (value === parameter.statusQuo) continue;
				const decoded = read(scenarioQuery(defaultAuthority, { [parameter.id]: value }));
				expect(decoded.values, parameter.id).toEqual({ [parameter.id]: value });
				expect(decoded.notices, parameter.id).toEqual([]);
			}
		}
	});

	it('opens an empty query as the status quo of the default authority', () => {
		expect(read('')).toEqual({ authority: defaultAuthority, values: {}, notices: [] });
	});

	it('drops values equal to the status quo', () => {
		const sq = parametersFor(defaultAuthority).find((p) => p.id === 'councilTaxIncrease')!;
		expect(read(`councilTaxIncrease=${sq.statusQuo}`).values).toEqual({});
	});

	it('reads 1/0 and true/false as switches, and refuses anything else by name', () => {
		expect(read('settlementProtection=1').values).toEqual({ settlementProtection: true });
		expect(read('settlementProtection=true').values).toEqual({ settlementProtection: true });
		expect(read('referendumLimit=0').values).toEqual({ referendumLimit: false });
		const maybe = read('settlementProtection=maybe');
		expect(maybe.values).toEqual({});
		expect(maybe.notices.join(' ')).toContain('Constitutional protection of funding');
	});

	it('ignores an unknown setting with a notice naming it, keeping the rest', () => {
		const decoded = read('bogus=3&touristLevy=1');
		expect(decoded.values).toEqual({ touristLevy: 1 });
		expect(decoded.notices).toHaveLength(1);
		expect(decoded.notices[0]).toContain('bogus');
	});

	it('ignores an out-of-range value with a notice naming the lever, keeping the rest', () => {
		const decoded = read('councilTaxIncrease=99&touristLevy=1.5&settlementProtection=1');
		expect(decoded.values).toEqual({ touristLevy: 1.5, settlementProtection: true });
		expect(decoded.notices).toEqual([
			'Ignored Council tax increase each year: 99.00 % is above the highest setting, 15.00 %.'
		]);
	});

	it('says a value below the lowest setting is too low, in the slider’s units', () => {
		const levy = parametersFor(defaultAuthority).find((p) => p.id === 'touristLevy')!;
		const show = (v: number) => formatParameterValue(levy, v);
		expect(read('touristLevy=-4').notices).toEqual([
			`Ignored Tourist levy per room-night: ${show(-4)} is below the lowest setting, ${show(0)}.`
		]);
	});

	it('ignores several bad values at once, naming each', () => {
		const decoded = read('councilTaxIncrease=99&touristLevy=-4&pwlbRate=abc&earnbackRate=');
		expect(decoded.values).toEqual({});
		const said = decoded.notices.join(' ');
		for (const id of ['councilTaxIncrease', 'touristLevy', 'pwlbRate', 'earnbackRate']) {
			const label = parametersFor(defaultAuthority).find((p) => p.id === id)!.label;
			expect(said, id).toContain(label);
		}
	});

	it('ignores a lever that does not apply to the authority named in the link', () => {
		const decoded = read('a=anyvale&preventionInvestment=10&touristLevy=1');
		expect(decoded.authority.id).toBe('anyvale');
		expect(decoded.values).toEqual({ touristLevy: 1 });
		expect(decoded.notices.join(' ')).toMatch(/social care/i);
	});

	it('falls back to the default authority, with a notice, for an unknown one', () => {
		const decoded = read('a=atlantis&touristLevy=1');
		expect(decoded.authority).toBe(defaultAuthority);
		expect(decoded.values).toEqual({ touristLevy: 1 });
		expect(decoded.notices.join(' ')).toContain('atlantis');
	});

	it('reads a link from another model version, saying the figures may differ', () => {
		const decoded = read('v=2020.1&touristLevy=1');
		expect(decoded.values).toEqual({ touristLevy: 1 });
		expect(decoded.notices.join(' ')).toContain('2020.1');
		expect(read(`v=${MODEL_VERSION}&touristLevy=1`).notices).toEqual([]);
	});
});

describe('the one codec the modeller, report, comparison and exports share', () => {
	it('keeps a saved scenario’s id in the link, after the values, and reads past it', () => {
		const query = scenarioQuery(defaultAuthority, { touristLevy: 1 }, { saved: 'abc123' });
		expect(query).toBe(`v=${MODEL_VERSION}&touristLevy=1&saved=abc123`);
		const decoded = read(query);
		expect(decoded.values).toEqual({ touristLevy: 1 });
		expect(decoded.notices).toEqual([]);
	});

	it('writes a snapshot’s values as they were, under its own model version', () => {
		const params = writeScenarioQuery({
			version: '2026.3',
			authorityId: 'anyvale',
			values: { councilTaxIncrease: 2.99, settlementProtection: false }
		});
		expect(params.toString()).toBe(
			'v=2026.3&a=anyvale&councilTaxIncrease=2.99&settlementProtection=0'
		);
	});

	it('reads values by their parameter’s kind and lists what it could not read, for strict readers', () => {
		const read = readQueryValues(
			new URLSearchParams(
				'v=1&a=anyborough&saved=x&touristLevy=1&touristLevy=2&settlementProtection=maybe&councilTaxIncrease=lots&nope=1'
			),
			defaultAuthority
		);
		expect(read.values).toEqual({ touristLevy: 2 });
		expect(read.repeated).toEqual(['touristLevy']);
		expect(read.unknown).toEqual(['nope']);
		expect(read.unreadable.map((u) => [u.parameter.id, u.reason])).toEqual([
			['settlementProtection', '“maybe” is not on or off'],
			['councilTaxIncrease', '“lots” is not a number']
		]);
		for (const key of Object.values(scenarioQueryKeys)) expect(read.unknown).not.toContain(key);
	});
});
