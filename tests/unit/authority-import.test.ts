import { describe, expect, it } from 'vitest';
import { authorities } from '../../models/index';
import {
	authorityToCsv,
	importAuthorityCsv,
	importAuthorityFile,
	importAuthorityJson,
	MAX_IMPORT_BYTES
} from '../../src/lib/authority-import';
import { csvCell, parseCsv } from '../../src/lib/csv';

const template = authorityToCsv(authorities[0]);
const bytes = (text: string) => new TextEncoder().encode(text);

/** Replace one line of the template, found by its section and id. */
function withLine(section: string, id: string, replacement: string): string {
	return template
		.split('\r\n')
		.map((line) => (line.startsWith(`${section},${id},`) ? replacement : line))
		.join('\r\n');
}

function errorsOf(result: ReturnType<typeof importAuthorityCsv>): string[] {
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.errors;
}

describe('the CSV template', () => {
	it.each(authorities.map((a) => [a.id, a] as const))('round-trips %s exactly', (_, authority) => {
		const result = importAuthorityCsv(authorityToCsv(authority));
		expect(result).toEqual({ ok: true, authority: { ...authority, fictional: false } });
	});

	it('has one line per figure with name, value, unit, evidence and source', () => {
		const rows = parseCsv(template);
		expect(rows[0].cells).toEqual([
			'section',
			'id',
			'label',
			'value',
			'unit',
			'evidence',
			'source or reasoning',
			'note'
		]);
		const population = rows.find((r) => r.cells[1] === 'population')!.cells;
		expect(population.slice(0, 6)).toEqual([
			'figures',
			'population',
			'Population',
			'320000',
			'people',
			'estimate'
		]);
		expect(population[6]).toMatch(/Office for National Statistics \| 2025/);
	});

	it('reads JSON in the models/ schema too', () => {
		const result = importAuthorityFile(bytes(JSON.stringify(authorities[1])));
		expect(result).toEqual({ ok: true, authority: authorities[1] });
	});
});

describe('line-by-line errors', () => {
	it('names the line, the field and what was expected for each kind of bad line', () => {
		const cases: [string, string, string, RegExp][] = [
			[
				'figures',
				'population',
				'figures,population,Population,lots,people,estimate,x | y | 2025 | ,',
				/line \d+ \(figures\.population\): value must be a number, found “lots”/
			],
			[
				'figures',
				'councilTaxBase',
				'figures,councilTaxBase,Tax base,76000,Band D,guess,x | y | 2025,',
				/evidence must be published, estimate or assumption, found “guess”/
			],
			[
				'figures',
				'bandDCouncilTax',
				'figures,bandDCouncilTax,Band D,2120,gbp,estimate,somebody told me,',
				/source must read “title \| publisher \| year \| url”/
			],
			[
				'figures',
				'earmarkedAvailableShare',
				'figures,earmarkedAvailableShare,Share,0.4,rate,assumption,,',
				/an assumption needs its reasoning/
			],
			[
				'services',
				'adultSocialCare',
				'services,adultSocialCare,Adult social care,"=HYPERLINK(""http://x"")",gbp,estimate,a | b | 2025,',
				/formulas are not accepted/
			],
			[
				'grants',
				'otherGrants',
				'grants,otherGrants,Other grants,14630000,gbp',
				/expected 8 cells, found 5/
			],
			[
				'authority',
				'kind',
				'authority,kind,kind,parish council,,,,',
				/authority\.kind.*expected one of/
			]
		];
		for (const [section, id, replacement, expected] of cases) {
			const errors = errorsOf(importAuthorityCsv(withLine(section, id, replacement)));
			expect(errors.join('\n')).toMatch(expected);
			expect(errors.join('\n')).toMatch(/line \d+/);
		}
	});

	it('reports unknown, duplicated and missing lines', () => {
		const lines = template.split('\r\n');
		const population = lines.find((l) => l.startsWith('figures,population,'))!;
		const withExtra = [
			...lines.slice(0, -1),
			'figures,moonbeams,Moonbeams,1,each,estimate,a | b | 2025,',
			population,
			''
		].join('\r\n');
		const errors = errorsOf(importAuthorityCsv(withExtra));
		expect(errors.some((e) => /unknown figures line “moonbeams”/.test(e))).toBe(true);
		expect(errors.some((e) => /already given on line \d+/.test(e))).toBe(true);
		const withoutPopulation = lines.filter((l) => l !== population).join('\r\n');
		expect(errorsOf(importAuthorityCsv(withoutPopulation))).toContain(
			'missing line: figures.population'
		);
	});

	it('gives no authority at all when one line is bad, even if the rest balances', () => {
		const result = importAuthorityCsv(
			withLine(
				'figures',
				'population',
				'figures,population,Population,,people,estimate,a | b | 2025,'
			)
		);
		expect(result.ok).toBe(false);
		expect('authority' in result).toBe(false);
	});

	it('refuses a baseline whose 2025/26 budget does not balance, saying by how much', () => {
		const unbalanced = withLine(
			'services',
			'centralAndCorporate',
			'services,centralAndCorporate,Central,23500100,gbp,estimate,a | b | 2025,'
		);
		expect(errorsOf(importAuthorityCsv(unbalanced))[0]).toMatch(/does not balance.*£100\.00/);
	});

	it('requires the template header first', () => {
		expect(errorsOf(importAuthorityCsv('name,value\r\npopulation,1\r\n'))[0]).toMatch(
			/line 1: the first line must be the template header/
		);
	});
});

