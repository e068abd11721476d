import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '$lib/authority-import';
import { importAuthorityUpload } from '$lib/server/authority-xlsx';
import {
	deleteOwnAuthority,
	listDeletedOwnAuthorities,
	listOwnAuthorities,
	restoreOwnAuthority,
	sampleSummaries,
	saveImportedAuthority
} from '$lib/server/authorities';
import { pageAction, parseForm, requirePageUser } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const user = requirePageUser(locals.user, url, 'officer');
	return {
		samples: sampleSummaries(),
		// The list needs no figures: they stay on the server until the council is modelled.
		own: (await listOwnAuthorities(user)).map(({ id, name, kindLabel, createdAt }) => ({
			id,
			name,
			kindLabel,
			createdAt
		})),
		deleted: (await listDeletedOwnAuthorities(user)).map(({ id, name, deletedAt }) => ({
			id,
			name,
			deletedAt: deletedAt!
		})),
		maxKiB: MAX_IMPORT_BYTES / 1024
	};
}) satisfies PageServerLoad;

const refused = (status: number, message: string, errors: string[] = []) =>
	fail(status, { form: 'import', field: 'file', message, errors });

export const actions = {
	/** The same import as POST /api/authorities/import, from a file input. */
	import: async ({ locals, request, url }) => {
		const user = requirePageUser(locals.user, url, 'officer');
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			// Larger than the server reads at all (BODY_SIZE_LIMIT), or not a form.
			return refused(
				413,
				`The file is larger than ${MAX_IMPORT_BYTES / 1024} KiB; nothing was saved.`
			);
		}
		const file = data.get('file');
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
			return refused(400, 'Choose a file to import: the CSV or Excel template, or JSON.');
		}
		const result = await importAuthorityUpload(new Uint8Array(await file.arrayBuffer()));
		if (!result.ok) {
			const count = result.errors.length;
			return refused(
				file.size > MAX_IMPORT_BYTES ? 413 : 400,
				`${file.name || 'The file'} has ${count} problem${count === 1 ? '' : 's'}; nothing was saved.`,
				result.errors
			);
		}
		const saved = await saveImportedAuthority(user, result);
		return {
			form: 'import',
			imported: { id: saved.id, name: saved.name },
			summary: result.summary,
			message: `Imported “${saved.name}”.`
		};
	},
	delete: pageAction('officer', 'delete', async (user, data) => {
		const { id } = parseForm(data, z.strictObject({ id: z.string().max(80) }));
		const gone = await deleteOwnAuthority(user, id);
		return {
			form: 'delete',
			message: `Deleted “${gone.name}”. Scenarios already saved on it still open, and you can restore it below.`
		};
	}),
	restore: pageAction('officer', 'restore', async (user, data) => {
		const { id } = parseForm(data, z.strictObject({ id: z.string().max(80) }));
		const back = await restoreOwnAuthority(user, id);
		return { form: 'restore', message: `Restored “${back.name}”.` };
	})
} satisfies Actions;
