/**
 * The one entry point to the model's declarations. Everything is validated here, once, when the
 * module loads: a missing source, an out-of-range default or a preset naming an unknown
 * parameter throws an error that names the item, so a broken declaration never reaches the UI.
 */
import { z } from 'zod';
import { anyborough } from './authorities/anyborough';
import { anyford } from './authorities/anyford';
import { anyshire } from './authorities/anyshire';
import { anyvale } from './authorities/anyvale';
import { anywick } from './authorities/anywick';
import {
	authorityRules,
	authoritySchema,
	figureRuleProblems,
	serviceLineIds,
	serviceDetailRules,
	serviceDetailSections,
	type Authority,
	type Figure,
	type FigureRule
} from './authority';
import { authorityTypes } from './authority-types';
import {
	bandRatiosFigure,
	childrenInCareFloorShare,
	dsgOverrideLastYear,
	lags,
	safetyNetThreshold,
	trustModel
} from './constants';
import { parameters as declaredParameters } from './parameters';
import { efsTerms } from './plan';
import { presets as declaredPresets } from './presets';
import { propositions as declaredPropositions } from './propositions';
import { resilienceIndicators, resilienceThresholdFigures } from './resilience';
import {
	figureSchema,
	nearestStep,
	parameterSchema,
	presetDeclarationSchema,
	propositionSchema,
	type NumberParameter,
	type Parameter,
	type PresetDeclaration,
	type SizeMeasure
} from './schema';

import { modelChangelog } from './changelog';
export * from './schema';
export * from './authority';
export * from './authority-guide';
export * from './authority-types';
export {
	childrenInCareFloorShare,
	citations,
	dsgOverrideLastYear,
	councilTaxBands,
	lags,
	safetyNetThreshold,
	trustHistory,
	trustModel,
	type Citation
} from './constants';
export type { ParameterId, NumberParameterId } from './parameters';
export { efsTerms, efsCitation } from './plan';
export {
	resilienceIndicators,
	resilienceIndicatorIds,
	type ResilienceIndicator,
	type ResilienceIndicatorId
} from './resilience';

/** Bumped whenever a parameter, figure or equation changes meaning; saved scenarios record it. */
export const MODEL_VERSION = '2027.2';

export class ModelDeclarationError extends Error {}

export { changesSince, modelChangelog, type ModelRelease } from './changelog';
if (modelChangelog.at(-1)?.version !== MODEL_VERSION)
	throw new ModelDeclarationError(
		`models/changelog.ts: its last entry must be the current model version ${MODEL_VERSION}`
	);

function formatIssues(where: string, error: z.ZodError): string {
	return error.issues
		.map(
			(issue) => `${where}${issue.path.length ? '.' + issue.path.join('.') : ''}: ${issue.message}`
		)
		.join('; ');
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
	const result = schema.safeParse(value);
	if (!result.success) throw new ModelDeclarationError(formatIssues(where, result.error));
	return result.data;
}

export function validateParameters(list: unknown[]): Parameter[] {
	const seen = new Set<string>();
	const checked = list.map((raw, i) => {
		const id = (raw as { id?: string })?.id ?? `#${i}`;
		const parameter = check(parameterSchema, raw, `parameter "${id}"`);
		if (seen.has(parameter.id))
			throw new ModelDeclarationError(`parameter "${id}" is declared twice`);
		seen.add(parameter.id);
		return parameter;
	});
	const byId = new Map(checked.map((p) => [p.id, p]));
	for (const parameter of checked) {
		for (const needed of neededIds(parameter)) {
			const other = byId.get(needed);
			if (!other || !other.lever || needed === parameter.id)
				throw new ModelDeclarationError(
					`parameter "${parameter.id}" needs "${needed}", which is not another lever`
				);
		}
	}
	return checked;
}

/** The levers a lever's `needs` names (all of them, or any one). */
export function neededIds(parameter: Parameter): string[] {
	if (!parameter.needs) return [];
	return 'allOf' in parameter.needs ? parameter.needs.allOf : parameter.needs.anyOf;
}

/**
 * A preset as the app uses it: its declaration (each value with its source or reasoning) and the
 * plain values, in slider units, that a scenario holds.
 */
