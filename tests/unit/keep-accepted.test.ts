/**
 * keepAccepted: one function for values a council may not accept, one policy per purpose
 * (refuse a request, keep what still applies on reopening, hold a preset within range).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorities, authorityById } from '../../models/index';
import { keepAccepted } from '../../src/lib/engine/index';
import { runs, scenarioValuesArbitrary } from './arbitraries';

// Values written for a met, read for every kind of council: some ranges and levers differ.
const metValues = scenarioValuesArbitrary(authorityById.get('anyborough')!);
const council = fc.constantFrom(...authorities);

describe('keepAccepted', () => {
	it('on reopening keeps each value the council accepts and lists each one it refuses', () => {
		fc.assert(
			fc.property(metValues, council, (values, authority) => {
				const { values: kept, refused } = keepAccepted(values, authority, 'reopen');
				expect(keepAccepted(kept, authority, 'request')).toEqual({ ok: true, values: kept });
				for (const { id, value, errors } of refused) {
					expect(value).toBe(values[id]);
					expect(errors.length).toBeGreaterThan(0);
					expect(keepAccepted({ [id]: value }, authority, 'request').ok).toBe(false);
				}
				expect(new Set([...Object.keys(kept), ...refused.map((r) => r.id)])).toEqual(
					new Set(Object.keys(values))
				);
			}),
			{ numRuns: runs(100) }
		);
	});

	it('refuses a request whole exactly when reopening would leave something out, naming it', () => {
		fc.assert(
			fc.property(metValues, council, (values, authority) => {
				const { refused } = keepAccepted(values, authority, 'reopen');
				const request = keepAccepted(values, authority, 'request');
				expect(request.ok).toBe(refused.length === 0);
				if (!request.ok) expect(refused.map((r) => r.id)).toContain(request.field);
			}),
			{ numRuns: runs(100) }
		);
	});

	it('holds a preset within the council’s ranges and leaves out only levers it lacks', () => {
		fc.assert(
			fc.property(metValues, council, (values, authority) => {
				const { values: held, refused } = keepAccepted(values, authority, 'preset');
				expect(keepAccepted(held, authority, 'request').ok).toBe(true);
				for (const { id } of refused) expect(values[id]).toBeDefined();
				expect(Object.keys(held).length + refused.length).toBe(Object.keys(values).length);
			}),
			{ numRuns: runs(100) }
		);
	});

	it('names an unknown key in a request without naming a field', () => {
		const result = keepAccepted({ unicornTax: 1 }, authorities[0], 'request');
		expect(result).toEqual({
			ok: false,
			errors: ['unknown parameter: unicornTax'],
			field: undefined
		});
	});
});
