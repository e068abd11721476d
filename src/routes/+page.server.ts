import { SAVED_KEY } from '$lib/scenario-url';
import { listOwnAuthorities } from '$lib/server/authorities';
import { getScenario } from '$lib/server/scenarios';
import type { PageServerLoad } from './$types';

/**
 * An officer's own councils, offered after the samples and found by ?a=own-… on reload. And
 * when the modeller is opened on a saved scenario (?saved=<id>), which version it started
 * from: saving again makes the next version, and a save by someone else in between is a 409.
 */
export const load = (({ url, locals }) => {
	const user = locals.user;
	if (!user || user.role === 'viewer') return { saved: null, ownAuthorities: [] };
	const ownAuthorities = listOwnAuthorities(user).map((own) => own.authority);
	const id = url.searchParams.get(SAVED_KEY);
	if (!id) return { saved: null, ownAuthorities };
	try {
		const scenario = getScenario(user, id);
		return {
			saved: { id: scenario.id, name: scenario.name, version: scenario.version },
			ownAuthorities
		};
	} catch {
		// Not theirs, deleted or never existed: the values in the address still open.
		return { saved: null, ownAuthorities };
	}
}) satisfies PageServerLoad;
