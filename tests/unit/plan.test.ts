/**
 * The budget plan (issue 12): savings delivered, the planned draw on reserves and exceptional
 * support. Relations, not pinned figures: the baseline moves with each model release.
 */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	authorities,
	defaultAuthority,
	parametersFor,
	presets,
	type Authority
} from '../../models/index';
import {
	baseline,
	headlines,
	narrative,
	presetValues,
	project,
	projectionToCsv,
	projectionToJson,
	type Projection,
	type ScenarioValues
} from '../../src/lib/engine/index';
import { projectionColumns } from '../../src/lib/engine/serialize';
import { monteCarlo, tornado } from '../../src/lib/engine/analysis/index';
import { D, dec, forSampled, runs, slow } from './arbitraries';

const planIds = ['savingsProgramme', 'reservesDraw', 'exceptionalSupport'];
const run = (authority: Authority, values: ScenarioValues): Projection =>
	project(authority, { values });
const withoutPlan = (values: ScenarioValues) =>
	Object.fromEntries(Object.entries(values).filter(([id]) => !planIds.includes(id)));
const statusQuo = (authority: Authority, id: string) =>
	parametersFor(authority).find((p) => p.id === id)!.statusQuo as number;

describe('the budget plan', () => {
	it('delivers £8m then £16m from £10m a year at 80 % (the issue’s example), shrinking the gap', () => {
		const values = { savingsProgramme: 10, savingsDelivery: 80 };
		const json = projectionToJson(run(defaultAuthority, values), values);
		const [base, first, second] = json.years;
		expect(base.savingsDelivered).toBe('0.00');
		expect(first.savingsDelivered).toBe('8000000.00');
		expect(second.savingsDelivered).toBe('16000000.00');
		for (const year of json.years.slice(1)) {
			expect(Number(year.gap)).toBeLessThan(Number(year.gapWithoutAction));
			for (const key of [
				'gapWithoutAction',
				'savingsDelivered',
				'reservesUsed',
				'exceptionalSupport'
			])
				expect(year[key]).toMatch(/^-?\d+\.\d\d$/);
		}
		// Data rows hold no commas (headers may, quoted), so a row splits on them.
		const csv = projectionToCsv(run(defaultAuthority, values)).trim().split(/\r?\n/);
		const column = projectionColumns.findIndex((c) => c.key === 'savingsDelivered');
		expect(csv[0]).toContain('Plan: savings delivered (£)');
		expect(csv[2].split(',')[column]).toBe('8000000.00');
		expect(csv[3].split(',')[column]).toBe('16000000.00');
	});

	it(
		'savings delivered = programme × delivery × years, and gap = gap without action − savings',
		slow(),
		() => {
			forSampled(runs(150), ({ authority, values }) => {
				const p = run(authority, values);
				const programme = (values.savingsProgramme as number | undefined) ?? 0;
				const delivery =
					(values.savingsDelivery as number | undefined) ?? statusQuo(authority, 'savingsDelivery');
				const active =
					programme > 0 ||
					((values.reservesDraw as number | undefined) ?? 0) > 0 ||
					values.exceptionalSupport === true;
				for (const year of p.years) {
					const expected = active
						? new D(programme).times(1_000_000).times(delivery).dividedBy(100).times(year.index)
						: new D(0);
					expect(dec(year.savingsDelivered).equals(expected.toDecimalPlaces(2))).toBe(true);
					expect(
						dec(year.gap).equals(dec(year.gapWithoutAction).minus(dec(year.savingsDelivered)))
					).toBe(true);
					expect(year.reservesUsed.greaterThanOrEqualTo(0)).toBe(true);
					expect(year.exceptionalSupport.greaterThanOrEqualTo(0)).toBe(true);
					// The planned draw is at most what was planned and never more than the gap.
					const draw = new D((values.reservesDraw as number | undefined) ?? 0).times(1_000_000);
					expect(dec(year.reservesUsed).lessThanOrEqualTo(draw)).toBe(true);
					expect(dec(year.reservesUsed).lessThanOrEqualTo(D.max(0, dec(year.gap)))).toBe(true);
					if (values.exceptionalSupport !== true)
						expect(year.exceptionalSupport.isZero()).toBe(true);
					// With support, the general fund is never taken below its minimum (nor below
					// where it opened, if it was already under the minimum).
					if (values.exceptionalSupport === true)
						expect(
							year.closingGeneralFund.greaterThanOrEqualTo(
								DecimalJs.min(year.openingGeneralFund, year.minimumGeneralFund)
							)
						).toBe(true);
				}
			});
		}
	);

	it(
		'without a plan: every plan figure is zero, gap = gap without action, and the plan’s assumptions change nothing',
		slow(),
		() => {
			forSampled(runs(60), ({ authority, values }) => {
				const without = withoutPlan(values);
				const p = run(authority, without);
				for (const year of p.years) {
					expect(year.savingsDelivered.isZero()).toBe(true);
					expect(year.reservesUsed.isZero()).toBe(true);
					expect(year.exceptionalSupport.isZero()).toBe(true);
					expect(year.gap.equals(year.gapWithoutAction)).toBe(true);
				}
				// The delivery rate and the support premium only matter once there is a plan.
				const other = { ...without, savingsDelivery: 37, efsInterestPremium: 1.5 };
				expect(JSON.stringify(projectionToJson(run(authority, other), {}))).toBe(
					JSON.stringify(projectionToJson(p, {}))
				);
			});
			for (const authority of authorities) {
				const years = baseline(authority).years;
				expect(
					years.every((y) => y.gap.equals(y.gapWithoutAction) && y.exceptionalSupport.isZero())
				).toBe(true);
			}
		}
	);

	it(
		'support taken in a year raises financing costs in every later year, by its own MRP and interest',
		slow(),
		() => {
			forSampled(runs(60), ({ authority, values }) => {
				const on = run(authority, { ...values, exceptionalSupport: true });
				const off = run(authority, { ...values, exceptionalSupport: false });
				const first = on.years.findIndex((y) => y.exceptionalSupport.greaterThan(0));
				fc.pre(first > 0);
				for (let t = 0; t <= first; t++)
					expect(on.years[t].financingCosts.equals(off.years[t].financingCosts)).toBe(true);
				for (let t = first + 1; t < on.years.length; t++) {
					expect(on.years[t].financingCosts.greaterThan(off.years[t].financingCosts)).toBe(true);
					expect(on.years[t].externalDebt.greaterThan(off.years[t].externalDebt)).toBe(true);
				}
			});
		}
	);

	it('a gap that cannot be met: support > 0 that year, higher financing costs after, and the s114 flag names support', () => {
		// The plan draws reserves down to their minimum first, then support meets the rest.
		const stress = {
			socialCareInflation: 8,
			adultCareDemandGrowth: 5,
			savingsProgramme: 2,
			reservesDraw: 40
		};
		const on = run(defaultAuthority, { ...stress, exceptionalSupport: true });
		const off = run(defaultAuthority, { ...stress, exceptionalSupport: false });
		const broke = off.years.findIndex((y) => y.closingGeneralFund.isNegative());
		expect(broke).toBeGreaterThan(0);
		expect(on.years[broke].exceptionalSupport.greaterThan(0)).toBe(true);
		for (let t = broke + 1; t < on.years.length; t++)
			expect(on.years[t].financingCosts.greaterThan(off.years[t].financingCosts)).toBe(true);
		const flag = on.years[broke].flags.find((f) => f.id === 'reservesExhausted');
		expect(flag?.message).toMatch(/exceptional financial support .* is the only way left/);
		expect(on.years[broke].closingGeneralFund.isNegative()).toBe(false);
		const offFlag = off.years[broke].flags.find((f) => f.id === 'reservesExhausted');
		expect(offFlag?.message).toMatch(/exceptional financial support is the only way left/);
		// Status quo keeps its own wording.
		const baseFlag = run(defaultAuthority, { socialCareInflation: 8, adultCareDemandGrowth: 5 })
			.years.flatMap((y) => y.flags)
			.find((f) => f.id === 'reservesExhausted');
		expect(baseFlag?.message).not.toMatch(/exceptional/);
	});

	it('the headline says what the plan closes of the gap and what needs support; none without a plan', () => {
		const base = baseline(defaultAuthority);
		expect(headlines(base, base).planSentence).toBeNull();
		const values = {
			savingsProgramme: 4,
			reservesDraw: 2,
			exceptionalSupport: true,
			socialCareInflation: 6
		};
		const p = run(defaultAuthority, values);
		const h = headlines(p, base);
		const y = p.years[5];
		const m = (x: number) => `£${(x / 1e6).toFixed(1)}m`;
		const closed = Math.min(
			y.gapWithoutAction.toNumber(),
			y.savingsDelivered.plus(y.reservesUsed).toNumber()
		);
		expect(h.planSentence).toBe(
			`The plan closes ${m(closed)} of the ${m(y.gapWithoutAction.toNumber())} gap in ${y.year}; ${m(y.exceptionalSupport.toNumber())} would need exceptional support.`
		);
		expect(h.sentences).toHaveLength(4);
		expect(h.sentences[3]).toBe(h.planSentence);
		// The narrative describes the plan too.
		const words = narrative(defaultAuthority, { values }, p);
		expect(words).toContain('The budget plan finds £4.0m of new savings a year');
		expect(words).toContain(h.planSentence!);
	});

	it('Council acts: a plan that narrows every projected year’s gap, its sums scaling with the council', () => {
		const acts = presets.find((p) => p.id === 'council-acts')!;
		for (const authority of authorities) {
			const values = presetValues(acts, authority);
			const p = run(authority, values);
			const base = baseline(authority);
			for (const year of p.years.slice(1)) {
				expect(year.gapWithoutAction.greaterThan(year.gap) || year.savingsDelivered.isZero()).toBe(
					true
				);
				expect(year.exceptionalSupport.isZero()).toBe(true);
			}
			expect(p.years[5].gap.lessThan(base.years[5].gap)).toBe(true);
		}
	});

	it('Monte Carlo and the tornado work on the plan: the delivery rate is uncertain', slow(), () => {
		const plan = { savingsProgramme: 20 };
		const spread = (values: ScenarioValues) => {
			const result = monteCarlo(defaultAuthority, { values }, { runs: 300, seed: 7 });
			return result.gap[5].p90 - result.gap[5].p10;
		};
		expect(spread(plan)).toBeGreaterThan(spread({}));
		const delivery = (values: ScenarioValues) =>
			tornado(defaultAuthority, { values }).find((e) => e.parameterId === 'savingsDelivery')!;
		expect(Number(delivery(plan).lowEffect)).toBeGreaterThan(0);
		expect(Number(delivery({}).lowEffect)).toBe(0);
	});
});
