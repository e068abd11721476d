import { z } from 'zod';
import { defaultAuthority } from '$models/index';
import { usableAuthority } from '$lib/server/authorities';
import { authorityToXlsx, XLSX_TYPE } from '$lib/server/authority-xlsx';
import { api, attachment, readQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

const templateQuery = z.strictObject({ from: z.string().max(80).optional() });

/** The template as an Excel workbook: the CSV's lines, with ranges, notes and inputs marked. */
export const GET: RequestHandler = api(async ({ url, locals }) => {
	const { from } = readQuery(url, templateQuery);
	const authority = await usableAuthority(from ?? defaultAuthority.id, locals.user, 'from');
	return attachment(
		await authorityToXlsx(authority),
		`rewire-baseline-${authority.id}.xlsx`,
		XLSX_TYPE
	);
});
