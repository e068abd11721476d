/**
 * The engine's one Decimal configuration. Half-even ("banker's") rounding to the penny, once per
 * published line per year, keeps totals unbiased; 34 significant digits is far beyond any
 * council budget, so intermediate products never lose a penny.
 */
import DecimalJs from 'decimal.js';
import type { Arithmetic } from './arithmetic';

export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

export const decimalArithmetic: Arithmetic<Decimal> = {
	of: (value) => new Decimal(value),
	zero: new Decimal(0),
	one: new Decimal(1),
	plus: (a, b) => a.plus(b),
	minus: (a, b) => a.minus(b),
	times: (a, b) => a.times(b),
	dividedBy: (a, b) => a.dividedBy(b),
	abs: (a) => a.abs(),
	isZero: (a) => a.isZero(),
	equals: (a, b) => a.equals(b),
	greaterThan: (a, b) => a.greaterThan(b),
	lessThan: (a, b) => a.lessThan(b),
	toNumber: (a) => a.toNumber(),
	penny: (amount) => amount.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN),
	max: (a, b) => (a.greaterThan(b) ? a : b),
	min: (a, b) => (a.lessThan(b) ? a : b),
	accumulate: (total, amount) => (amount.isZero() ? total : total.plus(amount)),
	array: (length) => Array.from({ length }, () => decimalArithmetic.zero)
};

export const ZERO = decimalArithmetic.zero;
export const { penny } = decimalArithmetic;

/** The sum of amounts, skipping zeros, as the engine adds a year's lines. */
export function sum(amounts: Iterable<Decimal>): Decimal {
	let total = ZERO;
	for (const amount of amounts) total = decimalArithmetic.accumulate(total, amount);
	return total;
}
