import { json } from '@sveltejs/kit';
import { api, noQueryParams, readBody, requireUser, scenarioIdParam } from '$lib/server/http';
import { freezeBody } from '$lib/server/schemas';
import { freezeScenario, listSnapshots } from '$lib/server/snapshots';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	return json({ snapshots: await listSnapshots(user, scenarioIdParam(params.id)) });
});

/** Freeze as presented: { version?, note? }; the latest version unless one is named. */
export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = requireUser(locals.user, 'officer');
	const id = scenarioIdParam(params.id);
	const body = await readBody(request, freezeBody);
	return json(await freezeScenario(user, id, body), { status: 201 });
});
