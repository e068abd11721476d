/**
 * Form actions share the API's rules: the same zod schemas and store functions, with a refusal
 * returned as fail(status, { form, field, message }) so the page can show it beside the field.
 */
import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
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

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeRedirectTarget(target: string | null): string {
	return target && /^\/(?![/\\])/.test(target) ? target : '/scenarios';
}
