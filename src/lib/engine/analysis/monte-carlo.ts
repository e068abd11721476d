/**
 * Uncertainty: Monte Carlo over every uncertain parameter, each drawn from a triangular
 * distribution on its declared low / mode / high (the mode is the scenario's own value). Seeded,
 * so the same scenario and seed always give the same fan. Runs on the float fast path (fast.ts),
 * one engine for all the runs; each run agrees with the decimal engine to within pennies
 * (tests/unit/analysis.test.ts).
 */
import { parametersById, type Authority, type NumberParameter } from '../../../../models/index';
import { FastEngine, type Slot } from '../fast';
import { baseYearStart, YEARS, yearLabel } from '../project';
import type { Scenario } from '../types';
import { uncertainParameters } from './sensitivity';

export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 20130708;

/**
 * mulberry32: a small, fast, well-mixed 32-bit PRNG; deterministic for a given seed. A class,
 * so that Monte Carlo's calls of `next` are inlined: a closure is made anew for each Monte
 * Carlo, and V8 inlines no function made anew each call, so each draw was a call returning its
 * number boxed.
 */
export class Mulberry32 {
	// A signed 32-bit integer (`| 0`), the same 32 bits as mulberry32's unsigned state: every
	// step reads it through Math.imul, ^ or >>>, which see only the bits, and unsigned, half the
	// states were too large for a small integer (a heap number stored at every draw).
	private state: number;
	constructor(seed: number) {
		this.state = seed | 0;
	}
	next(): number {
		this.state = (this.state + 0x6d2b79f5) | 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
}

/** mulberry32 as a function of no arguments. */
export function seededRandom(seed: number): () => number {
	const random = new Mulberry32(seed);
	return () => random.next();
}

/**
 * A triangular distribution on low ≤ mode ≤ high, drawn by its inverse CDF. What does not depend
 * on the draw is worked out once, for the thousands of draws a Monte Carlo makes of each.
 */
export class Triangle {
	private readonly span: number;
	private readonly below: number;
	private readonly above: number;
	/** The share of draws below the mode (all of them for a range of no width: low, the mode). */
	private readonly split: number;
	constructor(
		readonly low: number,
		mode: number,
		readonly high: number
	) {
		this.span = high - low;
		this.below = mode - low;
		this.above = high - mode;
		this.split = high === low ? 1 : this.below / this.span;
	}

