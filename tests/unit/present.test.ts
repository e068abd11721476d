import { describe, expect, it } from 'vitest';
import { controlKeeps, slideFromHash, slideIds, stepFor } from '../../src/lib/present/slides';

describe('presentation stepping', () => {
	it('moves forward with the arrow, space and clicker keys, and never past the end', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
			expect(stepFor(key, 2)).toBe(3);
		expect(stepFor('ArrowRight', slideIds.length - 1)).toBe(slideIds.length - 1);
	});

	it('moves back, jumps to either end, and ignores other keys', () => {
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
			expect(stepFor(key, 2)).toBe(1);
		expect(stepFor('ArrowLeft', 0)).toBe(0);
		expect(stepFor('Home', 5)).toBe(0);
		expect(stepFor('End', 0)).toBe(slideIds.length - 1);
		expect(stepFor('a', 3)).toBeNull();
	});

	it('reads the slide from the address hash, counting from one', () => {
		expect(slideFromHash('#3')).toBe(2);
		expect(slideFromHash('')).toBe(0);
		expect(slideFromHash('#0')).toBe(0);
		expect(slideFromHash('#99')).toBe(0);
		expect(slideFromHash('#two')).toBe(0);
	});

	it('lets a clicker step from anywhere, and leaves other keys to the controls that need them', () => {
		for (const focus of ['range', 'select', 'text', 'toggle', 'button', null] as const) {
			expect(controlKeeps('PageDown', focus)).toBe(false);
			expect(controlKeeps('PageUp', focus)).toBe(false);
		}
		expect(controlKeeps('ArrowRight', 'range')).toBe(true);
		expect(controlKeeps('ArrowDown', 'select')).toBe(true);
		expect(controlKeeps(' ', 'text')).toBe(true);
		expect(controlKeeps(' ', 'button')).toBe(true);
		expect(controlKeeps('ArrowRight', 'button')).toBe(false);
		expect(controlKeeps(' ', null)).toBe(false);
	});
});
