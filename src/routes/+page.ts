import { authorityById } from '../../models/index';
import { readScenarioQuery } from '$lib/scenario-url';
import type { PageLoad } from './$types';

/**
 * The scenario comes from the address, on the server and in the browser alike; ?a= may name
 * one of the signed-in officer's own councils as well as a sample.
 */
export const load = (({ url, data }) => {
	const councils = new Map([
		...authorityById,
		...data.ownAuthorities.map((a) => [a.id, a] as const)
	]);
	const { authority, values, notices } = readScenarioQuery(url.searchParams, councils);
	return { ...data, authorityId: authority.id, values, notices };
}) satisfies PageLoad;
