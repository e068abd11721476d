/**
 * The engine is written once against this small set of operations and runs on two kinds of
 * number: decimal.js (the reference, exact to the penny) and plain JavaScript numbers (the fast
 * path used by Monte Carlo sampling and the tornado, checked against the decimal engine by a
 * property test). The operations are functions of their operands (`k.plus(a, b)`), not methods,
 * so that the fast path's numbers are bare `number`s: no object per operation, nothing to collect.
 * The names are decimal.js's.
 */
export interface Arithmetic<N> {
	of(value: number): N;
	zero: N;
	one: N;
	plus(a: N, b: N): N;
	minus(a: N, b: N): N;
	times(a: N, b: N | number): N;
	dividedBy(a: N, b: N | number): N;
	abs(a: N): N;
	isZero(a: N): boolean;
	equals(a: N, b: N): boolean;
	greaterThan(a: N, b: N | number): boolean;
	lessThan(a: N, b: N | number): boolean;
	toNumber(a: N): number;
	/** Round pounds to the penny (half-even in both engines). */
	penny(amount: N): N;
	max(a: N, b: N): N;
	min(a: N, b: N): N;
	/** `total + amount`, skipping zero amounts (most lever lines are zero): one step of a sum. */
	accumulate(total: N, amount: N): N;
	/**
	 * `length` zeros, for figures carried from year to year. In floats a Float64Array: an array
	 * of numbers built by `map` had one elements kind or another from run to run, and each change
	 * threw away the fast path's compiled engine (`--trace-deopt`: "wrong map").
	 */
	array(length: number): ByPosition<N>;
}

/**
 * Numbers by position: an array of decimals, or a Float64Array on the fast path (a year's lines,
 * the parameters' values, the authority's grants and services).
 */
export interface ByPosition<N> {
	[index: number]: N;
	readonly length: number;
}

/** The methods a decimal.js value has, which code outside the engine's loop still uses. */
export interface Num<N> {
	plus(x: N): N;
	minus(x: N): N;
	times(x: N | number): N;
	dividedBy(x: N | number): N;
	abs(): N;
	isZero(): boolean;
	equals(x: N): boolean;
	greaterThan(x: N | number): boolean;
	lessThan(x: N | number): boolean;
	lessThanOrEqualTo(x: N | number): boolean;
	toNumber(): number;
	toFixed(decimals: number): string;
}

/**
 * A float with decimal.js's method names, for the few results of the fast path that code shared
 * with the decimal engine reads (the tornado's entries). The engine itself runs on bare numbers.
 */
export class Float implements Num<Float> {
	constructor(readonly value: number) {}
	plus(x: Float) {
		return new Float(this.value + x.value);
	}
	minus(x: Float) {
		return new Float(this.value - x.value);
	}
	times(x: Float | number) {
		return new Float(this.value * (typeof x === 'number' ? x : x.value));
	}
	dividedBy(x: Float | number) {
		return new Float(this.value / (typeof x === 'number' ? x : x.value));
	}
	abs() {
		return new Float(Math.abs(this.value));
	}
	isZero() {
		return this.value === 0;
	}
	equals(x: Float) {
		return this.value === x.value;
	}
	greaterThan(x: Float | number) {
		return this.value > (typeof x === 'number' ? x : x.value);
	}
	lessThan(x: Float | number) {
		return this.value < (typeof x === 'number' ? x : x.value);
	}
	lessThanOrEqualTo(x: Float | number) {
		return this.value <= (typeof x === 'number' ? x : x.value);
	}
	toNumber() {
		return this.value;
	}
	toFixed(decimals: number) {
		return this.value.toFixed(decimals);
	}
}

/**
 * Pounds to the penny, half-even like the decimal engine. Slider values have few decimals, so a
 * Band D charge times its growth often lands exactly on a half-penny (£1,234.50 × 1.01 =
 * £1,246.845, which decimal.js rounds to £1,246.84); in floats it arrives on or a hair either side
 * of the tie, so anything within float noise of it is treated as the tie. Rounding such a tie the
 * other way moves the Band D charge a penny: £760 a year on 76,000 Band D equivalents,
 * compounding, which the tornado's £1 agreement with the decimal engine cannot absorb.
 */
export function pennyHalfEven(pounds: number): number {
	const pence = pounds * 100;
	const rounded = Math.round(pence);
	// At a half-penny, the even one: twice the nearest whole number to half the pence (2.5 → 2,
	// 3.5 → 4, −2.5 → −2). Worked out every time, not only at a half-penny, so that the fast path
	// (which writes this out inline at each rounding) has no branch it has never run: V8 throws
	// away its compiled engine at the first untried branch, and compiling it again takes longer
	// than a thousand runs.
	const even = 2 * Math.round(pence * 0.5);
	// Away from a half-penny (nearly always) ordinary rounding is half-even rounding.
	return (
		(Math.abs(Math.abs(rounded - pence) - 0.5) > Math.abs(pence) * 1e-12 ? rounded : even) / 100
	);
}

/** Plain numbers: roughly a hundred times faster than decimal.js, exact to about 1e-15. */
export const floatArithmetic: Arithmetic<number> = {
	of: (value) => value,
	zero: 0,
	one: 1,
	plus: (a, b) => a + b,
	minus: (a, b) => a - b,
	times: (a, b) => a * b,
	dividedBy: (a, b) => a / b,
	abs: (a) => Math.abs(a),
	isZero: (a) => a === 0,
	equals: (a, b) => a === b,
	greaterThan: (a, b) => a > b,
	lessThan: (a, b) => a < b,
	toNumber: (a) => a,
	penny: pennyHalfEven,
	// As the generated fast path writes them (scripts/generate-float-engine.ts).
	max: (a, b) => Math.max(a, b),
	min: (a, b) => Math.min(a, b),
	accumulate: (total, amount) => total + amount,
	array: (length) => new Float64Array(length)
};
