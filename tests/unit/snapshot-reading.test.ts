/**
 * A snapshot is read back from its stored JSON, never recomputed. Read straight after freezing,
 * it must say and draw exactly what the live modeller says and draws for the same scenario.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { authorities } from '../../models/index';
import {
	baseline,
	headlines,
	project,
	projectionToJson,
	type Scenario
} from '../../src/lib/engine/index';
import { modellerCharts } from '../../src/lib/charts/chart-data';
import { storedHeadline } from '../../src/lib/snapshots/stored-headline';
import { chartProjection, storedProjectionSchema } from '../../src/lib/snapshots/stored-projection';
import { scenarioArbitrary } from './arbitraries';

/** As the store keeps it: projectionToJson, through JSON text, read back through zod. */
const stored = (projection: ReturnType<typeof project>, values: Scenario['values']) =>
	storedProjectionSchema.parse(JSON.parse(JSON.stringify(projectionToJson(projection, values))));

test.each(authorities.map((a) => [a.id, a] as const))(
	'%s: the stored projection gives the live headline and the live charts',
	(_, authority) => {
		const base = baseline(authority);
		const storedBase = stored(base, {});
		fc.assert(
			fc.property(scenarioArbitrary(authority), (scenario) => {
				const live = project(authority, scenario);
				const frozen = stored(live, scenario.values);
				expect(storedHeadline(frozen, storedBase).sentences).toEqual(
					headlines(live, base).sentences
				);
				expect(modellerCharts(chartProjection(frozen), chartProjection(storedBase))).toEqual(
					modellerCharts(live, base)
				);
			}),
			{ numRuns: 25 }
		);
	},
	30_000
);
