import { json } from '@sveltejs/kit';
import { api, readBody } from '$lib/server/http';
import { participantToken } from '$lib/server/participants';
import { choiceBody, roomCodeParam, submitChoice } from '$lib/server/rooms';
import type { RequestHandler } from './$types';

/** A participant's choice; the cookie is set on first use, and their last choice counts. */
export const PUT: RequestHandler = api(
	async ({ params, request, cookies, url, getClientAddress }) => {
		const code = roomCodeParam(params.code);
		const body = await readBody(request, choiceBody);
		const token = participantToken(cookies, url);
		return json(await submitChoice(code, token, getClientAddress(), body.values));
	}
);
