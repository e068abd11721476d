/**
 * npm run model -- [scenario.json] [--authority anyborough | --authority-file baseline.csv|.xlsx]
 *                  [--format json|csv]
 * npm run model -- --template [--kind metropolitan] [--out ours.xlsx]
 *                  [--analysis sensitivity|montecarlo|goalseek|resilience|guardrails]
 * Prints the projection of a scenario file (or the baseline, without one), or an analysis of it.
 * A scenario file is { "values": { "<parameterId>": number | boolean } } in slider units.
 * The authority is a sample, a council imported into the store (own-…), or a baseline file.
 */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import {
	authorities,
	authorityById,
	authorityKinds,
	MODEL_VERSION,
	type Authority
} from '../models/index';
import {
	analysisKinds as analyses,
	runAnalysis,
	seekableLevers,
	type AnalysisKind,
	type AnalysisRequest,
	type GoalTarget
} from '../src/lib/engine/analysis/index';
import {
	changedValues,
	keepAccepted,
	project,
	projectionToCsv,
	projectionToJson,
	type Scenario
} from '../src/lib/engine/index';
import { authorityToCsv } from '../src/lib/authority-import';
import { authorityToXlsx, importAuthorityUpload } from '../src/lib/server/authority-xlsx';
import {
	authorityOf,
	OWN_AUTHORITY_PREFIX,
	type AuthorityRow
} from '../src/lib/server/authorities';
import { serverConfig } from '../src/lib/server/config';
import { failWithUsage, readCommandLine } from './cli';

const usage = `Usage: npm run model -- [scenario.json] [--authority <id> | --authority-file <path>]
                           [--format json|csv]
  scenario.json  { "values": { "<parameterId>": number | boolean } }, slider units; omit for the baseline
  --authority    one of: ${[...authorityById.keys()].join(', ')} (default: the file's authorityId, else anyborough),
                 or an imported council's own-… id, read from DATABASE_PATH (default data/rewire.db)
  --authority-file
                 a baseline to model directly, without the database: the CSV template, the
                 Excel workbook (.xlsx) or JSON
                 (as on /authorities); its problems are listed one a line (exit code 2)
  --format       json (default) or csv (projection only)
  --template     print the baseline template (CSV) to fill in, and nothing else; with
  --kind         metropolitan (default), unitary, london, county or district: start from that
                 kind's sample council (docs/import.md describes every line), and
  --out          write it to a file instead: ours.xlsx (the Excel workbook) or ours.csv
  --analysis     sensitivity | montecarlo | goalseek | resilience | guardrails (JSON)
  --runs, --seed Monte Carlo runs (default 1000) and seed
  --lever        goal seek: the lever to move (default: try every lever, closest first)
  --target       goal seek: "reserves" (stay above the minimum all ten years, default) or
                 "gap:YYYY/YY" (no gap in that projected year, e.g. gap:2031/32)`;

/**
 * A scenario file is exactly { modelVersion?, authorityId?, values }. Strict, so that a file
 * that forgot the `values` wrapper ({"councilTaxIncrease": 2}) is refused, naming the key,
 * rather than silently projecting the baseline.
 */
const scenarioFileSchema = z.strictObject({
	modelVersion: z.string().optional(),
	authorityId: z.string().optional(),
	values: z.record(z.string(), z.unknown(), {
		error: (issue) =>
			issue.input === undefined
				? 'missing: put the parameter values inside { "values": { … } }'
				: 'must be an object of parameter values'
	})
});

/** One line per problem in a scenario file, naming the key. */
function scenarioFileProblems(error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.map((k) => `"${k}"`).join(', ');
			return `unknown key ${keys}: a scenario file holds only "modelVersion", "authorityId" and "values" (parameter values go inside "values")`;
		}
		return `${issue.path.join('.') || '(file)'}: ${issue.message}`;
	});
}

const fail: (message: string) => never = failWithUsage(usage);

async function main() {
	const args = readCommandLine(
		usage,
		{
			authority: { type: 'string' },
			'authority-file': { type: 'string' },
			format: { type: 'string', default: 'json' },
			analysis: { type: 'string' },
			runs: { type: 'string' },
			seed: { type: 'string' },
			lever: { type: 'string' },
			target: { type: 'string', default: 'reserves' },
			template: { type: 'boolean' },
			kind: { type: 'string' },
			out: { type: 'string' }
		},
		{ positionals: true }
	);
	if (args.values.template) {
		if (args.positionals.length) fail('--template takes no scenario file');
		const sample = sampleOfKind(args.values.kind ?? 'metropolitan');
		const out = args.values.out;
		if (out === undefined) process.stdout.write(authorityToCsv(sample));
		else if (/\.xlsx$/i.test(out)) writeOrFail(out, await authorityToXlsx(sample));
		else if (/\.csv$/i.test(out)) writeOrFail(out, '\uFEFF' + authorityToCsv(sample));
		else fail(`--out must name a .xlsx or .csv file, not "${out}"`);
		return;
	}
	if (args.values.kind !== undefined || args.values.out !== undefined)
		fail('--kind and --out go with --template');
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
			fail(`${path}: ${scenarioFileProblems(parsed.error).join('; ')}`);
		}
		file = parsed.data;
	}
	const authorityFile = args.values['authority-file'];
	if (authorityFile !== undefined && args.values.authority !== undefined) {
		fail('give --authority or --authority-file, not both');
	}
	const authority =
		authorityFile !== undefined
			? await authorityFromFile(authorityFile)
			: findAuthority(args.values.authority ?? file.authorityId ?? 'anyborough');
	// Checked against the council asked for: ranges and applicable levers differ by council.
	const values = keepAccepted(file.values, authority, 'request');
	if (!values.ok) fail(`${path}: ${values.errors.join('; ')}`);
	if (file.modelVersion && file.modelVersion !== MODEL_VERSION) {
		process.stderr.write(
			`note: scenario saved under model ${file.modelVersion}; projected with model ${MODEL_VERSION}\n`
		);
	}

	const scenario = { values: values.values };
	const analysis = args.values.analysis;
	if (analysis !== undefined) {
		if (!(analyses as readonly string[]).includes(analysis)) {
			fail(`--analysis must be one of ${analyses.join(', ')}, not "${analysis}"`);
		}
		const result = runAnalysis(
			analysisRequest(analysis as AnalysisKind, authority, scenario, args.values)
		);
		process.stdout.write(JSON.stringify(result, null, 2) + '\n');
		return;
	}

	const projection = project(authority, scenario);
	process.stdout.write(
		format === 'csv'
			? projectionToCsv(projection)
			: JSON.stringify(
					projectionToJson(projection, changedValues(values.values, authority)),
					null,
					2
				) + '\n'
	);
}

