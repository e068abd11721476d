/**
 * npm run model -- [scenario.json] [--authority anyborough] [--format json|csv]
 * Prints the projection of a scenario file (or the baseline, without one). A scenario file is
 * { "values": { "<parameterId>": number | boolean } } in slider units (4.99 for 4.99 %).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { authorityById, MODEL_VERSION } from '../models/index';
import {
	changedValues,
	parseScenarioValues,
	project,
	projectionToCsv,
	projectionToJson
} from '../src/lib/engine/index';

const usage = `Usage: npm run model -- [scenario.json] [--authority <id>] [--format json|csv]
  scenario.json  { "values": { "<parameterId>": number | boolean } }, slider units; omit for the baseline
  --authority    one of: ${[...authorityById.keys()].join(', ')} (default: the file's authorityId, else anyborough)
  --format       json (default) or csv`;

const scenarioFileSchema = z.object({
	modelVersion: z.string().optional(),
	authorityId: z.string().optional(),
	values: z.record(z.string(), z.unknown()).default({})
});

function fail(message: string): never {
	process.stderr.write(`error: ${message}\n\n${usage}\n`);
	process.exit(2);
}

function main() {
	let args;
	try {
		args = parseArgs({
			allowPositionals: true,
			options: {
				authority: { type: 'string' },
				format: { type: 'string', default: 'json' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		fail((error as Error).message);
	}
	if (args.values.help) {
		process.stdout.write(usage + '\n');
		return;
	}
	const format = args.values.format;
	if (format !== 'json' && format !== 'csv') fail(`--format must be json or csv, not "${format}"`);
	if (args.positionals.length > 1) fail('give at most one scenario file');

	let file: z.infer<typeof scenarioFileSchema> = { values: {} };
	const path = args.positionals[0];
	if (path) {
		let text: string;
		try {
			text = readFileSync(path === '-' ? 0 : path, 'utf8');
		} catch (error) {
			fail(`cannot read ${path}: ${(error as Error).message}`);
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			fail(`${path} is not valid JSON: ${(error as Error).message}`);
		}
		const parsed = scenarioFileSchema.safeParse(json);
		if (!parsed.success) {
			fail(
				`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`
			);
		}
		file = parsed.data;
	}
	const values = parseScenarioValues(file.values);
	if (!values.ok) fail(`${path}: ${values.errors.join('; ')}`);

	const authorityId = args.values.authority ?? file.authorityId ?? 'anyborough';
	const authority = authorityById.get(authorityId);
	if (!authority) fail(`unknown authority "${authorityId}"`);
	if (file.modelVersion && file.modelVersion !== MODEL_VERSION) {
		process.stderr.write(
			`note: scenario saved under model ${file.modelVersion}; projected with model ${MODEL_VERSION}\n`
		);
	}

	const projection = project(authority, { values: values.values });
	process.stdout.write(
		format === 'csv'
			? projectionToCsv(projection)
			: JSON.stringify(projectionToJson(projection, changedValues(values.values)), null, 2) + '\n'
	);
}

main();
