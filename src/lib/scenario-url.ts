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
	parametersById,
	parametersFor,
	type Authority,
	type AuthorityParameter
} from '../../models/index';
import {
	changedValues,
	formatParameterValue,
	keepAccepted,
	type ScenarioValues
} from './engine/index';

/**
 * The address query's own keys; every other key is a parameter. One list, so the modeller, the
 * report, the comparison, the exports and the links they write all read and write the same.
 */
export const scenarioQueryKeys = {
	/** The model version the link was made with. */
	version: 'v',
	/** The council, when not the default. */
	authority: 'a',
	/** The saved scenario the modeller is editing, so later saves become its new versions. */
	saved: 'saved'
} as const;
const ownKeys: ReadonlySet<string> = new Set(Object.values(scenarioQueryKeys));

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

export function scenarioQuery(
	authority: Authority,
	values: ScenarioValues,
	{ saved }: { saved?: string } = {}
): string {
	const changed = changedValues(values, authority);
	// Declaration order, so the same scenario always gives the same link.
	const ordered: ScenarioValues = {};
	for (const parameter of parametersFor(authority))
		if (changed[parameter.id] !== undefined) ordered[parameter.id] = changed[parameter.id];
	return writeScenarioQuery({
		version: MODEL_VERSION,
		authorityId: authority.id,
		values: ordered,
		saved
	}).toString();
}

/** A query from its parts, as they are: values in the order given, booleans as 1 / 0. */
export function writeScenarioQuery(parts: {
	version: string;
	authorityId: string;
	values: ScenarioValues;
	saved?: string;
}): URLSearchParams {
	const params = new URLSearchParams();
	params.set(scenarioQueryKeys.version, parts.version);
	if (parts.authorityId !== defaultAuthority.id)
		params.set(scenarioQueryKeys.authority, parts.authorityId);
	for (const [id, value] of Object.entries(parts.values))
		params.set(id, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
	if (parts.saved) params.set(scenarioQueryKeys.saved, parts.saved);
	return params;
}

/** A query's parameter values, typed by their parameters, and what could not be read. */
export interface QueryValues {
	values: ScenarioValues;
	/** Keys that name no parameter of the model. */
	unknown: string[];
	/** Keys given more than once (the last is read). */
	repeated: string[];
	/** Values that are not of their parameter's kind, in the order given. */
	unreadable: { parameter: AuthorityParameter; text: string; reason: string }[];
}

/** Reads the parameter values of a query for a council; the caller decides what to do with the rest. */
export function readQueryValues(params: URLSearchParams, authority: Authority): QueryValues {
	const byId = parametersById(authority);
	const read: QueryValues = { values: {}, unknown: [], repeated: [], unreadable: [] };
	const seen = new Set<string>();
	for (const [key, text] of params) {
		if (ownKeys.has(key)) continue;
		if (seen.has(key) && !read.repeated.includes(key)) read.repeated.push(key);
		seen.add(key);
		const parameter = byId.get(key);
		if (!parameter) {
			if (!read.unknown.includes(key)) read.unknown.push(key);
			continue;
		}
		if (parameter.kind === 'boolean') {
			if (text === '1' || text === 'true') read.values[key] = true;
			else if (text === '0' || text === 'false') read.values[key] = false;
			else read.unreadable.push({ parameter, text, reason: `“${text}” is not on or off` });
		} else {
			const number = text.trim() === '' ? NaN : Number(text);
			if (Number.isFinite(number)) read.values[key] = number;
			else read.unreadable.push({ parameter, text, reason: `“${text}” is not a number` });
		}
	}
	return read;
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
	const authorityId = params.get(scenarioQueryKeys.authority);
	let authority = defaultAuthority;
	if (authorityId !== null) {
		const found = authorities.get(authorityId);
		if (found) authority = found;
		else
			notices.push(
				`The link names an authority this app does not have (“${authorityId}”); showing ${defaultAuthority.name}.`
			);
	}
	const version = params.get(scenarioQueryKeys.version);
	if (version !== null && version !== MODEL_VERSION) {
		notices.push(
			`The link was made with model ${version}; it is shown with model ${MODEL_VERSION}, so figures may differ.`
		);
	}

	const read = readQueryValues(params, authority);
	for (const { parameter, reason } of read.unreadable)
		notices.push(`Ignored ${parameter.label}: ${reason}.`);
	// A form action's name (?/save): the page is shown again after a post without JavaScript.
	const unknown = read.unknown.filter((key) => !key.startsWith('/'));
	if (unknown.length)
		notices.push(`Ignored settings this model does not have: ${unknown.join(', ')}.`);

	const byId = parametersById(authority);
	// Leave out whatever the model refuses (out of range, not applicable), saying why.
	const { values, refused } = keepAccepted(read.values, authority, 'reopen');
	for (const { id, value, errors } of refused) {
		const parameter = byId.get(id)!;
		notices.push(
			`Ignored ${parameter.label}: ${whyRefused(parameter, value as number | boolean, authority) ?? errors[0]}.`
		);
	}
	return { authority, values: changedValues(values, authority), notices };
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
