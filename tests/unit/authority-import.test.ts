import { describe, expect, it } from 'vitest';
import {
	authorities,
	authorityRules,
	figureRuleProblems,
	type Figure,
	type FigureRule
} from '../../models/index';
import {
	authorityToCsv,
	importAuthorityCsv,
	importAuthorityFile,
	importAuthorityJson,
	MAX_IMPORT_BYTES
} from '../../src/lib/authority-import';
import { csvCell, parseCsv, unescapeCell } from '../../src/lib/csv';
import { templateColumns } from '../fixtures/template-columns';

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
		expect(result).toEqual({
			ok: true,
			authority: { ...authority, fictional: false },
			summary: []
		});
	});

	it('has one line per figure with name, value, unit, evidence and source', () => {
		const rows = parseCsv(template);
		expect(rows[0].cells).toEqual(templateColumns);
		const population = rows.find((r) => r.cells[1] === 'population')!.cells;
		expect(population.slice(0, 6)).toEqual([
			'figures',
			'population',
			'Population',
			String(authorities[0].figures.population.value),
			'people',
			'estimate'
		]);
		expect(population[6]).toMatch(/Office for National Statistics \| 2025/);
	});

	it('reads JSON in the models/ schema too', () => {
		const result = importAuthorityFile(bytes(JSON.stringify(authorities[1])));
		expect(result).toEqual({ ok: true, authority: authorities[1], summary: [] });
	});
});

describe('signed numbers and escaped text', () => {
	it('reads a signed number, with thousands separators, as a number, not a formula', () => {
		const district = authorities.find((a) => a.kind === 'shire district')!;
		const tariff = district.figures.topUp.value; // a tariff: negative
		const people = district.figures.population.value;
		const withCommas = `"${tariff.toLocaleString('en-GB')}"`; // "-11,628,000"
		const csv = authorityToCsv(district)
			.replace(new RegExp(`^(figures,topUp,[^,]*,)${tariff},`, 'm'), `$1${withCommas},`)
			.replace(new RegExp(`^(figures,population,[^,]*,)${people},`, 'm'), `$1+${people},`);
		expect(withCommas).toMatch(/^"-\d{1,3}(,\d{3})+"$/);
		expect(csv).toContain(withCommas);
		expect(csv).toContain(`,+${people},`);
		const result = importAuthorityCsv(csv);
		expect(result).toEqual({
			ok: true,
			authority: { ...district, fictional: false },
			summary: [
				`thousands separators taken out (line 16): “${withCommas.slice(1, -1)}” as ${tariff}`
			]
		});
	});

	it('refuses a formula once, naming its line and field, without a spurious missing line', () => {
		const errors = errorsOf(
			importAuthorityCsv(withLine('authority', 'name', 'authority,name,name,=1+1,,,,'))
		);
		expect(errors).toEqual([
			expect.stringMatching(
				/^line 3 \(authority\.name\): the value starts with “=”: formulas are not accepted/
			)
		]);
	});

	it('takes the export’s apostrophe off again, so text beginning = + - @ round-trips exactly', () => {
		const authority = structuredClone({ ...authorities[0], fictional: false });
		authority.figures.population.note = '- rounded to the nearest 10,000';
		authority.services.adultSocialCare.note = '-2+3';
		authority.grants.otherGrants.note = "'=quoted already";
		authority.figures.topUp.note = "'-5";
		const once = authorityToCsv(authority);
		expect(once).toContain("'- rounded");
		const imported = importAuthorityCsv(once);
		expect(imported).toEqual({ ok: true, authority, summary: [] });
		expect(authorityToCsv((imported as { authority: typeof authority }).authority)).toBe(once);
		for (const text of ['=x', "'=x", "''+y", "'plain", '-3', "'-3", '@me'])
			expect(unescapeCell(csvCell(text).replace(/^"|"$/g, ''))).toBe(text);
	});
});

