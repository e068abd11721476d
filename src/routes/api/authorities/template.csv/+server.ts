import { z } from 'zod';
import { defaultAuthority } from '$models/index';
import { authorityToCsv } from '$lib/authority-import';
import { usableAuthority } from '$lib/server/authorities';
import { api, attachment, readQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

const templateQuery = z.strictObject({ from: z.string().max(80).optional() });

/**
 * The CSV template to fill in: Anyborough's figures, or those of another sample or of one of
 * the caller's own councils (?from=<id>), one line per figure with its unit and evidence.
 */
export const GET: RequestHandler = api(async ({ url, locals }) => {
	const { from } = readQuery(url, templateQuery);
	const authority = await usableAuthority(from ?? defaultAuthority.id, locals.user, 'from');
	return attachment(
		// A byte-order mark first, so that Excel reads the file as UTF-8 and £ signs survive.
		'\uFEFF' + authorityToCsv(authority),
		`rewire-baseline-${authority.id}.csv`,
		'text/csv; charset=utf-8'
	);
});
