/**
 * The analyses over HTTP, against the built server: the same results the engine gives, and a
 * 400 naming the field for bad input.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAuthority } from '../../models/index';
import { monteCarlo } from '../../src/lib/engine/analysis/index';
import { Client, serveThisFile } from './server';

const server = serveThisFile({ beforeAll, afterAll });
const client = new Client(server);

describe('POST /api/analysis/:kind', () => {
	test('sensitivity ranks the uncertain parameters, largest effect first', async () => {
		const reply = await client.post('/api/analysis/sensitivity', { values: {} });
		expect(reply.status).toBe(200);
		expect(reply.body.entries[0].parameterId).toBe('socialCareInflation');
		expect(reply.body.entries[0].highEffect).toMatch(/^\d+\.\d{2}$/);
	});

	test('Monte Carlo is seeded: the same answer as the engine for the same seed', async () => {
		const values = { councilTaxIncrease: 3 };
		const reply = await client.post('/api/analysis/montecarlo', { values, runs: 100, seed: 9 });
		expect(reply.status).toBe(200);
		const { analysis, ...result } = reply.body;
		expect(analysis).toBe('montecarlo');
		expect(result).toEqual(
			JSON.parse(JSON.stringify(monteCarlo(defaultAuthority, { values }, { runs: 100, seed: 9 })))
		);
	});

	test('goal seek for one lever and for every lever, for another authority', async () => {
		const one = await client.post('/api/analysis/goalseek', {
			authorityId: 'anyford',
			values: {},
			lever: 'councilTaxIncrease',
			target: { kind: 'gapClosed', yearIndex: 5 }
		});
		expect(one.status).toBe(200);
		expect(one.body.results).toHaveLength(1);
		expect(one.body.results[0].parameterId).toBe('councilTaxIncrease');
		// Within the district's own referendum limit, whether or not that meets the target.
		expect(one.body.results[0].value).toBeLessThanOrEqual(one.body.results[0].limit?.max ?? 15);
		const every = await client.post('/api/analysis/goalseek', { values: {} });
		expect(every.body.results.length).toBeGreaterThan(10);
	});

	test('goal seek never proposes a council tax rise above the referendum limit while it is on', async () => {
		const target = { kind: 'gapClosed', yearIndex: 3 };
		const limited = await client.post('/api/analysis/goalseek', {
			values: { socialCareInflation: 6 },
			lever: 'councilTaxIncrease',
			target
		});
		expect(limited.status).toBe(200);
		const [answer] = limited.body.results;
		expect(answer).toMatchObject({ met: false, value: 4.99, limit: { max: 4.99 } });
		expect(answer.onlyByBreach).toBeGreaterThan(4.99);
		expect(answer.note).toContain('Only a breach of the law would do it');
		// With the limit switched off the same search may go above it, and says so.
		const free = await client.post('/api/analysis/goalseek', {
			values: { socialCareInflation: 6, referendumLimit: false },
			lever: 'councilTaxIncrease',
			target
		});
		expect(free.body.results[0].met).toBe(true);
		expect(free.body.results[0].value).toBeGreaterThan(4.99);
		expect(free.body.results[0].note).toContain('needs a local referendum');
	});

	test('the projection carries the budget plan: savings delivered, support, gap without action', async () => {
		const reply = await client.post('/api/analysis/guardrails', {
			values: { savingsProgramme: 10, exceptionalSupport: true, socialCareInflation: 8 }
		});
		expect(reply.status).toBe(200);
		const balanced = reply.body.guardrails.find((g: { id: string }) => g.id === 'balancedBudget');
		expect(balanced.detail).toContain('exceptional financial support');
	});

	test('resilience and guardrails', async () => {
		const resilience = await client.post('/api/analysis/resilience', { values: {} });
		expect(resilience.body.indicators).toHaveLength(9);
		const rails = await client.post('/api/analysis/guardrails', {
			values: { councilTaxIncrease: 6 }
		});
		const referendum = rails.body.guardrails.find((g: { id: string }) => g.id === 'referendum');
		expect(referendum.status).toBe('breach');
	});

	test.each([
		[{ values: {}, runs: 5 }, 'montecarlo', 'runs'],
		[{ values: {}, runs: 100_001 }, 'montecarlo', 'runs'],
		[{ values: { councilTaxIncrease: 99 } }, 'sensitivity', 'values'],
		[{ values: {}, lever: 'cpiInflation' }, 'goalseek', 'lever'],
		[{ values: {}, target: { kind: 'gapClosed', yearIndex: 0 } }, 'goalseek', 'target.yearIndex'],
		[{ values: {}, colour: 'red' }, 'resilience', 'colour'],
		[{}, 'guardrails', 'values']
	])('refuses %j for %s with a 400 naming %s', async (body, kind, field) => {
		const reply = await client.post(`/api/analysis/${kind}`, body);
		expect(reply.status).toBe(400);
		expect(reply.body.error.field).toBe(field);
	});

	test('an unknown analysis is a 404', async () => {
		const reply = await client.post('/api/analysis/astrology', { values: {} });
		expect(reply.status).toBe(404);
	});
});