describe('units and plausible ranges', () => {
	it.each(authorities.map((a) => [a.id, a] as const))(
		'every figure of %s has its declared unit and lies within its range',
		(_, authority) => {
			for (const section of ['figures', 'services', 'grants'] as const) {
				const rules: Record<string, FigureRule> = authorityRules[section];
				const figures = Object.entries(authority[section] as Record<string, Figure>);
				expect(Object.keys(rules).sort()).toEqual(figures.map(([id]) => id).sort());
				for (const [id, figure] of figures)
					expect(figureRuleProblems(rules[id], figure), `${section}.${id}`).toEqual([]);
			}
		}
	);

	it('refuses a wrong unit and a value out of range, naming the line', () => {
		const cases: [string, string, RegExp][] = [
			[
				'councilTaxBaseGrowth',
				'figures,councilTaxBaseGrowth,Growth,0.8,percent,estimate,a | b | 2025,',
				/^line 9 \(figures\.councilTaxBaseGrowth\): unit "percent" — expected "rate per year" \(0\.012 for 1\.2 % a year\)\nline 9 \(figures\.councilTaxBaseGrowth\): 0\.8 is outside the plausible range −0\.05 to 0\.10 a year/
			],
			[
				'population',
				'figures,population,Population,-320000,people,estimate,a | b | 2025,',
				/^line 6 \(figures\.population\): -320000 is outside the plausible range 1,000 to 2,000,000/
			],
			[
				'satisfactionWithCouncil',
				'figures,satisfactionWithCouncil,Satisfied,58,share,estimate,a | b | 2025,',
				/\(figures\.satisfactionWithCouncil\): 58 is outside the plausible range 0 to 1 \(0\.57 for 57 %/
			],
			[
				'earmarkedAvailableShare',
				'figures,earmarkedAvailableShare,Share,40,rate,assumption,officers judge,',
				/\(figures\.earmarkedAvailableShare\): 40 is outside the plausible range 0 to 1/
			],
			[
				'minimumGeneralFundShare',
				'figures,minimumGeneralFundShare,Share,5,rate,assumption,rule of thumb,',
				/\(figures\.minimumGeneralFundShare\): 5 is outside the plausible range 0 to 0\.50/
			]
		];
		for (const [id, replacement, expected] of cases) {
			const errors = errorsOf(importAuthorityCsv(withLine('figures', id, replacement)));
			expect(errors.join('\n')).toMatch(expected);
		}
	});

	it('accepts the unit in any case, and writes it back as the template does', () => {
		const shouting = withLine(
			'figures',
			'population',
			template
				.split('\r\n')
				.find((l) => l.startsWith('figures,population,'))!
				.replace(',people,', ',PEOPLE,')
		);
		expect(importAuthorityCsv(shouting)).toEqual(importAuthorityCsv(template));
	});

	it('checks JSON the same way, naming the path', () => {
		const json = structuredClone(authorities[0]);
		json.figures.councilTaxBaseGrowth.value = 0.8;
		json.figures.satisfactionWithCouncil.unit = 'percent';
		expect(errorsOf(importAuthorityJson(JSON.stringify(json)))).toEqual([
			expect.stringMatching(
				/^figures\.councilTaxBaseGrowth\.value: 0\.8 is outside the plausible range −0\.05 to 0\.10 a year/
			),
			'figures.satisfactionWithCouncil.unit: unit "percent" — expected "share" (0.57 for 57 %)'
		]);
	});
});

describe('whole-authority problems', () => {
	it('name the CSV line they came from, in plain words', () => {
		const bad = withLine('authority', 'name', 'authority,name,name,,,,,').replace(
			/^authority,id,id,anyborough,/m,
			'authority,id,id,My Council,'
		);
		expect(errorsOf(importAuthorityCsv(bad))).toEqual([
			'line 2 (authority.id): must be lower-case letters, digits and hyphens, starting with a letter, found “My Council”',
			'line 3 (authority.name): must not be empty'
		]);
		const district = authorities.find((a) => a.kind === 'shire district')!;
		const wrongShare = authorityToCsv(district).replace(
			/^(figures,localShareOfRates,[^,]*,)0\.4,/m,
			'$10.49,'
		);
		// In the same round, what the wrong share does to the balance.
		const errors = errorsOf(importAuthorityCsv(wrongShare));
		expect(errors[0]).toMatch(
			/^line \d+ \(figures\.localShareOfRates\): a shire district keeps 40 % of business rates$/
		);
		expect(errors[1]).toMatch(/^2026\/27 does not balance: .*income is more than spending/);
	});

	it('refuse unknown JSON keys by name rather than dropping them', () => {
		const json = structuredClone(authorities[0]) as unknown as Record<string, unknown> & {
			figures: { population: Record<string, unknown> };
		};
		json.colour = 'red';
		json.figures.population.colour = 'blue';
		expect(errorsOf(importAuthorityJson(JSON.stringify(json)))).toEqual([
			expect.stringMatching(/^figures\.population\.colour: unknown key “colour”/),
			expect.stringMatching(/^colour: unknown key “colour”/)
		]);
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

	it('refuses a baseline whose base-year budget does not balance, saying by how much', () => {
		const central = authorities[0].services.centralAndCorporate.value + 100;
		const unbalanced = withLine(
			'services',
			'centralAndCorporate',
			`services,centralAndCorporate,Central,${central},gbp,estimate,a | b | 2025,`
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

	it('names UTF-16 text, as Excel’s “Unicode text” saves it, rather than calling it binary', () => {
		for (const bom of [
			[0xff, 0xfe, 0x73, 0x00],
			[0xfe, 0xff, 0x00, 0x73]
		]) {
			expect(errorsOf(importAuthorityFile(new Uint8Array(bom)))).toEqual([
				expect.stringMatching(/UTF-16.*save it as “CSV UTF-8”/)
			]);
		}
	});

	it('refuses absurdly nested JSON clearly, without overflowing the stack', () => {
		const depth = 100_000;
		const nested = `{"figures":${'['.repeat(depth)}${']'.repeat(depth)}}`;
		expect(nested.length).toBeLessThan(MAX_IMPORT_BYTES);
		expect(errorsOf(importAuthorityFile(bytes(nested)))).toEqual([
			expect.stringMatching(/^figures(\.0)+: nested more than 16 levels deep/)
		]);
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
