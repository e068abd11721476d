import { json } from '@sveltejs/kit';
import { deleteOwnAuthority, getOwnAuthority } from '$lib/server/authorities';
import { api, noQueryParams, requireUser } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One of your own councils, with all its figures. */
export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	return json(await getOwnAuthority(user, params.id));
});

/** Soft delete: scenarios already saved against it still open. */
export const DELETE: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	return json(await deleteOwnAuthority(user, params.id));
});
