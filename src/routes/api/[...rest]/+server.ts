import { json } from '@sveltejs/kit';
import { errorBody } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Any other path under /api: a JSON 404, whatever the method. */
export const fallback: RequestHandler = ({ url }) =>
	json(errorBody(404, `No API route ${url.pathname}. See docs/api.md.`), { status: 404 });
