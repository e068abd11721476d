/**
 * Every message docs/import.md documents (importMessages) is produced by a case here: the
 * cases are keyed by the catalogue's ids, so a message documented without a test fails.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { authorities } from '../../models/index';
import { authorityToCsv, importAuthorityCsv } from '../../src/lib/authority-import';
import { csvRows, parseCsv } from '../../src/lib/csv';
import { importMessages, type ImportMessageId } from '../../src/lib/import-guide';
import { authorityToXlsx, importAuthorityUpload } from '../../src/lib/server/authority-xlsx';
import { anyborough2025 } from './anyborough-2025';
import { slow } from './arbitraries';

const met = anyborough2025;
const district = authorities.find((a) => a.kind === 'shire district')!;
const districtTemplate = authorityToCsv(district);
const template = authorityToCsv(met);
const rows = (csv = template) => parseCsv(csv).map((r) => r.cells);
const withCell = (id: string, value: string, cell = 3, csv = template) =>
	csvRows(rows(csv).map((c) => (c[1] === id && c[0] !== 'section' ? c.with(cell, value) : c)));
const csv = (text: string) => async () => importAuthorityCsv(text);
const bytes = (data: number[]) => async () => importAuthorityUpload(Uint8Array.from(data));

const cases: Record<ImportMessageId, [() => Promise<unknown>, RegExp]> = {
	header: [
		csv('name,value\r\npopulation,1\r\n'),
		/^line 1: the first line must be the template header/
	],
	cells: [
		csv(template.replace(/^(figures,population,.*)$/m, '$1,extra')),
		/^line 6: expected 8 cells, found 9$/
	],
	formula: [
		csv(template.replace(/^(figures,population,Population,)320000,/m, '$1=1+1,')),
		/^line 6 \(figures\.population\): the value starts with “=”: formulas are not accepted, only plain values$/
	],
	duplicate: [
		csv(
			template + template.split('\r\n').find((l) => l.startsWith('figures,population,')) + '\r\n'
		),
		/\(figures\.population\): already given on line 6$/
	],
	'unknown-line': [
		csv(template.replace('figures,population,', 'figures,populaton,')),
		/^line 6: unknown figures line “populaton”; did you mean population\?$/
	],
	'wrong-section': [
		csv(template.replace('figures,topUp,', 'grants,topUp,')),
		/: “topUp” is a figures line, not grants: write figures in the first cell$/
	],
	'unknown-section': [
		csv(template.replace('figures,population,', 'figure,population,')),
		/^line 6: unknown section “figure”; expected authority, figures, services, grants, grossExpenditure, ringfencedGrants or feesAndCharges \(did you mean figures\?\)$/
	],
	missing: [csv(template.replace(/^figures,topUp,.*\r\n/m, '')), /^missing line: figures\.topUp$/],
	'not-a-number': [
		csv(withCell('population', 'lots')),
		/^line 6 \(figures\.population\): value must be a number, found “lots”; write it as, for example, 320000$/
	],
	'ambiguous-separator': [
		csv(
			csvRows(rows(withCell('averageDebtRate', '0,04', 3, withCell('population', '320.000'))), ';')
		),
		/found “320\.000”: it could be 320000 or 320: write 320000 without a separator, or 320,0000 for the decimal$/
	],
	'in-millions': [
		csv(withCell('adultSocialCare', '£120.5m')),
		/value must be a number, found “£120\.5m”: write pounds in full: 120500000, not in m$/
	],
	'percent-not-money': [
		csv(withCell('bandDCouncilTax', '49%')),
		/found “49%”: a percentage, but this line is in pounds; write the number alone$/
	],
	unit: [
		csv(withCell('satisfactionWithCouncil', 'percent', 4)),
		/\(figures\.satisfactionWithCouncil\): unit "percent" — expected "share" \(0\.57 for 57 %\)$/
	],
	range: [
		csv(withCell('populationGrowth', '0.8')),
		/\(figures\.populationGrowth\): 0\.8 is outside the plausible range −0\.05 to 0\.10 a year/
	],
	source: [
		csv(withCell('population', 'ONS', 6)),
		/\(figures\.population\): the source must read “title \| publisher \| year \| url”, found “ONS”$/
	],
	evidence: [
		csv(withCell('population', 'guess', 5)),
		/\(figures\.population\): evidence must be published, estimate or assumption, found “guess”$/
	],
	kind: [
		csv(withCell('kind', 'parish')),
		/^line 4 \(authority\.kind\): expected one of metropolitan borough, unitary/
	],
	'kind-share': [
		csv(authorityToCsv(district).replace(/^(figures,localShareOfRates,[^,]*,)0\.4,/m, '$10.49,')),
		/\(figures\.localShareOfRates\): a shire district keeps 40 % of business rates$/
	],
	unbalanced: [
		csv(withCell('centralAndCorporate', String(met.services.centralAndCorporate.value + 1e6))),
		/^2025\/26 does not balance: income £393,000,000\.00, spending £394,000,000\.00 \(difference £1,000,000\.00: spending is more than income\)/
	],
	'looks-like-millions': [
		csv(withCell('adultSocialCare', '140')),
		/\(services\.adultSocialCare\): 140 looks like £m; write pounds: 140000000, with which the budget balances or nearly does$/
	],
	'wrong-sign': [
		csv(withCell('topUp', String(-met.figures.topUp.value))),
		/\(figures\.topUp\): -55000000 looks like the wrong sign; write 55000000/
	],
	'nearest-lines': [
		csv(withCell('centralAndCorporate', String(met.services.centralAndCorporate.value + 1e6))),
		/^lines whose part in the budget is nearest the difference, to check first/
	],
	'not-text': [bytes([0x89, 0x50, 0x4e, 0x47, 0, 0]), /^the file is binary, not text/],
	utf16: [bytes([0xff, 0xfe, 0x73, 0]), /^the file is UTF-16 text \(Excel’s “Unicode text”\)/],
	'gross-mismatch': [
		csv(
			csvRows([
				...rows(),
				[
					'grossExpenditure',
					'centralAndCorporate',
					'Central: gross',
					'90000000',
					'gbp',
					'assumption',
					'a test',
					''
				],
				[
					'feesAndCharges',
					'centralAndCorporate',
					'Central: fees',
					'1000000',
					'gbp',
					'assumption',
					'a test',
					''
				]
			])
		),
		/^line \d+ \(services\.centralAndCorporate\): the net budget £[\d,.]+ is not gross expenditure less ringfenced grants and fees and charges: line \d+ \(grossExpenditure\.centralAndCorporate\) £90,000,000\.00 − line \d+ \(feesAndCharges\.centralAndCorporate\) £1,000,000\.00 = £89,000,000\.00;/
	],
	'without-gross': [
		csv(
			csvRows([
				...rows(),
				[
					'ringfencedGrants',
					'adultSocialCare',
					'Public health grant',
					'15000000',
					'gbp',
					'assumption',
					'a test',
					''
				]
			])
		),
		/^line \d+ \(ringfencedGrants\.adultSocialCare\): this service has no gross expenditure line \(grossExpenditure,adultSocialCare\)/
	],
	'care-precept': [
		csv(withCell('adultSocialCarePreceptBandD', '50', 3, districtTemplate)),
		/^line \d+ \(figures\.adultSocialCarePreceptBandD\): a shire district runs no adult social care/
	],
	unpacked: [
		async () => {
			// The template with a part that packs small and unpacks to 9 MiB of zeros.
			const zip = await JSZip.loadAsync(await authorityToXlsx(met));
			zip.file('xl/media/padding.bin', new Uint8Array(9 * 1024 * 1024));
			const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
			expect(data.byteLength).toBeLessThan(256 * 1024);
			return importAuthorityUpload(data);
		},
		/^the workbook unpacks to more than that; the limit is 8 MiB/
	],
	workbook: [
		async () => {
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load((await authorityToXlsx(met)) as unknown as ExcelJS.Buffer);
			workbook.getWorksheet('Baseline')!.name = 'Budget';
			workbook.addWorksheet('Notes');
			const data = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
			return importAuthorityUpload(data);
		},
		/^the workbook has no sheet named “Baseline” \(it has “Budget”, “Notes”\)/
	]
};

describe('every documented import message', () => {
	it('has a case here', () => {
		expect(Object.keys(cases).sort()).toEqual(importMessages.map((m) => m.id).sort());
	});

	// A few cases build whole workbooks (one packs 9 MiB), which takes seconds on a busy machine.
	it.each(importMessages.map((m) => [m.id, m] as const))(
		'%s is given',
		slow(),
		async (id, message) => {
			const [run, pattern] = cases[id];
			const result = (await run()) as { ok: boolean; errors?: string[] };
			expect(result.ok).toBe(false);
			expect(
				result.errors!.some((e) => pattern.test(e)),
				result.errors!.join('\n')
			).toBe(true);
			// The documented example is in the message's own words, up to its first particular.
			const words = message.example
				.replace(/^line \d+( \([^)]*\))?: /, '')
				.split(/[“…"\d]/)[0]
				.trim();
			if (words.length >= 10) expect(result.errors!.join('\n')).toContain(words);
		}
	);
});
