/**
 * Model 2027.1 by hand: the base year a council declares, the 2026–29 settlement, high-needs
 * (DSG) deficits, pay apart from prices, and councils in 100 % business rates retention areas.
 * Expectations are worked from the declared figures and parameters, never read from the engine.
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
	authorities,
	authorityById,
	grantLineIds,
	parametersFor,
	type Authority
} from '../../models/index';
import { baseline, checkAuthority, project } from '../../src/lib/engine/index';
import { highNeedsDeficit } from '../../src/lib/charts/chart-data';

const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
const penny = (x: InstanceType<typeof D>) => x.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN);
const anyborough = authorityById.get('anyborough')!;
const base = baseline(anyborough);

describe('the base year', () => {
	it('is the 2026/27 budget as set for every sample, with ten projected years to 2036/37', () => {
		for (const authority of authorities) {
			expect(authority.figures.baseYear.value).toBe(2026);
			const years = baseline(authority).years.map((y) => y.year);
			expect(years[0]).toBe('2026/27');
			expect(years.at(-1)).toBe('2036/37');
			expect(years).toHaveLength(11);
		}
	});

	it('is 2025/26 for a baseline stored without one, which still checks and projects', () => {
		const { baseYear: _dropped, ...figures } = anyborough.figures;
		void _dropped;
		const checked = checkAuthority({ ...anyborough, id: 'older', figures });
		if (!checked.ok) throw new Error(checked.problems.join('; '));
		expect(checked.authority.figures.baseYear.value).toBe(2025);
		expect(baseline(checked.authority).years[0].year).toBe('2025/26');
		expect(baseline(checked.authority).years[10].year).toBe('2035/36');
	});

	it('must be 2025 or 2026, a whole year', () => {
		for (const value of [2024, 2027, 2025.5]) {
			const figures = { ...anyborough.figures };
			figures.baseYear = { ...figures.baseYear, value };
			const checked = checkAuthority({ ...anyborough, figures });
			expect(checked.ok, String(value)).toBe(false);
			if (!checked.ok) expect(checked.problems.join(' ')).toContain('figures.baseYear.value');
		}
	});
});

describe('the 2026–29 settlement', () => {
	it('moves every grant but Recovery Grant by the council’s settled change, then 1 % a year', () => {
		const f = anyborough.figures;
		for (const id of grantLineIds) {
			let grant = new D(anyborough.grants[id].value);
			for (const [t, rate] of [
				[1, f.settledGrantChange2027.value], // 2027/28
				[2, f.settledGrantChange2028.value], // 2028/29
				[3, 0.01], // 2029/30: the growth assumption
				[4, 0.01]
			] as const) {
				const change = id === 'recoveryGrant' && t <= 2 ? 0 : rate;
				grant = penny(grant.times(1 + change));
				expect(base.years[t].income[id].toString(), `${id} year ${t}`).toBe(grant.toString());
			}
		}
		// Recovery Grant is held at its cash allocation through the settlement.
		expect(base.years[2].income.recoveryGrant.toNumber()).toBe(
			anyborough.grants.recoveryGrant.value
		);
	});
});

describe('high-needs (DSG) deficits', () => {
	const f = anyborough.figures;
	const historic = f.dsgDeficit.value; // at 31 March 2026
	const inYear = f.dsgInYearDeficit.value;

	it('are held off the general fund to March 2028, then 10 % of the old deficit and the rest fall on it', () => {
		expect(base.years[0].dsgDeficit.toNumber()).toBe(historic + inYear); // March 2027
		// March 2028: another year's overspend, less 90 % of the deficit to March 2026 written off.
		const march2028 = historic + 2 * inYear - 0.9 * historic;
		expect(base.years[1].dsgDeficit.toNumber()).toBeCloseTo(march2028, 2);
		expect(base.years[1].expenditure.dsgDeficitCharge.toNumber()).toBe(0);
		// 2028/29: what is held, with the year's own overspend, is charged; nothing is held after.
		expect(base.years[2].expenditure.dsgDeficitCharge.toNumber()).toBeCloseTo(
			march2028 + inYear,
			2
		);
		for (const year of base.years.slice(2)) expect(year.dsgDeficit.toNumber()).toBe(0);
		for (const year of base.years.slice(3))
			expect(year.expenditure.dsgDeficitCharge.toNumber()).toBe(inYear);
	});

	it('cost the general fund the whole deficit when nothing is written off', () => {
		const none = project(anyborough, { values: { dsgWriteOffShare: 0 } });
		expect(none.years[2].expenditure.dsgDeficitCharge.toNumber()).toBe(historic + 3 * inYear);
		// Reserves are the same until the charge, so the gap moves by exactly the write-off.
		expect(none.years[2].gap.minus(base.years[2].gap).toNumber()).toBeCloseTo(0.9 * historic, 2);
	});

	it('are nothing for a district, which has no schools', () => {
		const district = authorities.find((a) => a.kind === 'shire district')!;
		for (const year of baseline(district).years) {
			expect(year.dsgDeficit.isZero()).toBe(true);
			expect(year.expenditure.dsgDeficitCharge.isZero()).toBe(true);
		}
	});
});

describe('pay apart from prices', () => {
	it('grows other services with the pay award on the staff share and prices on the rest', () => {
		const higherPay = project(anyborough, { values: { payAward: 4.2 } });
		const pop = 1 + anyborough.figures.populationGrowth.value;
		// (Waste is net of packaging EPR payments, which change on their own: model-2027-2.test.ts.)
		for (const id of ['highwaysAndTransport', 'centralAndCorporate'] as const) {
			const start = new D(anyborough.services[id].value);
			const growth = (pay: number) => (1 + 0.45 * pay + 0.55 * 0.025) * pop;
			expect(base.years[1].expenditure[id].toString()).toBe(
				penny(start.times(growth(0.032))).toString()
			);
			expect(higherPay.years[1].expenditure[id].toString()).toBe(
				penny(start.times(growth(0.042))).toString()
			);
		}
	});

	it('grows adult care with the Living Wage on providers’ pay, CPI on the rest, then demand', () => {
		const start = new D(anyborough.services.adultSocialCare.value);
		const price = 1 + 0.6 * 0.041 + 0.4 * 0.02;
		// Year 1 also re-bases on the base year's overspend (2.9 %, all of it built in).
		expect(base.years[1].expenditure.adultSocialCare.toString()).toBe(
			penny(start.times(price).times(1.035).times(1.029)).toString()
		);
		expect(base.years[2].expenditure.adultSocialCare.toString()).toBe(
			penny(base.years[1].expenditure.adultSocialCare.times(price).times(1.035)).toString()
		);
	});

	it('puts children in care at about 55 % of children’s social care, as nationally', () => {
		for (const authority of authorities.filter((a) => a.figures.childrenInCare.value > 0)) {
			const f = authority.figures;
			const share =
				(f.childrenInCare.value * f.costPerChildInCare.value) /
				authority.services.childrensSocialCare.value;
			expect(share, authority.id).toBeGreaterThan(0.54);
			expect(share, authority.id).toBeLessThan(0.56);
		}
	});
});

describe('100 % business rates retention areas', () => {
	/** Anyborough as a Greater Manchester or West Midlands met: it keeps 99 %, its top-up smaller. */
	function retentionAreaMet(): Authority {
		const f = anyborough.figures;
		const rates = f.businessRatesCollectable.value;
		// Keeping 50 % more of its rates, the council's top-up falls by as much: income unchanged.
		const topUp = f.topUp.value - 0.5 * rates;
		return {
			...anyborough,
			id: 'retention-met',
			fictional: false,
			figures: {
				...f,
				localShareOfRates: { ...f.localShareOfRates, value: 0.99 },
				topUp: { ...f.topUp, value: topUp }
			}
		};
	}

	it('import, balance and project like any other met', () => {
		const checked = checkAuthority(retentionAreaMet());
		if (!checked.ok) throw new Error(checked.problems.join('; '));
		const projection = baseline(checked.authority);
		expect(projection.years).toHaveLength(11);
		expect(projection.years[0].gap.isZero()).toBe(true);
		expect(projection.years[0].income.businessRates.toString()).toBe(
			base.years[0].income.businessRates.toString()
		);
	});

	it('start the business rates lever at the 99 % they keep, so the status quo is the baseline', () => {
		const authority = retentionAreaMet();
		const lever = parametersFor(authority).find((p) => p.id === 'businessRatesRetention')!;
		expect(lever).toMatchObject({ statusQuo: 99, min: 99, max: 100 });
		expect(lever.overrideReason).toContain('100 % business rates retention area');
		const atStatusQuo = project(authority, { values: { businessRatesRetention: 99 } });
		const plain = baseline(authority);
		for (let t = 0; t <= 10; t++)
			expect(atStatusQuo.years[t].closingReserves.toString()).toBe(
				plain.years[t].closingReserves.toString()
			);
	});

	it('are refused at a share no council keeps, saying which shares are allowed', () => {
		const authority = retentionAreaMet();
		const f = authority.figures;
		const checked = checkAuthority({
			...authority,
			figures: { ...f, localShareOfRates: { ...f.localShareOfRates, value: 0.75 } }
		});
		expect(checked.ok).toBe(false);
		if (!checked.ok)
			expect(checked.problems.join(' ')).toMatch(
				/keeps 49 % of business rates, or 99 % or 100 % in a 100 % retention area/
			);
	});
});

describe('the high-needs chart', () => {
	it('draws the deficit held and the charge each year, with words for those who cannot see it', () => {
		const chart = highNeedsDeficit(base, base);
		expect(chart.series.find((s) => s.id === 'held')!.values).toEqual(
			base.years.map((y) => y.dsgDeficit.toNumber())
		);
		expect(chart.series.find((s) => s.id === 'charged')!.values).toEqual(
			base.years.map((y) => y.expenditure.dsgDeficitCharge.toNumber())
		);
		// Peak £47m at March 2027; £39.5m falls on the general fund in 2028/29.
		expect(chart.summary).toBe(
			'The high-needs deficit held off the general fund peaks at £47.0m; from 2028/29, when the statutory override has ended, £39.5m falls on the general fund that year.'
		);
		const district = authorities.find((a) => a.kind === 'shire district')!;
		expect(highNeedsDeficit(baseline(district), baseline(district)).summary).toBe(
			'This council has no high-needs deficit.'
		);
	});
});
