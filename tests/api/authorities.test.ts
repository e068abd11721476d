/**
 * An officer's own council through the API: the template imports back as it was, a changed
 * baseline projects, every bad file is refused line by line with nothing saved, an own council
 * is private to its owner (but a scenario shared from it still opens), and the CSV written back
 * out cannot smuggle a formula into a spreadsheet.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authorities as samples, MODEL_VERSION } from '../../models/index';
import { serveThisFileWithCast, withRawStore } from './server';

const { centralAndCorporate: central, housingAndHomelessness: housing } = samples[0].services;

const { server, cast } = serveThisFileWithCast({ beforeAll, afterAll });
let template: string;

beforeAll(async () => {
	const reply = await cast.anonymous.get('/api/authorities/template.csv');
	expect(reply.status, reply.text).toBe(200);
	template = reply.text;
}, 60_000);

/** Replace the value cell of one template line, found by its section and id. */
function withValue(csv: string, section: string, id: string, value: string): string {
	// The lines changed here have no quoted cell before the value.
	const line = new RegExp(`^(${section},${id},[^,"]*,)[^,]*`, 'm');
	expect(csv, `${section}.${id} is in the template`).toMatch(line);
	return csv.replace(line, (_, start) => `${start}${value}`);
}

/** A baseline that still balances: £1m moved from central costs to housing, and a new name. */
function testborough(csv = template): string {
	let changed = withValue(csv, 'authority', 'name', 'Testborough Council');
	changed = withValue(changed, 'services', 'centralAndCorporate', String(central.value - 1e6));
	return withValue(changed, 'services', 'housingAndHomelessness', String(housing.value + 1e6));
}

function upload(client = cast.officer, body: string | Uint8Array, type = 'text/csv') {
	return client.request('POST', '/api/authorities/import', undefined, {
		headers: { 'content-type': type },
		raw: body
	});
}

function storedAuthorities(): Promise<unknown[]> {
	return withRawStore(server.databasePath, (store) =>
		store.all('SELECT * FROM authorities ORDER BY id')
	);
}

describe('the template', () => {
	test('is Anyborough as CSV, one line per figure, and imports back unchanged', async () => {
		const reply = await cast.anonymous.get('/api/authorities/template.csv');
		expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(reply.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/);
		const lines = template.trimEnd().split('\r\n');
		expect(lines[0]).toBe('section,id,label,value,unit,evidence,source or reasoning,note');
		expect(lines).toContain('authority,name,name,Anyborough Metropolitan Borough Council,,,,');
		expect(lines.filter((l) => l.startsWith('services,'))).toHaveLength(8);

		const imported = await upload(cast.officer, template);
		expect(imported.status, imported.text).toBe(201);
		expect(imported.body.id).toMatch(/^own-[a-z0-9]+$/);
		expect(imported.body).toMatchObject({
			name: 'Anyborough Metropolitan Borough Council',
			kind: 'metropolitan borough',
			own: true,
			modelVersion: MODEL_VERSION,
			deletedAt: null
		});
		// The same figures, under the new id, no longer marked fictional.
		expect(imported.body.authority).toEqual({
			...samples[0],
			id: imported.body.id,
			fictional: false
		});

		// Written back out, it is the template again but for its id.
		const exported = await cast.officer.get(`/api/authorities/${imported.body.id}/export.csv`);
		expect(exported.status).toBe(200);
		expect(exported.text).toBe(
			template.replace('authority,id,id,anyborough,', `authority,id,id,${imported.body.id},`)
		);
		const fromOwn = await cast.officer.get(
			`/api/authorities/template.csv?from=${imported.body.id}`
		);
		expect(fromOwn.text).toBe(exported.text);
	});

	test('can start from another sample, and refuses an unknown one naming "from"', async () => {
		const shire = await cast.anonymous.get('/api/authorities/template.csv?from=anyshire');
		expect(shire.status).toBe(200);
		expect(shire.text).toContain('authority,kind,kind,shire county,');
		const unknown = await cast.anonymous.get('/api/authorities/template.csv?from=atlantis');
		expect(unknown.status).toBe(400);
		expect(unknown.body.error.field).toBe('from');
	});
});

