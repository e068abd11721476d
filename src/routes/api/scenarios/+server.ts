import { json } from '@sveltejs/kit';
import { api, readBody, readQuery, requireUser } from '$lib/server/http';
import { createScenario, listScenarios } from '$lib/server/scenarios';
import { createScenarioBody, listScenariosQuery } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) => {
	const user = requireUser(locals.user, 'officer');
	const query = readQuery(url, listScenariosQuery);
	return json({
		scenarios: await listScenarios(user, { ...query, deleted: query.deleted === 'true' })
	});
});

export const POST: RequestHandler = api(async ({ locals, request }) => {
	const user = requireUser(locals.user, 'officer');
	const body = await readBody(request, createScenarioBody);
	return json(await createScenario(user, body), { status: 201 });
});
