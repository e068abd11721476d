import { json } from '@sveltejs/kit';
import { MAX_IMPORT_BYTES } from '$lib/authority-import';
import { importAuthorityUpload } from '$lib/server/authority-xlsx';
import { saveImportedAuthority } from '$lib/server/authorities';
import { api, ApiError, noQueryParams, readBytes, requireUser } from '$lib/server/http';
import type { RequestHandler } from './$types';

const fileTypes =
	/^(text\/csv|application\/json|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)\s*(;|$)/i;

/**
 * Import a baseline: the file's raw bytes (the CSV template, the Excel workbook or JSON). Every problem comes back,
 * line by line, and a file with any problem saves nothing.
 */
export const POST: RequestHandler = api(async ({ request, locals, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	if (!fileTypes.test(request.headers.get('content-type') ?? '')) {
		throw new ApiError(
			415,
			'Send the file itself as the body, with content-type text/csv, application/json or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (.xlsx).',
			'file'
		);
	}
	let bytes: Uint8Array;
	try {
		bytes = await readBytes(request, MAX_IMPORT_BYTES);
	} catch (error) {
		if (error instanceof ApiError && error.status === 413) {
			const message = `The file is larger than ${MAX_IMPORT_BYTES / 1024} KiB; nothing was saved.`;
			throw new ApiError(413, message, 'file', { errors: [message] });
		}
		throw error;
	}
	const result = await importAuthorityUpload(bytes);
	if (!result.ok) {
		const count = result.errors.length;
		throw new ApiError(
			400,
			`The file has ${count} problem${count === 1 ? '' : 's'}; nothing was saved.`,
			'file',
			{ errors: result.errors }
		);
	}
	// The summary says what was read other than as written (£ signs, 49%, brackets…).
	return json(
		{ ...(await saveImportedAuthority(user, result)), summary: result.summary },
		{ status: 201 }
	);
});
