/** The main thread's slicing of the tornado: same answer as all at once, stops when abandoned. */
import { describe, expect, it } from 'vitest';
import { defaultAuthority } from '../../models/index';
import { tornadoFast, tornadoFastSteps } from '../../src/lib/engine/analysis/index';
import { runInSlices, yieldToBrowser } from '../../src/lib/analysis-ui/slices';

function* counted(log: number[], steps: number) {
	for (let i = 1; i < steps; i++) {
		log.push(i);
		yield i;
	}
	log.push(steps);
	return 'done';
}

describe('runInSlices', () => {
	it('gives the same tornado as working it out at once', async () => {
		const scenario = { values: { councilTaxIncrease: 2.99, grantGrowth: 1 } };
		const sliced = await runInSlices(
			tornadoFastSteps(defaultAuthority, scenario),
			new AbortController().signal,
			{ sliceMs: 0 }
		);
		const whole = tornadoFast(defaultAuthority, scenario);
		expect(sliced?.map((e) => [e.parameterId, e.lowEffect.value, e.highEffect.value])).toEqual(
			whole.map((e) => [e.parameterId, e.lowEffect.value, e.highEffect.value])
		);
	});

	it('hands over between slices, and runs no step once abandoned', async () => {
		const log: number[] = [];
		const abandon = new AbortController();
		let pauses = 0;
		const pause = async () => {
			pauses++;
			// The scenario changes while the page has its turn after the second slice.
			if (pauses === 2) abandon.abort();
			await yieldToBrowser();
		};
		const running = runInSlices(counted(log, 10), abandon.signal, { sliceMs: 0, pause });
		// A zero budget is one step a slice: only the first has run before anything else can.
		expect(log).toEqual([1]);
		expect(await running).toBeUndefined();
		expect(log).toEqual([1, 2]);
	});

	it('finishes with the generator’s value when left alone', async () => {
		const log: number[] = [];
		expect(await runInSlices(counted(log, 5), new AbortController().signal)).toBe('done');
		expect(log).toEqual([1, 2, 3, 4, 5]);
	});
});
