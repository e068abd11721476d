/**
 * npm run user:unlock -- --email someone@council.gov.uk [--address 203.0.113.7]
 * Clears the failed sign-ins that stop an account signing in (from every address, or from the
 * one given, which also clears that address's own count), in the store at DATABASE_PATH: the
 * way back in for an admin whose sign-in is refused as "too many failed sign-ins".
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { emailSchema, findForSignIn } from '../src/lib/server/accounts';
import { serverConfig } from '../src/lib/server/config';
import { closeDb } from '../src/lib/server/db';
import { unlockSignIn } from '../src/lib/server/sessions';

const usage = `Usage: npm run user:unlock -- --email <address> [--address <client address>]
  Clears the account's failed sign-ins (from every address, or from the one given, with that
  address's own count).`;

function fail(message: string): never {
	process.stderr.write(`error: ${message}\n\n${usage}\n`);
	process.exit(2);
}

function main() {
	let args;
	try {
		args = parseArgs({
			options: {
				email: { type: 'string' },
				address: { type: 'string' },
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
		.object({ email: emailSchema, address: z.string().min(1).max(100).optional() })
		.safeParse(args.values);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		fail(`--${issue.path.join('.')}: ${issue.message}`);
	}
	try {
		const { email, address } = parsed.data;
		if (!findForSignIn(email)) fail(`no account ${email} in ${serverConfig().databasePath}`);
		const cleared = unlockSignIn(email, address);
		process.stdout.write(
			`Unlocked ${email}${address ? ` from ${address}` : ''}: cleared ${cleared} failed sign-in${cleared === 1 ? '' : 's'}\n`
		);
	} finally {
		closeDb();
	}
}

main();
