/** What every command-line script shares: reading its flags, --help, and failing with its usage. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLine<T extends Options> {
	values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>>['values'];
	positionals: string[];
	/** Prints the message and the usage to stderr and exits 2. */
	fail(message: string): never;
	/** The flags checked against a schema; the first problem fails, naming its flag. */
	checked<S extends z.ZodType>(schema: S): z.infer<S>;
}

/** A script's way to fail: the message and the usage on stderr, exit code 2. */
export function failWithUsage(usage: string): (message: string) => never {
	return (message) => {
		process.stderr.write(`error: ${message}\n\n${usage}\n`);
		process.exit(2);
	};
}

/**
 * Reads the flags (with -h/--help, which prints the usage and exits 0); an unknown or malformed
 * flag fails with the usage. Positionals are refused unless the script takes them.
 */
export function readCommandLine<T extends Options>(
	usage: string,
	options: T,
	{ positionals: allowPositionals = false } = {}
): CommandLine<T> {
	const fail = failWithUsage(usage);
	let parsed;
	try {
		parsed = parseArgs({
			options: { ...options, help: { type: 'boolean', short: 'h' } } as Options,
			allowPositionals
		});
	} catch (error) {
		return fail((error as Error).message);
	}
	if ((parsed.values as { help?: boolean }).help) {
		process.stdout.write(usage + '\n');
		process.exit(0);
	}
	const values = parsed.values as CommandLine<T>['values'];
	return {
		values,
		positionals: parsed.positionals,
		fail,
		checked(schema) {
			const result = schema.safeParse(values);
			if (result.success) return result.data;
			const issue = result.error.issues[0];
			return fail(`--${issue.path.join('.')}: ${issue.message}`);
		}
	};
}
