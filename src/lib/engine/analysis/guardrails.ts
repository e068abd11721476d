/**
 * Statutory guardrails: for each legal or prudential limit, whether the scenario is clear of
 * it, near it, or over it, with the first year and the citation.
 */
import { citations, type Citation } from '../../../../models/index';
import { decimalArithmetic } from '../decimal';
import { financingShare, referendumHeadroom } from '../flags';
import { engineInputs } from '../parameters';
import type { Projection, ScenarioValues } from '../types';

/**
 * The lawful bound on a lever, where a guardrail that is switched on sets one: goal seek never
 * proposes a value beyond it. `values` are the scenario's resolved values (status quo filled in).
 */
export interface LeverLimit {
	guardrail: Guardrail['id'];
	/** The highest lawful value, in slider units. */
	max: number;
	/** Why values above `max` are unlawful, in plain English. */
	reason: string;
	citation: Citation;
}

export function lawfulLimit(leverId: string, values: ScenarioValues): LeverLimit | null {
	if (leverId === 'councilTaxIncrease' && values.referendumLimit === true) {
		const threshold = values.referendumThreshold as number;
		return {
			guardrail: 'referendum',
			max: threshold,
			reason: `a rise above the ${threshold} % limit needs a local referendum each year`,
			citation: citations.referendum
		};
	}
	// A scenario that already levies a sales tax assumes the power; otherwise there is none.
	if (leverId === 'localSalesTax' && !((values.localSalesTax as number) > 0)) {
		return {
			guardrail: 'salesTaxPower',
			max: 0,
			reason: 'no English council has the power to levy a sales tax: it needs an Act of Parliament',
			citation: citations.primaryLegislation
		};
	}
	if (leverId === 'feesCostRecovery') {
		return {
			guardrail: 'feesAtCost',
			max: 100,
			reason: 'charges for discretionary services may not exceed their cost',
			citation: citations.feesAtCost
		};
	}
	return null;
}

export type GuardrailStatus = 'clear' | 'near' | 'breach';

export interface Guardrail {
	id:
		| 'balancedBudget'
		| 'reservesAdequacy'
		| 'referendum'
		| 'prudential'
		| 'feesAtCost'
		| 'salesTaxPower';
	title: string;
	status: GuardrailStatus;
	firstYear: string | null;
	detail: string;
	citation: Citation;
}

/** How close counts as "near": declared here because each is a presentation choice, not a law. */
export const NEAR = {
	/** General fund within this share above its minimum. */
	reservesHeadroom: 0.25,
	/** Council tax rise within this many percentage points of the referendum threshold. */
	referendumPoints: 0.5,
	/** Financing costs above this share of the prudential warning level. */
	prudentialShare: 0.8,
	/** Cost recovery at or above this percentage. */
	feesRecoveryPct: 95
};

