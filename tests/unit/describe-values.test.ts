import { describe, expect, test } from 'vitest';
import { authorityById } from '../../models/index';
import { describeValues } from '../../src/lib/server/describe-values';

describe('describeValues', () => {
	test("reads values against the council's own status quo, as the sliders word them", () => {
		const values = { touristLevy: 1, councilTaxIncrease: 1.99 };
		expect(describeValues(authorityById.get('anyvale')!, values)).toEqual([
			{
				id: 'touristLevy',
				label: expect.any(String),
				statusQuo: expect.any(String),
				value: '£1.00'
			},
			{ id: 'councilTaxIncrease', label: expect.any(String), statusQuo: '2.99 %', value: '1.99 %' }
		]);
		expect(describeValues(authorityById.get('anyborough')!, values)[1].statusQuo).toBe('4.99 %');
	});

	test('shows a value no parameter declares (a retired one) as it was stored', () => {
		expect(describeValues(authorityById.get('anyborough')!, { retiredLever: 3 })).toEqual([
			{ id: 'retiredLever', label: 'retiredLever', statusQuo: '', value: '3' }
		]);
	});
});
