/**
 * `npm run model` on an officer's own council: a baseline file modelled directly (validated as
 * an upload is, every problem on its own line, exit 2), or a council imported into the store,
 * found by its own-… id in DATABASE_PATH without the CLI writing to the database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorities, MODEL_VERSION } from '../../models/index';
import { authorityToCsv } from '../../src/lib/authority-import';
import { authorityToXlsx } from '../../src/lib/server/authority-xlsx';
import { openDatabase } from '../../src/lib/server/db';

const dir = mkdtempSync(join(tmpdir(), 'rewire-cli-authority-'));
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const template = authorityToCsv(authorities[0]);

function model(args: string[], env: Record<string, string> = {}) {
	return spawnSync(tsx, ['scripts/model.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env }
	});
}

function file(name: string, body: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, body);
	return path;
}

/** The template with one line's value replaced (a line with no quoted cell before its value). */
function withValue(csv: string, section: string, id: string, value: string): string {
	const line = new RegExp(`^(${section},${id},[^,"]*,)[^,]*`, 'm');
	expect(csv).toMatch(line);
	return csv.replace(line, (_, start) => `${start}${value}`);
}

// £1m moved from central services to housing: the base year still balances.
const { centralAndCorporate, housingAndHomelessness } = authorities[0].services;
const testborough = [
	['authority', 'name', 'Testborough Council'],
	['services', 'centralAndCorporate', String(centralAndCorporate.value - 1_000_000)],
	['services', 'housingAndHomelessness', String(housingAndHomelessness.value + 1_000_000)]
].reduce((csv, [section, id, value]) => withValue(csv, section, id, value), template);

describe('npm run model -- --authority-file', { timeout: 60_000 }, () => {
	it('models a changed baseline from the CSV template, balanced in its base year', () => {
		const run = model(['--authority-file', file('testborough.csv', testborough)]);
		expect(run.status, run.stderr).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(out.authority.name).toBe('Testborough Council');
		expect(out.years).toHaveLength(11);
		expect(out.years[0].gap).toBe('0.00');
		const sample = JSON.parse(model([]).stdout);
		expect(out.years[10].closingReserves).not.toBe(sample.years[10].closingReserves);
	});

	it('models a JSON baseline, with a scenario file and as CSV', () => {
		const baseline = file('anyvale.json', JSON.stringify(authorities[2]));
		const scenario = file('levy.json', JSON.stringify({ values: { touristLevy: 1 } }));
		const run = model([scenario, '--authority-file', baseline, '--format', 'csv']);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout.trimEnd().split(/\r?\n/)).toHaveLength(12);
		// Anyvale's base year is 2026/27: ten years on is 2036/37.
		expect(authorities[2].figures.baseYear.value).toBe(2026);
		expect(run.stdout).toContain('2036/37');
	});

	it('lists every problem in a bad file on its own line, prints nothing, exits 2', () => {
		const bad = withValue(
			withValue(template, 'figures', 'population', 'lots'),
			'grants',
			'otherGrants',
			'12m'
		);
		const run = model(['--authority-file', file('bad.csv', bad)]);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		const lines = run.stderr.trimEnd().split('\n');
		expect(lines[0]).toMatch(/bad\.csv has 2 problems:$/);
		expect(lines[1]).toBe(
			'  line 6 (figures.population): value must be a number, found “lots”; write it as, for example, 320000'
		);
		expect(lines[2]).toMatch(/^ {2}line \d+ \(grants\.otherGrants\): value must be a number/);
	});

	it('refuses a binary file, a formula, an unbalanced budget and a missing file', () => {
		const cases: [string, string | Uint8Array, RegExp][] = [
			['binary.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), /binary/],
			['broken.xlsx', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), /not a readable Excel workbook/],
			[
				'formula.csv',
				withValue(template, 'figures', 'population', '=1+1'),
				/line 6 \(figures\.population\): the value starts with “=”/
			],
			[
				'unbalanced.csv',
				withValue(
					template,
					'services',
					'centralAndCorporate',
					String(centralAndCorporate.value + 1_000_000)
				),
				/2026\/27 does not balance/
			]
		];
		for (const [name, body, pattern] of cases) {
			const run = model(['--authority-file', file(name, body)]);
			expect(run.status, name).toBe(2);
			expect(run.stderr, name).toMatch(pattern);
			expect(run.stdout, name).toBe('');
		}
		const missing = model(['--authority-file', join(dir, 'nowhere.csv')]);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toMatch(/cannot read .*nowhere\.csv/);
		const both = model(['--authority', 'anyshire', '--authority-file', file('t.csv', template)]);
		expect(both.status).toBe(2);
		expect(both.stderr).toMatch(/not both/);
	});
});

