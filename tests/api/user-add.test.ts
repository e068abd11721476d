/** npm run user:add, as an operator runs it: the first admin, and its refusals. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { databaseEnv, tempDatabasePath, withRawStore } from './server';

const root = resolve(import.meta.dirname, '../..');
const db = tempDatabasePath();
afterAll(() => db.cleanup());

function userAdd(args: string[], env: Record<string, string> = {}, input?: string) {
	return spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/user-add.ts', ...args], {
		cwd: root,
		env: { ...process.env, ...databaseEnv(db.path), ...env },
		input,
		encoding: 'utf8'
	});
}

test('creates an account with a scrypt hash, the password from the environment or stdin', async () => {
	const made = userAdd(['--email', 'First.Admin@Anyborough.gov.uk', '--role', 'admin'], {
		REWIRE_PASSWORD: 'a long enough password'
	});
	expect(made.status, made.stderr).toBe(0);
	expect(made.stdout).toMatch(/^Created admin first\.admin@anyborough\.gov\.uk \(id 1\)/);
	const piped = userAdd(
		['--email', 'viewer@anyborough.gov.uk', '--role', 'viewer'],
		{},
		'piped in password\n'
	);
	expect(piped.status, piped.stderr).toBe(0);
	await withRawStore(db.path, async (raw) => {
		const rows = await raw.all<{ email: string; role: string; password_hash: string }>(
			'SELECT email, role, password_hash FROM users ORDER BY id'
		);
		expect(rows.map((r) => [r.email, r.role])).toEqual([
			['first.admin@anyborough.gov.uk', 'admin'],
			['viewer@anyborough.gov.uk', 'viewer']
		]);
		for (const row of rows) {
			expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		}
		expect(rows[0].password_hash).not.toContain('a long enough password');
	});
}, 30_000);

test('refuses a bad role, a bad email, a short password and a duplicate, with status 2', () => {
	const cases: [string[], Record<string, string>, RegExp][] = [
		[
			['--email', 'a@b.gov.uk', '--role', 'superuser'],
			{ REWIRE_PASSWORD: 'long enough pw' },
			/--role: role must be viewer, officer or admin/
		],
		[
			['--email', 'not an email', '--role', 'viewer'],
			{ REWIRE_PASSWORD: 'long enough pw' },
			/--email: email is not a valid address/
		],
		[
			['--email', 'a@b.gov.uk', '--role', 'viewer'],
			{ REWIRE_PASSWORD: 'short' },
			/at least 10 characters/
		],
		[
			['--email', 'FIRST.ADMIN@anyborough.gov.uk', '--role', 'viewer'],
			{ REWIRE_PASSWORD: 'long enough pw' },
			/already exists/
		]
	];
	for (const [args, env, message] of cases) {
		const result = userAdd(args, env);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
	}
}, 30_000);
