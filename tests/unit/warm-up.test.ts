import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorities, parametersFor } from '../../models/index';
import { onStep } from '../../models/schema';
import { warmUpValue } from '../../src/lib/modeller/warm-up';

describe("the modeller's warm-up", () => {
	it('moves each lever only to values its own slider can take', () => {
		const levers = authorities.flatMap((authority) =>
			parametersFor(authority).filter((p) => p.lever)
		);
		fc.assert(
			fc.property(fc.constantFrom(...levers), fc.nat({ max: 1000 }), (parameter, round) => {
				const value = warmUpValue(parameter, round);
				if (parameter.kind === 'boolean') {
					expect(typeof value).toBe('boolean');
					return;
				}
				expect(typeof value).toBe('number');
				expect(value).toBeGreaterThanOrEqual(parameter.min);
				expect(value).toBeLessThanOrEqual(parameter.max);
				expect(onStep(value as number, parameter.min, parameter.step)).toBe(true);
			})
		);
	});
});
