import { json } from '@sveltejs/kit';
import { api, noQueryParams, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { deleteScenario, getScenario, updateScenario } from '$lib/server/scenarios';
import { baseVersionBody, updateScenarioBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	return json(await getScenario(user, scenarioIdParam(params.id)));
});

/** Save a new version. 409 (with the current scenario) if baseVersion is not the latest. */
export const PUT: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const body = await readBody(request, updateScenarioBody);
	return json(await updateScenario(user, id, body));
});

/** Soft delete, body { baseVersion }: the owner can restore it for 30 days; 409 if stale. */
export const DELETE: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const { baseVersion } = await readBody(request, baseVersionBody);
	return json(await deleteScenario(user, id, baseVersion));
});
