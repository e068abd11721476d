/**
 * Goal seek within the law (issue 12): a guardrail that is switched on bounds the search; when
 * only a breach would meet the target the answer says so, with the best lawful value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAuthority as authority } from '../../models/index';
import { goalSeek, targetShortfall, type GoalTarget } from '../../src/lib/engine/analysis/index';
import { project } from '../../src/lib/engine/index';
import { runs, slow } from './arbitraries';

const reserves: GoalTarget = { kind: 'reservesAboveMinimum' };
/** Costs rising fast enough that no lawful council tax rise closes the gap. */
const shock = { socialCareInflation: 6 };

describe('goal seek within the law', () => {
	it(
		'never proposes a council tax rise above the referendum limit while the limit is on',
		slow(60_000),
		() => {
			fc.assert(
				fc.property(
					fc.record({
						threshold: fc.constantFrom(2.99, 3.99, 4.99, 5.99),
						year: fc.integer({ min: 1, max: 10 }),
						inflation: fc.integer({ min: 0, max: 80 }).map((n) => n / 10),
						reservesTarget: fc.boolean()
					}),
					({ threshold, year, inflation, reservesTarget }) => {
						const values = { referendumThreshold: threshold, socialCareInflation: inflation };
						const target: GoalTarget = reservesTarget
							? reserves
							: { kind: 'gapClosed', yearIndex: year };
						const result = goalSeek(authority, { values }, target, 'councilTaxIncrease');
						expect(result.value).toBeLessThanOrEqual(threshold);
						if (result.onlyByBreach !== null) {
							expect(result.met).toBe(false);
							expect(result.onlyByBreach).toBeGreaterThan(threshold);
							expect(result.note).toContain('Only a breach of the law would do it');
						}
					}
				),
				{ numRuns: runs(12) }
			);
		}
	);

	it('says plainly when only a breach would do it, with the best lawful value and the smallest breach', () => {
		const target: GoalTarget = { kind: 'gapClosed', yearIndex: 1 };
		const result = goalSeek(authority, { values: shock }, target, 'councilTaxIncrease');
		expect(result.met).toBe(false);
		expect(result.value).toBe(4.99);
		expect(result.limit?.max).toBe(4.99);
		expect(result.onlyByBreach).not.toBeNull();
		const gapAt = (v: number) =>
			project(authority, { values: { ...shock, councilTaxIncrease: v } }).years[1].gap;
		expect(gapAt(result.onlyByBreach!).lessThanOrEqualTo(0)).toBe(true);
		expect(gapAt(Number((result.onlyByBreach! - 0.01).toFixed(2))).greaterThan(0)).toBe(true);
		expect(result.note).toMatch(
			/^Only a breach of the law would do it: council tax increase each year at \d+\.\d\d % would, but a rise above the 4\.99 % limit needs a local referendum each year\. The best lawful value is 4\.99 %\.$/
		);
	});

	it('with the limit switched off may go above it, and says a referendum would be needed today', () => {
		const values = { ...shock, referendumLimit: false };
		const result = goalSeek(
			authority,
			{ values },
			{ kind: 'gapClosed', yearIndex: 1 },
			'councilTaxIncrease'
		);
		expect(result.met).toBe(true);
		expect(result.value).toBeGreaterThan(4.99);
		expect(result.limit).toBeNull();
		expect(result.note).toContain(
			'needs a local referendum; this scenario assumes the limit is lifted'
		);
	});

	it('proposes no local sales tax unless the scenario already assumes the power', () => {
		const target: GoalTarget = { kind: 'gapClosed', yearIndex: 5 };
		const none = goalSeek(authority, { values: {} }, target, 'localSalesTax');
		expect(none.value).toBe(0);
		expect(none.met).toBe(false);
		expect(none.note).toContain('Act of Parliament');
		const assumed = goalSeek(
			authority,
			{ values: { localSalesTax: 0.25 } },
			target,
			'localSalesTax'
		);
		expect(assumed.limit).toBeNull();
		expect(assumed.met).toBe(true);
		expect(assumed.value).toBeGreaterThan(0);
	});

	it('answers for the plan: the savings needed each year, given the delivery rate, one step less failing', () => {
		const values = { savingsDelivery: 70 };
		const result = goalSeek(authority, { values }, reserves, 'savingsProgramme');
		expect(result.met).toBe(true);
		const at = (v: number) =>
			targetShortfall(project(authority, { values: { ...values, savingsProgramme: v } }), reserves);
		expect(at(result.value)).toBeLessThanOrEqual(0);
		expect(at(result.value - 0.5)).toBeGreaterThan(0);
		expect(result.note).toMatch(
			/^At 70 % delivered, that is £\d+\.\dm of new savings delivered each year\.$/
		);
		// A lower delivery rate needs a bigger programme.
		const worse = goalSeek(
			authority,
			{ values: { savingsDelivery: 50 } },
			reserves,
			'savingsProgramme'
		);
		expect(worse.value).toBeGreaterThan(result.value);
	});

	it('does not count exceptional support as keeping reserves above the minimum', () => {
		const values = { ...shock, exceptionalSupport: true, reservesDraw: 40 };
		const p = project(authority, { values });
		expect(p.years.some((y) => y.exceptionalSupport.greaterThan(0))).toBe(true);
		expect(targetShortfall(p, reserves)).toBeGreaterThan(0);
	});
});