export function guardrails(projection: Projection): Guardrail[] {
	const years = projection.years.slice(1);
	// Each check reads the levers as the engine does (typed, in engine units); the words quote
	// them as the sliders show them.
	const p = engineInputs(decimalArithmetic, projection.values);
	const v: ScenarioValues = projection.values;
	const first = (test: (y: (typeof years)[number]) => boolean) => years.find(test)?.year ?? null;

	// The s114 flag: reserves exhausted, or exceptional support beyond what reserves had left.
	const exhausted = first(
		(y) => y.closingGeneralFund.lessThan(0) || y.flags.some((f) => f.id === 'reservesExhausted')
	);
	const supported = years.some((y) => y.exceptionalSupport.greaterThan(0));
	const belowMinimum = first((y) => y.closingGeneralFund.lessThan(y.minimumGeneralFund));
	const nearMinimum = first((y) =>
		y.closingGeneralFund.lessThan(y.minimumGeneralFund.times(1 + NEAR.reservesHeadroom))
	);

	const increase = v.councilTaxIncrease;
	const threshold = v.referendumThreshold;
	const headroom = referendumHeadroom(p);
	const overReferendum = headroom?.lessThan(0) ?? false;
	const nearReferendum = headroom?.lessThan(NEAR.referendumPoints / 100) ?? false;

	const warnAt = p.num('prudentialWarningThreshold');
	const overPrudential = first((y) => financingShare(y)?.greaterThan(warnAt) ?? false);
	const nearPrudential = first(
		(y) => financingShare(y)?.greaterThan(warnAt.times(NEAR.prudentialShare)) ?? false
	);

	const recovery = v.feesCostRecovery;
	const nearCost = !p.num('feesCostRecovery').lessThan(NEAR.feesRecoveryPct / 100);
	const leviesSalesTax = p.num('localSalesTax').greaterThan(0);
	const firstYear = years[0]?.year ?? null;

	return [
		{
			id: 'balancedBudget',
			title: 'Balanced budget and section 114',
			status: exhausted ? 'breach' : belowMinimum ? 'near' : 'clear',
			firstYear: exhausted ?? belowMinimum,
			detail: exhausted
				? supported
					? `The plan’s savings and usable reserves cannot meet the gap in ${exhausted}: exceptional financial support is the only way left, and without it the chief finance officer would be likely to issue a s114 notice.`
					: `Reserves cannot meet the gap in ${exhausted}: the chief finance officer would be likely to issue a s114 notice.`
				: belowMinimum
					? `Reserves stay positive but fall below the prudent minimum in ${belowMinimum}.`
					: 'Reserves meet every year’s gap.',
			citation: citations.s114
		},
		{
			id: 'reservesAdequacy',
			title: 'Adequacy of reserves',
			status: belowMinimum ? 'breach' : nearMinimum ? 'near' : 'clear',
			firstYear: belowMinimum ?? nearMinimum,
			detail: belowMinimum
				? `The general fund falls below its minimum prudent level in ${belowMinimum}.`
				: nearMinimum
					? `The general fund comes within ${NEAR.reservesHeadroom * 100} % of its minimum in ${nearMinimum}.`
					: 'The general fund stays comfortably above its minimum.',
			citation: citations.s25
		},
		{
			id: 'referendum',
			title: 'Council tax referendum limit',
			status: overReferendum ? 'breach' : nearReferendum ? 'near' : 'clear',
			firstYear: nearReferendum ? firstYear : null,
			detail: !headroom
				? 'The referendum limit is switched off: the council sets its own council tax.'
				: overReferendum
					? `A ${increase} % rise is above the ${threshold} % limit: it needs a local referendum each year.`
					: `A ${increase} % rise is within the ${threshold} % limit.`,
			citation: citations.referendum
		},
		{
			id: 'prudential',
			title: 'Prudential Code affordability',
			status: overPrudential ? 'breach' : nearPrudential ? 'near' : 'clear',
			firstYear: overPrudential ?? nearPrudential,
			detail: overPrudential
				? `Interest and debt repayment exceed ${v.prudentialWarningThreshold} % of the net budget from ${overPrudential}.`
				: nearPrudential
					? `Interest and debt repayment approach ${v.prudentialWarningThreshold} % of the net budget from ${nearPrudential}.`
					: 'Financing costs stay affordable.',
			citation: citations.prudentialCode
		},
		{
			id: 'feesAtCost',
			title: 'Charges capped at cost',
			status: nearCost ? 'near' : 'clear',
			firstYear: nearCost ? firstYear : null,
			detail: nearCost
				? `Charges would recover ${recovery} % of cost: discretionary charges may not exceed cost.`
				: `Charges recover ${recovery} % of cost, within the cap.`,
			citation: citations.feesAtCost
		},
		{
			id: 'salesTaxPower',
			title: 'Power to levy a local sales tax',
			status: leviesSalesTax ? 'breach' : 'clear',
			firstYear: leviesSalesTax ? firstYear : null,
			detail: leviesSalesTax
				? 'No English council can levy a sales tax: it needs an Act of Parliament.'
				: 'No local sales tax is assumed.',
			citation: citations.primaryLegislation
		}
	];
}
