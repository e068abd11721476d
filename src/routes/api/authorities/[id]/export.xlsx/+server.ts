import { getOwnAuthority } from '$lib/server/authorities';
import { authorityToXlsx, XLSX_TYPE } from '$lib/server/authority-xlsx';
import { api, attachment, noQueryParams, requireUser } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One of your own councils as the Excel template, to correct and import again. */
export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const user = requireUser(locals.user, 'officer');
	noQueryParams(url);
	const { authority } = await getOwnAuthority(user, params.id);
	return attachment(
		await authorityToXlsx(authority),
		`rewire-baseline-${authority.id}.xlsx`,
		XLSX_TYPE
	);
});
