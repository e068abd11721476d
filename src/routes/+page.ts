import { readScenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/** The scenario comes from the address, on the server and in the browser alike. */
export const load = (({ url, data }) => {
	const { authority, values, notices } = readScenarioQuery(url.searchParams);
	return { ...data, authorityId: authority.id, values, notices };
}) satisfies PageLoad;
