export { baseYearStart, financialYear, project, projectFast, yearLabel, YEARS } from './project';
export { baseline } from './baseline';
export {
	changedValues,
	keepAccepted,
	parseScenarioValues,
	presetValues,
	resolveValues,
	sameValues,
	valuesFor,
	scenarioValuesSchema,
	type AcceptPolicy,
	type ParseResult,
	type Refusal
} from './parameters';
export {
	headlines,
	headlineSentences,
	compactHeadline,
	firstFlags,
	HEADLINE_YEAR_INDEX,
	hasPlan,
	planSentence,
	type Headlines,
	type PlanFacts
} from './headline';
export { planLeverIds, planLeversSet, withoutPlan } from './plan';
export { incomeLineLabels, expenditureLineLabels } from './lines';
export { formatMoneyMillions, formatPounds, formatPercent, formatParameterValue } from './format';
export { projectionToJson, projectionToCsv } from './serialize';
export { Decimal } from './decimal';
export * from './types';
export {
	baseYearImbalance,
	checkAuthority,
	netFromGross,
	serviceDetailProblems,
	withoutGross,
	type AuthorityCheck
} from './authority-check';
export { narrative, leverEffects, type LeverEffect } from './narrative';
export { needsNote, type NeedsNote } from './needs';
