import { listOwnAuthorities } from '$lib/server/authorities';
import type { CouncilName } from '$lib/councils';
import type { LayoutServerLoad } from './$types';

/**
 * Who is signed in, and the names of the councils they imported (viewers import none, so get
 * none). Names only: a page loads a council's figures when it is chosen, so no page grows with
 * the number of councils imported.
 */
export const load = (async ({ locals }) => {
	const user = locals.user;
	const ownCouncils: CouncilName[] =
		user && user.role !== 'viewer'
			? (await listOwnAuthorities(user)).map(({ authority }) => ({
					id: authority.id,
					name: authority.name
				}))
			: [];
	return { user, ownCouncils };
}) satisfies LayoutServerLoad;
