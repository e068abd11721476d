import { z } from 'zod';
import {
	createAccount,
	emailSchema,
	listAccounts,
	nameSchema,
	passwordSchema,
	roleSchema,
	updateAccount
} from '$lib/server/accounts';
import { formAction, parseForm, requirePageUser } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requirePageUser(locals.user, url, 'admin');
	return { accounts: await listAccounts() };
}) satisfies PageServerLoad;

const idField = z.strictObject({ id: z.number().int().positive() });

export const actions = {
	create: async ({ locals, request, url }) => {
		requirePageUser(locals.user, url, 'admin');
		const data = await request.formData();
		return formAction('create', async () => {
			const input = parseForm(
				data,
				z.strictObject({
					email: emailSchema,
					name: nameSchema.optional(),
					role: roleSchema,
					password: passwordSchema
				})
			);
			const account = await createAccount(input);
			return { form: 'create', message: `Made ${account.role} account ${account.email}.` };
		});
	},
	role: async ({ locals, request, url }) => {
		requirePageUser(locals.user, url, 'admin');
		const data = await request.formData();
		return formAction('role', async () => {
			const { id, role } = parseForm(data, idField.extend({ role: roleSchema }), ['id']);
			const account = await updateAccount(id, { role });
			return { form: 'role', message: `${account.email} is now ${account.role}.` };
		});
	},
	disable: async ({ locals, request, url }) => {
		requirePageUser(locals.user, url, 'admin');
		const data = await request.formData();
		return formAction('disable', async () => {
			const { id, disabled } = parseForm(
				data,
				idField.extend({ disabled: z.enum(['true', 'false']) }),
				['id']
			);
			const account = await updateAccount(id, { disabled: disabled === 'true' });
			return {
				form: 'disable',
				message: `${account.email} is ${account.disabled ? 'disabled and signed out' : 'enabled'}.`
			};
		});
	}
} satisfies Actions;
