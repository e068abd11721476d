/**
 * Levers that act only with another (a `needs` in models/): whether what they need is set, and
 * the words said beside them.
 */
import { neededIds, type Parameter } from '../../../models/index';

/** A needed lever counts as set when it is above zero, or on. */
function isSet(value: number | boolean): boolean {
	return typeof value === 'boolean' ? value : value > 0;
}

export interface NeedsNote {
	/** “Acts only when … is above zero.” */
	text: string;
	/** Whether what it needs is set now, so the lever acts. */
	met: boolean;
}

export function needsNote(
	parameter: Parameter,
	labelOf: (id: string) => { label: string; kind: 'number' | 'boolean' },
	valueOf: (id: string) => number | boolean
): NeedsNote | null {
	if (!parameter.needs) return null;
	const ids = neededIds(parameter);
	const any = 'anyOf' in parameter.needs;
	const names = ids.map((id) => `“${labelOf(id).label}”`);
	const joined =
		names.length === 1
			? names[0]
			: `${names.slice(0, -1).join(', ')} ${any ? 'or' : 'and'} ${names.at(-1)}`;
	const allSwitches = ids.every((id) => labelOf(id).kind === 'boolean');
	const state = allSwitches ? 'on' : 'above zero';
	const verb = names.length === 1 || any ? 'is' : 'are';
	const met = any ? ids.some((id) => isSet(valueOf(id))) : ids.every((id) => isSet(valueOf(id)));
	return { text: `Acts only when ${joined} ${verb} ${state}.`, met };
}
