/**
 * A lever that declares `needs` (models/parameters.ts) does nothing while what it needs is not
 * set, whatever else the scenario holds, and does act once it is: the words said beside it
 * ("Acts only when …") are true of the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	authorities,
	neededIds,
	parameters,
	parametersFor,
	type Parameter
} from '../../models/index';
import { needsNote, project, projectionToJson } from '../../src/lib/engine/index';
import { scenarioValuesArbitrary, valueArbitrary } from './arbitraries';

const needing = parameters.filter((p) => p.needs);
const byId = new Map(parameters.map((p) => [p.id, p]));
const unset = (p: Parameter) => (p.kind === 'boolean' ? false : 0);
const fullySet = (p: Parameter) => (p.kind === 'boolean' ? true : p.max);

describe('levers that need another', () => {
	it('are declared for pooling, its saving, NHS savings returned and earnback', () => {
		expect(needing.map((p) => p.id).sort()).toEqual(
			[
				'acuteSavingsReinvested',
				'earnbackRate',
				'poolingEfficiency',
				'poolingSavingsRetained'
			].sort()
		);
	});

	for (const lever of needing) {
		// All of them: unsetting any one is enough to stop it. Any of them: all must be unset.
		const allOf = 'allOf' in lever.needs!;
		const unsetChoices = allOf ? neededIds(lever).map((id) => [id]) : [neededIds(lever)];
		it(`${lever.id} changes nothing while ${neededIds(lever).join(allOf ? ' and ' : ' or ')} is not set`, () => {
			fc.assert(
				fc.property(
					fc.constantFrom(...authorities),
					fc.nat(),
					fc.constantFrom(...unsetChoices),
					valueArbitrary(lever),
					valueArbitrary(lever),
					(authority, seed, toUnset, a, b) => {
						// Any other scenario, drawn for this council, with what the lever needs unset.
						const others = fc.sample(scenarioValuesArbitrary(authority), { seed, numRuns: 1 })[0];
						for (const id of toUnset) others[id] = unset(byId.get(id)!);
						const year = (value: number | boolean) =>
							JSON.stringify(
								projectionToJson(
									project(authority, { values: { ...others, [lever.id]: value } }),
									{}
								)
							);
						expect(year(a)).toBe(year(b));
					}
				),
				{ numRuns: 15 }
			);
		});

		it(`${lever.id} acts once what it needs is set`, () => {
			const authority = authorities[0];
			const p = parametersFor(authority).find((q) => q.id === lever.id)!;
			const needed = neededIds(lever);
			const set = 'anyOf' in lever.needs! ? needed.slice(0, 1) : needed;
			const values = Object.fromEntries(set.map((id) => [id, fullySet(byId.get(id)!)]));
			const at = (value: number | boolean) =>
				JSON.stringify(
					projectionToJson(project(authority, { values: { ...values, [lever.id]: value } }), {})
				);
			expect(at(p.kind === 'number' ? p.min : false)).not.toBe(at(fullySet(p)));
			const note = needsNote(
				lever,
				(id) => byId.get(id)!,
				(id) => values[id] ?? unset(byId.get(id)!)
			);
			expect(note).toEqual({
				text: expect.stringMatching(/^Acts only when “.+” (is|are) above zero\.$/),
				met: true
			});
		});
	}

	it('says what is needed, joined by "and" or "or" as declared', () => {
		const label = (id: string) => byId.get(id)!;
		const none = () => 0;
		expect(needsNote(byId.get('poolingSavingsRetained')!, label, none)).toEqual({
			text: 'Acts only when “Public spending pooled into a place budget” and “Saving on pooled spending” are above zero.',
			met: false
		});
		expect(needsNote(byId.get('earnbackRate')!, label, none)!.text).toMatch(/” or “/);
		expect(needsNote(byId.get('councilTaxIncrease')!, label, none)).toBeNull();
	});
});
