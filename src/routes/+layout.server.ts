import { listOwnAuthorities } from '$lib/server/authorities';
import type { LayoutServerLoad } from './$types';

/** Who is signed in, and the councils they imported (viewers import none, so get none). */
export const load = (({ locals }) => {
	const user = locals.user;
	const ownAuthorities =
		user && user.role !== 'viewer' ? listOwnAuthorities(user).map((own) => own.authority) : [];
	return { user, ownAuthorities };
}) satisfies LayoutServerLoad;
