/**
 * Accounts: viewer (opens shared scenarios), officer (saves and shares their own), admin
 * (manages accounts, and can do what an officer can). Passwords are hashed with scrypt and a
 * random salt; the stored form names its parameters so they can be raised later.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { getDb } from './db';
import { pluckOne } from './store';

export const roles = ['viewer', 'officer', 'admin'] as const;
export type Role = (typeof roles)[number];

export function roleAtLeast(role: Role, needed: Role): boolean {
	return roles.indexOf(role) >= roles.indexOf(needed);
}

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	role: Role;
}

export interface Account extends SessionUser {
	disabled: boolean;
	createdAt: string;
	updatedAt: string;
}

export const emailSchema = z
	.string({ error: 'email is required' })
	.trim()
	.toLowerCase()
	.max(254, 'email is too long')
	.pipe(z.email({ error: 'email is not a valid address' }));
export const passwordSchema = z
	.string({ error: 'password is required' })
	.min(10, 'password must be at least 10 characters')
	.max(200, 'password must be at most 200 characters');
export const nameSchema = z.string().trim().max(120, 'name must be at most 120 characters');
export const roleSchema = z.enum(roles, { error: 'role must be viewer, officer or admin' });

const scryptParams = { N: 16384, r: 8, p: 1, keyLength: 32 };

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions) {
	return new Promise<Buffer>((resolve, reject) =>
		scrypt(password, salt, keyLength, options, (error, key) =>
			error ? reject(error) : resolve(key)
		)
	);
}

export async function hashPassword(password: string): Promise<string> {
	const { N, r, p, keyLength } = scryptParams;
	const salt = randomBytes(16);
	const key = await scryptAsync(password, salt, keyLength, { N, r, p });
	return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !hash) return false;
	const expected = Buffer.from(hash, 'base64');
	const key = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
		N: Number(n),
		r: Number(r),
		p: Number(p)
	});
	return timingSafeEqual(key, expected);
}

/** Compared against when an email is unknown, so that a miss takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
	decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
	return decoyHash;
}

interface UserRow {
	id: number;
	email: string;
	name: string;
	role: Role;
	password_hash: string;
	disabled: 0 | 1;
	created_at: number;
	updated_at: number;
}

function toAccount(row: UserRow): Account {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role,
		disabled: row.disabled === 1,
		createdAt: new Date(row.created_at).toISOString(),
		updatedAt: new Date(row.updated_at).toISOString()
	};
}

export class AccountError extends Error {
	constructor(
		readonly field: string,
		message: string,
		readonly status = 400
	) {
		super(message);
	}
}

export async function createAccount(input: {
	email: string;
	name?: string;
	role: Role;
	password: string;
}): Promise<Account> {
	const passwordHash = await hashPassword(input.password);
	const db = getDb();
	const now = Date.now();
	return db.transaction(async () => {
		await db.lock(`account:${input.email}`);
		const existing = await db.get('SELECT 1 AS one FROM users WHERE email = ?', [input.email]);
		if (existing) throw new AccountError('email', 'an account with this email already exists', 409);
		const row = (await db.get<UserRow>(
			`INSERT INTO users (email, name, role, password_hash, created_at, updated_at)
			 VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
			[input.email, input.name ?? '', input.role, passwordHash, now, now]
		))!;
		return toAccount(row);
	});
}

export async function listAccounts(): Promise<Account[]> {
	return (await getDb().all<UserRow>('SELECT * FROM users ORDER BY email')).map(toAccount);
}

export async function getAccount(id: number): Promise<Account | undefined> {
	const row = await getDb().get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
	return row && toAccount(row);
}

export async function findForSignIn(
	email: string
): Promise<(Account & { passwordHash: string }) | undefined> {
	const row = await getDb().get<UserRow>('SELECT * FROM users WHERE email = ?', [email]);
	return row && { ...toAccount(row), passwordHash: row.password_hash };
}

/**
 * Change an account's role, name, password or disabled flag. Disabling an account or changing
 * its password ends its sessions. The last active admin can be neither demoted nor disabled,
 * so the store can never be left without someone able to manage it.
 */
export async function updateAccount(
	id: number,
	changes: { role?: Role; disabled?: boolean; name?: string; password?: string }
): Promise<Account> {
	const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
	const db = getDb();
	return db.transaction(async () => {
		// One change to the admins at a time, so two cannot each leave the other as the last.
		await db.lock('admins');
		const row = await db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
		if (!row) throw new AccountError('id', 'no such account', 404);
		const role = changes.role ?? row.role;
		const disabled = changes.disabled ?? row.disabled === 1;
		if (row.role === 'admin' && row.disabled === 0 && (role !== 'admin' || disabled)) {
			const admins = await pluckOne<number>(
				db,
				"SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0"
			);
			if (admins! <= 1) {
				throw new AccountError(
					changes.role !== undefined && role !== 'admin' ? 'role' : 'disabled',
					'this is the last active admin: make another admin first'
				);
			}
		}
		const updated = (await db.get<UserRow>(
			`UPDATE users SET role = ?, disabled = ?, name = ?, password_hash = ?, updated_at = ?
			 WHERE id = ? RETURNING *`,
			[
				role,
				disabled ? 1 : 0,
				changes.name ?? row.name,
				passwordHash ?? row.password_hash,
				Date.now(),
				id
			]
		))!;
		if (disabled || passwordHash) await db.run('DELETE FROM sessions WHERE user_id = ?', [id]);
		return toAccount(updated);
	});
}
