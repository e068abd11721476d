import { json } from '@sveltejs/kit';
import { api, positiveIntParam, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { restoreVersion } from '$lib/server/scenarios';
import { restoreVersionBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** A new version copying version n's authority and values; 409 if baseVersion is stale. */
export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const version = positiveIntParam(params.n, 'version', 'version');
	const { baseVersion } = await readBody(request, restoreVersionBody);
	return json(await restoreVersion(user, id, version, baseVersion));
});
