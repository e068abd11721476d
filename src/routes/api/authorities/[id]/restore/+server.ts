import { json } from '@sveltejs/kit';
import { restoreOwnAuthority } from '$lib/server/authorities';
import { api, noQueryParams, readBody, requireUser } from '$lib/server/http';
import { emptyBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** Undo a delete of one of your own councils (the body, if any, must be `{}`). */
export const POST: RequestHandler = api(async ({ locals, params, request, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	await readBody(request, emptyBody);
	return json(await restoreOwnAuthority(user, params.id));
});
