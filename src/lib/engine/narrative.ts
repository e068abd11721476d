/**
 * A plain-English paragraph for a scenario, built only from its projection and the baseline's:
 * the levers that matter most (largest effect on the gap first), the gap and reserves, the
 * bill, the flags, and what rests on assumptions. No randomness and no clock: the same scenario
 * always reads the same.
 */
import { parametersById, type Authority, type AuthorityParameter } from '../../../models/index';
import { baseline } from './baseline';
import { formatMoneyMillions, formatParameterValue, formatPounds } from './format';
import { firstFlags, HEADLINE_YEAR_INDEX, planSentence } from './headline';
import { changedValues } from './parameters';
import { planLeversSet } from './plan';
import { project } from './project';
import type { Decimal } from './decimal';
import type { Projection, Scenario } from './types';

export interface LeverEffect {
	parameter: AuthorityParameter;
	value: number | boolean;
	/** Change in the headline year's gap from moving this lever alone (negative closes it). */
	gapChange: Decimal;
}

/** Each changed parameter on its own against the baseline, largest effect first (ties by id). */
export function leverEffects(authority: Authority, scenario: Scenario): LeverEffect[] {
	const base = baseline(authority).years[HEADLINE_YEAR_INDEX].gap;
	const byId = parametersById(authority);
	return Object.entries(changedValues(scenario.values, authority))
		.map(([id, value]) => ({
			parameter: byId.get(id)!,
			value,
			gapChange: project(authority, { values: { [id]: value } }).years[
				HEADLINE_YEAR_INDEX
			].gap.minus(base)
		}))
		.sort(
			(a, b) =>
				b.gapChange.abs().comparedTo(a.gapChange.abs()) ||
				a.parameter.id.localeCompare(b.parameter.id)
		);
}

function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const weekly = (annual: Decimal) => formatPounds(annual.dividedBy(52));

export function narrative(
	authority: Authority,
	scenario: Scenario,
	projection?: Projection
): string {
	const result = projection ?? project(authority, scenario);
	const base = baseline(authority);
	const year = result.years[HEADLINE_YEAR_INDEX];
	const baseYear = base.years[HEADLINE_YEAR_INDEX];
	const effects = leverEffects(authority, scenario);
	const sentences: string[] = [];

	if (effects.length === 0) {
		sentences.push(
			`This is the baseline for ${authority.name}: today’s settlement and powers carried forward.`
		);
	} else {
		const shown = effects.slice(0, 3).map(({ parameter, value, gapChange }) => {
			const effect = gapChange.isZero()
				? 'no effect on the gap on its own'
				: `${gapChange.lessThan(0) ? 'closes' : 'adds'} ${formatMoneyMillions(gapChange.abs())}`;
			return `${parameter.label}: ${formatParameterValue(parameter, value)} (${effect})`;
		});
		const more = effects.length > 3 ? ` (of ${effects.length} changes)` : '';
		sentences.push(
			`For ${authority.name}, the changes that matter most to the ${year.year} gap${more} are: ${shown.join('; ')}.`
		);
	}

	const gapText = (gap: Decimal) =>
		gap.lessThan(0)
			? `a surplus of ${formatMoneyMillions(gap.abs())}`
			: `a gap of ${formatMoneyMillions(gap)}`;
	sentences.push(
		`In ${year.year} the council faces ${gapText(year.gap)}, against ${gapText(baseYear.gap)} in the baseline.`
	);
	const plan = planNarrative(result);
	if (plan) sentences.push(plan);
	if (result.reservesExhaustedIn) {
		sentences.push(
			`Reserves available to meet the gap run out in ${result.reservesExhaustedIn}${base.reservesExhaustedIn && base.reservesExhaustedIn !== result.reservesExhaustedIn ? ` (baseline ${base.reservesExhaustedIn})` : base.reservesExhaustedIn ? ', as in the baseline' : ''}, when a section 114 notice would be likely.`
		);
	} else {
		sentences.push(
			`Reserves available to meet the gap last all ten years${base.reservesExhaustedIn ? `, where in the baseline they run out in ${base.reservesExhaustedIn}` : ''}.`
		);
	}

	const bill = year.bandDBill;
	const baseBill = baseYear.bandDBill;
	const billChange = bill.minus(baseBill);
	sentences.push(
		`A Band D bill in ${year.year} would be ${formatPounds(bill)} (${weekly(bill)} a week)${billChange.isZero() ? ', the same as the baseline' : `, ${formatPounds(billChange.abs())} a year ${billChange.greaterThan(0) ? 'more' : 'less'} than the baseline`}.`
	);

	const flags = firstFlags(result).filter((f) => f.id !== 'reservesExhausted');
	for (const flag of flags) {
		sentences.push(
			`From ${flag.firstYear}: ${flag.message.replace(/\.$/, '')} (${flag.citation.title}).`
		);
	}

	const assumed = effects
		.filter((e) => e.parameter.evidence === 'assumption')
		.map((e) => `“${e.parameter.label}”`);
	if (assumed.length) {
		sentences.push(
			`${list(assumed)} ${assumed.length === 1 ? 'rests' : 'rest'} on assumptions rather than published evidence.`
		);
	}
	sentences.push('Effects on trust are indicative only.');
	return sentences.join(' ');
}

/** The budget plan in words: what it sets, and what it does in the headline year. */
function planNarrative(result: Projection): string | null {
	const v = result.values;
	if (!planLeversSet(v)) return null;
	const year = result.years[HEADLINE_YEAR_INDEX];
	const parts: string[] = [];
	const programme = v.savingsProgramme as number;
	if (programme > 0)
		parts.push(
			`finds ${formatMoneyMillions(programme * 1_000_000)} of new savings a year, of which ${v.savingsDelivery} % is assumed delivered (${formatMoneyMillions(year.savingsDelivered)} a year by ${year.year})`
		);
	const draw = v.reservesDraw as number;
	if (draw > 0)
		parts.push(
			`draws up to ${formatMoneyMillions(draw * 1_000_000)} a year from reserves, never below the prudent minimum`
		);
	const support = result.years.reduce(
		(sum, y) => sum.plus(y.exceptionalSupport),
		year.gap.times(0)
	);
	parts.push(
		v.exceptionalSupport
			? `asks government for exceptional support as the last resort${support.greaterThan(0) ? `, ${formatMoneyMillions(support)} over the ten years, whose borrowing costs fall on every later year` : ', which it does not need'}`
			: 'does not ask for exceptional support'
	);
	const facts = {
		year: year.year,
		gapWithoutAction: year.gapWithoutAction.toNumber(),
		savingsDelivered: year.savingsDelivered.toNumber(),
		reservesUsed: year.reservesUsed.toNumber(),
		exceptionalSupport: year.exceptionalSupport.toNumber(),
		gap: year.gap.toNumber()
	};
	return `The budget plan ${list(parts)}. ${planSentence(facts)}`;
}
