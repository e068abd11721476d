import { describe, expect, it } from 'vitest';
import { highContrastColours } from '../../src/lib/charts/chart-data';
import {
	controlKeeps,
	numbered,
	pagesOf,
	slideFromHash,
	slideIds,
	stepFor
} from '../../src/lib/present/slides';

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

/** WCAG's contrast ratio of a colour against black. */
function againstBlack(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05) / 0.05;
}

describe('the high-contrast palette', () => {
	it('draws every series and the baseline at least 4.5:1 against black', () => {
		for (const colour of Object.values(highContrastColours))
			expect(againstBlack(colour), colour).toBeGreaterThanOrEqual(4.5);
	});
});

describe('long lists on slides', () => {
	it('splits evenly into pages of at most the given size, one page even when empty', () => {
		expect(pagesOf([1, 2, 3, 4, 5, 6, 7, 8], 7)).toEqual([
			[1, 2, 3, 4],
			[5, 6, 7, 8]
		]);
		expect(pagesOf([1, 2, 3], 7)).toEqual([[1, 2, 3]]);
		expect(pagesOf([], 7)).toEqual([[]]);
		for (let n = 0; n <= 30; n++) {
			const pages = pagesOf(
				Array.from({ length: n }, (_, i) => i),
				6
			);
			expect(pages.flat()).toEqual(Array.from({ length: n }, (_, i) => i));
			expect(Math.max(...pages.map((p) => p.length))).toBeLessThanOrEqual(6);
		}
	});

	it('numbers a title only when there is more than one page', () => {
		expect(numbered('Sources', 0, 1)).toBe('Sources');
		expect(numbered('Sources', 1, 3)).toBe('Sources (2 of 3)');
	});
});
