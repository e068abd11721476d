import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArbitrary } from './arbitraries';
import {
	authorities,
	defaultAuthority,
	parameterById,
	parameters,
	type NumberParameter
} from '../../models/index';
import { pennyHalfEven } from '../../src/lib/engine/arithmetic';
import {
	Decimal,
	FastEngine,
	project,
	incomeLineIds,
	expenditureLineIds,
	type Scenario
} from '../../src/lib/engine/index';
import {
	closestLevers,
	cumulativeGap,
	goalSeek,
	guardrails,
	monteCarlo,
	monteCarloSteps,
	resilience,
	riskBand,
	seekableLevers,
	targetShortfall,
	tornado,
	tornadoFast,
	triangular,
	uncertainParameters
} from '../../src/lib/engine/analysis/index';
import { sample, seededRandom } from '../../src/lib/engine/analysis/monte-carlo';

const authority = defaultAuthority;
const numberParameter = (id: string) => parameterById.get(id) as NumberParameter;

const scenarioArbitraryForAnyborough = scenarioArbitrary(authority);

describe('float fast path', () => {
	// Every sample council, random scenarios within its ranges: the generated float engine must
	// agree with the decimal reference on every line of every year.
	for (const council of authorities) {
		it(`agrees with the decimal engine on every line, every year, for ${council.id}`, () => {
			fc.assert(
				fc.property(scenarioArbitrary(council), (scenario) => {
					const exact = project(council, scenario);
					const fast = new FastEngine(council, scenario.values).run();
					exact.years.forEach((year, t) => {
						// Float noise can round a line a penny the other way; the Band D charge, which
						// would carry a penny to 76,000 homes, rounds its half-pennies as decimal.js does.
						const tolerance = 1;
						incomeLineIds.forEach((id, i) => {
							const other = fast.income[t * incomeLineIds.length + i];
							expect(Math.abs(year.income[id].toNumber() - other)).toBeLessThan(tolerance);
						});
						expenditureLineIds.forEach((id, i) => {
							const other = fast.expenditure[t * expenditureLineIds.length + i];
							expect(Math.abs(year.expenditure[id].toNumber() - other)).toBeLessThan(tolerance);
						});
						expect(Math.abs(year.gap.toNumber() - fast.gap[t])).toBeLessThan(tolerance * 5);
						expect(
							Math.abs(year.closingReserves.toNumber() - fast.closingReserves[t])
						).toBeLessThan(tolerance * 5);
						expect(
							Math.abs(year.closingAvailableReserves.toNumber() - fast.closingAvailableReserves[t])
						).toBeLessThan(tolerance * 5);
						// The s114 test, wherever pennies of float noise cannot tip it.
						const margin = Math.min(
							Math.abs(year.closingGeneralFund.toNumber()),
							year.exceptionalSupport.isZero()
								? Infinity
								: Math.abs(year.closingAvailableReserves.minus(year.exceptionalSupport).toNumber())
						);
						if (margin > 5)
							expect(fast.exhaustedIn(t)).toBe(
								year.flags.some((f) => f.id === 'reservesExhausted')
							);
					});
				}),
				{ numRuns: 60 }
			);
			// 60 pairs of projections per council: a second or two, longer on a busy machine.
		}, 30_000);
	}

	it('moves one parameter and puts it back, as a fresh engine would project', () => {
		const engine = new FastEngine(authority, { councilTaxIncrease: 2.99 });
		const before = engine.run().gap.slice();
		engine.set('cpiInflation', 4);
		const moved = engine.run().gap.slice();
		expect(moved).toEqual(
			new FastEngine(authority, { councilTaxIncrease: 2.99, cpiInflation: 4 }).run().gap
		);
		expect(moved).not.toEqual(before);
		engine.reset('cpiInflation');
		expect(engine.run().gap).toEqual(before);
	});
});

