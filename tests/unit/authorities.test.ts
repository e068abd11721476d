import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArbitrary } from './arbitraries';
import {
	authorities,
	authorityTypes,
	defaultAuthority,
	parameters,
	parametersFor,
	presets,
	serviceLineIds,
	sizeRatio,
	type Authority,
	type NumberParameter
} from '../../models/index';
import {
	baseline,
	changedValues,
	checkAuthority,
	valuesFor,
	parseScenarioValues,
	presetValues,
	project,
	projectionToJson,
	type Scenario
} from '../../src/lib/engine/index';

describe.each(authorities.map((a) => [a.id, a] as const))('sample authority %s', (_, authority) => {
	it('is a valid, balanced 2025/26 budget for its kind', () => {
		const check = checkAuthority(authority);
		expect(check).toEqual({ ok: true, authority });
		const type = authorityTypes[authority.kind];
		for (const id of serviceLineIds) {
			if (!type.services.includes(id)) expect(authority.services[id].value).toBe(0);
		}
	});

	it('keeps the books balanced to the penny in every year of random scenarios', () => {
		fc.assert(
			fc.property(scenarioArbitrary(authority), (scenario) => {
				for (const year of project(authority, scenario).years) {
					const lines = [...Object.values(year.income), ...Object.values(year.expenditure)];
					expect(lines.every((amount) => amount.decimalPlaces() <= 2)).toBe(true);
					expect(
						year.closingReserves.equals(
							year.openingReserves.plus(year.incomeTotal).minus(year.expenditureTotal)
						)
					).toBe(true);
					expect(
						year.closingReserves.equals(year.closingGeneralFund.plus(year.closingEarmarkedReserves))
					).toBe(true);
				}
			}),
			{ numRuns: 40 }
		);
	});

	it('equals its baseline exactly with every parameter at its status quo', () => {
		const statusQuo = Object.fromEntries(parametersFor(authority).map((p) => [p.id, p.statusQuo]));
		const explicit = project(authority, { values: statusQuo });
		expect(projectionToJson(explicit, {})).toEqual(projectionToJson(baseline(authority), {}));
		expect(changedValues(statusQuo, authority)).toEqual({});
	});

	it('never raises the cumulative gap when council tax rises faster', () => {
		fc.assert(
			fc.property(
				scenarioArbitrary(authority),
				fc.integer({ min: 1, max: 500 }),
				(scenario, extra) => {
					const lower = (scenario.values.councilTaxIncrease as number | undefined) ?? 0;
					const higher = Math.min(15, Number((lower + extra / 100).toFixed(2)));
					const gapOver = (increase: number) =>
						project(authority, { values: { ...scenario.values, councilTaxIncrease: increase } })
							.years.slice(1)
							.reduce((total, y) => total.plus(y.gap), new Decimal(0));
					expect(gapOver(higher).lessThanOrEqualTo(gapOver(lower))).toBe(true);
				}
			),
			{ numRuns: 20 }
		);
	});

	it('projects a plausible status-quo path: starts at or above its minimum general fund, then a gap that grows', () => {
		const years = baseline(authority).years;
		// No council sets a budget below its own prudent minimum (LGA 2003 s25).
		expect(years[0].closingGeneralFund.greaterThanOrEqualTo(years[0].minimumGeneralFund)).toBe(
			true
		);
		expect(years[0].flags.map((f) => f.id)).not.toContain('generalFundBelowMinimum');
		expect(years[10].expenditureTotal.greaterThan(years[0].expenditureTotal)).toBe(true);
		expect(years[10].incomeTotal.greaterThan(years[0].incomeTotal)).toBe(true);
		// Every kind of council faces pressure: a gap by 2030/31, growing to 2035/36.
		expect(years[5].gap.greaterThan(0)).toBe(true);
		expect(years[10].gap.greaterThan(years[5].gap)).toBe(true);
		expect(years[10].closingReserves.lessThan(years[0].closingReserves)).toBe(true);
	});
});

