import { json } from '@sveltejs/kit';
import { api, ApiError, readBody } from '$lib/server/http';
import { roomCodeParam, switchRoom, type RoomSwitch } from '$lib/server/rooms';
import { emptyBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

const actions: readonly RoomSwitch[] = ['close', 'reopen', 'reveal', 'hide'];

/** POST …/close, …/reopen, …/reveal, …/hide: the owner or an admin. */
export const POST: RequestHandler = api(async ({ params, locals, request }) => {
	const code = roomCodeParam(params.code);
	const action = params.action as RoomSwitch;
	if (!actions.includes(action)) throw new ApiError(404, 'No such action on a room.', 'action');
	await readBody(request, emptyBody);
	return json(await switchRoom(locals.user, code, action));
});
