/**
 * A room's tally kept live from its events stream (Server-Sent Events): the page's own copy
 * until the first event arrives, then each event as it comes. EventSource reconnects by itself.
 */
import { onMount } from 'svelte';
import type { Tally, TallyCounts } from './tally';

export function liveTally(code: () => string, initial: () => Tally | TallyCounts) {
	let latest = $state<Tally | TallyCounts | null>(null);
	let connected = $state(false);
	onMount(() => {
		const source = new EventSource(`/api/rooms/${code()}/events`);
		source.addEventListener('tally', (event) => {
			latest = JSON.parse((event as MessageEvent).data);
			connected = true;
		});
		source.onerror = () => (connected = false);
		return () => source.close();
	});
	return {
		get tally() {
			return latest ?? initial();
		},
		get connected() {
			return connected;
		},
		/** After a form post, the page's data is newer than the last event until the next one. */
		reset() {
			latest = null;
		}
	};
}
