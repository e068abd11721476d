/**
 * The engine is written once against this small interface and runs on two kinds of number:
 * decimal.js (the reference, exact to the penny) and plain floats (the fast path used by Monte
 * Carlo sampling, checked against the decimal engine by a property test). Both have the same
 * method names as decimal.js, so the engine reads like ordinary decimal.js code.
 */
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

export interface Arithmetic<N extends Num<N>> {
	of(value: number): N;
	zero: N;
	one: N;
	/** Round pounds to the penny (half-even in the decimal engine). */
	penny(amount: N): N;
	max(a: N, b: N): N;
	min(a: N, b: N): N;
	sum(amounts: Iterable<N>): N;
}

/** Helpers shared by both kinds of number. */
export function commonArithmetic<N extends Num<N>>(
	of: (value: number) => N,
	penny: (amount: N) => N
): Arithmetic<N> {
	const zero = of(0);
	return {
		of,
		zero,
		one: of(1),
		penny,
		max: (a, b) => (a.greaterThan(b) ? a : b),
		min: (a, b) => (a.lessThan(b) ? a : b),
		sum(amounts) {
			let total = zero;
			// Most lever lines are zero; skipping them halves the cost of a year's totals.
			for (const amount of amounts) if (!amount.isZero()) total = total.plus(amount);
			return total;
		}
	};
}

/** A float with decimal.js's method names: roughly fifty times faster, exact to about 1e-15. */
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
	const floor = Math.floor(pence);
	const fraction = pence - floor;
	if (Math.abs(fraction - 0.5) <= Math.abs(pence) * 1e-12) {
		return (floor % 2 === 0 ? floor : floor + 1) / 100;
	}
	return Math.round(pence) / 100;
}

export const floatArithmetic: Arithmetic<Float> = commonArithmetic(
	(value) => new Float(value),
	(amount) => new Float(pennyHalfEven(amount.value))
);
