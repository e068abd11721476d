/**
 * Lock-out without denial of service. Before, five wrong passwords from anywhere locked the
 * account for everyone for 15 minutes, admins too. Now failures count per account and
 * address: a stranger guessing from their address does not stop the owner signing in from
 * theirs, and `npm run user:unlock` clears a count from the command line. The server trusts
 * X-Test-Address as ADDRESS_HEADER, as it would a proxy's X-Forwarded-For.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, databaseEnv, emails, password, serveThisFile } from './server';

const root = resolve(import.meta.dirname, '../..');
const server = serveThisFile(
	{ beforeAll, afterAll },
	{
		accounts: [
			{ email: emails.admin, role: 'admin', password },
			{ email: emails.officer, role: 'officer', password }
		],
		env: {
			ADDRESS_HEADER: 'x-test-address',
			SIGNIN_MAX_FAILURES: '5',
			SIGNIN_MAX_FAILURES_PER_ADDRESS: '20',
			SIGNIN_WINDOW_MINUTES: '15'
		}
	}
);

afterEach(({ task }) => {
	if (task.result?.state === 'fail') console.log(server.output());
});

function from(address: string) {
	const client = new Client(server.url);
	const signIn = (email: string, pass: string) =>
		client.request(
			'POST',
			'/api/session',
			{ email, password: pass },
			{
				headers: { 'x-test-address': address }
			}
		);
	return { client, signIn };
}

/**
 * The command, run without blocking this process: a blocking spawn would keep the test's HTTP
 * client from seeing the server close an idle keep-alive connection meanwhile, and its next
 * request would go out on the closed socket.
 */
function unlock(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	return new Promise((done) =>
		execFile(
			join(root, 'node_modules/.bin/tsx'),
			['scripts/user-unlock.ts', ...args],
			{ cwd: root, env: { ...process.env, ...databaseEnv(server.databasePath) } },
			(error, stdout, stderr) =>
				done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		)
	);
}

// Each sign-in checks a password with scrypt: slow on a busy machine.
const slow = 60_000;

describe('failed sign-ins', () => {
	it(
		"from a stranger's address do not lock the admin out of theirs",
		async () => {
			const stranger = from('198.51.100.66');
			for (let i = 0; i < 5; i++) {
				expect((await stranger.signIn(emails.admin, 'a wrong guess')).status).toBe(401);
			}
			expect((await stranger.signIn(emails.admin, password)).status).toBe(429);
			expect((await from('192.0.2.10').signIn(emails.admin, password)).status).toBe(200);
		},
		slow
	);

	it(
		'are cleared by npm run user:unlock, for the address that made them',
		async () => {
			const officerAt = from('192.0.2.20');
			for (let i = 0; i < 5; i++) await officerAt.signIn(emails.officer, 'mistyped password');
			expect((await officerAt.signIn(emails.officer, password)).status).toBe(429);

			const done = await unlock(['--email', emails.officer]);
			expect(done.status, done.stderr).toBe(0);
			expect(done.stdout).toMatch(/cleared [1-9]\d* failed sign-ins?/);
			expect((await officerAt.signIn(emails.officer, password)).status).toBe(200);
		},
		slow
	);

	it(
		'past the per-address limit refuse only that address, and unlock clears it too',
		async () => {
			const guesser = from('198.51.100.77');
			for (let i = 0; i < 20; i++) {
				await guesser.signIn(`nobody${i}@anyborough.gov.uk`, 'a wrong guess');
			}
			expect((await guesser.signIn(emails.officer, password)).status).toBe(429);
			expect((await from('192.0.2.30').signIn(emails.officer, password)).status).toBe(200);

			const done = await unlock(['--email', emails.officer, '--address', '198.51.100.77']);
			expect(done.status, done.stderr).toBe(0);
			expect((await guesser.signIn(emails.officer, password)).status).toBe(200);
		},
		slow
	);

	it(
		'the unlock command refuses an unknown account',
		async () => {
			const refused = await unlock(['--email', 'nobody@anyborough.gov.uk']);
			expect(refused.status).toBe(2);
			expect(refused.stderr).toContain('no account');
		},
		slow
	);
});
