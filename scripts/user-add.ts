/**
 * npm run user:add -- --email someone@council.gov.uk --role admin [--name "A Person"]
 * Creates an account in the store (DATABASE_URL's PostgreSQL, else the SQLite file at
 * DATABASE_PATH, default data/rewire.db). The password is
 * read from REWIRE_PASSWORD, or prompted for (not echoed), or read from a pipe.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import {
	AccountError,
	createAccount,
	emailSchema,
	nameSchema,
	passwordSchema,
	roleSchema
} from '../src/lib/server/accounts';
import { closeDb, storeLocation } from '../src/lib/server/db';
import { readCommandLine } from './cli';

const usage = `Usage: npm run user:add -- --email <address> --role viewer|officer|admin [--name "<name>"]
  The password comes from REWIRE_PASSWORD, or is prompted for (at least 10 characters).`;

function promptPassword(question: string): Promise<string> {
	return new Promise((resolve) => {
		const tty = process.stdin.isTTY === true;
		const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
		if (tty) {
			process.stdout.write(question);
			// Mute the echo: the password never appears on the screen or in the scrollback.
			(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
		}
		rl.once('line', (line) => {
			resolve(line);
			if (tty) process.stdout.write('\n');
			rl.close();
		});
		rl.once('close', () => resolve(''));
	});
}

async function main() {
	const { checked, fail } = readCommandLine(usage, {
		email: { type: 'string' },
		role: { type: 'string' },
		name: { type: 'string' }
	});
	const account = checked(
		z.object({ email: emailSchema, role: roleSchema, name: nameSchema.optional() })
	);
	const password = passwordSchema.safeParse(
		process.env.REWIRE_PASSWORD ?? (await promptPassword('Password: '))
	);
	if (!password.success) return fail(password.error.issues[0].message);

	try {
		const created = await createAccount({ ...account, password: password.data });
		process.stdout.write(
			`Created ${created.role} ${created.email} (id ${created.id}) in ${storeLocation()}\n`
		);
	} catch (error) {
		if (error instanceof AccountError) fail(error.message);
		throw error;
	} finally {
		await closeDb();
	}
}

main();
