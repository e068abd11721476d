import { councilsForAddress } from '$lib/councils';
import { loadModelProse } from '$lib/model-prose';
import { changedValues, sameValues } from '$lib/engine/index';
import { readScenarioQuery, scenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/** The same address as the modeller's, so the report shows exactly the scenario on screen. */
export const load = (async ({ url, parent, data, fetch }) => {
	const { ownCouncils } = await parent();
	const councils = await councilsForAddress(url, ownCouncils, fetch);
	const decoded = readScenarioQuery(url.searchParams, councils);
	const link = `${url.origin}/?${scenarioQuery(decoded.authority, decoded.values)}`;
	const saved = data.saved;
	// The modeller keeps ?saved= while the levers are moved, so say when these are not as saved.
	const asSaved =
		saved !== null &&
		saved.authorityId === decoded.authority.id &&
		sameValues(
			changedValues(saved.values, decoded.authority),
			changedValues(decoded.values, decoded.authority)
		);
	// Every source and assumption is printed, so the models' prose comes before the first paint.
	const prose = await loadModelProse();
	return { ...decoded, link, prose, saved: saved && { ...saved, edited: !asSaved } };
}) satisfies PageLoad;
