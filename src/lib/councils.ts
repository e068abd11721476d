import { authorityById, type Authority } from '../../models/index';
import { scenarioQueryKeys } from './scenario-url';

/**
 * The councils a page can open: the samples, then the signed-in officer's own (which the server
 * sends only to their owner, in the root layout's data).
 */
export function councilsWith(own: readonly Authority[]): ReadonlyMap<string, Authority> {
	if (own.length === 0) return authorityById;
	return new Map([...authorityById, ...own.map((a) => [a.id, a] as const)]);
}

/** Said wherever a council is chosen: the samples are made up, so no one mistakes them for real. */
export const SAMPLES_ARE_FICTIONAL =
	'The sample councils are fictional: composites built from published averages, not real councils.';

/** One of the signed-in officer's own councils, as the layout lists them: the name only. */
export interface CouncilName {
	id: string;
	name: string;
}

/** An officer's own council with all its figures, from the API; undefined if it is not theirs. */
export async function fetchOwnCouncil(
	fetch: typeof globalThis.fetch,
	id: string
): Promise<Authority | undefined> {
	const response = await fetch(`/api/authorities/${encodeURIComponent(id)}`);
	if (!response.ok) return undefined;
	return ((await response.json()) as { authority: Authority }).authority;
}

/**
 * The councils a page opened at this address can use: the samples, and the officer's own council
 * the address names (?a=), whose figures are fetched; the others' names are in the layout.
 */
export async function councilsForAddress(
	url: URL,
	own: readonly CouncilName[],
	fetch: typeof globalThis.fetch
): Promise<ReadonlyMap<string, Authority>> {
	const id = url.searchParams.get(scenarioQueryKeys.authority);
	if (!id || authorityById.has(id) || !own.some((c) => c.id === id)) return authorityById;
	const authority = await fetchOwnCouncil(fetch, id);
	return authority ? councilsWith([authority]) : authorityById;
}
