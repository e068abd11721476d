import { json } from '@sveltejs/kit';
import { api, noQueryParams, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { deleteScenario, getScenario, updateScenario } from '$lib/server/scenarios';
import { updateScenarioBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	return json(getScenario(user, scenarioIdParam(params.id)));
});

/** Save a new version. 409 (with the current scenario) if baseVersion is not the latest. */
export const PUT: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const body = await readBody(request, updateScenarioBody);
	return json(updateScenario(user, id, body));
});

/** Soft delete: the owner can restore it for 30 days. */
export const DELETE: RequestHandler = api(({ locals, params }) => {
	const user = requireUser(locals.user, 'officer');
	return json(deleteScenario(user, scenarioIdParam(params.id)));
});
