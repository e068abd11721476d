/**
 * Whether a set of authority figures can be modelled: it fits the schema and its kind, each
 * figure its unit and plausible range, and its base year's budget balances to the penny (income,
 * with interest on cash, and any planned use of reserves equals spending). Used for the sample
 * authorities' tests and for every imported baseline.
 */
import type { z } from 'zod';
import {
	authorityKindProblems,
	authoritySchema,
	type Authority,
	type AuthorityProblem
} from '../../../models/index';
import type { Decimal } from './decimal';
import { formatPounds } from './format';
import { project } from './project';
import type { YearResult } from './types';

/**
 * What the base year is out by: spending − income − the budget's planned use of reserves. The
 * budget as set balances when this is zero; a balanced budget may draw on reserves (or add to
 * them) as it plans to, and no more.
 */
export function baseYearImbalance(authority: Authority, base: YearResult<Decimal>): Decimal {
	return base.gap.minus(authority.figures.plannedUseOfReserves.value);
}

export type AuthorityCheck =
	| { ok: true; authority: Authority }
	| {
			ok: false;
			/** Each problem as one line of text, its path first. */
			problems: string[];
			/** The same, with the path apart, so an importer can name its own line instead. */
			issues: AuthorityProblem[];
	  };

function failed(issues: AuthorityProblem[]): AuthorityCheck {
	return {
		ok: false,
		problems: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
		issues
	};
}

const kinds: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	object: 'an object { … }',
	array: 'a list [ … ]'
};

function found(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'string') return `“${input.length > 40 ? input.slice(0, 40) + '…' : input}”`;
	if (typeof input === 'object') return 'an object';
	return String(input);
}

/** A schema problem in plain words, rather than zod's own. */
function plainIssue(issue: z.core.$ZodIssue): AuthorityProblem[] {
	const path = issue.path.map(String).join('.') || '(authority)';
	const input = (issue as { input?: unknown }).input;
	switch (issue.code) {
		case 'invalid_type':
			return [
				{
					path,
					message:
						input === undefined
							? `missing: expected ${kinds[issue.expected] ?? issue.expected}`
							: `expected ${kinds[issue.expected] ?? issue.expected}, found ${found(input)}`
				}
			];
		case 'too_small':
			return [
				{
					path,
					message:
						issue.origin === 'string'
							? 'must not be empty'
							: `must be at least ${issue.minimum}, found ${found(input)}`
				}
			];
		case 'too_big':
			return [{ path, message: `must be at most ${issue.maximum}, found ${found(input)}` }];
		case 'invalid_format':
			return [
				{
					path,
					message:
						issue.format === 'url'
							? `must be a web address (https://…), found ${found(input)}`
							: path === 'id'
								? `must be lower-case letters, digits and hyphens, starting with a letter, found ${found(input)}`
								: `is not in the expected form, found ${found(input)}`
				}
			];
		case 'invalid_value':
			return [
				{
					path,
					message: `expected one of ${issue.values.map(String).join(', ')}, found ${found(input)}`
				}
			];
		case 'unrecognized_keys':
			// One problem per key, each at its own path, so an importer can name the key's line.
			return issue.keys.map((key) => ({
				path: issue.path.length ? `${path}.${key}` : key,
				message: `unknown key “${key}”: not part of an authority (see models/authority.ts)`
			}));
		default:
			return [{ path, message: issue.message }];
	}
}

export function checkAuthority(input: unknown): AuthorityCheck {
	// reportInput, so a problem can say what was found as well as what was expected.
	const parsed = authoritySchema.safeParse(input, { reportInput: true });
	if (!parsed.success) return failed(parsed.error.issues.flatMap(plainIssue));
	const authority = parsed.data;
	const problems = authorityKindProblems(authority);
	if (problems.length) return failed(problems);
	const base = project(authority, { values: {} }).years[0];
	const imbalance = baseYearImbalance(authority, base);
	if (!imbalance.isZero()) {
		const planned = authority.figures.plannedUseOfReserves.value;
		const withReserves =
			planned === 0 ? '' : ` with planned use of reserves ${formatPounds(planned)}`;
		return failed([
			{
				path: '',
				message: `${base.year} does not balance: income ${formatPounds(base.incomeTotal)}${withReserves}, spending ${formatPounds(base.expenditureTotal)} (difference ${formatPounds(imbalance)})`
			}
		]);
	}
	return { ok: true, authority };
}