	/**
	 * The draw for `u` in [0, 1). Without a branch: which side of the mode `u` falls is a coin
	 * toss, and the processor's wrong guesses at such a branch cost more than working out both
	 * sides' factors (multiplying one by 1 and the other by 0 leaves the chosen one exact).
	 */
	at(u: number): number {
		const side = +(u < this.split);
		const other = 1 - side;
		const root = Math.sqrt(
			(u * side + (1 - u) * other) * this.span * (this.below * side + this.above * other)
		);
		return (this.low + root) * side + (this.high - root) * other;
	}
}

/** Inverse-CDF draw from a triangular distribution. */
export function triangular(u: number, low: number, mode: number, high: number): number {
	return new Triangle(low, mode, high).at(u);
}

export interface MonteCarloOptions {
	runs?: number;
	seed?: number;
	/** Runs between progress reports. */
	chunk?: number;
	/** The parameters to draw; by default every parameter with a declared low and high. */
	uncertain?: readonly NumberParameter[];
}

export interface Percentiles {
	p10: number;
	p50: number;
	p90: number;
}

export interface MonteCarloResult {
	runs: number;
	seed: number;
	years: string[];
	/** Per year, pounds. */
	gap: Percentiles[];
	/** Per year, pounds: the reserves left to meet a gap (negative: the shortfall). */
	availableReserves: Percentiles[];
	/** Per year, the share of runs in which reserves have run out by then. */
	exhaustedBy: number[];
}

/**
 * Puts the element of rank k (0-based, in sorted order) at index k, with nothing after it
 * before it and nothing before it after it, searching only indexes lo…hi (quickselect). Each
 * pass moves the values below the pivot (the median of three) to the front without a branch:
 * whether a run's figure is below the pivot is a coin toss the processor guessed wrong half the
 * time, and Hoare's partition, which branched on it, took 40 % longer. Then, if rank k lies
 * beyond them, the values equal to the pivot, so that many equal values (a year no draw moves)
 * end the search at once.
 */
function select(values: Float64Array, k: number, lo: number, hi: number): void {
	while (hi > lo) {
		const a = values[lo];
		const b = values[(lo + hi) >> 1];
		const c = values[hi];
		const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
		let below = lo;
		for (let i = lo; i <= hi; i++) {
			const value = values[i];
			values[i] = values[below];
			values[below] = value;
			below += +(value < pivot);
		}
		if (k < below) {
			hi = below - 1;
			continue;
		}
		let equal = below;
		for (let i = below; i <= hi; i++) {
			const value = values[i];
			values[i] = values[equal];
			values[equal] = value;
			equal += +(value === pivot);
		}
		// None equal only if the pivot is NaN, which nothing sorts: stop rather than loop.
		if (k < equal || equal === below) return;
		lo = equal;
	}
}

/**
 * The 10th, 50th and 90th percentiles (interpolated between the two nearest ranks), as read
 * from the values sorted, but found by selecting only the ranks needed: sorting 22 arrays of a
 * thousand runs was a tenth of a Monte Carlo's time. Reorders `values`. A sort puts −0 before
 * +0 and this need not: `below + (above − below) × f` is +0 whichever zero is read.
 */
export function percentiles(values: Float64Array): Percentiles {
	const n = values.length;
	let lo = 0;
	const at = (q: number) => {
		const position = (n - 1) * q;
		const below = Math.floor(position);
		if (below >= lo) select(values, below, lo, n - 1);
		lo = below + 1;
		// The next rank up is the least value after `below`.
		let above = values[Math.min(n - 1, below + 1)];
		for (let i = below + 2; i < n; i++) if (values[i] < above) above = values[i];
		return values[below] + (above - values[below]) * (position - below);
	};
	return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

/**
 * Whether a parameter only takes whole steps: a count or a number of years (a lag of 2.4 years
 * means nothing). Its draws are rounded to the nearest step. Every other parameter is a rate,
 * a sum or a ratio, drawn continuously between its slider steps.
 */
export function isDiscrete(p: NumberParameter): boolean {
	return p.unit === 'years' || p.unit === 'count';
}

/** A draw rounded to the parameter's nearest slider step, kept within [low, high]. */
export function toStep(value: number, p: NumberParameter, low: number, high: number): number {
	const stepped = p.min + Math.round((value - p.min) / p.step) * p.step;
	return Math.min(high, Math.max(low, stepped));
}

/** One parameter's triangular range around the scenario's value: its mode. */
class Draw extends Triangle {
	/**
	 * isDiscrete(parameter), worked out once: the declarations are objects of many shapes, so
	 * reading `parameter.unit` in every draw was a lookup by name each time.
	 */
	readonly discrete: boolean;
	constructor(
		readonly parameter: NumberParameter,
		mode: number
	) {
		super(Math.min(parameter.low!, mode), mode, Math.max(parameter.high!, mode));
		this.discrete = isDiscrete(parameter);
	}

	/** The parameter's value for `u` in [0, 1). */
	value(u: number): number {
		const draw = this.at(u);
		return this.discrete ? toStep(draw, this.parameter, this.low, this.high) : draw;
	}
}

function draws(
	scenario: Scenario,
	uncertain: readonly NumberParameter[],
	statusQuo: (p: NumberParameter) => number
): Draw[] {
	return uncertain.map(
		(parameter) =>
			new Draw(
				parameter,
				(scenario.values[parameter.id] as number | undefined) ?? statusQuo(parameter)
			)
	);
}

/** Draw the uncertain parameters for one run. */
export function sample(
	scenario: Scenario,
	uncertain: readonly NumberParameter[],
	random: () => number,
	statusQuo: (p: NumberParameter) => number = (p) => p.statusQuo
): Scenario {
	const values = { ...scenario.values };
	for (const d of draws(scenario, uncertain, statusQuo)) values[d.parameter.id] = d.value(random());
	return { ...scenario, values };
}

/**
 * The runs themselves, apart from the generator that reports progress: V8 compiled the
 * generator's loop on its own (on-stack replacement) before the code after it had ever run, and
 * threw that compiled code away at the end of every Monte Carlo ("insufficient type feedback"),
 * to compile it again in the next. A plain method is compiled once.
 */
class Runs {
	private readonly slots: (Slot | undefined)[];
	constructor(
		private readonly engine: FastEngine,
		private readonly ranges: readonly Draw[],
		private readonly random: Mulberry32,
		private readonly runs: number,
		private readonly chunk: number,
		private readonly gaps: Float64Array[],
		private readonly reserves: Float64Array[],
		private readonly exhausted: Float64Array
	) {
		this.slots = ranges.map((range) => engine.slot(range.parameter.id));
	}

	/** Runs from run `first` until a progress report is due or every run is done: how many are. */
	from(first: number): number {
		// Every field read here, before the loop: V8 compiles this method from inside its loop,
		// and a read of `this.runs` after the loop had no type feedback there, so the compiled
		// method was thrown away at the end of every Monte Carlo (about 20 times in six seconds).
		const { engine, ranges, slots, random, gaps, reserves, exhausted, runs, chunk } = this;
		const yearCount = exhausted.length;
		for (let run = first; run < runs; run++) {
			for (let j = 0; j < ranges.length; j++)
				engine.setSlot(slots[j], ranges[j].value(random.next()));
			engine.run();
			let out = false;
			for (let t = 0; t < yearCount; t++) {
				gaps[t][run] = engine.gap[t];
				reserves[t][run] = engine.closingAvailableReserves[t];
				// The s114 flag's test: reserves gone, or support needed beyond what they had left.
				out ||= engine.exhaustedIn(t);
				if (out) exhausted[t]++;
			}
			if ((run + 1) % chunk === 0 && run + 1 < runs) return run + 1;
		}
		return runs;
	}
}

/**
 * Runs in chunks so a Web Worker can report progress and stop when the scenario changes:
 * each `next()` runs up to `chunk` more runs and yields how many are done.
 */
export function* monteCarloSteps(
	authority: Authority,
	scenario: Scenario,
	{
		runs = DEFAULT_RUNS,
		seed = DEFAULT_SEED,
		chunk = 100,
		uncertain = uncertainParameters
	}: MonteCarloOptions = {}
): Generator<number, MonteCarloResult> {
	const random = new Mulberry32(seed);
	// The mode is the council's own status quo where its kind differs (a district's referendum
	// threshold is 2.99 %, not a met's 4.99 %).
	const own = parametersById(authority);
	const ranges = draws(scenario, uncertain, (p) => (own.get(p.id) ?? p).statusQuo as number);
	const yearCount = YEARS + 1;
	const baseStart = baseYearStart(authority);
	const labels = Array.from({ length: yearCount }, (_, t) => yearLabel(t, baseStart));
	const gaps = Array.from({ length: yearCount }, () => new Float64Array(runs));
	const reserves = Array.from({ length: yearCount }, () => new Float64Array(runs));
	const exhausted = new Float64Array(yearCount);
	// Everything but the drawn parameters is the same in every run: one engine, set up once,
	// which works out only the figures read here (no lines).
	const engine = new FastEngine(authority, scenario.values, { lines: false });
	const batch = new Runs(engine, ranges, random, runs, chunk, gaps, reserves, exhausted);
	for (let done = 0; done < runs;) {
		done = batch.from(done);
		if (done < runs) yield done;
	}

	const summarise = (series: Float64Array[]) => series.map(percentiles);
	return {
		runs,
		seed,
		years: labels,
		gap: summarise(gaps),
		availableReserves: summarise(reserves),
		exhaustedBy: Array.from(exhausted, (count) => count / runs)
	};
}

/** Run to completion. */
export function monteCarlo(
	authority: Authority,
	scenario: Scenario,
	options: MonteCarloOptions = {}
): MonteCarloResult {
	const steps = monteCarloSteps(authority, scenario, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
