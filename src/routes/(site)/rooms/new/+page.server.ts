import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { propositions } from '$models/index';
import { councilsWith } from '$lib/councils';
import { readScenarioQuery } from '$lib/scenario-url';
import { listOwnAuthorities } from '$lib/server/authorities';
import { formAction, requirePageUser } from '$lib/server/forms';
import { ApiError, firstIssue } from '$lib/server/http';
import {
	createRoom,
	defaultRoomLevers,
	leverIdsSchema,
	MAX_LEVERS,
	MIN_LEVERS,
	oneLine,
	roomLeverChoices,
	roomNameSchema
} from '$lib/server/rooms';
import { scenarioNamedBy } from '$lib/server/scenarios';
import type { Actions, PageServerLoad } from './$types';

/**
 * Open a room from the modeller (its address carries the council and values) or from a saved
 * scenario (?saved=<id>): the starting values come with it; the levers are chosen here.
 */
export const load = (async ({ url, locals }) => {
	const user = requirePageUser(locals.user, url, 'officer');
	const saved = await scenarioNamedBy(url, user);
	const councils = councilsWith((await listOwnAuthorities(user)).map((own) => own.authority));
	const decoded = readScenarioQuery(url.searchParams, councils);
	const authority = (saved && councils.get(saved.authorityId)) || decoded.authority;
	const values = saved && authority.id === saved.authorityId ? saved.values : decoded.values;
	const choices = roomLeverChoices(authority);
	return {
		user,
		name: saved ? `Workshop: ${saved.name}` : `Workshop on ${authority.name}`,
		authority: { id: authority.id, name: authority.name },
		values,
		startingFrom: saved ? saved.name : null,
		defaults: defaultRoomLevers(authority),
		groups: propositions
			.map((p) => ({
				title: p.title,
				levers: choices
					.filter((c) => c.proposition === p.id)
					.map((c) => ({ id: c.id, label: c.label, explanation: oneLine(c.description) }))
			}))
			.filter((g) => g.levers.length > 0),
		limits: { min: MIN_LEVERS, max: MAX_LEVERS }
	};
}) satisfies PageServerLoad;

const formSchema = z.strictObject({
	name: roomNameSchema,
	authorityId: z.string().max(64),
	values: z.string().max(20_000),
	levers: leverIdsSchema
});

export const actions = {
	default: async ({ locals, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const data = await request.formData();
		const result = await formAction('room', async () => {
			const parsed = formSchema.safeParse({
				name: data.get('name') ?? '',
				authorityId: data.get('authorityId') ?? '',
				values: data.get('values') ?? '{}',
				levers: data.getAll('levers')
			});
			if (!parsed.success) {
				const { field, message } = firstIssue(parsed.error);
				throw new ApiError(400, message, field.startsWith('levers') ? 'levers' : field);
			}
			let values: unknown;
			try {
				values = JSON.parse(parsed.data.values);
			} catch {
				throw new ApiError(400, 'The starting values could not be read.', 'values');
			}
			return await createRoom(user, { ...parsed.data, values });
		});
		if ('code' in result) redirect(303, `/rooms/${result.code}`);
		return result;
	}
} satisfies Actions;
