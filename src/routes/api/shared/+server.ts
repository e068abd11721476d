import { json } from '@sveltejs/kit';
import { api, noQueryParams, requireUser } from '$lib/server/http';
import { sharedWithMe } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

/** Scenarios others have shared that this user has opened by their link. */
export const GET: RequestHandler = api(async ({ locals, url }) => {
	const user = requireUser(locals.user, 'viewer');
	noQueryParams(url);
	return json({ scenarios: await sharedWithMe(user) });
});
