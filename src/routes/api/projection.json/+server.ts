import { projectionToJson } from '$lib/engine/index';
import { api, attachment } from '$lib/server/http';
import { exportFilename, projectionFromQuery } from '$lib/server/projection-export';
import type { RequestHandler } from './$types';

/** GET /api/projection.json?<the modeller's query>: the projection, money as decimal strings. */
export const GET: RequestHandler = api(async ({ url, locals }) => {
	const { projection, values } = await projectionFromQuery(url, locals.user);
	return attachment(
		JSON.stringify(projectionToJson(projection, values), null, 2),
		await exportFilename(url, locals.user, projection.authorityId, 'json'),
		'application/json'
	);
});
