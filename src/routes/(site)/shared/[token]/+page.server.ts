import { describeValues } from '$lib/server/describe-values';
import { orNotFound, requirePageUser } from '$lib/server/forms';
import { openShared, savedAuthority } from '$lib/server/scenarios';
import { listSharedSnapshots } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

/** A shared scenario, read-only, for anyone signed in who holds the link. */
export const load = (async ({ locals, params, url }) => {
	const user = requirePageUser(locals.user, url, 'viewer');
	return orNotFound(async () => {
		const scenario = await openShared(user, params.token.slice(0, 64));
		return {
			scenario,
			rows: describeValues(await savedAuthority(scenario.authorityId), scenario.values),
			snapshots: await listSharedSnapshots(scenario.id, scenario.owner.id)
		};
	});
}) satisfies PageServerLoad;