export interface Preset extends PresetDeclaration {
	values: Record<string, number | boolean>;
	/** Whether it sets any of the budget plan's levers (savings, a reserves draw, support). */
	includesPlan: boolean;
}

/**
 * Check a declared preset: its shape and every value's evidence (zod), then each value against
 * its parameter (known, of the right kind, within range, not the status quo). Errors name the
 * preset and the parameter.
 */
export function validatePreset(raw: unknown, byId: ReadonlyMap<string, Parameter>): Preset {
	const id = (raw as { id?: string })?.id ?? '(no id)';
	const where = `preset "${id}"`;
	const declaration = check(presetDeclarationSchema, raw, where);
	const values = Object.fromEntries(
		Object.entries(declaration.settings).map(([parameterId, setting]) => [
			parameterId,
			setting.value
		])
	);
	validatePresetValues(where, values, byId);
	for (const [parameterId, value] of Object.entries(values)) {
		if (value === byId.get(parameterId)!.statusQuo) {
			throw new ModelDeclarationError(
				`${where}: "${parameterId}" = ${value} is its status quo; a preset holds only what differs`
			);
		}
	}
	const includesPlan = Object.keys(values).some((parameterId) => {
		const parameter = byId.get(parameterId)!;
		return parameter.proposition === 'plan' && parameter.lever;
	});
	return { ...declaration, values, includesPlan };
}

/** A council's size by one measure, from its baseline (£). */
function sizeOf(authority: Authority, measure: SizeMeasure): number {
	if (measure === 'serviceSpending') {
		return Object.values(authority.services).reduce((total, line) => total + line.value, 0);
	}
	if (measure === 'capitalProgrammeBorrowing')
		return authority.figures.capitalProgrammeBorrowing.value;
	return authority.services[measure].value;
}

/** How many times Anyborough's size a council is, by a measure (0 when Anyborough's is 0). */
export function sizeRatio(authority: Authority, measure: SizeMeasure): number {
	const reference = sizeOf(defaultAuthority, measure);
	return reference > 0 ? sizeOf(authority, measure) / reference : 0;
}

const sizeMeasureLabels: Record<SizeMeasure, string> = {
	serviceSpending: 'spending on services',
	adultSocialCare: 'adult social care spending',
	childrensSocialCare: 'children’s social care spending',
	capitalProgrammeBorrowing: 'planned borrowing'
};

export function validatePresetValues(
	where: string,
	values: Record<string, number | boolean>,
	byId: ReadonlyMap<string, Parameter>
): void {
	for (const [id, value] of Object.entries(values)) {
		const parameter = byId.get(id);
		if (!parameter) throw new ModelDeclarationError(`${where}: unknown parameter "${id}"`);
		if (parameter.kind === 'boolean' ? typeof value !== 'boolean' : typeof value !== 'number') {
			throw new ModelDeclarationError(`${where}: "${id}" must be a ${parameter.kind}`);
		}
		if (
			parameter.kind === 'number' &&
			((value as number) < parameter.min || (value as number) > parameter.max)
		) {
			throw new ModelDeclarationError(
				`${where}: "${id}" = ${value} is outside ${parameter.min}–${parameter.max}`
			);
		}
	}
}

export const parameters: readonly Parameter[] = validateParameters([...declaredParameters]);
export const parameterById: ReadonlyMap<string, Parameter> = new Map(
	parameters.map((p) => [p.id, p])
);

export const propositions = declaredPropositions.map((p) =>
	check(propositionSchema, p, `proposition "${p.id}"`)
);
for (const parameter of parameters) {
	if (!propositions.some((p) => p.id === parameter.proposition)) {
		throw new ModelDeclarationError(`parameter "${parameter.id}": unknown proposition`);
	}
}

/** A problem with an authority, at a path in its schema ('' for the authority as a whole). */
export interface AuthorityProblem {
	path: string;
	message: string;
}

/**
 * An authority's figures must fit its kind (no spending on services it does not run, and the
 * kind's share of business rates) and each figure its unit and plausible range (figureRules).
 * (That its 2025/26 budget balances is checked by the engine: see
 * src/lib/engine/authority-check.ts.)
 */