describe('float penny rounding', () => {
	it('rounds half-pennies to even, as the decimal engine does, through float noise', () => {
		// 1234.5 × 1.01 is exactly £1,246.845; 1,246.855 is stored a hair below the half-penny.
		expect(pennyHalfEven(1234.5 * 1.01)).toBe(1246.84);
		expect(pennyHalfEven(1246.855)).toBe(1246.86);
		expect(pennyHalfEven(-0.125)).toBe(-0.12);
		expect(pennyHalfEven(2.675001)).toBe(2.68);
		expect(pennyHalfEven(2.674999)).toBe(2.67);
		fc.assert(
			fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (pence) => {
				const exact = new Decimal(pence).dividedBy(1000).toDecimalPlaces(2).toNumber();
				// + 0: decimal.js keeps the sign of −£0.00, a float need not; the same penny.
				expect(pennyHalfEven(pence / 1000) + 0).toBe(exact + 0);
			})
		);
	});
});

describe('sensitivity (tornado)', () => {
	it('covers every uncertain parameter, sorted by the larger of its two effects', () => {
		const entries = tornado(authority, { values: {} });
		expect(entries.map((e) => e.parameterId).sort()).toEqual(
			uncertainParameters.map((p) => p.id).sort()
		);
		const swings = entries.map((e) =>
			Math.max(Math.abs(e.lowEffect.toNumber()), Math.abs(e.highEffect.toNumber()))
		);
		expect(swings).toEqual([...swings].sort((a, b) => b - a));
		// Dearer care raises the gap; more grant lowers it.
		const care = entries.find((e) => e.parameterId === 'socialCareInflation')!;
		expect(care.highEffect.toNumber()).toBeGreaterThan(0);
		expect(care.lowEffect.toNumber()).toBeLessThan(0);
		const grants = entries.find((e) => e.parameterId === 'grantGrowth')!;
		expect(grants.highEffect.toNumber()).toBeLessThan(0);
	});

	it('is antisymmetric where the model is linear: the bond agency saving, a symmetric range', () => {
		// With all borrowing through the agency, interest is linear in the saving; over five years
		// reserves stay positive (a generous settlement), so interest on cash is linear too. Only
		// penny rounding remains.
		const saving = numberParameter('bondAgencySaving');
		const symmetric = { ...saving, low: 0.1, high: 0.5 };
		const scenario = {
			values: {
				bondAgencyShare: 100,
				bondAgencySaving: 0.3,
				grantGrowth: 4,
				needsFundingIndex: 130
			}
		};
		const [entry] = tornado(authority, scenario, [symmetric]);
		expect(entry.lowEffect.toNumber()).toBeGreaterThan(0);
		expect(Math.abs(entry.lowEffect.plus(entry.highEffect).toNumber())).toBeLessThan(5);
	});

	// The modeller draws the tornado from the float fast path; the API and CLI report the decimal
	// one. They must agree to £1 on every effect (charts show £0.1m), for every sample council.
	for (const council of authorities) {
		it(`on the fast path agrees with the decimal tornado to £1 for ${council.id}`, () => {
			fc.assert(
				fc.property(scenarioArbitrary(council), (scenario) => {
					const exact = tornado(council, scenario);
					const fast = tornadoFast(council, scenario);
					expect(fast.map((e) => e.parameterId).sort()).toEqual(
						exact.map((e) => e.parameterId).sort()
					);
					const swing = (e: (typeof exact)[number]) =>
						Math.max(Math.abs(e.lowEffect.toNumber()), Math.abs(e.highEffect.toNumber()));
					for (const entry of fast) {
						const reference = exact.find((e) => e.parameterId === entry.parameterId)!;
						expect(entry.low).toBe(reference.low);
						expect(entry.high).toBe(reference.high);
						expect(
							Math.abs(entry.lowEffect.toNumber() - reference.lowEffect.toNumber())
						).toBeLessThanOrEqual(1);
						expect(
							Math.abs(entry.highEffect.toNumber() - reference.highEffect.toNumber())
						).toBeLessThanOrEqual(1);
					}
					// The same order, but for effects within the tolerance of each other.
					const exactSwing = (id: string) => swing(exact.find((e) => e.parameterId === id)!);
					fast.slice(1).forEach((entry, i) => {
						expect(exactSwing(fast[i].parameterId)).toBeGreaterThanOrEqual(
							exactSwing(entry.parameterId) - 2
						);
					});
				}),
				{ numRuns: 12, examples: [[{ values: {} }]] }
			);
		}, 60_000);
	}

	it('measures the cumulative gap over 2026/27–2030/31', () => {
		const baseline = project(authority, { values: {} });
		const byHand = baseline.years.slice(1, 6).reduce((total, y) => total + y.gap.toNumber(), 0);
		expect(cumulativeGap(baseline).toNumber()).toBeCloseTo(byHand, 2);
	});
});

