import { parametersFor, type Authority } from '../../../models/index';
import { formatParameterValue, type ScenarioValues } from '../engine/index';

export interface Lever {
	id: string;
	label: string;
	statusQuo: string;
	value: string;
}

/**
 * Saved values as rows a person can read, in declaration order and worded as the modeller's
 * sliders word them, against the council's own status quo (a district's council tax limit is
 * not a met's). A value no declaration knows (a retired parameter) is shown as stored.
 */
export function describeValues(authority: Authority, values: ScenarioValues): Lever[] {
	const declared = parametersFor(authority);
	const known = new Set(declared.map((p) => p.id));
	return [
		...declared
			.filter((p) => values[p.id] !== undefined)
			.map((p) => ({
				id: p.id,
				label: p.label,
				statusQuo: formatParameterValue(p, p.statusQuo),
				value: formatParameterValue(p, values[p.id])
			})),
		...Object.entries(values)
			.filter(([id]) => !known.has(id))
			.map(([id, value]) => ({ id, label: id, statusQuo: '', value: String(value) }))
	];
}
