/**
 * The one entry point to the model's declarations. Everything is validated here, once, when the
 * module loads: a missing source, an out-of-range default or a preset naming an unknown
 * parameter throws an error that names the item, so a broken declaration never reaches the UI.
 */
import { z } from 'zod';
import { anyborough } from './authorities/anyborough';
import { authoritySchema, type Authority } from './authority';
import {
	bandRatiosFigure,
	childrenInCareFloorShare,
	lags,
	safetyNetThreshold,
	trustModel
} from './constants';
import { parameters as declaredParameters } from './parameters';
import { presets as declaredPresets, type Preset } from './presets';
import { propositions as declaredPropositions } from './propositions';
import { resilienceIndicators, resilienceThresholdFigures } from './resilience';
import { figureSchema, parameterSchema, propositionSchema, type Parameter } from './schema';

export * from './schema';
export * from './authority';
export {
	childrenInCareFloorShare,
	citations,
	councilTaxBands,
	lags,
	safetyNetThreshold,
	trustHistory,
	trustModel,
	type Citation
} from './constants';
export type { ParameterId, NumberParameterId } from './parameters';
export {
	resilienceIndicators,
	resilienceIndicatorIds,
	type ResilienceIndicator,
	type ResilienceIndicatorId
} from './resilience';
export type { Preset } from './presets';

/** Bumped whenever a parameter, figure or equation changes meaning; saved scenarios record it. */
export const MODEL_VERSION = '2026.1';

export class ModelDeclarationError extends Error {}

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
	return list.map((raw, i) => {
		const id = (raw as { id?: string })?.id ?? `#${i}`;
		const parameter = check(parameterSchema, raw, `parameter "${id}"`);
		if (seen.has(parameter.id))
			throw new ModelDeclarationError(`parameter "${id}" is declared twice`);
		seen.add(parameter.id);
		return parameter;
	});
}

export function validatePresetValues(
	where: string,
	values: Record<string, number | boolean>,
	byId: Map<string, Parameter>
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

export const authorities: readonly Authority[] = [anyborough].map((a) =>
	check(authoritySchema, a, `authority "${a.id}"`)
);
export const authorityById: ReadonlyMap<string, Authority> = new Map(
	authorities.map((a) => [a.id, a])
);
export const defaultAuthority = authorities[0];

for (const [key, figure] of Object.entries({
	...trustModel,
	...lags,
	bandRatios: bandRatiosFigure,
	safetyNet: safetyNetThreshold,
	childrenInCareFloor: childrenInCareFloorShare
})) {
	check(figureSchema, figure, `constant "${key}"`);
}

export const presets: readonly Preset[] = declaredPresets.map((preset) => {
	validatePresetValues(
		`preset "${preset.id}"`,
		preset.values,
		parameterById as Map<string, Parameter>
	);
	return preset;
});

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
