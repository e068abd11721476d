/**
 * Form actions share the API's rules: the same zod schemas and store functions, with a refusal
 * returned as fail(status, { form, field, message }) so the page can show it beside the field.
 */
import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { AccountError, roleAtLeast, type Role, type SessionUser } from './accounts';
import { ApiError, firstIssue } from './http';

export interface FormFailure {
	form: string;
	field: string | null;
	message: string;
}

/** Run a form action's work; refusals become fail() naming the form and field. */
export async function formAction<T>(
	form: string,
	work: () => Promise<T> | T
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof ApiError || error instanceof AccountError) {
			return fail(error.status, { form, field: error.field, message: error.message });
		}
		throw error;
	}
}

/**
 * A form action for an account of at least `role` (anyone else is sent to sign in and back):
 * its work gets the account and the form's fields; refusals become fail() as in formAction.
 */
export function pageAction<T>(
	role: Role,
	form: string,
	work: (user: SessionUser, data: FormData) => Promise<T> | T
) {
	return async ({ locals, request, url }: RequestEvent) => {
		const user = requirePageUser(locals.user, url, role);
		const data = await request.formData();
		return formAction(form, () => work(user, data));
	};
}

/** Form fields as an object (empty fields left out), parsed with a schema. */
export function parseForm<T>(data: FormData, schema: z.ZodType<T>, numbers: string[] = []): T {
	const fields: Record<string, unknown> = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string' || value === '' || key.startsWith('_')) continue;
		fields[key] = numbers.includes(key) ? Number(value) : value;
	}
	const result = schema.safeParse(fields);
	if (!result.success) {
		const { field, message } = firstIssue(result.error);
		throw new ApiError(400, message, field);
	}
	return result.data;
}

/**
 * What a page's load or action asks of the server, with a refusal (ApiError) shown as the page's
 * error in the site's frame: its status, and its message or the one given. With `statuses`,
 * only those refusals are the page's; any other stays a fault of the server.
 */
export async function orPageError<T>(
	work: () => T | Promise<T>,
	message?: string,
	statuses?: readonly number[]
): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof ApiError && (!statuses || statuses.includes(e.status)))
			error(e.status, message ?? e.message);
		throw e;
	}
}

/** orPageError for "not found" alone: a page that names a missing scenario, snapshot or share. */
export const orNotFound = <T>(work: () => T | Promise<T>): Promise<T> =>
	orPageError(work, undefined, [404]);

/** Pages that need an account send the visitor to sign in and back again. */
export function requirePageUser(user: SessionUser | null, url: URL, role: Role): SessionUser {
	if (!user) {
		redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	}
	if (!roleAtLeast(user.role, role)) {
		error(403, `This page needs an account with the ${role} role.`);
	}
	return user;
}

const thisSite = 'http://this-site.invalid';

/** Where someone lands after signing in with no (usable) target: a page their role can use. */
export function landingPage(role: Role): string {
	return roleAtLeast(role, 'officer') ? '/scenarios' : '/scenarios/shared';
}

/**
 * Only this site's own paths are followed after sign-in, never another origin. The target is
 * parsed with the URL API as a browser would (it drops tabs and newlines and reads "\\" as
 * "/", so "/\t/evil.example" is "//evil.example"); anything that leaves this site falls back
 * to the landing page. What is returned is the parsed, percent-encoded path, so it is always a
 * valid Location header.
 */
export function safeRedirectTarget(target: string | null, role: Role = 'officer'): string {
	const fallback = landingPage(role);
	if (!target || !target.startsWith('/') || target.length > 2000) return fallback;
	let url: URL;
	try {
		url = new URL(target, thisSite);
	} catch {
		return fallback;
	}
	if (url.origin !== thisSite) return fallback;
	const path = url.pathname + url.search + url.hash;
	// "/.//evil.example" parses to the path "//evil.example", which a browser would take as
	// another host.
	if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
	return path;
}
