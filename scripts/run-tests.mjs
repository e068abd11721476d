// The whole test suite: a production build first (the API tests and the browser tests start
// it), then unit, property and API tests (vitest), then the browser tests (Playwright, Debian's
// chromium). Prints one closing line for CI:
// "tests: N passed, N failed". Exits non-zero if anything failed or nothing ran.
import { spawnSync } from 'node:child_process';
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
