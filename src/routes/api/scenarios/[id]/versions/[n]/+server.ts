import { json } from '@sveltejs/kit';
import {
	api,
	noQueryParams,
	positiveIntParam,
	requireUser,
	scenarioIdParam
} from '$lib/server/http';
import { getVersion } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	const id = scenarioIdParam(params.id);
	return json(await getVersion(user, id, positiveIntParam(params.n, 'version', 'version')));
});
