import { json } from '@sveltejs/kit';
import { api, noQueryParams, requireUser } from '$lib/server/http';
import { getSnapshot, snapshotIdParam } from '$lib/server/snapshots';
import type { RequestHandler } from './$types';

/** A snapshot exactly as stored: its owner's, or anyone's while its scenario is shared. */
export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'viewer');
	noQueryParams(url);
	return json(await getSnapshot(user, snapshotIdParam(params.id)));
});
