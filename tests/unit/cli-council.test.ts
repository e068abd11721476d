/**
 * `npm run model` checks a scenario against the council asked for, as the web does: ranges
 * and status quo differ by council, so validating against the default council refused good
 * values, accepted bad ones and echoed real changes back as unchanged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorityById, parametersFor } from '../../models/index';

const dir = mkdtempSync(join(tmpdir(), 'rewire-cli-council-'));
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function model(authority: string, values: Record<string, number>, inFile = false) {
	const path = join(dir, `${authority}-${Object.keys(values).join('-')}.json`);
	const scenario = inFile ? { authorityId: authority, values } : { values };
	writeFileSync(path, JSON.stringify(scenario));
	const args = inFile ? [path] : [path, '--authority', authority];
	return spawnSync(tsx, ['scripts/model.ts', ...args], { encoding: 'utf8' });
}

function range(authority: string, id: string) {
	const parameter = parametersFor(authorityById.get(authority)!).find((p) => p.id === id)!;
	return parameter as { min: number; max: number; statusQuo: number | boolean };
}

describe('npm run model validates against the chosen council', { timeout: 60_000 }, () => {
	it('takes a county value outside the default council’s range and inside its own', () => {
		// Anyshire's retention range starts below the met default's status quo.
		expect(range('anyshire', 'businessRatesRetention').min).toBeLessThan(
			range('anyborough', 'businessRatesRetention').min
		);
		const run = model('anyshire', { businessRatesRetention: 20 });
		expect(run.status, run.stderr).toBe(0);
		expect(JSON.parse(run.stdout).values).toEqual({ businessRatesRetention: 20 });
	});

	it('refuses a county value inside the default council’s range but outside its own', () => {
		expect(range('anyshire', 'businessRatesRetention').max).toBeLessThan(90);
		const run = model('anyshire', { businessRatesRetention: 90 });
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/businessRatesRetention/);
	});

	it('takes the county’s larger prevention investment', () => {
		const { max } = range('anyshire', 'preventionInvestment');
		expect(max).toBeGreaterThan(range('anyborough', 'preventionInvestment').max);
		const run = model('anyshire', { preventionInvestment: max });
		expect(run.status, run.stderr).toBe(0);
		expect(JSON.parse(run.stdout).values).toEqual({ preventionInvestment: max });
	});

	it('reports a district’s tax rise that is the default council’s status quo, also via authorityId', () => {
		expect(range('anyvale', 'councilTaxIncrease').statusQuo).not.toBe(4.99);
		for (const inFile of [false, true]) {
			const run = model('anyvale', { councilTaxIncrease: 4.99 }, inFile);
			expect(run.status, run.stderr).toBe(0);
			const out = JSON.parse(run.stdout);
			expect(out.authority.id).toBe('anyvale');
			expect(out.values).toEqual({ councilTaxIncrease: 4.99 });
		}
	});
});
