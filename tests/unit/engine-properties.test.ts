/**
 * Property tests of the engine over random scenarios drawn from the declared parameters: values
 * on whole slider steps within each parameter's range, booleans as booleans, random subsets.
 * Every sample authority is tested: each run draws one of the five, then a scenario within that
 * authority's own ranges (parametersFor), so the run count, and the time, stay as for one.
 */
import fc from 'fast-check';
import { D, dec, forLowAndHigh, forSampled, numberParameter, runs, slow } from './arbitraries';
import { describe, expect, it } from 'vitest';
import { authorities, parameters, parametersFor, type Authority } from '../../models/index';
import {
	baseline,
	changedValues,
	expenditureLineIds,
	incomeLineIds,
	project,
	projectionToJson,
	type Projection,
	type ScenarioValues
} from '../../src/lib/engine/index';

const run = (authority: Authority, values: ScenarioValues): Projection =>
	project(authority, { values });
const json = (authority: Authority, p: Projection, values: ScenarioValues) =>
	JSON.stringify(projectionToJson(p, changedValues(values, authority)));

/**
 * The scenario run with one lever at its low and then its high value, without exceptional
 * support: a higher net budget raises the general fund's minimum, so the plan's draw may spare
 * less and support (and its later financing costs) grow; support would also meet an extra cost
 * instead of reserves.
 */
const runLowHigh = (
	authority: Authority,
	values: ScenarioValues,
	id: string,
	low: number,
	high: number
): [Projection, Projection] => {
	const plan = { exceptionalSupport: false };
	return [
		run(authority, { ...values, ...plan, [id]: low }),
		run(authority, { ...values, ...plan, [id]: high })
	];
};

/** `more`'s closing reserves are never below `less`'s in any year, and above them in the last. */
function expectMoreReserves(more: Projection, less: Projection) {
	for (let t = 0; t <= 10; t++)
		expect(more.years[t].closingReserves.greaterThanOrEqualTo(less.years[t].closingReserves)).toBe(
			true
		);
	expect(more.years[10].closingReserves.greaterThan(less.years[10].closingReserves)).toBe(true);
}

describe('the arbitrary', () => {
	it('draws every sample and every declared parameter, on steps and within range', slow(), () => {
		const seen = new Set<string>();
		const samples = new Set<string>();
		forSampled(runs(200), ({ authority, values }) => {
			samples.add(authority.id);
			for (const [id, value] of Object.entries(values)) {
				seen.add(id);
				const p = parametersFor(authority).find((q) => q.id === id)!;
				expect(p.notApplicable).toBeUndefined();
				if (p.kind === 'boolean') expect(typeof value).toBe('boolean');
				else {
					expect(value).toBeGreaterThanOrEqual(p.min);
					expect(value).toBeLessThanOrEqual(p.max);
					const steps = ((value as number) - p.min) / p.step;
					expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
				}
			}
		});
		expect(seen.size).toBe(parameters.length);
		expect(samples.size).toBe(authorities.length);
	});
});

describe('books balance to the penny in every year', () => {
	it(
		'closing = opening + income − expenditure + exceptional support; reserves = GF + earmarked; totals = sums',
		slow(),
		() => {
			forSampled(runs(200), ({ authority, values }) => {
				const p = run(authority, values);
				expect(p.years).toHaveLength(11);
				const figures = authority.figures;
				const committed = dec(figures.earmarkedReserves.value)
					.times(new D(1).minus(dec(figures.earmarkedAvailableShare.value)))
					.toDecimalPlaces(2, D.ROUND_HALF_EVEN);
				let previous: Projection['years'][number] | undefined;
				for (const year of p.years) {
					const income = incomeLineIds.map((id) => year.income[id]);
					const expenditure = expenditureLineIds.map((id) => year.expenditure[id]);
					for (const amount of [...income, ...expenditure])
						expect(amount.decimalPlaces()).toBeLessThanOrEqual(2);
					const incomeTotal = income.reduce((a, b) => a.plus(dec(b)), new D(0));
					const expenditureTotal = expenditure.reduce((a, b) => a.plus(dec(b)), new D(0));
					expect(dec(year.incomeTotal).equals(incomeTotal)).toBe(true);
					expect(dec(year.expenditureTotal).equals(expenditureTotal)).toBe(true);
					expect(dec(year.gap).equals(expenditureTotal.minus(incomeTotal))).toBe(true);
					expect(
						dec(year.closingReserves).equals(
							dec(year.openingReserves)
								.plus(incomeTotal)
								.minus(expenditureTotal)
								.plus(dec(year.exceptionalSupport))
						)
					).toBe(true);
					expect(
						dec(year.closingReserves).equals(
							dec(year.closingGeneralFund).plus(dec(year.closingEarmarkedReserves))
						)
					).toBe(true);
					expect(
						dec(year.openingReserves).equals(
							dec(year.openingGeneralFund).plus(dec(year.openingEarmarkedReserves))
						)
					).toBe(true);
					for (const amount of [
						year.closingGeneralFund,
						year.closingEarmarkedReserves,
						year.bandDCouncilTax
					])
						expect(amount.decimalPlaces()).toBeLessThanOrEqual(2);
					// Earmarked reserves are only drawn, never below their committed share (60 % of
					// £85m, £51m, for Anyborough).
					expect(
						year.closingEarmarkedReserves.lessThanOrEqualTo(year.openingEarmarkedReserves)
					).toBe(true);
					expect(dec(year.closingEarmarkedReserves).greaterThanOrEqualTo(committed)).toBe(true);
					// The general fund is drawn only once earmarked reserves reach their floor.
					if (year.closingGeneralFund.lessThan(year.openingGeneralFund))
						expect(dec(year.closingEarmarkedReserves).equals(committed)).toBe(true);
					// Band D's bill, worked out on its own for the charts, is the bills' Band D.
					expect(
						dec(year.bandDBill).equals(dec(year.bills.find((b) => b.band === 'D')!.total))
					).toBe(true);
					for (const bill of year.bills)
						expect(
							dec(bill.total).equals(
								dec(bill.council).plus(dec(bill.police)).plus(dec(bill.fire)).plus(dec(bill.other))
							)
						).toBe(true);
					if (previous) {
						expect(year.openingGeneralFund.equals(previous.closingGeneralFund)).toBe(true);
						expect(year.openingEarmarkedReserves.equals(previous.closingEarmarkedReserves)).toBe(
							true
						);
					}
					previous = year;
				}
			});
		}
	);
});

