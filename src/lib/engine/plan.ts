/**
 * The budget plan (issue 12): how the council closes its gap, as a medium-term financial plan
 * does. Savings accumulate (each year's new savings stay in the budget) and only the share
 * delivered counts; a planned draw on reserves meets what is left, never taking the general
 * fund below its minimum nor touching earmarked reserves held for their own purposes; and
 * exceptional financial support, if asked for, meets the rest by a capitalisation direction,
 * funded by borrowing that carries its own MRP and interest from the year after.
 *
 * project.ts calls this at three points only: the savings line, the financing charges and the
 * gap. Without a plan every amount here is zero and the accounts are exactly as before.
 */
import { efsTerms, parameters } from '../../../models/index';
import type { Arithmetic, Num } from './arithmetic';
import type { EngineInputs } from './parameters';

export interface PlanYear<N> {
	/** Delivered savings this year (£, positive): every year's new savings so far, as delivered. */
	savingsDelivered: N;
	/** What the planned draw took from reserves (£). */
	reservesUsed: N;
	/** Gap met by a capitalisation direction this year (£). */
	exceptionalSupport: N;
}

export interface Plan<N> {
	/** Whether any part of a plan is set: without one, nothing here changes the accounts. */
	readonly active: boolean;
	/** Savings delivered in projected year t (t ≥ 1), to the penny. */
	savingsIn(t: number): N;
	/** Interest and MRP this year on support taken in earlier years. */
	financing(): { interest: N; mrp: N };
	/** Exceptional-support borrowing still outstanding (counted in external debt). */
	debt(): N;
	/**
	 * Meet this year's gap (after savings): the planned draw within what reserves can spare
	 * (`spare`), then exceptional support if asked for. Records the support for later years.
	 */
	meetGap(gap: N, spare: N): { reservesUsed: N; exceptionalSupport: N };
}

export function startPlan<N extends Num<N>>(
	k: Arithmetic<N>,
	p: EngineInputs<N>,
	marginalRate: N
): Plan<N> {
	const programme = p.num('savingsProgramme');
	const delivered = programme.times(p.num('savingsDelivery'));
	const draw = p.num('reservesDraw');
	const supportOn = p.flag('exceptionalSupport');
	const active = !programme.isZero() || !draw.isZero() || supportOn;
	const supportRate = marginalRate.plus(p.num('efsInterestPremium'));
	const repaymentYears = efsTerms.mrpYears.value;

	// Each year's support, repaid straight-line over the MRP period from the year after.
	const tranches: { amount: N; repaid: N }[] = [];

	return {
		active,
		savingsIn: (t) => (t > 0 && active ? k.penny(delivered.times(t)) : k.zero),
		financing() {
			let outstanding = k.zero;
			let mrp = k.zero;
			for (const tranche of tranches) {
				const left = tranche.amount.minus(tranche.repaid);
				outstanding = outstanding.plus(left);
				const due = k.min(left, tranche.amount.dividedBy(repaymentYears));
				tranche.repaid = tranche.repaid.plus(due);
				mrp = mrp.plus(due);
			}
			// Interest on what was outstanding at the start of the year.
			return { interest: k.penny(outstanding.times(supportRate)), mrp: k.penny(mrp) };
		},
		debt: () => k.sum(tranches.map((t) => t.amount.minus(t.repaid))),
		meetGap(gap, spare) {
			if (!active || !gap.greaterThan(0))
				return { reservesUsed: k.zero, exceptionalSupport: k.zero };
			const reservesUsed = k.penny(k.max(k.zero, k.min(gap, k.min(draw, spare))));
			const left = gap.minus(reservesUsed);
			const exceptionalSupport = supportOn && left.greaterThan(0) ? k.penny(left) : k.zero;
			if (!exceptionalSupport.isZero())
				tranches.push({ amount: exceptionalSupport, repaid: k.zero });
			return { reservesUsed, exceptionalSupport };
		}
	};
}

/** The plan's levers (its assumptions, such as the delivery rate, are not actions). */
export const planLeverIds: readonly string[] = parameters
	.filter((p) => p.proposition === 'plan' && p.lever)
	.map((p) => p.id);

/** Whether values set any of the plan's levers off the status quo (no savings, draw or support). */
export function planLeversSet(values: Record<string, number | boolean>): boolean {
	return (
		((values.savingsProgramme as number | undefined) ?? 0) > 0 ||
		((values.reservesDraw as number | undefined) ?? 0) > 0 ||
		values.exceptionalSupport === true
	);
}

/** The same values with the plan's levers taken out: the "without action" view. */
export function withoutPlan<V extends Record<string, number | boolean>>(values: V): V {
	return Object.fromEntries(
		Object.entries(values).filter(([id]) => !planLeverIds.includes(id))
	) as V;
}
