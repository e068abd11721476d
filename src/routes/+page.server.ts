import { SAVED_KEY } from '$lib/scenario-url';
import { getScenario } from '$lib/server/scenarios';
import type { PageServerLoad } from './$types';

/**
 * When the modeller is opened on a saved scenario (?saved=<id>), which version it started
 * from: saving again makes the next version, and a save by someone else in between is a 409.
 */
export const load = (({ url, locals }) => {
	const id = url.searchParams.get(SAVED_KEY);
	if (!id || !locals.user || locals.user.role === 'viewer') return { saved: null };
	try {
		const scenario = getScenario(locals.user, id);
		return { saved: { id: scenario.id, name: scenario.name, version: scenario.version } };
	} catch {
		// Not theirs, deleted or never existed: the values in the address still open.
		return { saved: null };
	}
}) satisfies PageServerLoad;
