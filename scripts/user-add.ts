/**
 * npm run user:add -- --email someone@council.gov.uk --role admin [--name "A Person"]
 * Creates an account in the store at DATABASE_PATH (default data/rewire.db). The password is
 * read from REWIRE_PASSWORD, or prompted for (not echoed), or read from a pipe.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
	AccountError,
	createAccount,
	emailSchema,
	nameSchema,
	passwordSchema,
	roleSchema
} from '../src/lib/server/accounts';
import { serverConfig } from '../src/lib/server/config';
import { closeDb } from '../src/lib/server/db';

const usage = `Usage: npm run user:add -- --email <address> --role viewer|officer|admin [--name "<name>"]
  The password comes from REWIRE_PASSWORD, or is prompted for (at least 10 characters).`;

function fail(message: string): never {
	process.stderr.write(`error: ${message}\n\n${usage}\n`);
	process.exit(2);
}

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
	let args;
	try {
		args = parseArgs({
			options: {
				email: { type: 'string' },
				role: { type: 'string' },
				name: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		fail((error as Error).message);
	}
	if (args.values.help) {
		process.stdout.write(usage + '\n');
		return;
	}
	const parsed = z
		.object({ email: emailSchema, role: roleSchema, name: nameSchema.optional() })
		.safeParse(args.values);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		fail(`--${issue.path.join('.')}: ${issue.message}`);
	}
	const password = process.env.REWIRE_PASSWORD ?? (await promptPassword('Password: '));
	const checked = passwordSchema.safeParse(password);
	if (!checked.success) fail(checked.error.issues[0].message);

	try {
		const account = await createAccount({ ...parsed.data, password: checked.data });
		process.stdout.write(
			`Created ${account.role} ${account.email} (id ${account.id}) in ${serverConfig().databasePath}\n`
		);
	} catch (error) {
		if (error instanceof AccountError) fail(error.message);
		throw error;
	} finally {
		closeDb();
	}
}

main();
