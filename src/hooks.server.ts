import { building } from '$app/environment';
import { error, json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { compressed } from '$lib/server/compression';
import { serverConfig } from '$lib/server/config';
import { closeDb, openStore } from '$lib/server/db';
import { contentTypeRefusal, errorBody } from '$lib/server/http';
import { crossSiteRefusal } from '$lib/server/origin';
import { clearSessionCookie, sessionCookie, userForToken } from '$lib/server/sessions';
import { keepPage, keptPage } from '$lib/server/page-cache';
import { roomBus } from '$lib/server/room-events';
import { startRoomPoll } from '$lib/server/room-poll';
import { startRoomRelay } from '$lib/server/room-relay';
import { deliverRelayedChange } from '$lib/server/rooms';
import { scenarioQueryKeys } from '$lib/scenario-url';

/** Open the store (and run its migrations) when the server starts, not on the first request. */
export const init: ServerInit = async () => {
	if (building) return;
	const store = await openStore();
	const { databaseUrl, clusterWorker } = serverConfig();
	worker = clusterWorker;
	// Several app servers on one PostgreSQL: a room's events reach the streams on all of them.
	// Several workers on one SQLite file (WEB_CONCURRENCY): each looks for the others' changes.
	let stopRelay = async () => {};
	if (store.engine === 'postgres' && databaseUrl) {
		stopRelay = await startRoomRelay(databaseUrl, store, deliverRelayedChange);
	} else if (clusterWorker) {
		const stopPoll = startRoomPoll(store, roomBus, deliverRelayedChange);
		stopRelay = async () => stopPoll();
	}
	// Once the server has stopped taking requests: PostgreSQL's connections would otherwise
	// keep the process alive.
	process.once('sveltekit:shutdown', () => void stopRelay().finally(closeDb));
};

/** Which worker answered, when `npm start` runs several (WEB_CONCURRENCY): for tests and logs. */
let worker: string | undefined;

export const handle: Handle = async ({ event, resolve }) => {
	const response = await respond({ event, resolve });
	if (worker) response.headers.set('x-rewire-worker', worker);
	// Only over https (directly, or through a proxy named by ORIGIN or PROTOCOL_HEADER): on
	// plain http the header would be ignored, and would wrongly pin a LAN address to https.
	if (event.url.protocol === 'https:') {
		response.headers.set('strict-transport-security', 'max-age=31536000');
	}
	return compressed(event.request, response);
};

const respond: Handle = async ({ event, resolve }) => {
	// An API write that is not JSON is refused before anything else looks at it.
	const wrongType = contentTypeRefusal(event.request, event.url);
	if (wrongType) {
		return json(errorBody(415, wrongType.message, wrongType.field), { status: 415 });
	}
	const refusal = crossSiteRefusal(event.request, event.url);
	if (refusal) {
		if (event.url.pathname.startsWith('/api/')) {
			return json(errorBody(403, refusal, 'origin'), { status: 403 });
		}
		// An enhanced form (fetch) shows an action's error result on the error page; a plain
		// form post gets the error page itself. Either way the visitor reads why.
		if (event.request.headers.get('x-sveltekit-action') === 'true') {
			return json({ type: 'error', error: { message: refusal } }, { status: 403 });
		}
		error(403, refusal);
	}
	const token = event.cookies.get(sessionCookie);
	event.locals.user = token ? await userForToken(token) : null;
	if (token && !event.locals.user) clearSessionCookie(event.cookies, event.url);

	// The modeller for someone not signed in is the same for everyone at the same address.
	const shared = sharedPageKey(event.request, event.url, token);
	if (shared) return keptPage(shared) ?? (await keepPage(shared, async () => resolve(event)));

	const response = await resolve(event);
	// SvelteKit's own refusals under /api (405, an unreadable body) become JSON like ours.
	if (
		event.url.pathname.startsWith('/api/') &&
		response.status >= 400 &&
		!response.headers.get('content-type')?.startsWith('application/json')
	) {
		const message = (await response.text()).slice(0, 200) || `HTTP ${response.status}`;
		const headers = new Headers();
		const allow = response.headers.get('allow');
		if (allow) headers.set('allow', allow);
		return json(errorBody(response.status, message), { status: response.status, headers });
	}
	return response;
};

/**
 * The key under which a page is the same for everyone, or null: a GET of the modeller with no
 * session cookie at all and no saved scenario named (that needs an account).
 */
function sharedPageKey(request: Request, url: URL, token: string | undefined): string | null {
	if (request.method !== 'GET' || token !== undefined || url.pathname !== '/') return null;
	if (url.searchParams.has(scenarioQueryKeys.saved)) return null;
	return `${url.host}${url.pathname}${url.search}`;
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) console.error(`${event.request.method} ${event.url.pathname}:`, error);
	return { message: status >= 500 ? 'Something went wrong on the server.' : message };
};
