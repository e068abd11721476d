import { councilsWith } from '$lib/councils';
import { readScenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/** The same address as the modeller's, so "Present" opens exactly the scenario on screen. */
export const load = (async ({ url, data, parent }) => {
	const { ownAuthorities } = await parent();
	return { ...data, ...readScenarioQuery(url.searchParams, councilsWith(ownAuthorities)) };
}) satisfies PageLoad;
