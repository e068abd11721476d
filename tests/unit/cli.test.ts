import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'rewire-cli-'));
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function model(args: string[]) {
	return spawnSync(tsx, ['scripts/model.ts', ...args], { encoding: 'utf8' });
}

/** Split one CSV row, honouring quoted cells (labels such as "Culture, leisure and planning"). */
function cells(row: string): string[] {
	const out = [''];
	let quoted = false;
	for (let i = 0; i < row.length; i++) {
		const ch = row[i];
		if (quoted && ch === '"' && row[i + 1] === '"') out[out.length - 1] += row[i++];
		else if (ch === '"') quoted = !quoted;
		else if (ch === ',' && !quoted) out.push('');
		else out[out.length - 1] += ch;
	}
	return out;
}

function scenarioFile(name: string, body: unknown): string {
	const path = join(dir, name);
	writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
	return path;
}

// Each case starts tsx afresh (about a second, more on a loaded machine).
describe('npm run model', { timeout: 60_000 }, () => {
	it('prints the baseline as JSON with 11 balanced years and the realistic gap', () => {
		const out = JSON.parse(execFileSync(tsx, ['scripts/model.ts'], { encoding: 'utf8' }));
		expect(out.modelVersion).toMatch(/^\d{4}\.\d+$/);
		expect(out.authority.id).toBe('anyborough');
		expect(out.years).toHaveLength(11);
		// Anyborough's base year is its 2026/27 budget as set; ten projected years follow.
		expect(out.years[0].year).toBe('2026/27');
		expect(out.years[10].year).toBe('2036/37');
		for (const year of out.years) {
			for (const key of [
				'incomeTotal',
				'expenditureTotal',
				'gap',
				'openingReserves',
				'closingReserves',
				'dsgDeficit'
			]) {
				expect(year[key]).toMatch(/^-?\d+\.\d{2}$/);
			}
			const closing = new Decimal(year.openingReserves)
				.plus(year.incomeTotal)
				.minus(year.expenditureTotal);
			expect(closing.toFixed(2)).toBe(year.closingReserves);
		}
		// The high-needs deficit held to March 2028 (£35m to March 2026, £12m a year since, less
		// 90 % of the £35m written off): £27.5m, charged with 2028/29's £12m in 2028/29.
		expect(out.years[0].dsgDeficit).toBe('47000000.00'); // £35m + £12m at March 2027
		expect(out.years[1].dsgDeficit).toBe('27500000.00'); // + £12m − £31.5m written off
		expect(out.years[2].dsgDeficit).toBe('0.00');
		expect(out.years[2].expenditure.dsgDeficitCharge).toBe('39500000.00');
		// Reserves run out the year of that charge.
		expect(out.reservesExhaustedIn).toBe('2028/29');
		expect(Number(out.years[5].gap)).toBeGreaterThan(30e6);
	});

	it('projects a scenario file in slider units and reports only the changed values', () => {
		const path = scenarioFile('ct.json', {
			values: { councilTaxIncrease: 2.99, referendumLimit: true }
		});
		const out = JSON.parse(model([path]).stdout);
		expect(out.values).toEqual({ councilTaxIncrease: 2.99 });
		// 2,225.79 × 1.0299 = 2,292.342 → £2,292.34 Band D in 2027/28.
		expect(out.years[1].bandDCouncilTax).toBe('2292.34');
	});

	it('prints CSV with one row per year and one column per line', () => {
		const result = model(['--format', 'csv']);
		expect(result.status).toBe(0);
		const rows = result.stdout.trim().split('\r\n');
		expect(rows).toHaveLength(12);
		const header = cells(rows[0]);
		expect(header[0]).toBe('Year');
		expect(header).toContain('Council tax (£)');
		expect(header).toContain('Culture, leisure and planning (£)');
		expect(rows.every((row) => cells(row).length === header.length)).toBe(true);
		expect(header).toContain('High-needs (DSG) deficit held off the general fund, cumulative (£)');
		// 76,608 Band D equivalents × £2,225.79.
		expect(rows[1].startsWith('2026/27,170513320.32,')).toBe(true);
	});

	it('rejects an unknown parameter and an out-of-range value, naming both', () => {
		const path = scenarioFile('bad.json', { values: { notALever: 1, councilTaxIncrease: 99 } });
		const result = model([path]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('notALever');
		expect(result.stderr).toContain('councilTaxIncrease');
		expect(result.stdout).toBe('');
	});

	it('rejects a file without the values wrapper, naming the stray key, instead of the baseline', () => {
		const bare = model([scenarioFile('bare.json', { councilTaxIncrease: 2 })]);
		expect(bare.status).toBe(2);
		expect(bare.stderr).toContain('unknown key "councilTaxIncrease"');
		expect(bare.stderr).toContain('values: missing');
		expect(bare.stdout).toBe('');

		const extra = model([scenarioFile('extra.json', { values: {}, valuez: { cpiInflation: 3 } })]);
		expect(extra.status).toBe(2);
		expect(extra.stderr).toContain('unknown key "valuez"');

		const empty = model([scenarioFile('empty.json', {})]);
		expect(empty.status).toBe(2);
		expect(empty.stderr).toContain('values: missing');

		const notObject = model([scenarioFile('array.json', { values: [2] })]);
		expect(notObject.status).toBe(2);
		expect(notObject.stderr).toContain('values: must be an object');
	});

	it('rejects malformed JSON, an unknown authority and an unknown format', () => {
		expect(model([scenarioFile('broken.json', '{"values": ')]).stderr).toContain('not valid JSON');
		const unknownAuthority = model(['--authority', 'atlantis']);
		expect(unknownAuthority.status).toBe(2);
		expect(unknownAuthority.stderr).toContain('atlantis');
		expect(model(['--format', 'xml']).status).toBe(2);
	});

	it('runs each analysis: sensitivity, seeded Monte Carlo, goal seek', () => {
		const sensitivity = JSON.parse(model(['--analysis', 'sensitivity']).stdout);
		expect(sensitivity.entries[0].parameterId).toBe('socialCareInflation');
		expect(sensitivity.entries[0].highEffect).toMatch(/^\d+\.\d{2}$/);

		const first = JSON.parse(
			model(['--analysis', 'montecarlo', '--runs', '50', '--seed', '3']).stdout
		);
		const again = JSON.parse(
			model(['--analysis', 'montecarlo', '--runs', '50', '--seed', '3']).stdout
		);
		expect(first.runs).toBe(50);
		expect(first).toEqual(again);

		const seek = JSON.parse(
			model(['--analysis', 'goalseek', '--lever', 'councilTaxIncrease', '--target', 'gap:2031/32'])
				.stdout
		);
		expect(seek.target).toEqual({ kind: 'gapClosed', yearIndex: 5 });
		// With the referendum limit on (the status quo) goal seek stays within it, and says
		// plainly that only a breach would close the gap.
		const [answer] = seek.results;
		expect(answer).toMatchObject({ parameterId: 'councilTaxIncrease', met: false, value: 4.99 });
		expect(answer.limit.max).toBe(4.99);
		expect(answer.onlyByBreach).toBeGreaterThan(4.99);
		expect(answer.note).toContain('Only a breach of the law would do it');
	});

	it('rejects an unknown analysis, lever or target', () => {
		expect(model(['--analysis', 'astrology']).status).toBe(2);
		const lever = model(['--analysis', 'goalseek', '--lever', 'cpiInflation']);
		expect(lever.status).toBe(2);
		expect(lever.stderr).toContain('--lever');
		expect(model(['--analysis', 'goalseek', '--target', 'gap:2026/27']).status).toBe(2);
		expect(model(['--analysis', 'goalseek', '--target', 'gap:2037/38']).status).toBe(2);
		expect(model(['--analysis', 'montecarlo', '--runs', '0']).status).toBe(2);
	});
});
