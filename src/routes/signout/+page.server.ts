import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, endSession, sessionCookie } from '$lib/server/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => redirect(303, '/')) satisfies PageServerLoad;

/** Sign out: the session is deleted on the server, then the cookie is cleared. */
export const actions = {
	default: async ({ cookies, url }) => {
		await endSession(cookies.get(sessionCookie));
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
} satisfies Actions;
