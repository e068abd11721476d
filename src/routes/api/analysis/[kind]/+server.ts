import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { defaultAuthority } from '../../../../../models/index';
import {
	closestLevers,
	goalSeek,
	guardrails,
	monteCarlo,
	resilience,
	seekableLevers,
	tornado,
	type GoalTarget
} from '$lib/engine/analysis/index';
import { project, YEARS } from '$lib/engine/index';
import { api, ApiError, readBody } from '$lib/server/http';
import { authorityFor, authorityIdSchema, validValues } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

const leverIds = seekableLevers.map((p) => p.id) as [string, ...string[]];

const analysisBody = z.strictObject({
	authorityId: authorityIdSchema.optional(),
	values: z.unknown().refine((v) => v !== undefined, { error: 'values is required' }),
	runs: z
		.number({ error: 'runs must be a whole number' })
		.int('runs must be a whole number')
		.min(10, 'runs must be at least 10')
		.max(20_000, 'runs must be at most 20,000')
		.optional(),
	seed: z
		.number()
		.int('seed must be a whole number')
		.min(0)
		.max(2 ** 31)
		.optional(),
	lever: z.enum(leverIds, { error: `lever must be one of: ${leverIds.join(', ')}` }).optional(),
	target: z
		.union(
			[
				z.strictObject({ kind: z.literal('reservesAboveMinimum') }),
				z.strictObject({
					kind: z.literal('gapClosed'),
					yearIndex: z
						.number()
						.int()
						.min(1, 'yearIndex must be 1–10')
						.max(YEARS, 'yearIndex must be 1–10')
				})
			],
			{
				error:
					'target must be { kind: "reservesAboveMinimum" } or { kind: "gapClosed", yearIndex: 1–10 }'
			}
		)
		.optional()
});

/**
 * The decision-support analyses of a posted scenario, as the CLI's --analysis gives them.
 * No account needed: like /api/project, it only computes.
 */
export const POST: RequestHandler = api(async ({ request, params, locals }) => {
	const kind = params.kind;
	const body = await readBody(request, analysisBody);
	const authority = authorityFor(body.authorityId ?? defaultAuthority.id, locals.user);
	const scenario = { authorityId: authority.id, values: validValues(body.values, authority) };
	const target: GoalTarget = body.target ?? { kind: 'reservesAboveMinimum' };
	switch (kind) {
		case 'sensitivity':
			return json({ analysis: kind, entries: tornado(authority, scenario) });
		case 'montecarlo':
			return json({
				analysis: kind,
				...monteCarlo(authority, scenario, { runs: body.runs, seed: body.seed })
			});
		case 'goalseek':
			return json({
				analysis: kind,
				target,
				results: body.lever
					? [goalSeek(authority, scenario, target, body.lever)]
					: closestLevers(authority, scenario, target)
			});
		case 'resilience':
			return json({ analysis: kind, indicators: resilience(project(authority, scenario)) });
		case 'guardrails':
			return json({ analysis: kind, guardrails: guardrails(project(authority, scenario)) });
		default:
			throw new ApiError(
				404,
				'No such analysis: use sensitivity, montecarlo, goalseek, resilience or guardrails.',
				'kind'
			);
	}
});
