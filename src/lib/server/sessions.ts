/**
 * Sessions: a random token goes to the browser in an httpOnly cookie; only its SHA-256 is
 * stored, so a copy of the database cannot be used to sign in. A session unused for
 * SESSION_IDLE_MINUTES expires, and every session SESSION_MAX_HOURS after sign-in.
 *
 * Sign-in failures are counted per account-and-address pair and per client address; past
 * either limit sign-in is refused (429) from that address until the window has passed. An
 * account is never locked for everyone: guessing someone's password from one address does not
 * stop them signing in from theirs. `npm run user:unlock` clears the count (unlockSignIn).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { serverConfig } from './config';
import { getDb } from './db';
import { decoyPasswordHash, findForSignIn, verifyPassword, type SessionUser } from './accounts';

export const sessionCookie = 'rewire_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(userId: number): string {
	const token = randomBytes(32).toString('base64url');
	const now = Date.now();
	getDb()
		.prepare(
			'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)'
		)
		.run(hashToken(token), userId, now, now);
	return token;
}

interface SessionRow extends SessionUser {
	lastSeenAt: number;
	createdAt: number;
}

/** The signed-in user for a cookie's token, or null; refreshes the idle timer. */
export function userForToken(token: string | undefined): SessionUser | null {
	if (!token || token.length > 100) return null;
	const db = getDb();
	const { sessionIdleMs, sessionMaxMs } = serverConfig();
	const tokenHash = hashToken(token);
	const row = db
		.prepare(
			`SELECT u.id, u.email, u.name, u.role, s.last_seen_at AS lastSeenAt,
			        s.created_at AS createdAt
			 FROM sessions s JOIN users u ON u.id = s.user_id
			 WHERE s.token_hash = ? AND u.disabled = 0`
		)
		.get(tokenHash) as SessionRow | undefined;
	if (!row) return null;
	const now = Date.now();
	if (now - row.lastSeenAt > sessionIdleMs || now - row.createdAt > sessionMaxMs) {
		db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
		return null;
	}
	// Refresh at most every twentieth of the idle time, so reads do not each cost a write.
	if (now - row.lastSeenAt > Math.min(60_000, sessionIdleMs / 20)) {
		db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now, tokenHash);
	}
	return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export function endSession(token: string | undefined): void {
	if (token) getDb().prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(sessionCookie, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookie, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

export type SignInResult =
	| { ok: true; user: SessionUser; token: string }
	| { ok: false; status: 401 | 429; message: string; retryAfterSeconds?: number };

const wrong = 'The email or password is wrong.';

/**
 * Check a password and start a session. `replacing` is the token this browser already holds:
 * it is ended on success, so a new sign-in never leaves an older session open behind it.
 */
export async function signIn(
	email: string,
	password: string,
	address: string,
	replacing?: string
): Promise<SignInResult> {
	const db = getDb();
	const keys = { account: accountKey(email, address), address: `address:${address}` };
	// The attempt is counted as a failure before the (slow, asynchronous) password check, in the
	// same synchronous step as the limit check: otherwise many guesses sent at once would all
	// pass the check before any of them was recorded.
	const attempt = reserveAttempt(keys, Date.now());
	if (!attempt.ok) return attempt;
	const account = findForSignIn(email);
	const matches = await verifyPassword(
		password,
		account?.passwordHash ?? (await decoyPasswordHash())
	);
	if (!account || !matches || account.disabled) {
		return { ok: false, status: 401, message: wrong };
	}
	// A success clears this pair's failures and takes back this attempt from the address.
	db.transaction(() => {
		db.prepare('DELETE FROM sign_in_failures WHERE key = ?').run(keys.account);
		db.prepare('DELETE FROM sign_in_failures WHERE rowid = ?').run(attempt.addressRow);
	})();
	endSession(replacing);
	const user = { id: account.id, email: account.email, name: account.name, role: account.role };
	return { ok: true, user, token: createSession(account.id) };
}

const accountKey = (email: string, address: string) => `account:${email}|address:${address}`;

/**
 * Clear the failed sign-ins of an account (from every address, or one), and of an address if
 * given: for `npm run user:unlock`. Returns how many were cleared.
 */
export function unlockSignIn(email: string, address?: string): number {
	const db = getDb();
	return db.transaction(() => {
		let cleared = 0;
		if (address) {
			cleared += db
				.prepare('DELETE FROM sign_in_failures WHERE key = ?')
				.run(accountKey(email, address)).changes;
			cleared += db
				.prepare('DELETE FROM sign_in_failures WHERE key = ?')
				.run(`address:${address}`).changes;
		} else {
			const prefix = `account:${email}|address:`;
			cleared += db
				.prepare('DELETE FROM sign_in_failures WHERE substr(key, 1, ?) = ?')
				.run(prefix.length, prefix).changes;
		}
		return cleared;
	})();
}

type Reservation = { ok: true; addressRow: number | bigint } | (SignInResult & { ok: false });

/** Refuses with 429 past either limit; otherwise records the attempt against both keys. */
function reserveAttempt(keys: { account: string; address: string }, now: number): Reservation {
	const db = getDb();
	const config = serverConfig();
	const failures = db.prepare(
		'SELECT count(*) AS n, min(at) AS oldest FROM sign_in_failures WHERE key = ? AND at > ?'
	);
	const insert = db.prepare('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)');
	return db
		.transaction((): Reservation => {
			for (const [key, limit] of [
				[keys.account, config.signInFailuresPerAccount],
				[keys.address, config.signInFailuresPerAddress]
			] as const) {
				const { n, oldest } = failures.get(key, now - config.signInWindowMs) as {
					n: number;
					oldest: number | null;
				};
				if (n >= limit) {
					const retryAfterSeconds = Math.max(
						1,
						Math.ceil(((oldest ?? now) + config.signInWindowMs - now) / 1000)
					);
					return {
						ok: false,
						status: 429,
						message: `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
						retryAfterSeconds
					};
				}
			}
			insert.run(keys.account, now);
			return { ok: true, addressRow: insert.run(keys.address, now).lastInsertRowid };
		})
		.immediate();
}
