/**
 * Statutory and prudential flags for one year, each with the citation it rests on
 * (MODEL.md "Yearly accounts", step 10).
 */
import { citations } from '../../../models/index';
import { formatMoneyMillions } from './format';
import type { Num } from './arithmetic';
import type { EngineInputs } from './parameters';
import type { Flag, ScenarioValues, YearResult } from './types';

/**
 * How far the council tax rise stays below the referendum threshold, in engine units (negative
 * above it), or null when the limit is switched off. The one reading of the referendum test.
 */
export function referendumHeadroom<N extends Num<N>>(p: EngineInputs<N>): N | null {
	return p.flag('referendumLimit')
		? p.num('referendumThreshold').minus(p.num('councilTaxIncrease'))
		: null;
}

/** Interest and debt repayment as a share of the net budget, or null with no net budget. */
export function financingShare<N extends Num<N>>(year: YearResult<N>): N | null {
	return year.netBudget.isZero() ? null : year.financingCosts.dividedBy(year.netBudget);
}

export function yearFlags<N extends Num<N>>(
	year: YearResult<N>,
	values: ScenarioValues,
	p: EngineInputs<N>,
	planActive = false
): Flag[] {
	const flags: Flag[] = [];
	// With exceptional support the general fund stays whole, but the budget still could not be
	// balanced with the plan's savings and usable reserves when what reserves had left falls
	// short of the support taken (opening available = closing available + gap − support).
	const neededSupport =
		year.exceptionalSupport.greaterThan(0) &&
		year.closingAvailableReserves.lessThan(year.exceptionalSupport);
	if (year.closingGeneralFund.lessThan(0) || neededSupport) {
		flags.push({
			id: 'reservesExhausted',
			severity: 'critical',
			message: !planActive
				? 'Reserves exhausted: usable reserves cannot meet the gap, so a s114 notice would be likely.'
				: neededSupport
					? `A balanced budget cannot be set with the plan’s savings and usable reserves: exceptional financial support of ${formatMoneyMillions(year.exceptionalSupport)} is the only way left. Without it a s114 notice would be likely.`
					: 'A balanced budget cannot be set with the plan’s savings and usable reserves: exceptional financial support is the only way left. Without it a s114 notice would be likely.',
			citation: citations.s114
		});
	} else if (year.closingGeneralFund.lessThan(year.minimumGeneralFund)) {
		flags.push({
			id: 'generalFundBelowMinimum',
			severity: 'warning',
			message: `The general fund falls below its minimum prudent level of ${formatMoneyMillions(year.minimumGeneralFund)}.`,
			citation: citations.s25
		});
	}
	if (year.index > 0 && referendumHeadroom(p)?.lessThan(0)) {
		flags.push({
			id: 'referendumRequired',
			severity: 'warning',
			message: `A council tax rise of ${values.councilTaxIncrease} % is above the ${values.referendumThreshold} % limit: it needs a local referendum.`,
			citation: citations.referendum
		});
	}
	if (financingShare(year)?.greaterThan(p.num('prudentialWarningThreshold'))) {
		flags.push({
			id: 'prudentialWarning',
			severity: 'warning',
			message: `Interest and debt repayment exceed ${values.prudentialWarningThreshold} % of the net budget: affordability under the Prudential Code is in question.`,
			citation: citations.prudentialCode
		});
	}
	if (year.index > 0 && p.num('localSalesTax').greaterThan(0)) {
		flags.push({
			id: 'needsLegislation',
			severity: 'info',
			message:
				'A local sales tax needs primary legislation: no English council has the power today.',
			citation: citations.primaryLegislation
		});
	}
	return flags;
}
