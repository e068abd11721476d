import { projectionToJson } from '$lib/engine/index';
import { projectSaved } from '$lib/server/export';
import { api, attachment, noQueryParams, requireUser, scenarioIdParam } from '$lib/server/http';
import { getScenario } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	const scenario = await getScenario(user, scenarioIdParam(params.id));
	const { projection, filename } = await projectSaved(scenario);
	const body = {
		scenario: {
			id: scenario.id,
			name: scenario.name,
			version: scenario.version,
			savedUnderModelVersion: scenario.modelVersion,
			modelNote: scenario.modelNote
		},
		...projectionToJson(projection, scenario.values)
	};
	return attachment(JSON.stringify(body, null, '\t'), `${filename}.json`, 'application/json');
});
