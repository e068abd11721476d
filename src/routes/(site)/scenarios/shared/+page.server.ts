import { requirePageUser } from '$lib/server/forms';
import { sharedWithMe } from '$lib/server/scenarios';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const user = requirePageUser(locals.user, url, 'viewer');
	return { scenarios: await sharedWithMe(user) };
}) satisfies PageServerLoad;
