/**
 * The tornado a page opens with, worked out once per council and scenario: it is 67 projections
 * (about half the cost of rendering the modeller on the server), and it is the same for whoever
 * asks. Kept per council object, so an imported council's results go when it does; a few
 * scenarios each, most recently used kept.
 */
import type { Authority } from '../../../models/index';
import { tornadoFast } from '../engine/analysis/index';
import type { ScenarioValues } from '../engine/index';

const PER_COUNCIL = 16;
const kept = new WeakMap<Authority, Map<string, ReturnType<typeof tornadoFast>>>();

/** The order of a scenario's values does not change it. */
const keyOf = (values: ScenarioValues) =>
	JSON.stringify(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1)));

export function firstTornado(authority: Authority, values: ScenarioValues) {
	let forCouncil = kept.get(authority);
	if (!forCouncil) kept.set(authority, (forCouncil = new Map()));
	const key = keyOf(values);
	let entries = forCouncil.get(key);
	if (entries) {
		forCouncil.delete(key);
	} else {
		entries = Object.freeze(tornadoFast(authority, { values })) as ReturnType<typeof tornadoFast>;
		if (forCouncil.size >= PER_COUNCIL) forCouncil.delete(forCouncil.keys().next().value!);
	}
	forCouncil.set(key, entries);
	return entries;
}
