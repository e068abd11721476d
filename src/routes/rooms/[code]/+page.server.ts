import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { formAction, parseForm, requirePageUser } from '$lib/server/forms';
import { ApiError } from '$lib/server/http';
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

function codeOf(raw: string): string {
	try {
		return roomCodeParam(raw);
	} catch {
		error(404, 'No room has this code.');
	}
}

/** The facilitator's view: the owner of the room, or an admin. */
export const load = (async ({ params, url, locals }) => {
	const user = requirePageUser(locals.user, url, 'officer');
	const code = codeOf(params.code);
	let room;
	try {
		room = await roomForRunner(user, code);
	} catch (e) {
		if (e instanceof ApiError) error(e.status, e.message);
		throw e;
	}
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
		const code = codeOf(params.code);
		const data = await request.formData();
		return formAction('switch', async () => {
			const { action } = parseForm(data, switchForm);
			await switchRoom(user, code, action);
			return { switched: action };
		});
	},
	save: async ({ params, locals, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		const code = codeOf(params.code);
		const data = await request.formData();
		const result = await formAction('save', async () => {
			const input = parseForm(data, z.strictObject({ name: scenarioNameSchema.optional() }));
			return await saveRoomScenario(user, code, input);
		});
		if ('id' in result) redirect(303, `/scenarios/${result.id}`);
		return result;
	}
} satisfies Actions;
