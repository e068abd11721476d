/** Formatting money and shares the way a council report writes them. */
type Amount = { toNumber(): number } | number;
const toNumber = (amount: Amount) => (typeof amount === 'number' ? amount : amount.toNumber());

/** £41.2m; −£3.0m for negatives. */
export function formatMoneyMillions(amount: Amount): string {
	const millions = toNumber(amount) / 1_000_000;
	const text = `£${Math.abs(millions).toFixed(1)}m`;
	return millions < 0 && text !== '£0.0m' ? `−${text}` : text;
}

const pounds = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});

/** £2,120.00 */
export function formatPounds(amount: Amount): string {
	const value = toNumber(amount);
	return `${value < 0 ? '−' : ''}£${pounds.format(Math.abs(value))}`;
}

/** 0.57 → 57% */
export function formatPercent(share: number, digits = 0): string {
	return `${(share * 100).toFixed(digits)}%`;
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A parameter value as the slider shows it: "4.99 %", "£20m a year", "2.0p", "on". */
export function formatParameterValue(
	parameter: { unit: string; step?: number },
	value: number | boolean
): string {
	if (typeof value === 'boolean') return value ? 'on' : 'off';
	const decimals = parameter.step ? Math.max(0, -Math.floor(Math.log10(parameter.step) + 1e-9)) : 2;
	const fixed = value.toFixed(decimals);
	switch (parameter.unit) {
		case 'percent':
			return `${fixed} %`;
		case 'percentagePoints':
			return `${fixed} pp`;
		case 'gbpMillionsPerYear':
			return `£${fixed}m a year`;
		case 'gbp': {
			// Pounds and pence (£1.50) when the slider moves in pence, whole pounds otherwise.
			const pence = parameter.step !== undefined && parameter.step < 1 ? 2 : 0;
			const amount = new Intl.NumberFormat('en-GB', {
				minimumFractionDigits: pence,
				maximumFractionDigits: pence
			}).format(Math.abs(value));
			return `${value < 0 ? '−' : ''}£${amount}`;
		}
		case 'pence':
			return `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(decimals)}p`;
		case 'years':
			return `${fixed} ${value === 1 ? 'year' : 'years'}`;
		case 'count':
			return grouped.format(value);
		default:
			return fixed;
	}
}
