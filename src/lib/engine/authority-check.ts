/**
 * Whether a set of authority figures can be modelled: it fits the schema and its kind, and its
 * 2025/26 budget balances to the penny (income, with interest on cash, equals spending). Used for
 * the sample authorities' tests and for every imported baseline.
 */
import { authorityKindProblems, authoritySchema, type Authority } from '../../../models/index';
import { formatPounds } from './format';
import { project } from './project';

export type AuthorityCheck = { ok: true; authority: Authority } | { ok: false; problems: string[] };

export function checkAuthority(input: unknown): AuthorityCheck {
	const parsed = authoritySchema.safeParse(input);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(authority)'}: ${i.message}`)
		};
	}
	const authority = parsed.data;
	const problems = authorityKindProblems(authority);
	if (problems.length) return { ok: false, problems };
	const base = project(authority, { values: {} }).years[0];
	if (!base.gap.isZero()) {
		return {
			ok: false,
			problems: [
				`2025/26 does not balance: income ${formatPounds(base.incomeTotal)}, spending ${formatPounds(base.expenditureTotal)} (difference ${formatPounds(base.gap)})`
			]
		};
	}
	return { ok: true, authority };
}