describe('large and hostile files', () => {
	it('refuses empty, huge, binary and non-UTF-8 files with a clear reason', () => {
		expect(importAuthorityFile(new Uint8Array())).toEqual({
			ok: false,
			errors: ['the file is empty']
		});
		expect(errorsOf(importAuthorityFile(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65)))[0]).toMatch(
			/limit is 256 KiB/
		);
		expect(
			errorsOf(importAuthorityFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))[0]
		).toMatch(/binary/);
		expect(
			errorsOf(importAuthorityFile(new Uint8Array([0x73, 0x65, 0x63, 0xe9, 0x0a])))[0]
		).toMatch(/not UTF-8/);
	});

	it('accepts a UTF-8 byte-order mark, as Excel writes one', () => {
		expect(importAuthorityFile(bytes('\uFEFF' + template)).ok).toBe(true);
	});

	it('refuses formula text in JSON and malformed JSON', () => {
		const hostile = structuredClone(authorities[0]) as { name: string };
		hostile.name = '@SUM(A1:A9)';
		expect(errorsOf(importAuthorityJson(JSON.stringify(hostile)))[0]).toMatch(
			/^name: text starting with/
		);
		expect(errorsOf(importAuthorityJson('{"id": '))[0]).toMatch(/not valid JSON/);
		expect(errorsOf(importAuthorityJson('[]'))[0]).toMatch(/\(authority\)|expected object/);
	});

	it('escapes formula-like cells on export but leaves negative numbers alone', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('+44 20')).toBe("'+44 20");
		expect(csvCell('@user')).toBe("'@user");
		expect(csvCell('-11400000')).toBe('-11400000');
		expect(csvCell('-0.25')).toBe('-0.25');
	});
});

describe('a figure added after imports began', () => {
	it('reads a template or JSON without housingDemandGrowth as zero growth, marked as an assumption', () => {
		const csv = template
			.split('\r\n')
			.filter((line) => !line.startsWith('figures,housingDemandGrowth,'))
			.join('\r\n');
		const fromCsv = importAuthorityCsv(csv);
		expect(fromCsv.ok).toBe(true);
		if (fromCsv.ok)
			expect(fromCsv.authority.figures.housingDemandGrowth).toMatchObject({
				value: 0,
				evidence: 'assumption'
			});
		const json = structuredClone(authorities[2]) as { figures: Record<string, unknown> };
		delete json.figures.housingDemandGrowth;
		const fromJson = importAuthorityJson(JSON.stringify(json));
		expect(fromJson.ok).toBe(true);
		if (fromJson.ok) expect(fromJson.authority.figures.housingDemandGrowth.value).toBe(0);
	});
});