describe('status quo equals the baseline exactly', () => {
	const expected = new Map(authorities.map((a) => [a, json(a, baseline(a), {})]));
	/** A sample and any subset of its parameters, each at that authority's own status quo. */
	const statusQuoSubset = fc.constantFrom(...authorities).chain((authority) =>
		fc.subarray(parametersFor(authority).map((p) => p.id)).map((ids) => {
			const values: ScenarioValues = {};
			for (const id of ids)
				values[id] = parametersFor(authority).find((p) => p.id === id)!.statusQuo;
			return { authority, values };
		})
	);

	it('any set of parameters given explicitly at status quo gives the baseline JSON', slow(), () => {
		for (const authority of authorities)
			expect(json(authority, run(authority, {}), {})).toBe(expected.get(authority));
		fc.assert(
			fc.property(statusQuoSubset, ({ authority, values }) => {
				expect(changedValues(values, authority)).toEqual({});
				expect(json(authority, run(authority, values), values)).toBe(expected.get(authority));
			}),
			{ numRuns: runs(100) }
		);
	});

	it('and a scenario off the status quo differs from it', slow(), () => {
		// Guards the property above against a serialisation that hides differences.
		for (const authority of authorities)
			expect(json(authority, run(authority, { councilTaxIncrease: 1.98 }), {})).not.toBe(
				expected.get(authority)
			);
	});
});

