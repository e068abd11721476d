/**
 * The fast path: the same yearly accounts as project() (core.ts, through its generated copy),
 * run on plain numbers and written into arrays made once per engine, for analyses that project
 * thousands of times (Monte Carlo, the tornado, an import's balancing). Agrees with project() to
 * within pennies (a property test holds every line to £1); never use it for published figures.
 *
 * One engine is made per council and scenario; `set` moves one parameter, `run` projects and
 * overwrites the arrays. Nothing is allocated per year, and little per run.
 */
import { authorities, leversThatApply, parametersFor, type Authority } from '../../../models/index';
import { floatArithmetic } from './arithmetic';
import { projectYears, YEARS, type YearFigures } from './core.float.generated';
import {
	engineInputs,
	engineScale,
	numberIndex,
	resolveValues,
	type EngineInputs
} from './parameters';
import { expenditureLineIds, incomeLineIds, type ScenarioValues } from './types';

const YEAR_COUNT = YEARS + 1;

export class FastEngine {
	/** Per year (index 0 is the base year), pounds. */
	readonly gap = new Float64Array(YEAR_COUNT);
	readonly closingGeneralFund = new Float64Array(YEAR_COUNT);
	readonly closingReserves = new Float64Array(YEAR_COUNT);
	readonly closingAvailableReserves = new Float64Array(YEAR_COUNT);
	readonly exceptionalSupport = new Float64Array(YEAR_COUNT);
	/** Every line, year by year: `income[t * incomeLineIds.length + i]`. */
	readonly income = new Float64Array(YEAR_COUNT * incomeLineIds.length);
	readonly expenditure = new Float64Array(YEAR_COUNT * expenditureLineIds.length);

	private readonly inputs: EngineInputs<number>;
	/** The parameters' values, in engine units, at `numberIndex[id]`: what `set` overwrites. */
	private readonly values: Float64Array;
	/** The scenario's own values, for `reset`. */
	private readonly base: Float64Array;
	/** Each number parameter that applies here, and its scale to engine units. */
	private readonly scales: Map<string, number>;
	private readonly sink: FastSink;

	/**
	 * `lines: false` leaves `income` and `expenditure` at zero: for analyses that read only the
	 * year's figures (Monte Carlo), which need not copy seventy lines a year out of every run.
	 */
	constructor(
		readonly authority: Authority,
		values: ScenarioValues = {},
		{ lines = true }: { lines?: boolean } = {}
	) {
		this.values = new Float64Array(Object.keys(numberIndex).length);
		this.inputs = engineInputs(floatArithmetic, resolveValues(values, authority), this.values);
		this.base = this.values.slice();
		this.scales = new Map(
			parametersFor(authority)
				.filter((p) => p.kind === 'number' && !p.notApplicable)
				.map((p) => [p.id, engineScale(p.unit)])
		);
		this.sink = new FastSink(this, lines);
	}

	/**
	 * A number parameter at `value` (slider units) for the next runs. As in project(), a
	 * parameter that does not apply to this council stays at its status quo.
	 */
	set(id: string, value: number): void {
		this.setSlot(this.slot(id), value);
	}

	/**
	 * Where `setSlot` puts a parameter, found once: for moving the same parameters run after
	 * run. Undefined for a parameter that does not apply to this council (it stays put).
	 */
	slot(id: string): Slot | undefined {
		const scale = this.scales.get(id);
		return scale === undefined
			? undefined
			: { index: numberIndex[id as keyof typeof numberIndex], scale };
	}

	/** `set`, with the parameter found beforehand. */
	setSlot(slot: Slot | undefined, value: number): void {
		// As toEngineUnits does it in floats: a scale of 1 leaves the value as it is.
		if (slot !== undefined) this.values[slot.index] = slot.scale === 1 ? value : value * slot.scale;
	}

	/** A parameter back to the scenario's value. */
	reset(id: string): void {
		const index = numberIndex[id as keyof typeof numberIndex];
		this.values[index] = this.base[index];
	}

	/** Project, overwriting the arrays. */
	run(): this {
		projectYears(floatArithmetic, this.authority, this.inputs, this.sink);
		return this;
	}

	/** Whether reserves have run out by year t: the s114 flag's test, as in flags.ts. */
	exhaustedIn(t: number): boolean {
		return (
			this.closingGeneralFund[t] < 0 ||
			(this.exceptionalSupport[t] > 0 &&
				this.closingAvailableReserves[t] < this.exceptionalSupport[t])
		);
	}
}

/** A number parameter's place in the engine's values, and its scale to engine units. */
export interface Slot {
	readonly index: number;
	readonly scale: number;
}

/** Copies each year's figures, and its lines if asked, into the engine's arrays. */
class FastSink {
	readonly income = new Float64Array(incomeLineIds.length);
	readonly expenditure = new Float64Array(expenditureLineIds.length);
	constructor(
		private readonly engine: FastEngine,
		private readonly lines: boolean
	) {}
	year(y: YearFigures<number>) {
		const { engine, income, expenditure } = this;
		const t = y.t;
		engine.gap[t] = y.gap;
		engine.closingGeneralFund[t] = y.closingGeneralFund;
		engine.closingReserves[t] = y.closingReserves;
		engine.closingAvailableReserves[t] = y.closingAvailableReserves;
		engine.exceptionalSupport[t] = y.exceptionalSupport;
		if (!this.lines) return;
		// A loop, not TypedArray.set: the compiled loop is quicker than a call into the runtime.
		const incomeAt = t * income.length;
		for (let i = 0; i < income.length; i++) engine.income[incomeAt + i] = income[i];
		const expenditureAt = t * expenditure.length;
		for (let i = 0; i < expenditure.length; i++)
			engine.expenditure[expenditureAt + i] = expenditure[i];
	}
}

/**
 * Every lever of a council at one end of its range: its top (a switch on) or its bottom (off).
 * With the status quo, these take the accounts down nearly every path they have.
 */
export function leversAtEnd(authority: Authority, end: 'top' | 'bottom'): ScenarioValues {
	const values: ScenarioValues = {};
	for (const p of leversThatApply(authority))
		values[p.id] = p.kind === 'boolean' ? end === 'top' : end === 'top' ? p.max : p.min;
	return values;
}

let primed = false;

/**
 * Once a process: the fast path projects each sample council at its status quo and with every
 * lever at the top and at the bottom of its range, results discarded. V8 compiles the accounts
 * from the paths and kinds of number it has seen run; a path first taken after that (a lever
 * moved off zero, a plan switched on) throws the compiled code away, and it is compiled again in
 * the background, a fifth of a second to a second on this machine, while every run waits in the
 * slower tiers: a Monte Carlo then took 100–200 ms where it takes 6–10 (docs/benchmarks.md). The
 * status quo comes first because V8 records nothing about a function's first run. About 20–50 ms,
 * once: for the workers that run Monte Carlo, not for a page's main thread.
 */
export function primeFastPath(): void {
	if (primed) return;
	primed = true;
	for (const authority of authorities)
		for (const values of [{}, leversAtEnd(authority, 'top'), leversAtEnd(authority, 'bottom')])
			new FastEngine(authority, values).run();
}
