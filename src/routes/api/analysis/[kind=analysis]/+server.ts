import { z } from 'zod';
import { defaultAuthority } from '$models/index';
import { seekableLevers, type AnalysisKind } from '$lib/engine/analysis/index';
import { YEARS } from '$lib/engine/index';
import { analyse, checkAnonymousRate } from '$lib/server/analysis-pool';
import { api, readBody } from '$lib/server/http';
import { authorityFor, authorityIdSchema, validValues } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

/**
 * The most Monte Carlo runs one request may ask for (docs/api.md), as many as the CLI allows:
 * about a second of one core on the fast path, and the pool's time limit stops anything longer.
 */
const MAX_RUNS = 100_000;

const leverIds = seekableLevers.map((p) => p.id) as [string, ...string[]];

const analysisBody = z.strictObject({
	authorityId: authorityIdSchema.optional(),
	values: z.unknown().refine((v) => v !== undefined, { error: 'values is required' }),
	runs: z
		.number({ error: 'runs must be a whole number' })
		.int('runs must be a whole number')
		.min(10, 'runs must be at least 10')
		.max(MAX_RUNS, 'runs must be at most 100,000')
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
 * The decision-support analyses of a posted scenario, as the CLI's --analysis gives them, run
 * by the same runner in the server's worker pool. No account needed (like /api/project, it only
 * computes), but without one an address may ask for ANALYSIS_PER_MINUTE a minute.
 */
export const POST: RequestHandler = api(async ({ request, params, locals, getClientAddress }) => {
	const kind = params.kind as AnalysisKind;
	if (!locals.user) await checkAnonymousRate(getClientAddress());
	const body = await readBody(request, analysisBody);
	const authority = await authorityFor(body.authorityId ?? defaultAuthority.id, locals.user);
	const scenario = { authorityId: authority.id, values: validValues(body.values, authority) };
	const result = await analyse({
		kind,
		authority,
		scenario,
		runs: body.runs,
		seed: body.seed,
		lever: body.lever,
		target: body.target
	});
	return new Response(result, { headers: { 'content-type': 'application/json' } });
});
