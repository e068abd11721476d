/**
 * A participant is a random token in an httpOnly cookie, made on first use: no account and
 * nothing about the person. The store keeps only the token's SHA-256 (rooms.ts).
 */
import type { Cookies } from '@sveltejs/kit';
import { newParticipantToken, participantCookie } from './rooms';

export function participantToken(cookies: Cookies, url: URL): string {
	const existing = cookies.get(participantCookie);
	if (existing && /^[A-Za-z0-9_-]{32}$/.test(existing)) return existing;
	const token = newParticipantToken();
	cookies.set(participantCookie, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		// A workshop day; long enough to come back after a break, not a tracking cookie.
		maxAge: 60 * 60 * 24
	});
	return token;
}
