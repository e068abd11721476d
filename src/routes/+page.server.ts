import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { scenarioQuery, type SaveConflict } from '$lib/scenario-url';
import { parseForm } from '$lib/server/forms';
import { ApiError, requireUser } from '$lib/server/http';
import {
	authorityIdSchema,
	createScenario,
	getScenario,
	savedAuthority,
	scenarioNameSchema,
	scenarioNamedBy,
	updateScenario,
	versionNumberSchema
} from '$lib/server/scenarios';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * When the modeller is opened on a saved scenario (?saved=<id>), which version it started
 * from: saving again makes the next version, and a save by someone else in between is a 409.
 */
export const load = (async ({ url, locals }) => {
	const scenario = await scenarioNamedBy(url, locals.user);
	return {
		saved: scenario && { id: scenario.id, name: scenario.name, version: scenario.version }
	};
}) satisfies PageServerLoad;

const saveFields = z
	.strictObject({
		id: z.string().max(64).optional(),
		baseVersion: versionNumberSchema.optional(),
		name: scenarioNameSchema,
		authorityId: authorityIdSchema,
		// The values as JSON, checked by the store as the API's are.
		values: z.string().max(60_000, 'values are too long')
	})
	.refine((b) => (b.id === undefined) === (b.baseVersion === undefined), {
		error: 'saving over a scenario needs the version it was based on',
		path: ['baseVersion']
	});

/**
 * Save (a new version of the scenario named by id, based on baseVersion, or a new scenario)
 * and save-as (always a new scenario). With JavaScript, use:enhance marks the post with _js and
 * gets the saved scenario back, staying on the page; without, the browser is sent to the
 * scenario's page, which says it was saved.
 */
async function save(event: RequestEvent, asNew: boolean) {
	const data = await event.request.formData();
	const mine = {
		name: String(data.get('name') ?? ''),
		authorityId: String(data.get('authorityId') ?? ''),
		values: String(data.get('values') ?? '')
	};
	let saved;
	let created = asNew;
	try {
		const user = requireUser(event.locals.user, 'officer');
		const input = parseForm(data, saveFields, ['baseVersion']);
		let values: unknown;
		try {
			values = JSON.parse(input.values);
		} catch {
			throw new ApiError(400, 'values must be JSON', 'values');
		}
		const fields = { name: input.name, authorityId: input.authorityId, values };
		created ||= input.id === undefined;
		saved = created
			? await createScenario(user, fields)
			: await updateScenario(user, input.id!, { ...fields, baseVersion: input.baseVersion! });
	} catch (error) {
		if (!(error instanceof ApiError)) throw error;
		// In the page's words: the form is only offered to officers, so these mean the session ended.
		const message =
			error.status === 401
				? 'You are not signed in (any more). Sign in again to save; nothing was saved.'
				: error.status === 403
					? 'Your account can open shared scenarios but not save them; nothing was saved.'
					: error.message;
		const failure = { form: 'save', field: error.field, message, mine };
		if (error.status !== 409) return fail(error.status, { ...failure, conflict: null });
		const latest = error.extra.scenario as Awaited<ReturnType<typeof getScenario>>;
		const conflict: SaveConflict = {
			id: latest.id,
			name: latest.name,
			version: latest.version,
			basedOn: Number(data.get('baseVersion')),
			authorityId: latest.authorityId,
			values: latest.values,
			reloadHref: `/?${scenarioQuery(await savedAuthority(latest.authorityId), latest.values, { saved: latest.id })}`
		};
		return fail(409, { ...failure, conflict });
	}
	if (!data.has('_js')) redirect(303, `/scenarios/${saved.id}?saved`);
	return {
		form: 'save',
		created,
		saved: { id: saved.id, name: saved.name, version: saved.version }
	};
}

export const actions = {
	save: (event) => save(event, false),
	saveAs: (event) => save(event, true)
} satisfies Actions;
