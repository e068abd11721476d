import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { describeValues } from '$lib/server/describe-values';
import { formAction, orNotFound, parseForm, requirePageUser } from '$lib/server/forms';
import {
	getScenario,
	duplicateScenario,
	getVersion,
	savedAuthority,
	listVersions,
	restoreVersion,
	versionNumberSchema
} from '$lib/server/scenarios';
import {
	freezeScenario,
	listSnapshots,
	snapshotNoteSchema,
	snapshotVersionSchema
} from '$lib/server/snapshots';
import { sampleOrOwnAuthority } from '$lib/server/authorities';
import { scenarioQuery } from '$lib/scenario-url';
import type { SessionUser } from '$lib/server/accounts';
import type { ScenarioValues } from '$lib/engine/index';
import type { Actions, PageServerLoad } from './$types';

async function modellerQueryFor(authorityId: string, values: ScenarioValues, user: SessionUser) {
	const authority = await sampleOrOwnAuthority(authorityId, user);
	return authority ? scenarioQuery(authority, values) : null;
}

export const load = (async ({ locals, params, url }) => {
	const user = requirePageUser(locals.user, url, 'officer');
	const scenario = await orNotFound(() => getScenario(user, params.id));
	const requested = Number(url.searchParams.get('version'));
	const shownVersion =
		Number.isInteger(requested) && requested >= 1 && requested <= scenario.version
			? requested
			: scenario.version;
	const shown = await orNotFound(() => getVersion(user, params.id, shownVersion));
	return {
		scenario,
		versions: await listVersions(user, params.id),
		snapshots: await listSnapshots(user, params.id),
		shown: {
			...shown,
			rows: describeValues(await savedAuthority(shown.authorityId), shown.values)
		},
		// The modeller's address for the version shown, if its council can still be opened.
		modellerQuery: await modellerQueryFor(shown.authorityId, shown.values, user),
		// Arrived from a save without JavaScript (the modeller's ?/save redirects here).
		justSaved: url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

export const actions = {
	restoreVersion: async ({ locals, params, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const data = await request.formData();
		return formAction('restoreVersion', async () => {
			const { version, baseVersion } = parseForm(
				data,
				z.strictObject({ version: versionNumberSchema, baseVersion: versionNumberSchema }),
				['version', 'baseVersion']
			);
			const restored = await restoreVersion(user, params.id, version, baseVersion);
			return { message: `Restored version ${version} as version ${restored.version}.` };
		});
	},
	/** After a stale restore: keep the old version as a scenario of its own instead. */
	copyVersion: async ({ locals, params, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const data = await request.formData();
		const copy = await formAction('copyVersion', async () => {
			const { version } = parseForm(data, z.strictObject({ version: versionNumberSchema }), [
				'version'
			]);
			return await duplicateScenario(user, params.id, { version });
		});
		if ('id' in copy) redirect(303, `/scenarios/${copy.id}`);
		return copy;
	},
	/** Freeze the version shown, then open the snapshot: what the meeting will see. */
	freeze: async ({ locals, params, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const data = await request.formData();
		const frozen = await formAction('freeze', async () => {
			const input = parseForm(
				data,
				z.strictObject({ version: snapshotVersionSchema, note: snapshotNoteSchema.optional() }),
				['version']
			);
			return await freezeScenario(user, params.id, input);
		});
		if ('id' in frozen) redirect(303, `/snapshots/${frozen.id}`);
		return frozen;
	}
} satisfies Actions;
