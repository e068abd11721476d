import { json } from '@sveltejs/kit';
import { api, noQueryParams, readBody, requireUser } from '$lib/server/http';
import { createRoom, createRoomBody, listRooms } from '$lib/server/rooms';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	return json({ rooms: (await listRooms(user)).map((room) => withJoinUrl(room, url)) });
});

export const POST: RequestHandler = api(async ({ locals, request, url }) => {
	const user = requireUser(locals.user, 'officer');
	const body = await readBody(request, createRoomBody);
	return json(withJoinUrl(await createRoom(user, body), url), { status: 201 });
});

function withJoinUrl<T extends { code: string }>(room: T, url: URL) {
	return { ...room, joinUrl: `${url.origin}/room/${room.code}` };
}
