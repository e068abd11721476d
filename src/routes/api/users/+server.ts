import { json } from '@sveltejs/kit';
import { createAccount, listAccounts } from '$lib/server/accounts';
import { api, noQueryParams, readBody, requireUser } from '$lib/server/http';
import { createUserBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) => {
	requireUser(locals.user, 'admin');
	noQueryParams(url);
	return json({ users: await listAccounts() });
});

export const POST: RequestHandler = api(async ({ locals, request }) => {
	requireUser(locals.user, 'admin');
	const body = await readBody(request, createUserBody);
	return json(await createAccount(body), { status: 201 });
});