describe('authority kinds', () => {
	const district = authorities.find((a) => a.kind === 'shire district')!;
	const county = authorities.find((a) => a.kind === 'shire county')!;
	const london = authorities.find((a) => a.kind === 'london borough')!;

	it('refuse a lever that does not apply, naming the reason', () => {
		const result = parseScenarioValues({ preventionInvestment: 10 }, district);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.join(' ')).toMatch(/preventionInvestment.*no social care/);
		// Only upper-tier councils levy a business rate supplement (Business Rate Supplements Act
		// 2009, s. 2(1)): a county may, a shire district or a London borough may not.
		expect(parseScenarioValues({ multiplierChange: 1 }, county).ok).toBe(true);
		for (const lower of [district, london]) {
			const refused = parseScenarioValues({ multiplierChange: 1 }, lower);
			expect(refused.ok).toBe(false);
			if (!refused.ok) expect(refused.errors.join(' ')).toMatch(/multiplierChange.*supplement/);
		}
	});

	it('ignore an inapplicable lever carried in from a preset, so the projection is the baseline', () => {
		const withPrevention = project(district, {
			values: { preventionInvestment: 10, earlyHelpInvestment: 5 }
		});
		expect(projectionToJson(withPrevention, {})).toEqual(projectionToJson(baseline(district), {}));
	});

	it('start business rates retention at the kind’s own share', () => {
		const retention = (a: Authority) =>
			parametersFor(a).find((p) => p.id === 'businessRatesRetention')!;
		expect(retention(district)).toMatchObject({ statusQuo: 40, min: 40 });
		expect(retention(county)).toMatchObject({ statusQuo: 9, min: 9, max: 59 });
		expect(retention(london)).toMatchObject({ statusQuo: 30, min: 30 });
		// Moving a district's retention to 90 % is neutral in its first year, then keeps more growth.
		const kept = project(district, { values: { businessRatesRetention: 90 } });
		const base = baseline(district);
		expect(kept.years[1].income.businessRates.equals(base.years[1].income.businessRates)).toBe(
			true
		);
		expect(kept.years[5].income.businessRates.greaterThan(base.years[5].income.businessRates)).toBe(
			true
		);
	});

	it('put the other tier’s precept on the bill: the county on a district’s, the district on a county’s', () => {
		const districtBill = baseline(district).years[0].bills.find((b) => b.band === 'D')!;
		// The county's own Band D is the other tier on the district's bill, and the reverse.
		expect(districtBill.other.toNumber()).toBe(county.figures.bandDCouncilTax.value);
		expect(districtBill.council.toNumber()).toBe(district.figures.bandDCouncilTax.value);
		const countyBill = baseline(county).years[0].bills.find((b) => b.band === 'D')!;
		expect(countyBill.council.greaterThan(countyBill.total.times(0.7))).toBe(true);
	});

	it('give a district the 2.99 % referendum limit', () => {
		const projection = project(district, { values: { councilTaxIncrease: 4.99 } });
		expect(projection.years[1].flags.map((f) => f.id)).toContain('referendumRequired');
		expect(baseline(district).years[1].flags.map((f) => f.id)).not.toContain('referendumRequired');
	});
});

describe('checkAuthority', () => {
	it('rejects a budget that does not balance, a service the kind does not run, and a missing figure', () => {
		const unbalanced = structuredClone(authorities[0]);
		unbalanced.services.centralAndCorporate.value += 0.01;
		const result = checkAuthority(unbalanced);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]).toContain('does not balance');

		const district = structuredClone(authorities.find((a) => a.kind === 'shire district')!);
		district.services.adultSocialCare.value = 1_000_000;
		const kind = checkAuthority(district);
		expect(kind.ok).toBe(false);
		if (!kind.ok) expect(kind.problems[0]).toContain('services.adultSocialCare');

		const missing = structuredClone(authorities[0]) as Partial<Authority>;
		delete (missing.figures as Partial<Authority['figures']>).population;
		const invalid = checkAuthority(missing);
		expect(invalid.ok).toBe(false);
		if (!invalid.ok) expect(invalid.problems.join(' ')).toContain('figures.population');
	});
});

describe('reserves with pence and awkward shares', () => {
	it('keep the books to the penny when the committed floor of earmarked reserves is not a whole penny', () => {
		// Regression: £85,000,000.03 × (1 − 0.5) = £42,500,000.015 once left a half penny in play.
		for (const share of [0.5, 1 / 3]) {
			const authority = structuredClone(authorities[0]);
			authority.figures.earmarkedReserves.value = 85_000_000.03;
			authority.figures.earmarkedAvailableShare.value = share;
			for (const year of project(authority, { values: {} }).years) {
				expect(year.closingEarmarkedReserves.decimalPlaces()).toBeLessThanOrEqual(2);
				expect(
					year.closingReserves.equals(
						year.openingReserves.plus(year.incomeTotal).minus(year.expenditureTotal)
					)
				).toBe(true);
			}
		}
	});
});

describe('valuesFor', () => {
	it('holds a preset within each council’s ranges and drops levers that do not apply', () => {
		const fullRewiring = { businessRatesRetention: 100, preventionInvestment: 10, touristLevy: 1 };
		const county = authorities.find((a) => a.kind === 'shire county')!;
		const district = authorities.find((a) => a.kind === 'shire district')!;
		expect(valuesFor(fullRewiring, county)).toEqual({
			businessRatesRetention: 59,
			preventionInvestment: 10,
			touristLevy: 1
		});
		expect(valuesFor(fullRewiring, district)).toEqual({
			businessRatesRetention: 90,
			touristLevy: 1
		});
		for (const authority of authorities) {
			expect(parseScenarioValues(valuesFor(fullRewiring, authority), authority).ok).toBe(true);
		}
	});
});