export function authorityKindProblems(authority: Authority): AuthorityProblem[] {
	const type = authorityTypes[authority.kind];
	const problems: AuthorityProblem[] = [];
	for (const section of ['figures', 'services', 'grants'] as const) {
		const rules: Record<string, FigureRule> = authorityRules[section];
		for (const [id, figure] of Object.entries(authority[section] as Record<string, Figure>)) {
			for (const { field, message } of figureRuleProblems(rules[id], figure))
				problems.push({ path: `${section}.${id}.${field}`, message });
		}
	}
	for (const id of serviceLineIds) {
		if (!type.services.includes(id) && authority.services[id].value !== 0) {
			problems.push({
				path: `services.${id}.value`,
				message: `a ${type.label.toLowerCase()} does not run this service, so it must be 0`
			});
		}
	}
	const share = authority.figures.localShareOfRates.value;
	const retentionArea = type.retentionAreaShares ?? [];
	if (share !== type.ratesShares.council && !retentionArea.includes(share)) {
		const pct = (x: number) => `${Math.round(x * 100)} %`;
		problems.push({
			path: 'figures.localShareOfRates.value',
			message: `a ${type.label.toLowerCase()} keeps ${pct(type.ratesShares.council)} of business rates${retentionArea.length ? `, or ${retentionArea.map(pct).join(' or ')} in a 100 % retention area` : ''}`
		});
	}
	const ascPrecept = authority.figures.adultSocialCarePreceptBandD.value;
	if (ascPrecept !== 0 && !type.services.includes('adultSocialCare')) {
		problems.push({
			path: 'figures.adultSocialCarePreceptBandD.value',
			message: `a ${type.label.toLowerCase()} runs no adult social care, so it levies no adult social care precept: write 0`
		});
	} else if (ascPrecept > authority.figures.bandDCouncilTax.value) {
		problems.push({
			path: 'figures.adultSocialCarePreceptBandD.value',
			message: `the adult social care precept is part of the council’s Band D (${authority.figures.bandDCouncilTax.value}), so it cannot be more than it`
		});
	}
	for (const section of serviceDetailSections) {
		for (const [id, figure] of Object.entries(authority.serviceDetail?.[section] ?? {})) {
			if (!figure) continue;
			for (const { field, message } of figureRuleProblems(serviceDetailRules[section], figure))
				problems.push({ path: `serviceDetail.${section}.${id}.${field}`, message });
		}
	}
	if (!Number.isInteger(authority.figures.baseYear.value)) {
		problems.push({
			path: 'figures.baseYear.value',
			message: `the base year is the year it starts, a whole number: 2026 for 2026/27`
		});
	}
	return problems;
}

export const authorities: readonly Authority[] = [
	anyborough,
	anyshire,
	anyvale,
	anywick,
	anyford
].map((a) => {
	const authority = check(authoritySchema, a, `authority "${a.id}"`);
	const problems = authorityKindProblems(authority);
	if (problems.length) {
		const said = problems.map((p) => `${p.path}: ${p.message}`);
		throw new ModelDeclarationError(`authority "${a.id}": ${said.join('; ')}`);
	}
	return authority;
});
export const authorityById: ReadonlyMap<string, Authority> = new Map(
	authorities.map((a) => [a.id, a])
);
export const defaultAuthority = authorities[0];

for (const [key, figure] of Object.entries({
	...trustModel,
	...lags,
	bandRatios: bandRatiosFigure,
	safetyNet: safetyNetThreshold,
	childrenInCareFloor: childrenInCareFloorShare,
	efsMrpYears: efsTerms.mrpYears,
	dsgOverrideLastYear
})) {
	check(figureSchema, figure, `constant "${key}"`);
}

export const presets: readonly Preset[] = declaredPresets.map((preset) =>
	validatePreset(preset, parameterById)
);
{
	const seen = new Set<string>();
	for (const preset of presets) {
		if (seen.has(preset.id))
			throw new ModelDeclarationError(`preset "${preset.id}" is declared twice`);
		seen.add(preset.id);
	}
}

