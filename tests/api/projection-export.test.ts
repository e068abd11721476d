/**
 * Downloading the modeller's projection: the same figures as the engine, to the penny, for the
 * same address query; and a 400 naming the setting when the query is wrong.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authorityById, MODEL_VERSION } from '../../models/index';
import { project, projectionToCsv, projectionToJson } from '../../src/lib/engine/index';
import { Client, serveThisFile } from './server';

const server = serveThisFile({ beforeAll, afterAll });
const client = new Client(server);

describe('GET /api/projection.csv and .json', () => {
	test('CSV: the engine’s figures for the modeller’s query, as an attachment', async () => {
		const reply = await client.get(
			`/api/projection.csv?v=${MODEL_VERSION}&a=anyford&councilTaxIncrease=2.99&settlementProtection=1`
		);
		expect(reply.status).toBe(200);
		expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
		// The council, the model and the day (a saved scenario's name too, when ?saved= is one).
		expect(reply.headers.get('content-disposition')).toMatch(
			new RegExp(
				`^attachment; filename="rewire-anyford-model-${MODEL_VERSION.replace('.', '\\.')}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`
			)
		);
		const expected = projectionToCsv(
			project(authorityById.get('anyford')!, {
				values: { councilTaxIncrease: 2.99, settlementProtection: true }
			})
		);
		expect(reply.text).toBe(expected);
		expect(reply.text.split('\r\n')[0]).toContain('(£)');
	});

	test('JSON: the changed values and every year, money as decimal strings', async () => {
		const reply = await client.get('/api/projection.json?touristLevy=1.5');
		expect(reply.status).toBe(200);
		const expected = projectionToJson(
			project(authorityById.get('anyborough')!, { values: { touristLevy: 1.5 } }),
			{
				touristLevy: 1.5
			}
		);
		expect(reply.body).toEqual(JSON.parse(JSON.stringify(expected)));
	});

	test.each([
		['?councilTaxIncrease=99', 'councilTaxIncrease'],
		['?councilTaxIncrease=lots', 'councilTaxIncrease'],
		['?settlementProtection=maybe', 'settlementProtection'],
		['?notALever=1', 'notALever'],
		['?a=atlantis', 'a'],
		['?v=1999.1', 'v'],
		['?touristLevy=1&touristLevy=2', 'touristLevy']
	])('refuses %s with a 400 naming %s', async (query, field) => {
		const reply = await client.get(`/api/projection.csv${query}`);
		expect(reply.status).toBe(400);
		expect(reply.body.error.field).toBe(field);
	});
});
