import { json } from '@sveltejs/kit';
import { defaultAuthority } from '../../../../models/index';
import { project, projectionToJson } from '$lib/engine/index';
import { api, readBody } from '$lib/server/http';
import { authorityFor, validValues } from '$lib/server/scenarios';
import { projectBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** A projection of posted values; no account needed (anyone may explore), except for an own council. */
export const POST: RequestHandler = api(async ({ request, locals }) => {
	const body = await readBody(request, projectBody);
	const authority = authorityFor(body.authorityId ?? defaultAuthority.id, locals.user);
	const values = validValues(body.values, authority);
	const projection = project(authority, { authorityId: authority.id, values });
	return json(projectionToJson(projection, values));
});
