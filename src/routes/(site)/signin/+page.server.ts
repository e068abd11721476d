import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/server/forms';
import { reachedElsewhere } from '$lib/server/origin';
import { sessionCookie, setSessionCookie, signIn } from '$lib/server/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url, request }) => {
	if (locals.user) {
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo'), locals.user.role));
	}
	// Warn before the post is refused: this server only accepts forms from its ORIGIN.
	const elsewhere = reachedElsewhere(request, url);
	return { wrongAddress: elsewhere ? { reached: elsewhere, origin: url.origin } : null };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const data = await request.formData();
		const email = String(data.get('email') ?? '')
			.trim()
			.toLowerCase();
		const password = String(data.get('password') ?? '');
		if (!email || email.length > 254) {
			return fail(400, { field: 'email', message: 'Enter your email address.', email });
		}
		if (!password || password.length > 200) {
			return fail(400, { field: 'password', message: 'Enter your password.', email });
		}
		const result = await signIn(email, password, getClientAddress(), cookies.get(sessionCookie));
		if (!result.ok)
			return fail(result.status, { field: 'password', message: result.message, email });
		setSessionCookie(cookies, url, result.token);
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo'), result.user.role));
	}
} satisfies Actions;
