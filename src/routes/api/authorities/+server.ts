import { json } from '@sveltejs/kit';
import { authorities, authorityTypes, defaultAuthority } from '../../../../models/index';
import { api, noQueryParams } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(({ url }) => {
	noQueryParams(url);
	return json({
		defaultAuthorityId: defaultAuthority.id,
		authorities: authorities.map((a) => ({
			id: a.id,
			name: a.name,
			kind: a.kind,
			kindLabel: authorityTypes[a.kind].label
		}))
	});
});
