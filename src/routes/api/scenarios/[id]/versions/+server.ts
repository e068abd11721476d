import { json } from '@sveltejs/kit';
import { api, noQueryParams, requireUser, scenarioIdParam } from '$lib/server/http';
import { listVersions } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	return json({ versions: await listVersions(user, scenarioIdParam(params.id)) });
});