describe('Monte Carlo', () => {
	it('with zero-width ranges equals the deterministic projection', () => {
		const fixed = uncertainParameters.map((p) => ({ ...p, low: p.statusQuo, high: p.statusQuo }));
		const scenario = { values: { councilTaxIncrease: 2.99 } };
		const result = monteCarlo(authority, scenario, { runs: 20, uncertain: fixed });
		const exact = project(authority, scenario);
		exact.years.forEach((year, t) => {
			for (const q of ['p10', 'p50', 'p90'] as const) {
				expect(Math.abs(result.gap[t][q] - year.gap.toNumber())).toBeLessThan(1);
				expect(
					Math.abs(result.availableReserves[t][q] - year.closingAvailableReserves.toNumber())
				).toBeLessThan(5);
			}
			expect(result.exhaustedBy[t]).toBe(year.closingGeneralFund.lessThan(0) ? 1 : 0);
		});
	});

	it('covers every parameter that is not a lever', () => {
		const ids = uncertainParameters.map((p) => p.id);
		for (const p of parameters) if (!p.lever) expect(ids, p.id).toContain(p.id);
		// 33 before model 2027.1, then the high-needs write-off, the Living Wage, care providers'
		// pay share, the pay award and the staff share of other services; and the budget plan's
		// delivery rate and support premium (40). Model 2027.2: the adult and children's care
		// overspends and the share re-based, packaging EPR's share and growth, the two LGPS
		// valuations and the asset life of new borrowing, and the saving on care pooled with the
		// NHS beyond the Better Care Fund (49).
		expect(uncertainParameters).toHaveLength(49);
	});

	it('draws a lag in whole years, over its whole range, and a rate continuously', () => {
		const lag = numberParameter('preventionLag');
		const rate = numberParameter('cpiInflation');
		const random = seededRandom(11);
		const lags = new Set<number>();
		let fractionalRates = 0;
		for (let run = 0; run < 500; run++) {
			const values = sample({ values: {} }, [lag, rate], random).values;
			const drawn = values.preventionLag as number;
			expect(Number.isInteger(drawn)).toBe(true);
			expect(drawn).toBeGreaterThanOrEqual(lag.low!);
			expect(drawn).toBeLessThanOrEqual(lag.high!);
			lags.add(drawn);
			if (!Number.isInteger((values.cpiInflation as number) * 10)) fractionalRates++;
		}
		expect([...lags].sort()).toEqual([2, 3, 4]);
		expect(fractionalRates).toBeGreaterThan(400);
		// A lag the scenario sets outside the declared range stays whole and is the mode.
		const long = sample({ values: { preventionLag: 6 } }, [lag], seededRandom(3)).values;
		expect(Number.isInteger(long.preventionLag)).toBe(true);
	});

	it('is reproducible for a seed and differs for another seed', () => {
		const a = monteCarlo(authority, { values: {} }, { runs: 200, seed: 7 });
		const b = monteCarlo(authority, { values: {} }, { runs: 200, seed: 7 });
		const c = monteCarlo(authority, { values: {} }, { runs: 200, seed: 8 });
		expect(a).toEqual(b);
		expect(a.gap[5].p50).not.toBe(c.gap[5].p50);
	});

	it('orders its percentiles and never lowers the chance of running out over time', () => {
		const result = monteCarlo(authority, { values: {} }, { runs: 300 });
		for (let t = 1; t < result.years.length; t++) {
			expect(result.gap[t].p10).toBeLessThanOrEqual(result.gap[t].p50);
			expect(result.gap[t].p50).toBeLessThanOrEqual(result.gap[t].p90);
			expect(result.exhaustedBy[t]).toBeGreaterThanOrEqual(result.exhaustedBy[t - 1]);
		}
		// The baseline runs out in 2029/30; most draws agree by 2030/31.
		expect(result.exhaustedBy[5]).toBeGreaterThan(0.5);
	});

	it('reports progress in chunks before finishing', () => {
		const steps = monteCarloSteps(authority, { values: {} }, { runs: 250, chunk: 100 });
		const progress: number[] = [];
		for (let step = steps.next(); !step.done; step = steps.next()) progress.push(step.value);
		expect(progress).toEqual([100, 200]);
	});

	it('draws triangular values within range, at the mode for a degenerate range', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (u) => {
				const x = triangular(u, 1, 2, 5);
				expect(x).toBeGreaterThanOrEqual(1);
				expect(x).toBeLessThanOrEqual(5);
				expect(triangular(u, 3, 3, 3)).toBe(3);
			})
		);
	});
});

