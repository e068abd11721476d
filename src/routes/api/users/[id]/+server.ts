import { json } from '@sveltejs/kit';
import { updateAccount } from '$lib/server/accounts';
import { api, positiveIntParam, readBody, requireUser } from '$lib/server/http';
import { updateUserBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** Re-role, disable or re-enable, rename, or set a new password (ends the account's sessions). */
export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
	requireUser(locals.user, 'admin');
	const id = positiveIntParam(params.id, 'id', 'account');
	const body = await readBody(request, updateUserBody);
	return json(await updateAccount(id, body));
});
