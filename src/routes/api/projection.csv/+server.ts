import { projectionToCsv } from '$lib/engine/index';
import { api, attachment } from '$lib/server/http';
import { exportFilename, projectionFromQuery } from '$lib/server/projection-export';
import type { RequestHandler } from './$types';

/** GET /api/projection.csv?<the modeller's query>: one row per year, one column per line. */
export const GET: RequestHandler = api(async ({ url, locals }) => {
	const { projection } = await projectionFromQuery(url, locals.user);
	return attachment(
		projectionToCsv(projection),
		await exportFilename(url, locals.user, projection.authorityId, 'csv'),
		'text/csv; charset=utf-8'
	);
});
