import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { authorities, presets } from '$models/index';
import { presetValues } from '$lib/engine/index';
import { listOwnAuthorities } from '$lib/server/authorities';
import { serverConfig } from '$lib/server/config';
import { formAction, pageAction, parseForm, requirePageUser } from '$lib/server/forms';
import { ApiError } from '$lib/server/http';
import {
	authorityFor,
	authorityIdSchema,
	createScenario,
	deleteScenario,
	duplicateScenario,
	listScenarios,
	scenarioDescriptionSchema,
	scenarioNameSchema,
	setSharing,
	undeleteScenario,
	updateScenario,
	versionNumberSchema
} from '$lib/server/scenarios';
import type { Actions, PageServerLoad } from './$types';

const idField = z.strictObject({ id: z.string().max(64) });
/** Every write on a scenario names the version the page showed, as on the API. */
const idAndVersion = idField.extend({ baseVersion: versionNumberSchema });

export const load = (async ({ locals, url }) => {
	const user = requirePageUser(locals.user, url, 'officer');
	const sort = url.searchParams.get('sort') === 'name' ? 'name' : 'updated';
	const q = (url.searchParams.get('q') ?? '').slice(0, 120);
	return {
		sort,
		q,
		scenarios: await listScenarios(user, { sort, q }),
		deleted: await listScenarios(user, { sort: 'updated', deleted: true }),
		restoreDays: serverConfig().deletedRetentionMs / 86_400_000,
		authorities: [...authorities, ...(await listOwnAuthorities(user))].map((a) => ({
			id: a.id,
			name: a.name
		})),
		presets: presets.map((p) => ({
			id: p.id,
			label: `${p.label} (${p.includesPlan ? 'with' : 'no'} budget plan)`
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ locals, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const data = await request.formData();
		const result = await formAction('create', async () => {
			const input = parseForm(
				data,
				z.strictObject({
					name: scenarioNameSchema,
					description: scenarioDescriptionSchema.optional(),
					authorityId: authorityIdSchema.optional(),
					preset: z
						.string()
						.refine((id) => presets.some((p) => p.id === id), { error: 'choose a preset' })
						.optional()
				})
			);
			const authority = await authorityFor(input.authorityId ?? authorities[0].id, user);
			const preset = presets.find((p) => p.id === input.preset);
			// As the preset applies to this council: scaled to it, within its ranges, without levers it lacks.
			const values = preset ? presetValues(preset, authority) : {};
			return await createScenario(user, { ...input, authorityId: authority.id, values });
		});
		if ('id' in result) redirect(303, `/scenarios/${result.id}`);
		return result;
	},
	rename: pageAction('officer', 'rename', async (user, data) => {
		const { id, ...input } = parseForm(data, idAndVersion.extend({ name: scenarioNameSchema }), [
			'baseVersion'
		]);
		try {
			await updateScenario(user, id, input);
		} catch (e) {
			// The store's 409 suggests a copy; for a rename, reloading the list is the way on.
			if (e instanceof ApiError && e.status === 409) {
				const now = e.extra.scenario as { name: string; version: number };
				throw new ApiError(
					409,
					`“${now.name}” was saved again (now version ${now.version}) after the version this list showed, so it was not renamed. Reload the list and rename it again if you still want to.`,
					'baseVersion'
				);
			}
			throw e;
		}
		return { form: 'rename', id, message: `Renamed to “${input.name}”.` };
	}),
	duplicate: pageAction('officer', 'duplicate', async (user, data) => {
		const copy = await duplicateScenario(user, parseForm(data, idField).id);
		return { form: 'duplicate', id: copy.id, message: `Made “${copy.name}”.` };
	}),
	delete: pageAction('officer', 'delete', async (user, data) => {
		const { id, baseVersion } = parseForm(data, idAndVersion, ['baseVersion']);
		const gone = await deleteScenario(user, id, baseVersion);
		return {
			form: 'delete',
			id: gone.id,
			message: `Deleted “${gone.name}”. You can restore it until ${gone.restorableUntil.slice(0, 10)}.`
		};
	}),
	restore: pageAction('officer', 'restore', async (user, data) => {
		const { id, baseVersion } = parseForm(data, idAndVersion, ['baseVersion']);
		const back = await undeleteScenario(user, id, baseVersion);
		return { form: 'restore', id: back.id, message: `Restored “${back.name}”.` };
	}),
	share: pageAction('officer', 'share', async (user, data) => {
		const { id, shared, baseVersion } = parseForm(
			data,
			idAndVersion.extend({ shared: z.enum(['true', 'false']) }),
			['baseVersion']
		);
		const s = await setSharing(user, id, shared === 'true', baseVersion);
		return {
			form: 'share',
			id,
			message: s.shareToken ? `“${s.name}” is shared.` : `“${s.name}” is private again.`
		};
	})
} satisfies Actions;
