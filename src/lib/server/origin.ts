/**
 * Cross-site form posts are refused here rather than by SvelteKit's built-in check (turned off
 * in svelte.config.js), so that the refusal can say why: SvelteKit's own answer is a bare
 * "Cross-site POST form submissions are forbidden" that an enhanced form never shows.
 *
 * A form post is accepted only when the browser's Origin is this server's own origin. With
 * ORIGIN set, that is ORIGIN; without it, the origin the request was addressed to (localhost,
 * 127.0.0.1, a LAN address: see adapter/guards.js for why that is http).
 */
const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// The content types a cross-site page can send without a CORS preflight.
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function isFormContentType(request: Request): boolean {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	return formTypes.includes(type);
}

/** Why this request is refused as a cross-site form post, or null if it is not one. */
export function crossSiteRefusal(request: Request, url: URL): string | null {
	if (!writes.has(request.method) || !isFormContentType(request)) return null;
	const origin = request.headers.get('origin');
	if (origin === url.origin) return null;
	const from =
		origin && origin !== 'null' ? `from ${origin}` : 'from a page that did not say where it was';
	const fix = process.env.ORIGIN
		? `This server is set up to be used at ${url.origin} (its ORIGIN setting): open ${url.origin}${url.pathname} and try again, or ask whoever runs it to set ORIGIN to the address you use.`
		: `Open ${url.origin}${url.pathname} and try again.`;
	return `This form was sent ${from}, but this server only accepts forms from its own pages at ${url.origin}, to protect your account from other sites. ${fix}`;
}

/** With ORIGIN set, the address this page was actually reached at, when it differs (else null). */
export function reachedElsewhere(request: Request, url: URL): string | null {
	if (!process.env.ORIGIN) return null;
	const host = request.headers.get('host');
	return host && host !== url.host ? host : null;
}
