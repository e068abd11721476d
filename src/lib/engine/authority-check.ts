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
	serviceLineIds,
	type Authority,
	type AuthorityProblem
} from '../../../models/index';
import { Decimal } from './decimal';
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

/**
 * A service's net budget from its gross: gross expenditure − ringfenced grants − fees and
 * charges, to the penny (each is written in pounds and pence, so the sum is exact).
 */
export function netFromGross(gross: number, ringfenced = 0, fees = 0): number {
	return new Decimal(gross).minus(ringfenced).minus(fees).toNumber();
}

/**
 * The gross budgets given must agree with the net lines the model runs on, and a ringfenced
 * grant or fee line means nothing without its service's gross expenditure beside it.
 */
export function serviceDetailProblems(authority: Authority): AuthorityProblem[] {
	const detail = authority.serviceDetail;
	if (!detail) return [];
	const problems: AuthorityProblem[] = [];
	for (const id of serviceLineIds) {
		const gross = detail.grossExpenditure?.[id]?.value;
		const ringfenced = detail.ringfencedGrants?.[id]?.value;
		const fees = detail.feesAndCharges?.[id]?.value;
		if (gross === undefined) {
			for (const [section, value] of [
				['ringfencedGrants', ringfenced],
				['feesAndCharges', fees]
			] as const) {
				if (value !== undefined)
					problems.push({
						path: `serviceDetail.${section}.${id}.value`,
						message: withoutGross(id)
					});
			}
			continue;
		}
		const net = netFromGross(gross, ringfenced, fees);
		const given = authority.services[id].value;
		if (net !== given) {
			problems.push({
				path: `services.${id}.value`,
				message: `the net budget ${formatPounds(given)} is not gross expenditure less ringfenced grants and fees and charges: ${formatPounds(gross)} − ${formatPounds(ringfenced ?? 0)} − ${formatPounds(fees ?? 0)} = ${formatPounds(net)}`
			});
		}
	}
	return problems;
}

/** Said of a ringfenced grant or fee line that has no gross expenditure beside it. */
export function withoutGross(id: string): string {
	return `this service has no gross expenditure line (grossExpenditure,${id}), and its net budget is derived as gross − ringfenced grants − fees and charges: add the gross line, or leave this line out and give the net budget alone`;
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
	const problems = [...authorityKindProblems(authority), ...serviceDetailProblems(authority)];
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
