import { json } from '@sveltejs/kit';
import { api, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { undeleteScenario } from '$lib/server/scenarios';
import { emptyBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** Undelete a soft-deleted scenario (owner only, within 30 days). */
export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	await readBody(request, emptyBody);
	return json(undeleteScenario(user, id));
});