/** An officer imports a file from tests/fixtures/import; it must be accepted. */
async function importFixture(name: string) {
	const file = readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
	const reply = await upload(cast.officer, new Uint8Array(file));
	expect(reply.status, reply.text).toBe(201);
	return reply;
}

describe('a met keeping 99 % of its rates, with a collection fund deficit and a draw on reserves', () => {
	test('imports, and projects with its base year balanced to the penny by the draw', async () => {
		const reply = await importFixture('met-99-percent-deficit-reserves.csv');
		expect(reply.body.summary).toContain(
			'the base year balances with a planned draw on reserves of £4,200,000.00'
		);
		const projected = await cast.officer.post('/api/project', {
			authorityId: reply.body.id,
			values: {}
		});
		expect(projected.status, projected.text).toBe(200);
		const [base, next] = projected.body.years;
		expect(base.gap).toBe('4200000.00');
		expect(base.reservesUsed).toBe('4200000.00');
		expect(base.income.collectionFundSurplus).toBe('-1850000.00');
		expect(base.expenditure.combinedAuthorityLevy).toBe('16380000.00');
		// Closing reserves are opening less the draw, to the penny.
		const drawn = Math.round((Number(base.openingReserves) - Number(base.closingReserves)) * 100);
		expect(drawn).toBe(420_000_000);
		expect(next.income.collectionFundSurplus).toBe('0.00');
		const bandD = base.bills.find((b: { band: string }) => b.band === 'D');
		expect(bandD.adultSocialCare).toBe('318.62');
	});
});

describe('a unitary giving gross expenditure, ringfenced grants and fees beside some services', () => {
	test('imports with its nets derived, projects as the net-only sample, and exports the gross lines', async () => {
		const reply = await importFixture('unitary-gross-grants-fees.csv');
		expect(reply.body.summary).toContain(
			'adult social care: gross £166,967,961.55 − ringfenced grants £14,862,311.00 − fees and charges £24,310,450.55 = net £127,795,200.00 (the net line derived from them)'
		);
		const sample = samples.find((a) => a.kind === 'unitary')!;
		const [ours, theirs] = await Promise.all(
			[reply.body.id, sample.id].map((authorityId) =>
				cast.officer.post('/api/project', { authorityId, values: {} })
			)
		);
		expect(ours.status, ours.text).toBe(200);
		expect(ours.body.years).toEqual(theirs.body.years);
		const stored = await cast.officer.get(`/api/authorities/${reply.body.id}`);
		expect(stored.status, stored.text).toBe(200);
		expect(JSON.stringify(stored.body)).toContain('"grossExpenditure"');
		const exported = await cast.officer.get(`/api/authorities/${reply.body.id}/export.csv`);
		expect(exported.status).toBe(200);
		for (const line of [
			'grossExpenditure,adultSocialCare,Adults and public health: gross expenditure,166967961.55,',
			'ringfencedGrants,centralAndCorporate,Resources (revenues and benefits): Housing benefit subsidy,58412906.37,',
			'feesAndCharges,cultureLeisureAndPlanning,'
		])
			expect(exported.text).toContain(line);
	});
});

