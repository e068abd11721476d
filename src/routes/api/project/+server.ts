import { json } from '@sveltejs/kit';
import { defaultAuthority } from '../../../../models/index';
import { project, projectionToJson } from '$lib/engine/index';
import { api, readBody } from '$lib/server/http';
import { authorityFor, validValues } from '$lib/server/scenarios';
import { projectBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** A projection of posted values; no account needed (anyone may explore). */
export const POST: RequestHandler = api(async ({ request }) => {
	const body = await readBody(request, projectBody);
	const authorityId = body.authorityId ?? defaultAuthority.id;
	const values = validValues(body.values, authorityId);
	const projection = project(authorityFor(authorityId), { authorityId, values });
	return json(projectionToJson(projection, values));
});
