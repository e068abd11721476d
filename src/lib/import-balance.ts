/**
 * Why an imported base year does not balance, in the same round as the line errors: the model's
 * totals beside the officer's own, the sign convention, and the lines most likely at fault (a
 * sum left in £m or £k, a sign the wrong way round), each named by its line. Checked on the
 * numbers as read, even where a line has other problems, so one round of messages says it all.
 */
import {
	authorities,
	authorityKinds,
	authorityRules,
	grantLineIds,
	optionalFigureDefaults,
	serviceLineIds,
	type Authority,
	type AuthorityKind,
	type Figure,
	type FigureRule
} from '../../models/index';
import { baseYearImbalance } from './engine/authority-check';
import { formatPounds } from './engine/format';
import { FastEngine } from './engine/fast';
import { project } from './engine/project';

type Section = 'figures' | 'services' | 'grants';
export type ReadValues = Record<Section, Record<string, number>>;

/** The sign convention, said with every unbalanced budget. */
export const signConvention =
	'Signs: income and spending are both written positive; a service is negative only where its income exceeds its cost, and the top-up is negative only where it is a tariff; a collection fund deficit, a pool levy paid and a planned contribution to reserves are negative.';

/** How far off a corrected line may leave the budget and still be named as the likely fault. */
const closeEnough = (spending: number) => Math.max(1, spending * 0.001);

/**
 * The authority the numbers as read describe; a line with no number takes `fill` of its range,
 * so that two different fills show whether the base year depends on it at all.
 */
function candidate(values: ReadValues, kind: string | undefined, fill: number): Authority {
	const sections = {} as Record<Section, Record<string, Figure>>;
	for (const section of ['figures', 'services', 'grants'] as const) {
		const rules: Record<string, FigureRule> = authorityRules[section];
		sections[section] = {};
		for (const [id, rule] of Object.entries(rules)) {
			const fallback =
				section === 'figures'
					? optionalFigureDefaults[id as keyof typeof optionalFigureDefaults]
					: undefined;
			const value =
				values[section][id] ?? fallback?.value ?? rule.min + (rule.max - rule.min) * fill;
			sections[section][id] = {
				label: id,
				unit: rule.unit,
				value,
				evidence: 'assumption',
				reasoning: 'the import’s balance check'
			};
		}
	}
	// The base year does not depend on the kind; a wrong kind is reported on its own line.
	const validKind = (authorityKinds as readonly string[]).includes(kind ?? '')
		? (kind as AuthorityKind)
		: 'unitary';
	return {
		id: 'import-check',
		name: 'import check',
		kind: validKind,
		fictional: false,
		description: 'import check',
		...sections
	} as Authority;
}

/** What the base year is out by, in floats: spending − income − planned use of reserves. */
function imbalanceFast(authority: Authority): number {
	const gap = new FastEngine(authority).run().gap[0];
	return gap - authority.figures.plannedUseOfReserves.value;
}

/** The same with one line's value changed. */
function gapWith(authority: Authority, section: Section, id: string, value: number): number {
	const changed = {
		...authority,
		[section]: {
			...authority[section],
			[id]: { ...(authority[section] as Record<string, Figure>)[id], value }
		}
	} as Authority;
	return imbalanceFast(changed);
}

/** A sample of the same kind, scaled by population: what a line of this size usually is. */
function typicalValue(authority: Authority, section: Section, id: string): number | undefined {
	const sample = authorities.find((a) => a.kind === authority.kind);
	if (!sample) return undefined;
	const scale = authority.figures.population.value / sample.figures.population.value;
	const value = (sample[section] as Record<string, Figure>)[id]?.value;
	return value === undefined || !Number.isFinite(scale) ? undefined : Math.abs(value * scale);
}

/** The lines in pounds: those a slip of units or sign can put out by a lot. */
const moneyLines = (): { section: Section; id: string }[] => [
	...serviceLineIds.map((id) => ({ section: 'services' as const, id })),
	...grantLineIds.map((id) => ({ section: 'grants' as const, id })),
	...Object.entries(authorityRules.figures)
		.filter(([, rule]) => rule.unit.startsWith('gbp'))
		.map(([id]) => ({ section: 'figures' as const, id }))
];

const plain = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The messages for an unbalanced base year (none when it balances, or when some line has no
 * number to check with: then `unchecked` names them). `lineOf` gives a line's number.
 */
