import { loadComparison } from '$lib/server/comparison';
import type { PageServerLoad } from './$types';

export const load = (({ url, locals }) =>
	loadComparison(url, locals.user)) satisfies PageServerLoad;
