import { parameterById, type ParameterUnit } from '../../../models/index';
import type { ScenarioValues } from '../engine/index';

const unitText: Record<ParameterUnit, (v: number) => string> = {
	percent: (v) => `${v} %`,
	percentagePoints: (v) => `${v} percentage points`,
	gbpMillionsPerYear: (v) => `£${v}m a year`,
	gbp: (v) => `£${v}`,
	pence: (v) => `${v}p`,
	years: (v) => `${v} years`,
	ratio: (v) => String(v),
	count: (v) => String(v),
	boolean: (v) => String(v)
};

/** Saved values as rows a person can read: the parameter's label and the value in its unit. */
export function describeValues(
	values: ScenarioValues
): { id: string; label: string; value: string; statusQuo: string }[] {
	return Object.entries(values).map(([id, value]) => {
		const parameter = parameterById.get(id);
		if (!parameter) return { id, label: id, value: String(value), statusQuo: '' };
		const show = (v: number | boolean) =>
			typeof v === 'boolean' ? (v ? 'Yes' : 'No') : unitText[parameter.unit](v);
		return { id, label: parameter.label, value: show(value), statusQuo: show(parameter.statusQuo) };
	});
}
