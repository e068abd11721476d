import { formAction, orPageError } from '$lib/server/forms';
import { participantToken } from '$lib/server/participants';
import {
	choiceOf,
	getRoom,
	getRoomAuthority,
	joinRoom,
	roomCodeParam,
	submitChoice
} from '$lib/server/rooms';
import type { Actions, PageServerLoad } from './$types';

const codeOf = (raw: string) =>
	orPageError(() => roomCodeParam(raw), 'No room has this code. Check it with the facilitator.');
const roomOr404 = (code: string) => orPageError(() => getRoom(code));

/** A participant: no account; a random token in a cookie is all that marks them. */
export const load = (async ({ params, cookies, url }) => {
	const code = await codeOf(params.code);
	const room = await roomOr404(code);
	const token = participantToken(cookies, url);
	if (room.open) await joinRoom(code, token);
	return { room, authority: await getRoomAuthority(code), mine: await choiceOf(code, token) };
}) satisfies PageServerLoad;

export const actions = {
	/** The form's fields, as a phone without JavaScript sends them. */
	choose: async ({ params, cookies, url, request, getClientAddress }) => {
		const code = await codeOf(params.code);
		const room = await roomOr404(code);
		const data = await request.formData();
		return formAction('choose', async () => {
			const values: Record<string, unknown> = {};
			for (const lever of room.levers) {
				const raw = data.get(lever.id);
				if (typeof raw !== 'string' || raw === '') continue;
				values[lever.id] =
					lever.kind === 'boolean'
						? raw === 'on'
							? true
							: raw === 'off'
								? false
								: raw
						: Number(raw);
			}
			const token = participantToken(cookies, url);
			const result = await submitChoice(code, token, getClientAddress(), values);
			return { chosen: result.values, submissions: result.submissions };
		});
	}
} satisfies Actions;