describe('an imported council', () => {
	let id: string;

	beforeAll(async () => {
		const reply = await upload(cast.officer, testborough());
		expect(reply.status, reply.text).toBe(201);
		id = reply.body.id;
	});

	test('is listed for its owner after the samples, and for no one else', async () => {
		const mine = await cast.officer.get('/api/authorities');
		expect(mine.body.authorities.slice(0, samples.length).map((a: { id: string }) => a.id)).toEqual(
			samples.map((a) => a.id)
		);
		expect(mine.body.authorities).toContainEqual({
			id,
			name: 'Testborough Council',
			kind: 'metropolitan borough',
			kindLabel: 'Metropolitan borough',
			own: true
		});
		for (const client of [cast.otherOfficer, cast.viewer, cast.anonymous]) {
			const theirs = await client.get('/api/authorities');
			expect(theirs.body.authorities.map((a: { id: string }) => a.id)).not.toContain(id);
		}
		const got = await cast.officer.get(`/api/authorities/${id}`);
		expect(got.status).toBe(200);
		expect(got.body.authority.services.housingAndHomelessness.value).toBe(housing.value + 1e6);
	});

	test('projects through /api/project, balanced in its base year and unlike Anyborough', async () => {
		const reply = await cast.officer.post('/api/project', { authorityId: id, values: {} });
		expect(reply.status, reply.text).toBe(200);
		expect(reply.body.authority).toEqual({ id, name: 'Testborough Council' });
		expect(reply.body.years[0].gap).toBe('0.00');
		const sample = await cast.officer.post('/api/project', { values: {} });
		// The same total, spent differently: housing grows with homelessness, not population.
		expect(reply.body.years[0].expenditureTotal).toBe(sample.body.years[0].expenditureTotal);
		expect(reply.body.years[10].closingReserves).not.toBe(sample.body.years[10].closingReserves);

		const analysis = await cast.officer.post('/api/analysis/resilience', {
			authorityId: id,
			values: { councilTaxIncrease: 2.99 }
		});
		expect(analysis.status, analysis.text).toBe(200);
		const csv = await cast.officer.get(`/api/projection.csv?a=${id}&councilTaxIncrease=2.99`);
		expect(csv.status, csv.text).toBe(200);
	});

	test('cannot be used, read or deleted by anyone but its owner', async () => {
		for (const client of [cast.otherOfficer, cast.admin, cast.viewer, cast.anonymous]) {
			const projected = await client.post('/api/project', { authorityId: id, values: {} });
			expect(projected.status).toBe(400);
			expect(projected.body.error.field).toBe('authorityId');
			const analysed = await client.post('/api/analysis/guardrails', {
				authorityId: id,
				values: {}
			});
			expect(analysed.status).toBe(400);
			expect(analysed.body.error.field).toBe('authorityId');
			const csv = await client.get(`/api/projection.csv?a=${id}`);
			expect(csv.status).toBe(400);
			expect(csv.body.error.field).toBe('a');
			const copied = await client.get(`/api/authorities/template.csv?from=${id}`);
			expect(copied.status).toBe(400);
		}
		const saved = await cast.otherOfficer.post('/api/scenarios', {
			name: 'Borrowed',
			authorityId: id,
			values: {}
		});
		expect(saved.status).toBe(400);
		expect(saved.body.error.field).toBe('authorityId');
		for (const path of [`/api/authorities/${id}`, `/api/authorities/${id}/export.csv`]) {
			expect((await cast.otherOfficer.get(path)).status).toBe(404);
			expect((await cast.anonymous.get(path)).status).toBe(401);
		}
		expect((await cast.otherOfficer.delete(`/api/authorities/${id}`)).status).toBe(404);
		expect((await cast.officer.get(`/api/authorities/${id}`)).status).toBe(200);
	});

	test('a scenario saved on it opens, exports and, shared, opens for a viewer', async () => {
		const made = await cast.officer.post('/api/scenarios', {
			name: 'Testborough levy',
			authorityId: id,
			values: { touristLevy: 1 }
		});
		expect(made.status, made.text).toBe(201);
		expect(made.body).toMatchObject({
			authorityId: id,
			authorityName: 'Testborough Council',
			values: { touristLevy: 1 },
			modelNote: null
		});
		const moved = await cast.officer.put(`/api/scenarios/${made.body.id}`, {
			baseVersion: 1,
			authorityId: 'anyborough'
		});
		expect(moved.status, moved.text).toBe(200);
		const back = await cast.officer.put(`/api/scenarios/${made.body.id}`, {
			baseVersion: 2,
			authorityId: id
		});
		expect(back.status, back.text).toBe(200);
		expect(back.body.authorityName).toBe('Testborough Council');

		const exported = await cast.officer.get(`/api/scenarios/${made.body.id}/export.json`);
		expect(exported.status).toBe(200);
		expect(JSON.parse(exported.text).authority).toEqual({ id, name: 'Testborough Council' });

		const shared = await cast.officer.post(`/api/scenarios/${made.body.id}/share`, {
			baseVersion: 3,
			shared: true
		});
		expect(shared.status, shared.text).toBe(200);
		const opened = await cast.viewer.get(`/api/shared/${shared.body.shareToken}`);
		expect(opened.status, opened.text).toBe(200);
		expect(opened.body).toMatchObject({
			authorityId: id,
			authorityName: 'Testborough Council',
			values: { touristLevy: 1 },
			readOnly: true,
			modelNote: null
		});
		// Seeing a scenario on it does not make the council the viewer's to use.
		expect((await cast.viewer.post('/api/project', { authorityId: id, values: {} })).status).toBe(
			400
		);
	});

	test('deleted, it is no longer offered, but scenarios saved on it still open', async () => {
		const other = await upload(cast.officer, testborough());
		const gone = other.body.id as string;
		const made = await cast.officer.post('/api/scenarios', {
			name: 'On a council about to go',
			authorityId: gone,
			values: {}
		});
		expect(made.status).toBe(201);
		const deleted = await cast.officer.delete(`/api/authorities/${gone}`);
		expect(deleted.status).toBe(200);
		expect(deleted.body.deletedAt).not.toBeNull();
		const list = await cast.officer.get('/api/authorities');
		expect(list.body.authorities.map((a: { id: string }) => a.id)).not.toContain(gone);
		expect((await cast.officer.get(`/api/authorities/${gone}`)).status).toBe(404);
		const projected = await cast.officer.post('/api/project', { authorityId: gone, values: {} });
		expect(projected.status).toBe(400);
		const reopened = await cast.officer.get(`/api/scenarios/${made.body.id}`);
		expect(reopened.status).toBe(200);
		expect(reopened.body).toMatchObject({
			authorityId: gone,
			authorityName: 'Testborough Council'
		});

		// Only its owner can undo the delete; then it is offered and usable again, figures intact.
		for (const client of [cast.otherOfficer, cast.admin])
			expect((await client.post(`/api/authorities/${gone}/restore`, {})).status).toBe(404);
		expect((await cast.viewer.post(`/api/authorities/${gone}/restore`, {})).status).toBe(403);
		const junk = await cast.officer.post(`/api/authorities/${gone}/restore`, { now: true });
		expect(junk.status).toBe(400);
		const restored = await cast.officer.post(`/api/authorities/${gone}/restore`, {});
		expect(restored.status, restored.text).toBe(200);
		expect(restored.body).toMatchObject({ id: gone, deletedAt: null });
		expect(restored.body.authority).toEqual(other.body.authority);
		const again = await cast.officer.get('/api/authorities');
		expect(again.body.authorities.map((a: { id: string }) => a.id)).toContain(gone);
		expect(
			(await cast.officer.post('/api/project', { authorityId: gone, values: {} })).status
		).toBe(200);
		// Restoring what is not deleted is not found, as for scenarios.
		expect((await cast.officer.post(`/api/authorities/${gone}/restore`, {})).status).toBe(404);
	});
});

