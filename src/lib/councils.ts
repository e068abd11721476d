import { authorityById, type Authority } from '../../models/index';

/**
 * The councils a page can open: the samples, then the signed-in officer's own (which the server
 * sends only to their owner, in the root layout's data).
 */
export function councilsWith(own: readonly Authority[]): ReadonlyMap<string, Authority> {
	if (own.length === 0) return authorityById;
	return new Map([...authorityById, ...own.map((a) => [a.id, a] as const)]);
}

/** Said wherever a council is chosen: the samples are made up, so no one mistakes them for real. */
export const SAMPLES_ARE_FICTIONAL = `The ${authorityById.size} sample councils (${new Intl.ListFormat('en-GB').format([...authorityById.values()].map((a) => a.name))}) are fictional: composites built from published averages for councils of their kind, not real councils.`;
