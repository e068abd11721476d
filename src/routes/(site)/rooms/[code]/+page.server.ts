import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { formAction, orPageError, parseForm, requirePageUser } from '$lib/server/forms';
import { qrPath } from '$lib/server/qr';
import {
	currentTally,
	getRoomAuthority,
	roomCodeParam,
	roomForRunner,
	saveRoomScenario,
	switchRoom
} from '$lib/server/rooms';
import { scenarioNameSchema } from '$lib/server/scenarios';
import type { Actions, PageServerLoad } from './$types';

const codeOf = (raw: string) => orPageError(() => roomCodeParam(raw));

/** The facilitator's view: the owner of the room, or an admin. */
export const load = (async ({ params, url, locals }) => {
	const user = requirePageUser(locals.user, url, 'officer');
	const code = await codeOf(params.code);
	const room = await orPageError(() => roomForRunner(user, code));
	const joinUrl = `${url.origin}/room/${code}`;
	return {
		user,
		room,
		authority: await getRoomAuthority(code),
		tally: await currentTally(code),
		joinUrl,
		qr: qrPath(joinUrl)
	};
}) satisfies PageServerLoad;

const switchForm = z.strictObject({
	action: z.enum(['hide', 'reveal', 'close', 'reopen'], { error: 'choose an action' })
});

export const actions = {
	switch: async ({ params, locals, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const code = await codeOf(params.code);
		const data = await request.formData();
		return formAction('switch', async () => {
			const { action } = parseForm(data, switchForm);
			await switchRoom(user, code, action);
			return { switched: action };
		});
	},
	save: async ({ params, locals, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const code = await codeOf(params.code);
		const data = await request.formData();
		const result = await formAction('save', async () => {
			const input = parseForm(data, z.strictObject({ name: scenarioNameSchema.optional() }));
			return await saveRoomScenario(user, code, input);
		});
		if ('id' in result) redirect(303, `/scenarios/${result.id}`);
		return result;
	}
} satisfies Actions;
