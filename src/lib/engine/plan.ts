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
import type { Arithmetic } from './arithmetic';
import type { EngineInputs } from './parameters';

export function startPlan<N>(k: Arithmetic<N>, p: EngineInputs<N>, marginalRate: N): Plan<N> {
	return new Plan(k, p, marginalRate);
}

/**
 * A class, not an object of closures, so that the fast path calls one function per method, which
 * V8 can inline; and results are read from fields, not a new object each year.
 */
export class Plan<N> {
	// Fields set in the constructor are `declare`d (as Year's are in core.ts): a class field
	// starts as undefined, and a field that has held undefined and then numbers keeps each number
	// the fast path stores in it boxed, a new object a year.
	/** Whether any part of a plan is set: without one, nothing here changes the accounts. */
	declare readonly active: boolean;
	/** This year's interest and MRP on support taken in earlier years (set by `financing`). */
	declare interest: N;
	declare mrp: N;
	/** What the planned draw took from reserves this year (£; set by `meetGap`). */
	declare reservesUsed: N;
	/** Gap met by a capitalisation direction this year (£; set by `meetGap`). */
	declare exceptionalSupport: N;
	declare private readonly delivered: N;
	declare private readonly draw: N;
	declare private readonly supportOn: boolean;
	declare private readonly supportRate: N;
	private readonly repaymentYears = efsTerms.mrpYears.value;
	// Each year's support, repaid straight-line over the MRP period from the year after.
	private readonly amounts: N[] = [];
	private readonly repaid: N[] = [];

	constructor(
		private readonly k: Arithmetic<N>,
		p: EngineInputs<N>,
		marginalRate: N
	) {
		const programme = p.num('savingsProgramme');
		this.delivered = k.times(programme, p.num('savingsDelivery'));
		this.draw = p.num('reservesDraw');
		this.supportOn = p.flag('exceptionalSupport');
		this.active = !k.isZero(programme) || !k.isZero(this.draw) || this.supportOn;
		this.supportRate = k.plus(marginalRate, p.num('efsInterestPremium'));
		this.interest = k.zero;
		this.mrp = k.zero;
		this.reservesUsed = k.zero;
		this.exceptionalSupport = k.zero;
	}

	/** Savings delivered in projected year t (t ≥ 1), to the penny. */
	savingsIn(t: number): N {
		const k = this.k;
		return t > 0 && this.active ? k.penny(k.times(this.delivered, t)) : k.zero;
	}

	/** Work out this year's interest and MRP on support taken in earlier years. */
	financing(): void {
		const k = this.k;
		const { amounts, repaid } = this;
		let outstanding = k.zero;
		let mrp = k.zero;
		for (let i = 0; i < amounts.length; i++) {
			const left = k.minus(amounts[i], repaid[i]);
			outstanding = k.plus(outstanding, left);
			const due = k.min(left, k.dividedBy(amounts[i], this.repaymentYears));
			repaid[i] = k.plus(repaid[i], due);
			mrp = k.plus(mrp, due);
		}
		// Interest on what was outstanding at the start of the year.
		this.interest = k.penny(k.times(outstanding, this.supportRate));
		this.mrp = k.penny(mrp);
	}

	/** Exceptional-support borrowing still outstanding (counted in external debt). */
	debt(): N {
		const k = this.k;
		let total = k.zero;
		for (let i = 0; i < this.amounts.length; i++)
			total = k.accumulate(total, k.minus(this.amounts[i], this.repaid[i]));
		return total;
	}

	/**
	 * Meet this year's gap (after savings): the planned draw within what reserves can spare
	 * (`spare`), then exceptional support if asked for. Records the support for later years.
	 */
	meetGap(gap: N, spare: N): void {
		const k = this.k;
		if (!this.active || !k.greaterThan(gap, 0)) {
			this.reservesUsed = k.zero;
			this.exceptionalSupport = k.zero;
			return;
		}
		const reservesUsed = k.penny(k.max(k.zero, k.min(gap, k.min(this.draw, spare))));
		const left = k.minus(gap, reservesUsed);
		const exceptionalSupport = this.supportOn && k.greaterThan(left, 0) ? k.penny(left) : k.zero;
		if (!k.isZero(exceptionalSupport)) {
			this.amounts.push(exceptionalSupport);
			this.repaid.push(k.zero);
		}
		this.reservesUsed = reservesUsed;
		this.exceptionalSupport = exceptionalSupport;
	}
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
