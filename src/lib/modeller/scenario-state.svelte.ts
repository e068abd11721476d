/**
 * The scenario a page is modelling: the authority and the values that differ from its status
 * quo. Everything else is derived from them, so every chart redraws as a slider moves. One
 * instance per page, passed by context (never a module singleton, which would be shared
 * between users on the server).
 */
import { getContext, setContext, untrack } from 'svelte';
import { parametersById, parametersFor, type Authority, type Preset } from '../../../models/index';
import {
	baseline,
	changedValues,
	headlines,
	keepAccepted,
	planLeversSet,
	withoutPlan,
	presetValues,
	project,
	type ScenarioValues
} from '../engine/index';

/** One setting's value (undefined at the status quo), a signal of its own. */
class Setting {
	value = $state.raw<number | boolean | undefined>();
	constructor(value: number | boolean | undefined) {
		this.value = value;
	}
}

export class ScenarioState {
	authority = $state<Authority>() as Authority;
	// Raw, not deeply reactive: the values are only ever replaced whole, never changed in place,
	// and a slider's move need not wrap each new set of values in a proxy.
	#values = $state.raw<ScenarioValues>({});
	/**
	 * Each setting's value as a signal of its own, for `valueOf`: a slider's move then wakes only
	 * the controls whose value it changed, not the sixty-odd that read the values. Made as the
	 * values are set, never while a reaction reads them (Svelte does not track a signal read by
	 * the reaction that made it).
	 */
	#settings = new Map<string, Setting>();

	get values(): ScenarioValues {
		return this.#values;
	}

	set values(next: ScenarioValues) {
		this.#values = next;
		for (const [id, setting] of this.#settings) setting.value = next[id];
		for (const { id } of untrack(() => parametersFor(this.authority)))
			if (!this.#settings.has(id)) this.#settings.set(id, new Setting(next[id]));
	}

	parameters = $derived(parametersFor(this.authority));
	baseline = $derived(baseline(this.authority));
	// At the status quo the scenario is the baseline, to the penny (a tested invariant), and the
	// baseline is worked out once per council: opening the modeller costs no projection.
	projection = $derived(
		Object.keys(this.values).length
			? project(this.authority, { values: this.values })
			: this.baseline
	);
	headlines = $derived(headlines(this.projection, this.baseline));
	/** Whether the budget plan's levers are set. */
	planActive = $derived(planLeversSet(this.values));
	/** The "without action" view: the same scenario with the plan's levers taken out. */
	withoutAction = $derived(
		this.planActive
			? project(this.authority, { values: withoutPlan(this.values) })
			: this.projection
	);
	changedCount = $derived(Object.keys(this.values).length);

	constructor(authority: Authority, values: ScenarioValues) {
		this.authority = authority;
		this.values = changedValues(values, authority);
	}

	valueOf(id: string): number | boolean {
		const setting = this.#settings.get(id);
		return (
			(setting ? setting.value : this.#values[id]) ??
			parametersById(this.authority).get(id)!.statusQuo
		);
	}

	set(id: string, value: number | boolean) {
		const next = { ...this.values, [id]: value };
		this.values = changedValues(next, this.authority);
	}

	reset(id: string) {
		const { [id]: _, ...rest } = this.values;
		this.values = rest;
	}

	resetAll() {
		this.values = {};
	}

	/**
	 * A preset is written for a metropolitan borough: its sums of money scale with this council,
	 * and each value is held within this authority's range (a county keeps at most 60 % of
	 * business rates) rather than set beyond what its slider, and its link, can hold.
	 */
	applyPreset(preset: Preset) {
		this.values = presetValues(preset, this.authority);
	}

	/**
	 * Switch authority, keeping every value the new authority accepts. Returns the labels of the
	 * settings dropped (a lever it does not have, or a value beyond its range), so the page can
	 * say so.
	 */
	setAuthority(authority: Authority): string[] {
		const { values, refused } = keepAccepted(this.values, authority, 'reopen');
		this.authority = authority;
		this.values = changedValues(values, authority);
		return refused.map(({ id }) => parametersById(authority).get(id)?.label ?? id);
	}
}

const key = Symbol('scenario');

export function setScenarioState(state: ScenarioState): ScenarioState {
	return setContext(key, state);
}

export function getScenarioState(): ScenarioState {
	return getContext<ScenarioState>(key);
}

/** The context for a component mounted on its own, outside the page (the warm-up's copies). */
export function scenarioContext(state: ScenarioState): Map<symbol, ScenarioState> {
	return new Map([[key, state]]);
}
