import { api, attachment, noQueryParams } from '$lib/server/http';
import { roomCodeParam, submissionsCsv } from '$lib/server/rooms';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ params, locals, url }) => {
	noQueryParams(url);
	const code = roomCodeParam(params.code);
	return attachment(
		await submissionsCsv(locals.user, code),
		`room-${code}.csv`,
		'text/csv; charset=utf-8'
	);
});
