/**
 * A plain-English paragraph for a scenario, built only from its projection and the baseline's:
 * the levers that matter most (largest effect on the gap first), the gap and reserves, the
 * bill, the flags, and what rests on assumptions. No randomness and no clock: the same scenario
 * always reads the same.
 */
import { parametersFor, type Authority, type AuthorityParameter } from '../../../models/index';
import { baseline } from './baseline';
import { formatMoneyMillions, formatParameterValue, formatPounds } from './format';
import { firstFlags, HEADLINE_YEAR_INDEX } from './headline';
import { changedValues } from './parameters';
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
	const byId = new Map(parametersFor(authority).map((p) => [p.id, p]));
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
	if (result.reservesExhaustedIn) {
		sentences.push(
			`Reserves run out in ${result.reservesExhaustedIn}${base.reservesExhaustedIn && base.reservesExhaustedIn !== result.reservesExhaustedIn ? ` (baseline ${base.reservesExhaustedIn})` : base.reservesExhaustedIn ? ', as in the baseline' : ''}, when a section 114 notice would be likely.`
		);
	} else {
		sentences.push(
			`Reserves last all ten years${base.reservesExhaustedIn ? `, where in the baseline they run out in ${base.reservesExhaustedIn}` : ''}.`
		);
	}

	const bill = year.bills.find((b) => b.band === 'D')!.total;
	const baseBill = baseYear.bills.find((b) => b.band === 'D')!.total;
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
