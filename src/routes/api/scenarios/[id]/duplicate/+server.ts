import { json } from '@sveltejs/kit';
import { api, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { duplicateScenario } from '$lib/server/scenarios';
import { duplicateBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const body = await readBody(request, duplicateBody);
	return json(await duplicateScenario(user, id, body), { status: 201 });
});
