/**
 * Sensitivity (a tornado): move each uncertain parameter to its declared low and high value,
 * keeping the rest of the scenario, and measure the change in the cumulative gap over the
 * first five projected years.
 */
import { parameters, type Authority, type NumberParameter } from '../../../../models/index';
import { Decimal, sum } from '../decimal';
import { project } from '../project';
import type { Projection, Scenario } from '../types';

export const SENSITIVITY_YEARS = 5;

export interface TornadoEntry {
	parameterId: string;
	label: string;
	low: number;
	high: number;
	/** Change in the cumulative 5-year gap (£) with the parameter at low / at high. */
	lowEffect: Decimal;
	highEffect: Decimal;
}

export const uncertainParameters = parameters.filter(
	(p): p is NumberParameter => p.kind === 'number' && p.low !== undefined && p.high !== undefined
);

/** Sum of the gaps in years 1 to n (2026/27 onwards): the shortfall reserves must cover. */
export function cumulativeGap(projection: Projection, years = SENSITIVITY_YEARS): Decimal {
	return sum(projection.years.slice(1, years + 1).map((y) => y.gap));
}

export function tornado(
	authority: Authority,
	scenario: Scenario,
	uncertain: readonly NumberParameter[] = uncertainParameters
): TornadoEntry[] {
	const central = cumulativeGap(project(authority, scenario));
	const at = (id: string, value: number) =>
		cumulativeGap(
			project(authority, { ...scenario, values: { ...scenario.values, [id]: value } })
		).minus(central);
	return uncertain
		.map((p) => ({
			parameterId: p.id,
			label: p.label,
			low: p.low!,
			high: p.high!,
			lowEffect: at(p.id, p.low!),
			highEffect: at(p.id, p.high!)
		}))
		.sort((a, b) => swing(b).comparedTo(swing(a)));
}

function swing(entry: TornadoEntry): Decimal {
	return Decimal.max(entry.lowEffect.abs(), entry.highEffect.abs());
}
