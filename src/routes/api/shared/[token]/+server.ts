import { json } from '@sveltejs/kit';
import { api, ApiError, noQueryParams, requireUser } from '$lib/server/http';
import { openShared } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

/** A shared scenario, read-only, for any signed-in user holding the link. */
export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'viewer');
	noQueryParams(url);
	if (!/^[A-Za-z0-9_-]{16,64}$/.test(params.token)) {
		throw new ApiError(404, 'This link does not open a shared scenario.', 'token');
	}
	return json(await openShared(user, params.token));
});
