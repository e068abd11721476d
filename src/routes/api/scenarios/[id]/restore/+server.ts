import { json } from '@sveltejs/kit';
import { api, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { undeleteScenario } from '$lib/server/scenarios';
import { baseVersionBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** Undelete a soft-deleted scenario (owner only, within 30 days), body { baseVersion }. */
export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const { baseVersion } = await readBody(request, baseVersionBody);
	return json(await undeleteScenario(user, id, baseVersion));
});
