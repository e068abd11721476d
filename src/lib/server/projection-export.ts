/**
 * The projection of a scenario given as the modeller's address query, for download. Unlike
 * the modeller, which ignores what it cannot use, an export refuses a bad query with a 400
 * naming the setting: a spreadsheet must never silently hold other figures than asked for.
 */
import { defaultAuthority, MODEL_VERSION, parameterById } from '../../../models/index';
import {
	changedValues,
	parseScenarioValues,
	project,
	type Projection,
	type ScenarioValues
} from '../engine/index';
import type { SessionUser } from './accounts';
import { usableAuthority } from './authorities';
import { ApiError } from './http';
import { getScenario } from './scenarios';

/**
 * What a downloaded file is called: the council, the saved scenario's name when the query names
 * one the user owns (?saved=), the model version and the day, so two downloads never share a
 * name and a spreadsheet says what it holds without a comment line (which would break it).
 */
export function exportFilename(
	url: URL,
	user: SessionUser | null,
	authorityId: string,
	ext: string
) {
	const id = url.searchParams.get('saved');
	let name = '';
	if (id && user) {
		try {
			name = getScenario(user, id).name;
		} catch {
			// Not theirs, or gone: the figures still download, under the council's name alone.
		}
	}
	const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
	const slug = name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return (
		['rewire', authorityId, slug, `model-${MODEL_VERSION}`, day].filter(Boolean).join('-') +
		`.${ext}`
	);
}

const reserved = new Set(['a', 'v', 'saved']);

export function projectionFromQuery(
	url: URL,
	user: SessionUser | null
): { projection: Projection; values: ScenarioValues } {
	const authority = usableAuthority(url.searchParams.get('a') ?? defaultAuthority.id, user, 'a');
	const version = url.searchParams.get('v');
	if (version !== null && version !== MODEL_VERSION) {
		throw new ApiError(400, `this server runs model ${MODEL_VERSION}, not ${version}`, 'v');
	}
	const values: Record<string, unknown> = {};
	for (const [key, text] of url.searchParams) {
		if (reserved.has(key)) continue;
		if (key in values) throw new ApiError(400, `${key} is given more than once`, key);
		const parameter = parameterById.get(key);
		if (!parameter) throw new ApiError(400, `unknown parameter: ${key}`, key);
		values[key] =
			parameter.kind === 'boolean'
				? text === '1' || text === 'true'
					? true
					: text === '0' || text === 'false'
						? false
						: text
				: text.trim() === ''
					? text
					: Number(text);
	}
	const parsed = parseScenarioValues(values, authority);
	if (!parsed.ok) {
		const field = Object.keys(values).find((id) => parsed.errors[0].startsWith(id)) ?? 'query';
		throw new ApiError(400, parsed.errors.join('; '), field);
	}
	return {
		projection: project(authority, { values: parsed.values }),
		values: changedValues(parsed.values, authority)
	};
}
