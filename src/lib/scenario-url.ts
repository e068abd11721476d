/**
 * A scenario in the address bar, so a copied link reopens exactly the same scenario: the model
 * version, the authority (when not the default) and only the values that differ from the status
 * quo. Booleans are written 1 / 0. Anything the model does not accept is dropped, with a notice
 * saying what and why, rather than failing the page.
 */
import {
	authorityById,
	defaultAuthority,
	MODEL_VERSION,
	parametersFor,
	type Authority,
	type AuthorityParameter
} from '../../models/index';
import {
	changedValues,
	formatParameterValue,
	parseScenarioValues,
	type ScenarioValues
} from './engine/index';

const VERSION_KEY = 'v';
const AUTHORITY_KEY = 'a';
/** The saved scenario the modeller is editing, so later saves become its new versions. */
export const SAVED_KEY = 'saved';

/** What a page needs to offer "Reload version N" (its council too) after a stale save (409). */
export interface SaveConflict {
	id: string;
	name: string;
	version: number;
	/** The version the refused save was based on. */
	basedOn: number;
	authorityId: string;
	values: ScenarioValues;
	/** The modeller on that version, so reloading works without JavaScript too. */
	reloadHref: string;
}

export function scenarioQuery(authority: Authority, values: ScenarioValues): string {
	const params = new URLSearchParams();
	params.set(VERSION_KEY, MODEL_VERSION);
	if (authority.id !== defaultAuthority.id) params.set(AUTHORITY_KEY, authority.id);
	const changed = changedValues(values, authority);
	// Declaration order, so the same scenario always gives the same link.
	for (const parameter of parametersFor(authority)) {
		const value = changed[parameter.id];
		if (value === undefined) continue;
		params.set(parameter.id, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
	}
	return params.toString();
}

export interface DecodedScenario {
	authority: Authority;
	values: ScenarioValues;
	/** Plain-English notes on anything in the link that was ignored. */
	notices: string[];
}

export function readScenarioQuery(
	params: URLSearchParams,
	authorities: ReadonlyMap<string, Authority> = authorityById
): DecodedScenario {
	const notices: string[] = [];
	const authorityId = params.get(AUTHORITY_KEY);
	let authority = defaultAuthority;
	if (authorityId !== null) {
		const found = authorities.get(authorityId);
		if (found) authority = found;
		else
			notices.push(
				`The link names an authority this app does not have (“${authorityId}”); showing ${defaultAuthority.name}.`
			);
	}
	const version = params.get(VERSION_KEY);
	if (version !== null && version !== MODEL_VERSION) {
		notices.push(
			`The link was made with model ${version}; it is shown with model ${MODEL_VERSION}, so figures may differ.`
		);
	}

	const byId = new Map(parametersFor(authority).map((p) => [p.id, p]));
	const values: ScenarioValues = {};
	const unknown: string[] = [];
	for (const [key, text] of params) {
		if (key === VERSION_KEY || key === AUTHORITY_KEY || key === SAVED_KEY) continue;
		// A form action's name (?/save): the page is shown again after a post without JavaScript.
		if (key.startsWith('/')) continue;
		const parameter = byId.get(key);
		if (!parameter) {
			unknown.push(key);
			continue;
		}
		if (parameter.kind === 'boolean') {
			if (text === '1' || text === 'true') values[key] = true;
			else if (text === '0' || text === 'false') values[key] = false;
			else notices.push(`Ignored ${parameter.label}: “${text}” is not on or off.`);
		} else {
			const number = text.trim() === '' ? NaN : Number(text);
			if (Number.isFinite(number)) values[key] = number;
			else notices.push(`Ignored ${parameter.label}: “${text}” is not a number.`);
		}
	}
	if (unknown.length)
		notices.push(`Ignored settings this model does not have: ${unknown.join(', ')}.`);

	// Drop, one by one, whatever the model refuses (out of range, not applicable), saying why.
	for (;;) {
		const parsed = parseScenarioValues(values, authority);
		if (parsed.ok) return { authority, values: changedValues(parsed.values, authority), notices };
		const errorFor = (id: string) =>
			parsed.errors.find((e) => e.startsWith(`${id} `) || e.startsWith(`${id}:`));
		const refused = Object.keys(values).find((id) => errorFor(id));
		if (!refused) return { authority, values: {}, notices: [...notices, ...parsed.errors] };
		const parameter = byId.get(refused)!;
		notices.push(
			`Ignored ${parameter.label}: ${whyRefused(parameter, values[refused], authority) ?? errorFor(refused)}.`
		);
		delete values[refused];
	}
}

/** The model's refusal in a councillor's words, with the limits in the slider's own units. */
function whyRefused(
	parameter: AuthorityParameter,
	value: number | boolean,
	authority: Authority
): string | undefined {
	if (parameter.notApplicable)
		return `it does not apply to ${authority.name} (${parameter.notApplicable.replace(/\.$/, '')})`;
	if (parameter.kind !== 'number' || typeof value !== 'number') return undefined;
	const show = (v: number) => formatParameterValue(parameter, v);
	if (value < parameter.min)
		return `${show(value)} is below the lowest setting, ${show(parameter.min)}`;
	if (value > parameter.max)
		return `${show(value)} is above the highest setting, ${show(parameter.max)}`;
	return undefined;
}