describe('goal seek', () => {
	const target = { kind: 'reservesAboveMinimum' } as const;

	it('finds the smallest council tax rise that keeps reserves above the minimum, and one step less does not', () => {
		// The referendum limit off, so the whole range is lawful (goal-seek-law.test.ts has it on).
		// A somewhat better settlement too: the first years' gaps are too big for any rise in range.
		const free = { referendumLimit: false, needsFundingIndex: 110 };
		const result = goalSeek(authority, { values: free }, target, 'councilTaxIncrease');
		expect(result.met).toBe(true);
		const step = numberParameter('councilTaxIncrease').step;
		const at = (value: number) =>
			targetShortfall(
				project(authority, { values: { ...free, councilTaxIncrease: value } }),
				target
			);
		expect(at(result.value)).toBeLessThanOrEqual(0);
		expect(at(Number((result.value - step).toFixed(2)))).toBeGreaterThan(0);
	});

	it('meets a zero gap in a chosen year with any lever that can, one step short failing', () => {
		const gapTarget = { kind: 'gapClosed', yearIndex: 5 } as const;
		// (A local sales tax is lawful only where the scenario assumes the power: goal-seek-law.)
		for (const id of ['needsFundingIndex']) {
			const result = goalSeek(authority, { values: {} }, gapTarget, id);
			expect(result.met).toBe(true);
			const lever = numberParameter(id);
			const shortOf = Number((result.value - lever.step).toFixed(6));
			const gapAt = (value: number) => project(authority, { values: { [id]: value } }).years[5].gap;
			expect(gapAt(result.value).lessThanOrEqualTo(0)).toBe(true);
			expect(gapAt(shortOf).greaterThan(0)).toBe(true);
		}
	});

	it('says plainly when no value in range meets the target', () => {
		const result = goalSeek(authority, { values: {} }, target, 'touristLevy');
		expect(result.met).toBe(false);
		expect(result.value).toBe(5);
		expect(result.shortfall).toBeGreaterThan(0);
	});

	it('needs no move when the target is already met', () => {
		const generous = { values: { needsFundingIndex: 130, grantGrowth: 6 } };
		const result = goalSeek(authority, generous, target, 'councilTaxIncrease');
		expect(result).toMatchObject({ met: true, value: 4.99, from: 4.99 });
	});

	it('ranks every number lever, the ones that meet the target first', () => {
		const ranked = closestLevers(authority, { values: {} }, target);
		expect(ranked).toHaveLength(seekableLevers.length);
		const firstMiss = ranked.findIndex((r) => !r.met);
		expect(ranked.slice(0, firstMiss).every((r) => r.met)).toBe(true);
		expect(ranked.slice(firstMiss).every((r) => !r.met)).toBe(true);
		expect(ranked[0].met).toBe(true);
	});
});

