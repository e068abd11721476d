import { SAVED_KEY } from '$lib/scenario-url';
import { getScenario } from '$lib/server/scenarios';
import type { PageServerLoad } from './$types';

/**
 * The saved scenario the modeller was editing (?saved=<id>), so the report can carry its name:
 * only its owner may read it, and anything else (deleted, not theirs) is simply unsaved.
 */
export const load = (({ url, locals }) => {
	const id = url.searchParams.get(SAVED_KEY);
	if (!id || !locals.user) return { saved: null };
	try {
		const s = getScenario(locals.user, id);
		return {
			saved: {
				id: s.id,
				name: s.name,
				version: s.version,
				authorityId: s.authorityId,
				values: s.values
			}
		};
	} catch {
		return { saved: null };
	}
}) satisfies PageServerLoad;
