/**
 * The engine's one Decimal configuration. Half-even ("banker's") rounding to the penny, once per
 * published line per year, keeps totals unbiased; 34 significant digits is far beyond any
 * council budget, so intermediate products never lose a penny.
 */
import DecimalJs from 'decimal.js';
import { commonArithmetic, type Arithmetic } from './arithmetic';

export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

export const decimalArithmetic: Arithmetic<Decimal> = commonArithmetic(
	(value) => new Decimal(value),
	(amount) => amount.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN)
);

export const ZERO = decimalArithmetic.zero;
export const { penny, sum } = decimalArithmetic;
