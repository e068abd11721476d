import { json } from '@sveltejs/kit';
import { api, ApiError, noQueryParams, readBody, requireUser } from '$lib/server/http';
import {
	clearSessionCookie,
	endSession,
	sessionCookie,
	setSessionCookie,
	signIn
} from '$lib/server/sessions';
import { signInBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(({ locals, url }) => {
	noQueryParams(url);
	return json({ user: locals.user });
});

/** Sign in: sets the session cookie. 401 if wrong, 429 after too many failures. */
export const POST: RequestHandler = api(async ({ request, cookies, url, getClientAddress }) => {
	const { email, password } = await readBody(request, signInBody);
	const result = await signIn(email, password, getClientAddress(), cookies.get(sessionCookie));
	if (!result.ok) {
		const headers: Record<string, string> = result.retryAfterSeconds
			? { 'retry-after': String(result.retryAfterSeconds) }
			: {};
		throw new ApiError(result.status, result.message, 'password', {}, headers);
	}
	setSessionCookie(cookies, url, result.token);
	return json({ user: result.user });
});

/** Sign out: the session is deleted on the server, not just forgotten by the browser. */
export const DELETE: RequestHandler = api(async ({ locals, cookies, url }) => {
	requireUser(locals.user);
	await endSession(cookies.get(sessionCookie));
	clearSessionCookie(cookies, url);
	return json({ signedOut: true });
});
