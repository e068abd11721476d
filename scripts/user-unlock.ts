/**
 * npm run user:unlock -- --email someone@council.gov.uk [--address 203.0.113.7]
 * Clears the failed sign-ins that stop an account signing in (from every address, or from the
 * one given, which also clears that address's own count), in the store at DATABASE_PATH: the
 * way back in for an admin whose sign-in is refused as "too many failed sign-ins".
 */
import { z } from 'zod';
import { emailSchema, findForSignIn } from '../src/lib/server/accounts';
import { closeDb, storeLocation } from '../src/lib/server/db';
import { unlockSignIn } from '../src/lib/server/sessions';
import { readCommandLine } from './cli';

const usage = `Usage: npm run user:unlock -- --email <address> [--address <client address>]
  Clears the account's failed sign-ins (from every address, or from the one given, with that
  address's own count).`;

async function main() {
	const { checked, fail } = readCommandLine(usage, {
		email: { type: 'string' },
		address: { type: 'string' }
	});
	const { email, address } = checked(
		z.object({ email: emailSchema, address: z.string().min(1).max(100).optional() })
	);
	try {
		if (!(await findForSignIn(email))) fail(`no account ${email} in ${storeLocation()}`);
		const cleared = await unlockSignIn(email, address);
		process.stdout.write(
			`Unlocked ${email}${address ? ` from ${address}` : ''}: cleared ${cleared} failed sign-in${cleared === 1 ? '' : 's'}\n`
		);
	} finally {
		await closeDb();
	}
}

main();