function writeOrFail(path: string, body: string | Uint8Array): void {
	try {
		writeFileSync(path, body);
	} catch (error) {
		fail(`cannot write ${path}: ${(error as Error).message}`);
	}
}

/** The sample council of a kind, named by any word of it: metropolitan, county, london… */
function sampleOfKind(word: string): Authority {
	const wanted = word.trim().toLowerCase();
	const kinds = authorityKinds.filter(
		(kind) => kind === wanted || kind.split(' ').includes(wanted)
	);
	const sample = kinds.length === 1 ? authorities.find((a) => a.kind === kinds[0]) : undefined;
	if (!sample)
		fail(`--kind must be one of metropolitan, unitary, london, county or district, not "${word}"`);
	return sample;
}

/** A sample, or a council imported into the store (read-only: the CLI never writes to it). */
function findAuthority(id: string): Authority {
	const sample = authorityById.get(id);
	if (sample) return sample;
	if (!id.startsWith(OWN_AUTHORITY_PREFIX)) fail(`unknown authority "${id}"`);
	const path = serverConfig().databasePath;
	let db: Database.Database;
	try {
		db = new Database(path, { readonly: true, fileMustExist: true });
	} catch (error) {
		fail(`cannot open the database ${path} to find "${id}": ${(error as Error).message}`);
	}
	try {
		const row = db
			.prepare('SELECT * FROM authorities WHERE id = ? AND deleted_at IS NULL')
			.get(id) as AuthorityRow | undefined;
		const found = row && authorityOf(row);
		if (!found) fail(`no imported council "${id}" in ${path} (set DATABASE_PATH?)`);
		return found;
	} catch (error) {
		if (error instanceof Database.SqliteError) {
			fail(`cannot read councils from ${path}: ${error.message}`);
		}
		throw error;
	} finally {
		db.close();
	}
}

/** A baseline file, validated as an upload is; every problem on its own line, then exit 2. */
async function authorityFromFile(path: string): Promise<Authority> {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		fail(`cannot read ${path}: ${(error as Error).message}`);
	}
	const result = await importAuthorityUpload(bytes);
	if (!result.ok) {
		const count = result.errors.length;
		process.stderr.write(
			`error: ${path} has ${count} problem${count === 1 ? '' : 's'}:\n` +
				result.errors.map((e) => `  ${e}\n`).join('')
		);
		process.exit(2);
	}
	return result.authority;
}

function wholeNumber(
	name: string,
	text: string | undefined,
	fallback: number,
	max: number
): number {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1 || value > max) {
		fail(`--${name} must be a whole number from 1 to ${max}, not "${text}"`);
	}
	return value;
}

function goalTarget(text: string, yearLabels: string[]): GoalTarget {
	if (text === 'reserves') return { kind: 'reservesAboveMinimum' };
	const year = /^gap:(\d{4}\/\d{2})$/.exec(text)?.[1];
	const yearIndex = year ? yearLabels.indexOf(year) : -1;
	if (yearIndex < 1)
		fail(
			`--target must be "reserves" or "gap:YYYY/YY" for ${yearLabels[1]}–${yearLabels.at(-1)}, not "${text}"`
		);
	return { kind: 'gapClosed', yearIndex };
}

/** The CLI's options checked and turned into the request that the API also runs. */
function analysisRequest(
	kind: AnalysisKind,
	authority: Authority,
	scenario: Scenario,
	options: { runs?: string; seed?: string; lever?: string; target?: string }
): AnalysisRequest {
	const request: AnalysisRequest = { kind, authority, scenario };
	if (kind === 'montecarlo') {
		request.runs = wholeNumber('runs', options.runs, 1000, 100_000);
		request.seed = wholeNumber('seed', options.seed, 20130708, 2 ** 31);
	}
	if (kind === 'goalseek') {
		request.target = goalTarget(
			options.target ?? 'reserves',
			project(authority, scenario).years.map((y) => y.year)
		);
		if (options.lever !== undefined && !seekableLevers.some((p) => p.id === options.lever)) {
			fail(`--lever must be one of ${seekableLevers.map((p) => p.id).join(', ')}`);
		}
		request.lever = options.lever;
	}
	return request;
}

await main();