describe('a bad file', () => {
	const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));

	const cases: [string, () => string | Uint8Array, number, RegExp[], string?][] = [
		[
			'a value that is not a number',
			() => withValue(template, 'figures', 'population', 'lots'),
			400,
			[
				/^line 6 \(figures\.population\): value must be a number, found “lots”; write it as, for example, 320000$/
			]
		],
		[
			'two bad lines, each reported with its line',
			() =>
				withValue(
					withValue(template, 'figures', 'population', 'lots'),
					'grants',
					'otherGrants',
					'12m'
				),
			400,
			[/^line 6 \(figures\.population\)/, /^line \d+ \(grants\.otherGrants\): value must be/]
		],
		[
			'a formula in a cell',
			() => withValue(template, 'authority', 'name', '"=HYPERLINK(""http://evil.example"",""x"")"'),
			400,
			[/^line 3 \(authority\.name\): the value starts with “=”: formulas are not accepted/]
		],
		[
			'JSON nested absurdly deep (a stack overflow once)',
			() => `{"figures":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
			400,
			[/^figures(\.0)+: nested more than 16 levels deep/],
			'application/json'
		],
		[
			'UTF-16 text, as Excel’s “Unicode text” saves it',
			() => Uint8Array.from([0xff, 0xfe, 0x73, 0x00, 0x65, 0x00]),
			400,
			[/UTF-16.*“CSV UTF-8”/]
		],
		[
			'a formula in JSON',
			() => JSON.stringify({ ...samples[0], name: '@SUM(A1:A9)' }),
			400,
			[/^name: text starting with = \+ - @ is not accepted$/],
			'application/json'
		],
		[
			'figures that do not balance',
			() =>
				withValue(
					template,
					'services',
					'centralAndCorporate',
					String(samples[0].services.centralAndCorporate.value + 1_000_000)
				),
			400,
			[/^2026\/27 does not balance: .*difference/, /^lines whose part in the budget is nearest/]
		],
		[
			'Windows-1252 text, not UTF-8',
			() => latin1(testborough().replace('Testborough', 'Testborough £')),
			400,
			[/not UTF-8/]
		],
		['a binary file', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 400, [/binary/]],
		[
			'a zip that is not a workbook',
			() => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]),
			400,
			[/not a readable Excel workbook/]
		],
		['an empty file', () => '', 400, [/empty/]],
		[
			'a spreadsheet saved without the header',
			() => template.split('\r\n').slice(1).join('\r\n'),
			400,
			[/^line 1: the first line must be the template header/]
		],
		[
			'a file over the size limit',
			() => template + 'x'.repeat(300 * 1024),
			413,
			[/larger than 256 KiB; nothing was saved/]
		]
	];

	test.each(cases)(
		'%s is refused, every problem listed, nothing saved',
		async (_, body, status, patterns, type) => {
			const before = await storedAuthorities();
			const reply = await upload(cast.officer, body(), type);
			expect(reply.status, reply.text).toBe(status);
			expect(reply.body.error.field).toBe('file');
			expect(reply.body.errors).toHaveLength(patterns.length);
			patterns.forEach((pattern, i) => expect(reply.body.errors[i]).toMatch(pattern));
			expect(await storedAuthorities()).toEqual(before);
		}
	);

	test('only officers import, and only a CSV or JSON body', async () => {
		const before = await storedAuthorities();
		expect((await upload(cast.anonymous, template)).status).toBe(401);
		expect((await upload(cast.viewer, template)).status).toBe(403);
		const form = await upload(cast.officer, template, 'application/octet-stream');
		expect(form.status).toBe(415);
		expect(form.body.error.field).toBe('file');
		expect(await storedAuthorities()).toEqual(before);
	});
});

test('the CSV written out escapes any cell that a spreadsheet would run as a formula', async () => {
	// A row written under an older importer, or by hand: the export must still be safe.
	const hostile = structuredClone(samples[0]) as (typeof samples)[number];
	hostile.name = '=HYPERLINK("http://evil.example","Click")';
	hostile.description = '@SUM(1+1)*cmd|" /C calc"!A0';
	hostile.figures.population.label = '+1+1';
	hostile.services.adultSocialCare.note = '-2+3';
	const id = 'own-hostile';
	await withRawStore(server.databasePath, (store) =>
		store.run(
			`INSERT INTO authorities
			 (id, owner_id, name, kind, figures_json, model_version, created_at, updated_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			[
				id,
				cast.ids.officer,
				hostile.name,
				hostile.kind,
				JSON.stringify({ ...hostile, id }),
				MODEL_VERSION,
				Date.now(),
				Date.now()
			]
		)
	);
	const reply = await cast.officer.get(`/api/authorities/${id}/export.csv`);
	expect(reply.status, reply.text).toBe(200);
	const cells = reply.text
		.trimEnd()
		.split('\r\n')
		.flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')))
		.map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell));
	expect(cells).toContain(`'=HYPERLINK("http://evil.example","Click")`);
	expect(cells).toContain(`'@SUM(1+1)*cmd|" /C calc"!A0`);
	expect(cells).toContain(`'+1+1`);
	expect(cells).toContain(`'-2+3`);
	// Nothing else starts like a formula, bar plain (negative) numbers.
	const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
	expect(risky).toEqual([]);
});

