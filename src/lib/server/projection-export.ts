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