for (const [key, figure] of Object.entries(resilienceThresholdFigures)) {
	check(figureSchema, figure, `resilience threshold "${key}"`);
}
for (const indicator of resilienceIndicators) {
	const ordered =
		indicator.better === 'higher'
			? indicator.higherRiskAt < indicator.watchAt
			: indicator.higherRiskAt > indicator.watchAt;
	if (!ordered) {
		throw new ModelDeclarationError(
			`resilience indicator "${indicator.id}": higher-risk threshold must lie beyond the watch threshold`
		);
	}
}

for (const type of Object.values(authorityTypes)) {
	const shares = type.ratesShares;
	if (Math.abs(shares.council + shares.central + shares.other - 1) > 1e-9) {
		throw new ModelDeclarationError(
			`authority type "${type.kind}": business rates shares must sum to 1`
		);
	}
	for (const id of [...Object.keys(type.overrides), ...Object.keys(type.notApplicable)]) {
		if (!parameterById.has(id)) {
			throw new ModelDeclarationError(`authority type "${type.kind}": unknown parameter "${id}"`);
		}
	}
	for (const [id, override] of Object.entries(type.overrides)) {
		const merged = { ...parameterById.get(id)!, ...override };
		check(parameterSchema, merged, `authority type "${type.kind}" override of "${id}"`);
	}
}

/** A parameter as it applies to one authority: its kind's overrides, or why it does not apply. */
export type AuthorityParameter = Parameter & { notApplicable?: string; overrideReason?: string };

const parametersCache = new WeakMap<Authority, readonly AuthorityParameter[]>();

/**
 * Every parameter for this authority: ranges and status quo for its kind, inapplicable ones
 * marked, and a sum of money's range widened for a council bigger than Anyborough (never
 * narrowed, so a value valid for one council stays valid for a bigger one).
 */
export function parametersFor(authority: Authority): readonly AuthorityParameter[] {
	let list = parametersCache.get(authority);
	if (!list) {
		const type = authorityTypes[authority.kind];
		list = parameters.map((parameter): AuthorityParameter => {
			const override = type.overrides[parameter.id];
			const notApplicable = type.notApplicable[parameter.id];
			if (override) {
				const { reason, ...changes } = override;
				return { ...parameter, ...changes, overrideReason: reason } as AuthorityParameter;
			}
			const keeps = authority.figures.localShareOfRates.value;
			if (parameter.id === 'businessRatesRetention' && keeps > type.ratesShares.council) {
				const pct = Math.round(keeps * 100);
				return {
					...parameter,
					statusQuo: pct,
					min: pct,
					overrideReason: `This council is in a 100 % business rates retention area: it keeps ${pct} % today.`
				} as AuthorityParameter;
			}
			if (notApplicable) return { ...parameter, notApplicable };
			return parameter.kind === 'number' && parameter.scaleWith
				? widenedForSize(parameter, parameter.scaleWith, authority)
				: parameter;
		});
		parametersCache.set(authority, list);
	}
	return list;
}

const byIdCache = new WeakMap<Authority, ReadonlyMap<string, AuthorityParameter>>();

/** `parametersFor(authority)` by id, made once per authority. */
export function parametersById(authority: Authority): ReadonlyMap<string, AuthorityParameter> {
	let byId = byIdCache.get(authority);
	if (!byId) {
		byId = new Map(parametersFor(authority).map((p) => [p.id, p]));
		byIdCache.set(authority, byId);
	}
	return byId;
}

/** The levers that apply to this authority, in declaration order, as parametersFor gives them. */
export function leversThatApply(authority: Authority): AuthorityParameter[] {
	return parametersFor(authority).filter((p) => p.lever && !p.notApplicable);
}

function widenedForSize(
	parameter: NumberParameter,
	measure: SizeMeasure,
	authority: Authority
): AuthorityParameter {
	const max = nearestStep(parameter.max * sizeRatio(authority, measure), 0, parameter.step);
	if (max <= parameter.max) return parameter;
	return {
		...parameter,
		max,
		overrideReason: `Up to £${max}m for this council: the range grows with its ${sizeMeasureLabels[measure]}, from £${parameter.max}m for Anyborough.`
	};
}
