/**
 * One analysis runner for every caller: the CLI (scripts/model.ts --analysis), the API (through
 * the server's worker pool) and anything else. Each caller checks its own input; this only
 * dispatches, so the same request gives the same answer wherever it is run.
 */
import type { Authority } from '../../../../models/index';
import { project } from '../project';
import type { Scenario } from '../types';
import { closestLevers, goalSeek, type GoalTarget } from './goal-seek';
import { guardrails } from './guardrails';
import { monteCarlo } from './monte-carlo';
import { resilience } from './resilience';
import { SENSITIVITY_YEARS, tornado } from './sensitivity';

export const analysisKinds = [
	'sensitivity',
	'montecarlo',
	'goalseek',
	'resilience',
	'guardrails'
] as const;
export type AnalysisKind = (typeof analysisKinds)[number];

export function isAnalysisKind(kind: string): kind is AnalysisKind {
	return (analysisKinds as readonly string[]).includes(kind);
}

/** Plain data only (it crosses to a worker thread): the authority's figures, not a class. */
export interface AnalysisRequest {
	kind: AnalysisKind;
	authority: Authority;
	scenario: Scenario;
	runs?: number;
	seed?: number;
	/** Goal seek: one lever, or (without) the closest levers. */
	lever?: string;
	target?: GoalTarget;
}

export function runAnalysis(request: AnalysisRequest) {
	const { kind: analysis, authority, scenario } = request;
	const target: GoalTarget = request.target ?? { kind: 'reservesAboveMinimum' };
	switch (analysis) {
		case 'sensitivity': {
			const years = project(authority, scenario).years.map((y) => y.year);
			return {
				analysis,
				cumulativeGapYears: `${years[1]}–${years[SENSITIVITY_YEARS]}`,
				// Pounds to the penny, always with two decimals, like every projection figure.
				entries: tornado(authority, scenario).map((entry) => ({
					...entry,
					lowEffect: entry.lowEffect.toFixed(2),
					highEffect: entry.highEffect.toFixed(2)
				}))
			};
		}
		case 'montecarlo':
			return {
				analysis,
				...monteCarlo(authority, scenario, { runs: request.runs, seed: request.seed })
			};
		case 'goalseek':
			return {
				analysis,
				target,
				results: request.lever
					? [goalSeek(authority, scenario, target, request.lever)]
					: closestLevers(authority, scenario, target)
			};
		case 'resilience':
			return { analysis, indicators: resilience(project(authority, scenario)) };
		case 'guardrails':
			return { analysis, guardrails: guardrails(project(authority, scenario)) };
	}
}