describe('the Excel workbook and the CSV for Excel', () => {
	const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
	/** The raw bytes of a download (the client's text would drop a byte-order mark). */
	async function bytesOf(path: string, cookie?: string) {
		const response = await fetch(server.url + path, { headers: cookie ? { cookie } : {} });
		return {
			status: response.status,
			type: response.headers.get('content-type'),
			disposition: response.headers.get('content-disposition'),
			bytes: new Uint8Array(await response.arrayBuffer())
		};
	}

	test('CSV downloads start with a UTF-8 byte-order mark, so £ signs survive in Excel', async () => {
		const csv = await bytesOf('/api/authorities/template.csv');
		expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(csv.bytes.slice(3, 13))).toBe('section,id');
		const imported = await upload(cast.officer, csv.bytes);
		expect(imported.status, imported.text).toBe(201);
		expect(imported.body.summary).toEqual([
			'a UTF-8 byte-order mark (as Excel writes one) was skipped'
		]);
		const own = await bytesOf(
			`/api/authorities/${imported.body.id}/export.csv`,
			cast.officer.cookie
		);
		expect([...own.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	test('downloads the template as .xlsx, and imports a changed workbook', async () => {
		const reply = await bytesOf('/api/authorities/template.xlsx?from=anyshire');
		expect(reply.status).toBe(200);
		expect(reply.type).toBe(xlsxType);
		expect(reply.disposition).toBe('attachment; filename="rewire-baseline-anyshire.xlsx"');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(reply.bytes as unknown as ExcelJS.Buffer);
		const sheet = workbook.getWorksheet('Baseline')!;
		sheet.getRow(3).getCell(4).value = 'Testshire County Council';
		const body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
		const imported = await upload(cast.officer, body, xlsxType);
		expect(imported.status, imported.text).toBe(201);
		expect(imported.body.authority).toEqual({
			...samples.find((a) => a.id === 'anyshire'),
			id: imported.body.id,
			name: 'Testshire County Council',
			fictional: false
		});
		expect(imported.body.summary[0]).toMatch(/^read from the Excel workbook/);
		const own = await bytesOf(
			`/api/authorities/${imported.body.id}/export.xlsx`,
			cast.officer.cookie
		);
		expect(own.status).toBe(200);
		expect(own.type).toBe(xlsxType);
		expect((await bytesOf(`/api/authorities/${imported.body.id}/export.xlsx`)).status).toBe(401);
	});

	test('a broken workbook is refused, naming the file, with nothing saved', async () => {
		const before = await storedAuthorities();
		const reply = await upload(cast.officer, Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9]), xlsxType);
		expect(reply.status).toBe(400);
		expect(reply.body.errors).toEqual([expect.stringMatching(/not a readable Excel workbook/)]);
		expect(await storedAuthorities()).toEqual(before);
	});
});
