import { json } from '@sveltejs/kit';
import { defaultAuthority } from '$models/index';
import { listOwnAuthorities, sampleSummaries } from '$lib/server/authorities';
import { api, noQueryParams } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The sample councils, then (when signed in) the caller's own imported ones. */
export const GET: RequestHandler = api(async ({ url, locals }) => {
	noQueryParams(url);
	const own = locals.user
		? (await listOwnAuthorities(locals.user)).map(({ id, name, kind, kindLabel, own }) => ({
				id,
				name,
				kind,
				kindLabel,
				own
			}))
		: [];
	return json({
		defaultAuthorityId: defaultAuthority.id,
		authorities: [...sampleSummaries(), ...own]
	});
});
