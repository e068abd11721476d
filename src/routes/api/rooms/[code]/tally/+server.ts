import { json } from '@sveltejs/kit';
import { api, noQueryParams } from '$lib/server/http';
import { roomCodeParam, tallyFor } from '$lib/server/rooms';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ params, url, locals }) => {
	noQueryParams(url);
	return json(await tallyFor(locals.user, roomCodeParam(params.code)), {
		headers: { 'cache-control': 'no-store' }
	});
});