describe('guardrails', () => {
	const statusOf = (scenario: Scenario, id: string) =>
		guardrails(project(authority, scenario)).find((g) => g.id === id)!;

	it('fires the referendum guardrail exactly above the threshold, near it within 0.5 pp', () => {
		expect(statusOf({ values: { councilTaxIncrease: 5 } }, 'referendum').status).toBe('breach');
		expect(statusOf({ values: { councilTaxIncrease: 4.99 } }, 'referendum').status).toBe('near');
		expect(statusOf({ values: { councilTaxIncrease: 4.49 } }, 'referendum').status).toBe('clear');
		expect(
			statusOf({ values: { councilTaxIncrease: 9, referendumLimit: false } }, 'referendum').status
		).toBe('clear');
	});

	it('flags s114 in the first year reserves cannot meet the gap, with its citation', () => {
		const rail = statusOf({ values: {} }, 'balancedBudget');
		expect(rail).toMatchObject({ status: 'breach', firstYear: '2028/29' });
		expect(rail.citation.title).toContain('section 114');
		expect(
			statusOf({ values: { needsFundingIndex: 130, grantGrowth: 6 } }, 'balancedBudget').status
		).toBe('clear');
	});

	it('fires the prudential guardrail when financing costs pass the declared share of net budget', () => {
		const projection = project(authority, { values: { prudentialWarningThreshold: 8 } });
		const over = projection.years
			.slice(1)
			.find((y) => y.financingCosts.dividedBy(y.netBudget).greaterThan(0.08));
		expect(over).toBeDefined();
		const rail = guardrails(projection).find((g) => g.id === 'prudential')!;
		expect(rail).toMatchObject({ status: 'breach', firstYear: over!.year });
		// Relaxed, with half the capital programme: financing costs stay well below 80 % of 20 %.
		const relaxed = project(authority, {
			values: { prudentialWarningThreshold: 20, capitalProgrammeScale: 50 }
		});
		expect(guardrails(relaxed).find((g) => g.id === 'prudential')!.status).toBe('clear');
	});

	it('marks fees near the s93 cap from 95 % and a sales tax as needing legislation', () => {
		expect(statusOf({ values: { feesCostRecovery: 95 } }, 'feesAtCost').status).toBe('near');
		expect(statusOf({ values: { feesCostRecovery: 94 } }, 'feesAtCost').status).toBe('clear');
		expect(statusOf({ values: { localSalesTax: 0.1 } }, 'salesTaxPower').status).toBe('breach');
		expect(statusOf({ values: {} }, 'salesTaxPower').status).toBe('clear');
	});
});

describe('resilience indicators', () => {
	it('gives one reading per indicator per year, banded by the declared thresholds', () => {
		const rows = resilience(project(authority, { values: {} }));
		expect(rows).toHaveLength(9);
		for (const row of rows) {
			expect(row.years).toHaveLength(11);
			for (const reading of row.years) expect(reading.band).toBe(riskBand(row.id, reading.value));
		}
		const level = rows.find((r) => r.id === 'reservesToNetBudget')!;
		// 2026/27: £107m of usable reserves on a £409,667,170.32 net budget.
		expect(level.years[0].value).toBeCloseTo(107_000_000 / 409_667_170.32, 6);
		expect(level.years[0].band).toBe('lower');
		expect(level.years[10].band).toBe('higher');
	});

	it('bands at the thresholds: lower risk at the watch boundary, higher risk past the other', () => {
		expect(riskBand('reservesToNetBudget', 0.2)).toBe('lower');
		expect(riskBand('reservesToNetBudget', 0.1999)).toBe('watch');
		expect(riskBand('reservesToNetBudget', 0.0999)).toBe('higher');
		expect(riskBand('interestToNetBudget', 0.05)).toBe('lower');
		expect(riskBand('interestToNetBudget', 0.0501)).toBe('watch');
		expect(riskBand('interestToNetBudget', 0.0801)).toBe('higher');
		expect(riskBand('interestToNetBudget', null)).toBeNull();
	});
});

describe('goal seek for other kinds of council', () => {
	it('starts from the council’s own status quo and stays within its own range', () => {
		const district = authorities.find((a) => a.kind === 'shire district')!;
		const result = goalSeek(
			district,
			{ values: {} },
			{ kind: 'gapClosed', yearIndex: 1 },
			'councilTaxIncrease'
		);
		expect(result.from).toBe(2.99);
		const retention = goalSeek(
			district,
			{ values: {} },
			{ kind: 'reservesAboveMinimum' },
			'businessRatesRetention'
		);
		expect(retention.value).toBeGreaterThanOrEqual(40);
		expect(retention.value).toBeLessThanOrEqual(90);
		expect(() =>
			goalSeek(district, { values: {} }, { kind: 'reservesAboveMinimum' }, 'preventionInvestment')
		).toThrow(/does not apply|not a number lever/);
		expect(
			closestLevers(district, { values: {} }, { kind: 'reservesAboveMinimum' }).map(
				(r) => r.parameterId
			)
		).not.toContain('earlyHelpInvestment');
	});
});
