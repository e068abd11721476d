/** When a snapshot was frozen, in UK time whatever the server's or browser's zone. */
export const frozenAt = (iso: string): string =>
	new Date(iso).toLocaleString('en-GB', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'Europe/London'
	});
