import { defaultAuthority } from '$models/index';
import { api, readBody } from '$lib/server/http';
import { projectionBody } from '$lib/server/projection-cache';
import { authorityFor, validValues } from '$lib/server/scenarios';
import { projectBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** A projection of posted values; no account needed (anyone may explore), except for an own council. */
export const POST: RequestHandler = api(async ({ request, locals }) => {
	const body = await readBody(request, projectBody);
	const authority = await authorityFor(body.authorityId ?? defaultAuthority.id, locals.user);
	const values = validValues(body.values, authority);
	return new Response(projectionBody(authority, values), {
		headers: { 'content-type': 'application/json' }
	});
});
