/** A row's date and time as the lists show it ("5 Dec 2026, 12:36"), in the reader's zone. */
export const dateAndTime = (iso: string): string =>
	new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
