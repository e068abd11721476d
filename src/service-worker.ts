/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the modeller working without a network (a council chamber or a village hall with poor
 * Wi-Fi): the app's code, fonts and an anonymous copy of the modeller page are cached when the
 * worker installs. Online, every page and API call still goes to the server first, so nobody
 * sees stale figures; only when the network fails is the cached copy used. Nothing a signed-in
 * person sees is cached: the modeller copy is fetched without cookies and holds only the samples.
 */
import { build, files, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `rewire-${version}`;
const modeller = '/';
const assets = new Set([...build, ...files]);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(cacheName);
			await cache.addAll([...assets]);
			const page = await fetch(modeller, { credentials: 'omit' });
			if (page.ok) await cache.put(modeller, page);
			await worker.skipWaiting();
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== cacheName) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

/** Said in place of a page that needs the server, when there is no network. */
function offlinePage(): Response {
	const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Rewire</title></head><body><main><h1>You are offline</h1><p>This page needs a connection to the server. The modeller works offline with the sample councils: <a href="/">open the modeller</a>.</p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
	// Hashed build files and static files never change under a name: the cache answers first.
	if (assets.has(url.pathname)) {
		event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (request.mode !== 'navigate') return;
	event.respondWith(
		fetch(request).catch(async () => {
			if (url.pathname === modeller) {
				const page = await caches.match(modeller);
				if (page) return page;
			}
			return offlinePage();
		})
	);
});
