import { z } from 'zod';
import { pageAction, parseForm } from '$lib/server/forms';
import { scenarioIdParam } from '$lib/server/http';
import { savedSummaryNamedBy } from '$lib/server/scenarios';
import { freezeScenario, snapshotVersionSchema } from '$lib/server/snapshots';
import type { Actions, PageServerLoad } from './$types';

/**
 * A saved scenario presented from its own link (?saved=<id>) can be frozen from the deck: the
 * page needs its version and values to know the deck shows that version unchanged.
 */
export const load = (async ({ url, locals }) => ({
	saved: await savedSummaryNamedBy(url, locals.user)
})) satisfies PageServerLoad;

export const actions = {
	/** Freeze the version being presented; the deck stays where it is and links to the snapshot. */
	freeze: pageAction('officer', 'freeze', async (user, data) => {
		const input = parseForm(
			data,
			z.strictObject({ id: z.string().max(64), version: snapshotVersionSchema }),
			['version']
		);
		const frozen = await freezeScenario(user, scenarioIdParam(input.id), {
			version: input.version,
			note: 'Frozen while presenting'
		});
		return { frozen: { id: frozen.id, version: frozen.scenarioVersion } };
	})
} satisfies Actions;