export function balanceProblems(
	values: ReadValues,
	kind: string | undefined,
	lineOf: (section: Section, id: string) => number | undefined
): string[] {
	const authority = candidate(values, kind, 0.25);
	let base;
	let imbalance;
	try {
		base = project(authority, { values: {} }).years[0];
		imbalance = baseYearImbalance(authority, base);
		// A line with no number that the base year depends on: the balance cannot be checked yet.
		const otherAuthority = candidate(values, kind, 0.75);
		const other = project(otherAuthority, { values: {} }).years[0];
		if (!baseYearImbalance(otherAuthority, other).equals(imbalance)) return [];
	} catch {
		return [];
	}
	if (imbalance.isZero()) return [];
	const at = (section: Section, id: string) => `line ${lineOf(section, id)} (${section}.${id})`;
	const gap = imbalance.toNumber();
	const spending = base.expenditureTotal.toNumber();
	const sum = (ids: readonly string[], of: Record<string, number>) =>
		ids.reduce((total, id) => total + (of[id] ?? 0), 0);
	const services = sum(serviceLineIds, values.services);
	const grants = sum(grantLineIds, values.grants) + (values.figures.investmentIncome ?? 0);
	const planned = authority.figures.plannedUseOfReserves.value;
	const withReserves =
		planned === 0 ? '' : ` with planned use of reserves ${formatPounds(planned)}`;
	const shortfall =
		gap > 0
			? `spending is more than income${planned === 0 ? '' : ' and the planned use of reserves'}`
			: `income${planned === 0 ? '' : ' and the planned use of reserves'} ${planned === 0 ? 'is' : 'are'} more than spending`;
	const parts = [
		['collection fund surplus', base.income.collectionFundSurplus],
		['business rates pool gain', base.income.businessRatesPoolGain],
		['combined-authority levies', base.expenditure.combinedAuthorityLevy]
	] as const;
	const declared = parts
		.filter(([, amount]) => !amount.isZero())
		.map(([name, amount]) => `${name} ${formatPounds(amount)}`);
	const messages = [
		`${base.year} does not balance: income ${formatPounds(base.incomeTotal)}${withReserves}, spending ${formatPounds(base.expenditureTotal)} (difference ${formatPounds(imbalance)}: ${shortfall}). ` +
			`Your service lines total ${formatPounds(services)} and your grants with investment income ${formatPounds(grants)}; ` +
			`the model adds council tax ${formatPounds(base.income.councilTax)} (tax base × Band D), business rates ${formatPounds(base.income.businessRates)} (local share × rates collectable + top-up), ` +
			`interest ${formatPounds(base.expenditure.interest)} (external debt × average rate) and minimum revenue provision ${formatPounds(base.expenditure.minimumRevenueProvision)} (CFR × MRP rate)` +
			(declared.length ? `, with your ${declared.join(', ')}. ` : '. ') +
			signConvention
	];

	// Each money line's effect on the gap, per pound: the base year is linear in each of them
	// (to the penny), so one projection per line prices every correction of it.
	const gapFloat = imbalanceFast(authority);
	const lines = moneyLines()
		.filter(({ section, id }) => values[section][id] && lineOf(section, id) !== undefined)
		.map(({ section, id }) => {
			const value = values[section][id];
			const step = Math.max(1, Math.abs(value));
			const slope = (gapWith(authority, section, id, value + step) - gapFloat) / step;
			return { section, id, value, slope };
		})
		.filter((line) => Math.abs(line.slope) > 1e-9);

	const suspects: string[] = [];
	for (const { section, id, value, slope } of lines) {
		const trials = [
			{ factor: 1e6, say: 'looks like £m; write pounds:' },
			{ factor: 1e3, say: 'looks like £ thousands; write pounds:' },
			{ factor: -1, say: 'looks like the wrong sign; write' }
		];
		const fits = trials.find(
			({ factor }) => Math.abs(gap + slope * (value * factor - value)) <= closeEnough(spending)
		);
		if (fits) {
			suspects.push(
				`${at(section, id)}: ${value} ${fits.say} ${plain(value * fits.factor)}, with which the budget balances or nearly does`
			);
			continue;
		}
		// Several lines left in £m: none alone closes the gap, but each is a millionth of its kind's.
		const typical = typicalValue(authority, section, id);
		if (typical !== undefined && typical >= 1e5 && Math.abs(value) * 1e4 <= typical) {
			suspects.push(
				`${at(section, id)}: ${value} looks like £m (a council of this kind and size has about ${formatPounds(Math.round(typical / 1e5) * 1e5)}); write pounds: ${plain(value * 1e6)}`
			);
		}
	}
	if (suspects.length) return [...messages, ...suspects];

	// No single slip explains it: the lines whose part in the budget is nearest the difference.
	const nearest = lines
		.map((line) => ({ ...line, part: Math.abs(line.slope * line.value) }))
		.sort((a, b) => Math.abs(a.part - Math.abs(gap)) - Math.abs(b.part - Math.abs(gap)))
		.slice(0, 3);
	if (nearest.length) {
		messages.push(
			`lines whose part in the budget is nearest the difference, to check first (left out, counted twice or the wrong sign?): ${nearest.map((n) => `${at(n.section, n.id)} ${formatPounds(n.part)}`).join('; ')}`
		);
	}
	return messages;
}