describe('npm run model -- --authority own-…', { timeout: 60_000 }, () => {
	const databasePath = join(dir, 'store', 'rewire.db');
	const stored = { ...authorities[3], id: 'own-0123456789ab', name: 'Our Own Council' };

	beforeAll(async () => {
		const db = await openDatabase(databasePath);
		const now = Date.now();
		const owner = db
			.prepare(
				`INSERT INTO users (email, role, password_hash, created_at, updated_at)
				 VALUES ('officer@example.gov.uk', 'officer', 'x', ?, ?) RETURNING id`
			)
			.pluck()
			.get(now, now);
		const insert = db.prepare(
			`INSERT INTO authorities
			 (id, owner_id, name, kind, figures_json, model_version, created_at, updated_at, deleted_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		for (const [authority, deletedAt] of [
			[stored, null],
			[{ ...stored, id: 'own-deleted00000' }, now]
		] as const) {
			insert.run(
				authority.id,
				owner,
				authority.name,
				authority.kind,
				JSON.stringify(authority),
				MODEL_VERSION,
				now,
				now,
				deletedAt
			);
		}
		db.close();
	});

	it('finds an imported council in the database and models it', () => {
		const before = readFileSync(databasePath);
		const run = model(['--authority', stored.id], { DATABASE_PATH: databasePath });
		expect(run.status, run.stderr).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(out.authority).toEqual({ id: stored.id, name: 'Our Own Council' });
		expect(out.years[0].gap).toBe('0.00');
		// Read-only: the store is byte for byte as it was.
		expect(readFileSync(databasePath).equals(before)).toBe(true);
	});

	it('says clearly when the council is not there, deleted, or there is no database', () => {
		for (const id of ['own-ffffffffffff', 'own-deleted00000']) {
			const run = model(['--authority', id], { DATABASE_PATH: databasePath });
			expect(run.status, id).toBe(2);
			expect(run.stderr, id).toContain(`no imported council "${id}" in ${databasePath}`);
		}
		const noDb = model(['--authority', stored.id], {
			DATABASE_PATH: join(dir, 'nothing', 'here.db')
		});
		expect(noDb.status).toBe(2);
		expect(noDb.stderr).toMatch(/cannot open the database .*here\.db/);
		const notOwn = model(['--authority', 'atlantis'], { DATABASE_PATH: databasePath });
		expect(notOwn.status).toBe(2);
		expect(notOwn.stderr).toContain('unknown authority "atlantis"');
	});
});

describe('npm run model -- --template', { timeout: 60_000 }, () => {
	it('prints the CSV template, header first, which imports back as the sample', () => {
		const run = model(['--template']);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout.split('\r\n')[0]).toMatch(/^section,id,/);
		expect(run.stdout).toBe(template);
	});

	it('starts from the sample of the kind asked for, by any word of the kind', () => {
		const county = authorities.find((a) => a.kind === 'shire county')!;
		const run = model(['--template', '--kind', 'county']);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toBe(authorityToCsv(county));
		const wrong = model(['--template', '--kind', 'shire']);
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toMatch(
			/--kind must be one of metropolitan, unitary, london, county or district, not "shire"/
		);
	});
});

describe('npm run model -- --authority-file ours.xlsx', { timeout: 60_000 }, () => {
	it('writes the Excel template with --out, which models as the sample does', () => {
		const path = join(dir, 'template.xlsx');
		const written = model(['--template', '--kind', 'district', '--out', path]);
		expect(written.status, written.stderr).toBe(0);
		expect([...readFileSync(path).subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
		const run = model(['--authority-file', path]);
		expect(run.status, run.stderr).toBe(0);
		expect(JSON.parse(run.stdout).authority.id).toBe('anyvale');
		const csvPath = join(dir, 'template.csv');
		expect(model(['--template', '--out', csvPath]).status).toBe(0);
		expect(readFileSync(csvPath, 'utf8')).toBe('\uFEFF' + template);
		const wrong = model(['--template', '--out', join(dir, 'x.txt')]);
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toMatch(/--out must name a .xlsx or .csv file/);
	});

	it('models the Excel workbook as it models the CSV', async () => {
		const county = authorities.find((a) => a.kind === 'shire county')!;
		const fromXlsx = model(['--authority-file', file('ours.xlsx', await authorityToXlsx(county))]);
		expect(fromXlsx.status, fromXlsx.stderr).toBe(0);
		const fromCsv = model(['--authority-file', file('ours.csv', authorityToCsv(county))]);
		expect(fromXlsx.stdout).toBe(fromCsv.stdout);
		expect(JSON.parse(fromXlsx.stdout).authority).toMatchObject({ name: county.name });
	});
});
