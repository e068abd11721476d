import { councilsForAddress } from '$lib/councils';
import { readScenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/**
 * The scenario comes from the address, on the server and in the browser alike; ?a= may name
 * one of the signed-in officer's own councils as well as a sample.
 */
export const load = (async ({ url, data, parent, fetch }) => {
	const { ownCouncils } = await parent();
	const { authority, values, notices } = readScenarioQuery(
		url.searchParams,
		await councilsForAddress(url, ownCouncils, fetch)
	);
	return { ...data, authority, values, notices };
}) satisfies PageLoad;