describe('monotonic effects (everything else held fixed)', () => {
	it('a higher council tax increase never raises the gap in any year', slow(), () => {
		// Why per-year, not just cumulative: each year's Band D (and so council tax, a penny-rounded
		// product of non-negative numbers) is at least as high; no other line depends on council
		// tax except interest on cash, which depends on opening reserves. By induction, a lower or
		// equal gap each year means higher or equal closing reserves, hence interest on cash
		// (return × max(0, opening reserves), return ≥ 0) is at least as high next year, so next
		// year's gap is again no higher. The gap strictly falls in year 1, where Band D differs.
		// Without exceptional support (see runLowHigh).
		forLowAndHigh('councilTaxIncrease', runs(150), ({ authority, values, low, high }) => {
			const [a, b] = runLowHigh(authority, values, 'councilTaxIncrease', low, high);
			for (let t = 0; t <= 10; t++) {
				expect(b.years[t].gap.lessThanOrEqualTo(a.years[t].gap)).toBe(true);
				expect(b.years[t].closingReserves.greaterThanOrEqualTo(a.years[t].closingReserves)).toBe(
					true
				);
			}
			expect(b.years[1].gap.lessThan(a.years[1].gap)).toBe(true);
		});
	});

	it('a higher needs funding index never lowers closing reserves', slow(), () => {
		// The settlement adjustment is (BFL + grants) × ((1 + Δ·phase)(1 + uplift·phase) − 1),
		// increasing in Δ because BFL + grants > 0 and uplift ≥ 0; nothing else depends on Δ.
		forLowAndHigh('needsFundingIndex', runs(150), ({ authority, values, low, high }) => {
			// Without exceptional support, as above.
			const [a, b] = runLowHigh(authority, values, 'needsFundingIndex', low, high);
			expectMoreReserves(b, a);
		});
	});

	it('higher social-care inflation never raises closing reserves', slow(), () => {
		// Adult and children's care (cost per child and other children's costs) grow faster; the
		// savings that scale with them (integration ≤ 5 %, co-production ≤ 0.5 %) take back only
		// a small share, so net spending is higher and reserves lower. Drawn from every sample but
		// the shire district, which runs no social care: the lever does not apply to it.
		forLowAndHigh('socialCareInflation', runs(150), ({ authority, values, low, high }) => {
			// Without exceptional support, which would meet the extra cost instead of reserves.
			const [a, b] = runLowHigh(authority, values, 'socialCareInflation', low, high);
			expectMoreReserves(a, b);
		});
	});

	it('pooling more adult care with the NHS never raises adult care spending', slow(), () => {
		// Only the share pooled beyond today's Better Care Fund saves: adult care net of the
		// pooling saving never rises with the share, and at today's share nothing moves at all.
		// Drawn from every sample but the shire district, which runs no social care.
		const id = 'pooledHealthCareBudget';
		forLowAndHigh(id, runs(100), ({ authority, values, low, high }) => {
			const a = run(authority, { ...values, [id]: low });
			const b = run(authority, { ...values, [id]: high });
			const netAdultCare = (p: Projection, t: number) =>
				p.years[t].expenditure.adultSocialCare.plus(p.years[t].expenditure.healthPoolingSavings);
			for (let t = 0; t <= 10; t++)
				expect(netAdultCare(b, t).lessThanOrEqualTo(netAdultCare(a, t))).toBe(true);
			const { [id]: _set, ...unset } = values;
			const atStatusQuo = { ...unset, [id]: numberParameter(authority, id).statusQuo };
			expect(json(authority, run(authority, atStatusQuo), atStatusQuo)).toBe(
				json(authority, run(authority, unset), unset)
			);
		});
	});

	it('turning settlement protection on never lowers income in any year', slow(), () => {
		// Grants grow at max(grant growth, CPI) ≥ grant growth. With a needs index below 100 the
		// settlement adjustment is more negative on larger grants, but by at most 20 % of them, so
		// grants + adjustment still rise; higher reserves then earn at least as much interest.
		forSampled(runs(150), ({ authority, values }) => {
			const off = run(authority, { ...values, settlementProtection: false });
			const on = run(authority, { ...values, settlementProtection: true });
			for (let t = 0; t <= 10; t++)
				expect(on.years[t].incomeTotal.greaterThanOrEqualTo(off.years[t].incomeTotal)).toBe(true);
		});
	});

	it('settlement protection raises grants when grant growth is below CPI', slow(), () => {
		forSampled(runs(50), ({ authority, values }) => {
			const cpi = (values.cpiInflation as number | undefined) ?? 2;
			const growth = (values.grantGrowth as number | undefined) ?? 1;
			fc.pre(growth < cpi);
			const off = run(authority, { ...values, settlementProtection: false });
			const on = run(authority, { ...values, settlementProtection: true });
			// The growth assumption applies after the 2026–29 settlement: from 2029/30.
			const after = off.years.findIndex((y) => Number(y.year.slice(0, 4)) > 2028);
			expect(
				on.years[after].income.revenueSupportGrant.greaterThan(
					off.years[after].income.revenueSupportGrant
				)
			).toBe(true);
		});
	});
});

describe('reserves-exhausted flag', () => {
	it(
		'is raised in exactly the years the general fund is negative or support exceeds what reserves had; first such year',
		slow(),
		() => {
			let exhaustedSeen = 0;
			let lastingSeen = 0;
			forSampled(runs(300), ({ authority, values }) => {
				const p = run(authority, values);
				for (const year of p.years) {
					const flagged = year.flags.some((f) => f.id === 'reservesExhausted');
					// With exceptional support the general fund stays whole, but the budget could
					// not be balanced from reserves when they had less left than the support.
					const neededSupport =
						year.exceptionalSupport.greaterThan(0) &&
						year.closingAvailableReserves.lessThan(year.exceptionalSupport);
					expect(flagged).toBe(year.closingGeneralFund.isNegative() || neededSupport);
					// The chart's line reaches zero exactly when the flag says reserves run out.
					if (year.exceptionalSupport.isZero())
						expect(flagged).toBe(year.closingAvailableReserves.isNegative());
					expect(year.closingAvailableReserves.lessThanOrEqualTo(year.closingReserves)).toBe(true);
					const belowMinimum = year.flags.some((f) => f.id === 'generalFundBelowMinimum');
					expect(belowMinimum).toBe(
						!flagged && year.closingGeneralFund.lessThan(year.minimumGeneralFund)
					);
				}
				const first = p.years.find((y) => y.flags.some((f) => f.id === 'reservesExhausted'));
				expect(p.reservesExhaustedIn).toBe(first ? first.year : null);
				if (first) exhaustedSeen++;
				else lastingSeen++;
			});
			// The property was exercised on both sides.
			expect(exhaustedSeen).toBeGreaterThan(0);
			expect(lastingSeen).toBeGreaterThan(0);
		}
	);
});

describe('determinism', () => {
	it('the same input gives the same output', slow(), () => {
		forSampled(runs(100), ({ authority, values }) => {
			const first = json(authority, run(authority, values), values);
			const copy = JSON.parse(JSON.stringify(values)) as ScenarioValues;
			expect(json(authority, run(authority, copy), copy)).toBe(first);
		});
	});
});
