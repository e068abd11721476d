import { councilsForAddress } from '$lib/councils';
import { readScenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/** The same address as the modeller's, so "Present" opens exactly the scenario on screen. */
export const load = (async ({ url, data, parent, fetch }) => {
	const { ownCouncils } = await parent();
	const councils = await councilsForAddress(url, ownCouncils, fetch);
	return { ...data, ...readScenarioQuery(url.searchParams, councils) };
}) satisfies PageLoad;
