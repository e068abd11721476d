import { loadComparison } from '$lib/server/comparison';
import type { PageServerLoad } from './$types';

/** The comparison's own address under /compare/present, so the deck shows the same entries. */
export const load = (({ url, locals }) =>
	loadComparison(url, locals.user)) satisfies PageServerLoad;
