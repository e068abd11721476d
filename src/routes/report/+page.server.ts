import { savedSummaryNamedBy } from '$lib/server/scenarios';
import type { PageServerLoad } from './$types';

/**
 * The saved scenario the modeller was editing (?saved=<id>), so the report can carry its name:
 * only its owner may read it, and anything else (deleted, not theirs) is simply unsaved.
 */
export const load = (async ({ url, locals }) => ({
	saved: await savedSummaryNamedBy(url, locals.user)
})) satisfies PageServerLoad;
