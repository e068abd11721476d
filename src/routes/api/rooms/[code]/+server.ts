import { json } from '@sveltejs/kit';
import { api, noQueryParams } from '$lib/server/http';
import { getRoom, roomCodeParam } from '$lib/server/rooms';
import type { RequestHandler } from './$types';

/** Anyone with the code: what the room is and which levers it asks about. */
export const GET: RequestHandler = api(async ({ params, url }) => {
	noQueryParams(url);
	const room = await getRoom(roomCodeParam(params.code));
	return json({ ...room, joinUrl: `${url.origin}/room/${room.code}` });
});
