import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
	authorityFigureIds,
	figureWhere,
	grantLineIds,
	grantWhere,
	serviceDetailSections,
	serviceDetailWhere,
	serviceLineIds,
	serviceWhere
} from '../../models/index';
import { guideLines, importGuideMarkdown } from '../../src/lib/import-guide';

const path = 'docs/import.md';
const docs = readFileSync(path, 'utf8');

describe('docs/import.md', () => {
	it('is what the declarations in models/ generate (run npm run docs:import)', async () => {
		const options = { ...(await resolveConfig(path)), filepath: path };
		expect(docs).toBe(await format(importGuideMarkdown(), options));
	});

	it('names every line id, with its unit, range and where to find it', () => {
		const all = [...authorityFigureIds, ...serviceLineIds, ...grantLineIds];
		const detail = serviceDetailSections.flatMap((s) => serviceLineIds.map((id) => `${s}.${id}`));
		expect(
			guideLines().map((l) => (l.section in serviceDetailWhere ? `${l.section}.${l.id}` : l.id))
		).toEqual([...all, ...detail]);
		for (const line of guideLines()) {
			// A gross-budget part is one row for every service, keyed by its section.
			const key = line.section in serviceDetailWhere ? line.section : line.id;
			const row = docs.split('\n').find((l) => l.startsWith(`| \`${key}\``));
			expect(row, line.id).toBeDefined();
			expect(row).toContain(line.where);
			expect(row).toContain(line.range);
			expect(row).toContain(` ${line.unit} `);
		}
		expect(Object.keys({ ...figureWhere, ...serviceWhere, ...grantWhere }).sort()).toEqual(
			[...all].sort()
		);
		expect(Object.keys(serviceDetailWhere)).toEqual([...serviceDetailSections]);
	});

	it('states how a net line is derived from its gross', () => {
		expect(docs).toContain(
			'services line = grossExpenditure − ringfencedGrants − feesAndCharges   (to the penny)'
		);
	});

	it('states the balancing rule as a formula', () => {
		expect(docs).toContain('council tax     = round(councilTaxBase × bandDCouncilTax)');
		expect(docs).toContain('interest        = round(externalDebt × averageDebtRate)');
		expect(docs).toContain('spending − income = plannedUseOfReserves');
		expect(docs).toContain('+ collectionFundSurplus +');
		expect(docs).toContain('+ combinedAuthorityLevy +');
	});
});
