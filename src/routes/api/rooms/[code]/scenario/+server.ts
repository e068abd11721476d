import { json } from '@sveltejs/kit';
import { api, readBody } from '$lib/server/http';
import { roomCodeParam, saveRoomBody, saveRoomScenario } from '$lib/server/rooms';
import type { RequestHandler } from './$types';

/** Save a closed room's scenario as one of the caller's scenarios. */
export const POST: RequestHandler = api(async ({ params, locals, request }) => {
	const code = roomCodeParam(params.code);
	const body = await readBody(request, saveRoomBody);
	return json(await saveRoomScenario(locals.user, code, body), { status: 201 });
});
