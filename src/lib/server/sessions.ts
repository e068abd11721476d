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
import { windowWait } from './rate-limit';
import { decoyPasswordHash, findForSignIn, verifyPassword, type SessionUser } from './accounts';

export const sessionCookie = 'rewire_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(userId: number): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	const now = Date.now();
	await getDb().run(
		'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
		[hashToken(token), userId, now, now]
	);
	return token;
}

interface SessionRow extends SessionUser {
	lastSeenAt: number;
	createdAt: number;
}

/** The signed-in user for a cookie's token, or null; refreshes the idle timer. */
export async function userForToken(token: string | undefined): Promise<SessionUser | null> {
	if (!token || token.length > 100) return null;
	const db = getDb();
	const { sessionIdleMs, sessionMaxMs } = serverConfig();
	const tokenHash = hashToken(token);
	// Quoted aliases: PostgreSQL folds unquoted names to lower case.
	const row = await db.get<SessionRow>(
		`SELECT u.id, u.email, u.name, u.role, s.last_seen_at AS "lastSeenAt",
		        s.created_at AS "createdAt"
		 FROM sessions s JOIN users u ON u.id = s.user_id
		 WHERE s.token_hash = ? AND u.disabled = 0`,
		[tokenHash]
	);
	if (!row) return null;
	const now = Date.now();
	if (now - row.lastSeenAt > sessionIdleMs || now - row.createdAt > sessionMaxMs) {
		await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
		return null;
	}
	// Refresh at most every twentieth of the idle time, so reads do not each cost a write.
	if (now - row.lastSeenAt > Math.min(60_000, sessionIdleMs / 20)) {
		await db.run('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?', [now, tokenHash]);
	}
	return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export async function endSession(token: string | undefined): Promise<void> {
	if (token) await getDb().run('DELETE FROM sessions WHERE token_hash = ?', [hashToken(token)]);
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
	const keys = { account: accountKey(email, address), address: `address:${address}` };
	// The attempt is counted as a failure before the (slow) password check, in the same
	// transaction as the limit check: otherwise many guesses sent at once would all pass the
	// check before any of them was recorded.
	const attempt = await reserveAttempt(keys, Date.now());
	if (!attempt.ok) return attempt;
	const account = await findForSignIn(email);
	const matches = await verifyPassword(
		password,
		account?.passwordHash ?? (await decoyPasswordHash())
	);
	if (!account || !matches || account.disabled) {
		return { ok: false, status: 401, message: wrong };
	}
	// A success clears this pair's failures and takes back this attempt from the address.
	const db = getDb();
	await db.transaction(async () => {
		await db.run('DELETE FROM sign_in_failures WHERE key = ?', [keys.account]);
		// One row of this address's at this attempt's moment (another attempt may share it).
		await db.run(
			`DELETE FROM sign_in_failures WHERE ${db.rowId} IN
			 (SELECT ${db.rowId} FROM sign_in_failures WHERE key = ? AND at = ? LIMIT 1)`,
			[keys.address, attempt.at]
		);
	});
	await endSession(replacing);
	const user = { id: account.id, email: account.email, name: account.name, role: account.role };
	return { ok: true, user, token: await createSession(account.id) };
}

const accountKey = (email: string, address: string) => `account:${email}|address:${address}`;

/**
 * Clear the failed sign-ins of an account (from every address, or one), and of an address if
 * given: for `npm run user:unlock`. Returns how many were cleared.
 */
export async function unlockSignIn(email: string, address?: string): Promise<number> {
	const db = getDb();
	return db.transaction(async () => {
		let cleared = 0;
		if (address) {
			for (const key of [accountKey(email, address), `address:${address}`])
				cleared += (await db.run('DELETE FROM sign_in_failures WHERE key = ?', [key])).changes;
		} else {
			const prefix = `account:${email}|address:`;
			cleared += (
				await db.run('DELETE FROM sign_in_failures WHERE substr(key, 1, ?) = ?', [
					prefix.length,
					prefix
				])
			).changes;
		}
		return cleared;
	});
}

type Reservation = { ok: true; at: number } | (SignInResult & { ok: false });

/** Refuses with 429 past either limit; otherwise records the attempt against both keys. */
async function reserveAttempt(
	keys: { account: string; address: string },
	now: number
): Promise<Reservation> {
	const db = getDb();
	const config = serverConfig();
	return db.transaction(async (): Promise<Reservation> => {
		// Counted across servers: another's attempt on the same keys waits for this one.
		await db.lock(keys.account);
		await db.lock(keys.address);
		for (const [key, limit] of [
			[keys.account, config.signInFailuresPerAccount],
			[keys.address, config.signInFailuresPerAddress]
		] as const) {
			const retryAfterSeconds = await windowWait(
				db,
				'sign_in_failures',
				key,
				limit,
				config.signInWindowMs,
				now
			);
			if (retryAfterSeconds) {
				return {
					ok: false,
					status: 429,
					message: `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
					retryAfterSeconds
				};
			}
		}
		await db.run('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)', [keys.account, now]);
		await db.run('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)', [keys.address, now]);
		return { ok: true, at: now };
	});
}
