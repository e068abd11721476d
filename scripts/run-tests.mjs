// The whole test suite: a production build first (the API tests and the browser tests start
// it), then unit, property and API tests (vitest, the API tests on SQLite), the API tests again
// on PostgreSQL (a throwaway cluster, scripts/postgres-cluster.sh), then the browser tests
// (Playwright, Debian's chromium). Prints one closing line for CI:
// "tests: N passed, N failed". Exits non-zero if anything failed or nothing ran.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join(process.cwd(), '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

function run(command, args, extraEnv = {}) {
	console.log(`\n$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

let passed = 0;
let failed = 0;
let skipped = 0;

// Build first: the API tests (tests/api) and the browser tests both run the built server.
const buildStatus = run('npx', ['vite', 'build']);
if (buildStatus !== 0) failed += 1;

const vitestReport = join(reports, 'vitest.json');
const vitestStatus = run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestReport}`
]);
const unit = readJson(vitestReport);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	skipped += unit.numPendingTests + unit.numTodoTests;
}
if (vitestStatus !== 0 && (!unit || unit.numFailedTests === 0)) failed += 1; // a crash, not a test

// The same API tests on PostgreSQL: every guarantee the SQLite store gives must hold there too.
if (buildStatus !== 0) {
	console.error('\nAPI tests on PostgreSQL skipped: the build failed.');
} else {
	let cluster;
	try {
		cluster = execFileSync('bash', ['scripts/postgres-cluster.sh', 'start'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit']
		})
			.trim()
			.split('\n');
	} catch {
		console.error(
			'\nThe API tests on PostgreSQL need its server: apt-get install -y postgresql (bash .ci/run does it).'
		);
		failed += 1;
	}
	if (cluster) {
		const [dir, url] = cluster;
		const postgresReport = join(reports, 'vitest-postgres.json');
		try {
			const status = run(
				'npx',
				[
					'vitest',
					'run',
					'tests/api',
					'--reporter=default',
					'--reporter=json',
					`--outputFile.json=${postgresReport}`
				],
				{ REWIRE_TEST_POSTGRES: url }
			);
			const onPostgres = readJson(postgresReport);
			if (onPostgres) {
				passed += onPostgres.numPassedTests;
				failed += onPostgres.numFailedTests;
				skipped += onPostgres.numPendingTests + onPostgres.numTodoTests;
			}
			if (status !== 0 && (!onPostgres || onPostgres.numFailedTests === 0)) failed += 1;
		} finally {
			spawnSync('bash', ['scripts/postgres-cluster.sh', 'stop', dir], { stdio: 'inherit' });
		}
	}
}

if (buildStatus !== 0) {
	console.error('\nBrowser tests skipped: the build failed.');
} else if (!existsSync('/usr/bin/chromium')) {
	console.error(
		'\nBrowser tests need Debian chromium: apt-get install -y chromium (bash .ci/run does it).'
	);
	failed += 1;
} else {
	const browserReport = join(reports, 'playwright.json');
	const browserStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
		PLAYWRIGHT_JSON_OUTPUT_FILE: browserReport
	});
	const browser = readJson(browserReport);
	if (browser) {
		passed += browser.stats.expected + browser.stats.flaky;
		failed += browser.stats.unexpected;
		skipped += browser.stats.skipped;
	}
	if (browserStatus !== 0 && (!browser || browser.stats.unexpected === 0)) failed += 1;
}

console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
