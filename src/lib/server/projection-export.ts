/**
 * The projection of a scenario given as the modeller's address query, for download. Unlike
 * the modeller, which ignores what it cannot use, an export refuses a bad query with a 400
 * naming the setting: a spreadsheet must never silently hold other figures than asked for.
 */
import { defaultAuthority, MODEL_VERSION } from '../../../models/index';
import { readQueryValues, scenarioQueryKeys } from '../scenario-url';
import {
	changedValues,
	keepAccepted,
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
export async function exportFilename(
	url: URL,
	user: SessionUser | null,
	authorityId: string,
	ext: string
): Promise<string> {
	const id = url.searchParams.get(savedKey);
	let name = '';
	if (id && user) {
		try {
			name = (await getScenario(user, id)).name;
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

const { authority: authorityKey, version: versionKey, saved: savedKey } = scenarioQueryKeys;

export async function projectionFromQuery(
	url: URL,
	user: SessionUser | null
): Promise<{ projection: Projection; values: ScenarioValues }> {
	const { searchParams } = url;
	const authority = await usableAuthority(
		searchParams.get(authorityKey) ?? defaultAuthority.id,
		user,
		authorityKey
	);
	const version = searchParams.get(versionKey);
	if (version !== null && version !== MODEL_VERSION) {
		throw new ApiError(400, `this server runs model ${MODEL_VERSION}, not ${version}`, versionKey);
	}
	const { values, repeated, unknown, unreadable } = readQueryValues(searchParams, authority);
	if (repeated.length)
		throw new ApiError(400, `${repeated[0]} is given more than once`, repeated[0]);
	if (unknown.length) throw new ApiError(400, `unknown parameter: ${unknown[0]}`, unknown[0]);
	if (unreadable.length) {
		const [{ parameter, reason }] = unreadable;
		throw new ApiError(400, `${parameter.id}: ${reason}`, parameter.id);
	}
	const parsed = keepAccepted(values, authority, 'request');
	if (!parsed.ok) throw new ApiError(400, parsed.errors.join('; '), parsed.field ?? 'query');
	return {
		projection: project(authority, { values: parsed.values }),
		values: changedValues(parsed.values, authority)
	};
}
