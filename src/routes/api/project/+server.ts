import { defaultAuthority } from '$models/index';
import { api, parseBody, readBodyText } from '$lib/server/http';
import { checkedBody, projectionAnswer, rememberCheckedBody } from '$lib/server/projection-cache';
import { authorityFor, validValues } from '$lib/server/scenarios';
import { projectBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** A projection of posted values; no account needed (anyone may explore), except for an own council. */
export const POST: RequestHandler = api(async ({ request, locals }) => {
	const text = await readBodyText(request);
	let scenario = checkedBody(text);
	if (!scenario) {
		const body = parseBody(text, projectBody);
		const authority = await authorityFor(body.authorityId ?? defaultAuthority.id, locals.user);
		scenario = { authority, values: validValues(body.values, authority) };
		rememberCheckedBody(text, scenario.authority, scenario.values);
	}
	const { body, encoding } = await projectionAnswer(scenario.authority, scenario.values, request);
	// Packed here, once per projection, so the compression hook passes it through as it is.
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		vary: 'Accept-Encoding'
	};
	if (encoding) {
		headers['content-encoding'] = encoding;
		headers['content-length'] = String(body.length);
	}
	return new Response(body, { headers });
});
