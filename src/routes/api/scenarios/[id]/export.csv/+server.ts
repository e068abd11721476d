import { projectionToCsv } from '$lib/engine/index';
import { projectSaved } from '$lib/server/export';
import { api, attachment, noQueryParams, requireUser, scenarioIdParam } from '$lib/server/http';
import { getScenario } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	const { projection, filename } = await projectSaved(
		await getScenario(user, scenarioIdParam(params.id))
	);
	return attachment(projectionToCsv(projection), `${filename}.csv`, 'text/csv; charset=utf-8');
});