describe('sums of money sized to the council', () => {
	const fullRewiring = presets.find((p) => p.id === 'full-rewiring')!;
	const byKind = (kind: string) => authorities.find((a) => a.kind === kind)!;
	const slider = (authority: Authority, id: string) =>
		parametersFor(authority).find((p) => p.id === id) as NumberParameter & {
			overrideReason?: string;
		};

	it('a preset’s sums follow the council’s size, and Anyborough’s are as declared', () => {
		expect(presetValues(fullRewiring, defaultAuthority)).toEqual(
			valuesFor(fullRewiring.values, defaultAuthority)
		);
		// In 2026/27 Anyshire spends £697.2m on services to Anyborough’s £376.2m (× 1.853: skills
		// £5m → £9.27m, to the nearest £0.5m £9.5m), plans £45m of borrowing to its £30m (£20m →
		// £30m), and spends £319.5m and £169.5m on adult and children’s social care to its £149.1m
		// and £83.3m (prevention £10m → £21.4m → £21.5m; early help £5m → £10.17m → £10m).
		expect(presetValues(fullRewiring, byKind('shire county'))).toMatchObject({
			skillsInvestment: 9.5,
			investToSaveBorrowing: 30,
			preventionInvestment: 21.5,
			earlyHelpInvestment: 10
		});
		// A district's £0.2m share of a £5m skills programme is under half a step: nothing.
		const district = presetValues(fullRewiring, byKind('shire district'));
		expect(district.skillsInvestment).toBeUndefined();
		expect(district.investToSaveBorrowing).toBe(1);
	});

	it('a slider’s top grows for a bigger council, says so, and never shrinks', () => {
		const county = byKind('shire county');
		expect(slider(county, 'preventionInvestment')).toMatchObject({
			max: 43,
			overrideReason:
				'Up to £43m for this council: the range grows with its adult social care spending, from £20m for Anyborough.'
		});
		expect(slider(county, 'investToSaveBorrowing').max).toBe(75);
		const district = slider(byKind('shire district'), 'skillsInvestment');
		expect(district.max).toBe(20);
		expect(district.overrideReason).toBeUndefined();
		expect(slider(defaultAuthority, 'skillsInvestment')).toBe(
			parameters.find((p) => p.id === 'skillsInvestment')
		);
	});

	/** Anyborough made bigger or smaller: every service and its planned borrowing times k. */
	function resized(k: number): Authority {
		const copy = structuredClone(defaultAuthority);
		for (const line of Object.values(copy.services)) line.value = Math.round(line.value * k);
		const borrowing = copy.figures.capitalProgrammeBorrowing;
		borrowing.value = Math.round(borrowing.value * k);
		return copy;
	}

	/**
	 * Every scaled slider's top is at least Anyborough's and within half a step of proportional
	 * above it; every preset's scaled sum is within half a step of proportional and a valid scenario.
	 */
	function expectProportional(authority: Authority) {
		for (const p of parametersFor(authority)) {
			if (p.kind !== 'number' || !p.scaleWith || p.notApplicable) continue;
			const declared = parameters.find((d) => d.id === p.id) as NumberParameter;
			const grown = declared.max * sizeRatio(authority, p.scaleWith);
			expect(p.max, p.id).toBeGreaterThanOrEqual(declared.max);
			expect(Math.abs(p.max - Math.max(declared.max, grown)), p.id).toBeLessThanOrEqual(
				p.step / 2 + 1e-9
			);
		}
		const sliders = new Map(parametersFor(authority).map((p) => [p.id, p]));
		for (const preset of presets) {
			const values = presetValues(preset, authority);
			expect(parseScenarioValues(values, authority).ok, preset.id).toBe(true);
			for (const [id, declared] of Object.entries(preset.values)) {
				const p = sliders.get(id)!;
				if (p.kind !== 'number' || !p.scaleWith || p.notApplicable) continue;
				const proportional = (declared as number) * sizeRatio(authority, p.scaleWith);
				const expected = Math.min(p.max, Math.max(p.min, proportional));
				const got = (values[id] as number | undefined) ?? p.statusQuo;
				expect(Math.abs(got - expected), `${preset.id}: ${id}`).toBeLessThanOrEqual(
					p.step / 2 + 1e-9
				);
			}
		}
	}

	it('hold for every sample and for a council of any size', () => {
		authorities.forEach(expectProportional);
		fc.assert(
			fc.property(fc.double({ min: 0, max: 6, noNaN: true }), (k) => expectProportional(resized(k)))
		);
	});
});
