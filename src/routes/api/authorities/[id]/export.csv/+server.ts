import { authorityToCsv } from '$lib/authority-import';
import { getOwnAuthority } from '$lib/server/authorities';
import { api, attachment, noQueryParams, requireUser } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One of your own councils as the CSV template, to correct and import again. */
export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	const { authority } = await getOwnAuthority(user, params.id);
	return attachment(
		// A byte-order mark first, so that Excel reads the file as UTF-8 and £ signs survive.
		'\uFEFF' + authorityToCsv(authority),
		`rewire-baseline-${authority.id}.csv`,
		'text/csv; charset=utf-8'
	);
});
