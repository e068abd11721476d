import { scenarioNamedBy } from '$lib/server/scenarios';
import type { PageServerLoad } from './$types';

/**
 * The saved scenario the modeller was editing (?saved=<id>), so the report can carry its name:
 * only its owner may read it, and anything else (deleted, not theirs) is simply unsaved.
 */
export const load = (async ({ url, locals }) => {
	const s = await scenarioNamedBy(url, locals.user);
	return {
		saved: s && {
			id: s.id,
			name: s.name,
			version: s.version,
			authorityId: s.authorityId,
			values: s.values
		}
	};
}) satisfies PageServerLoad;
