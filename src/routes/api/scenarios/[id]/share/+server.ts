import { json } from '@sveltejs/kit';
import { api, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { setSharing } from '$lib/server/scenarios';
import { shareBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** { baseVersion, shared: true } makes a read-only link for signed-in users; false revokes it. */
export const POST: RequestHandler = api(async ({ locals, params, request, url }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const { shared, baseVersion } = await readBody(request, shareBody);
	const scenario = await setSharing(user, id, shared, baseVersion);
	return json({
		...scenario,
		shareUrl: scenario.shareToken ? `${url.origin}/shared/${scenario.shareToken}` : null
	});
});
