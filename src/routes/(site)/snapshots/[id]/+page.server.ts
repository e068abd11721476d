import { writeScenarioQuery } from '$lib/scenario-url';
import type { SessionUser } from '$lib/server/accounts';
import { sampleOrOwnAuthority } from '$lib/server/authorities';
import { orNotFound, requirePageUser } from '$lib/server/forms';
import { ApiError } from '$lib/server/http';
import { getScenario } from '$lib/server/scenarios';
import { getSnapshot, snapshotIdParam, type SnapshotDetail } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

/**
 * The same levers in today's modeller, if this user may open the council there. The link names
 * the snapshot's model version, so the modeller says plainly when the figures may now differ.
 */
async function modellerHref(snapshot: SnapshotDetail, user: SessionUser) {
	if (!(await sampleOrOwnAuthority(snapshot.authority.id, user))) return null;
	const params = writeScenarioQuery({
		version: snapshot.modelVersion,
		authorityId: snapshot.authority.id,
		values: snapshot.values
	});
	return `/?${params}`;
}

/** Whether the owner can still open the scenario this was frozen from (it may be deleted). */
async function scenarioOpen(snapshot: SnapshotDetail, user: SessionUser) {
	if (snapshot.frozenBy.id !== user.id) return false;
	try {
		await getScenario(user, snapshot.scenarioId);
		return true;
	} catch (e) {
		if (e instanceof ApiError) return false;
		throw e;
	}
}

/** A snapshot as stored: for its owner, and for anyone while its scenario is shared. */
export const load = (async ({ locals, params, url }) => {
	const user = requirePageUser(locals.user, url, 'viewer');
	const snapshot = await orNotFound(() => getSnapshot(user, snapshotIdParam(params.id)));
	return {
		snapshot,
		modellerHref: await modellerHref(snapshot, user),
		scenarioOpen: await scenarioOpen(snapshot, user)
	};
}) satisfies PageServerLoad;
