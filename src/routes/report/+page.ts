import { readScenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/** The same address as the modeller's, so the report shows exactly the scenario on screen. */
export const load = (({ url }) => {
	const { authority, values, notices } = readScenarioQuery(url.searchParams);
	return { authorityId: authority.id, values, notices };
}) satisfies PageLoad;
