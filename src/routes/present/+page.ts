import { councilsForAddress } from '$lib/councils';
import { loadModelProse } from '$lib/model-prose';
import { readScenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/** The same address as the modeller's, so "Present" opens exactly the scenario on screen. */
export const load = (async ({ url, data, parent, fetch }) => {
	const { ownCouncils } = await parent();
	const councils = await councilsForAddress(url, ownCouncils, fetch);
	// The closing slide cites every lever's source, so the models' prose comes before the first paint.
	const prose = await loadModelProse();
	return { ...data, ...readScenarioQuery(url.searchParams, councils), prose };
}) satisfies PageLoad;
