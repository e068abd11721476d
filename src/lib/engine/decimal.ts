/**
 * The engine's one Decimal configuration. Half-even ("banker's") rounding to the penny, once per
 * published line per year, keeps totals unbiased; 34 significant digits is far beyond any
 * council budget, so intermediate products never lose a penny.
 */
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({ precision: 20, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** Round pounds to the penny, half-even. */
export function penny(amount: Decimal): Decimal {
	return amount.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN);
}

export function sum(amounts: Iterable<Decimal>): Decimal {
	let total = ZERO;
	// Most lever lines are zero; skipping them halves the cost of a year's totals.
	for (const amount of amounts) if (!amount.isZero()) total = total.plus(amount);
	return total;
}

export function max(a: Decimal, b: Decimal): Decimal {
	return a.greaterThan(b) ? a : b;
}

export function min(a: Decimal, b: Decimal): Decimal {
	return a.lessThan(b) ? a : b;
}
