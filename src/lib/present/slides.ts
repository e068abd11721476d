/**
 * The running order of a presentation, and the keys that step through it (arrow keys, space,
 * Page Up / Page Down as a presentation clicker sends them, Home and End).
 */
export const slideIds = [
	'title',
	'levers',
	'gap',
	'spending',
	'mix',
	'bill',
	'trust',
	'what-if',
	'sources'
] as const;
export type SlideId = (typeof slideIds)[number];

export const slideTitles: Record<SlideId, string> = {
	title: 'The answer in words',
	levers: 'What this scenario changes',
	gap: 'The yearly gap and the reserves that cover it',
	spending: 'Income and spending',
	mix: 'Where the money comes from',
	bill: 'A Band D council tax bill',
	trust: 'Public trust (indicative)',
	'what-if': 'What if we…?',
	sources: 'Sources and assumptions'
};

/** The slide a key moves to from `current`, or null if the key is not a stepping key. */
export function stepFor(
	key: string,
	current: number,
	count: number = slideIds.length
): number | null {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
		case 'Enter':
			return Math.min(count - 1, current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** What kind of control has focus, as far as the deck's keys are concerned. */
export type FocusKind = 'range' | 'select' | 'text' | 'toggle' | 'button' | null;

/**
 * Whether a key belongs to the focused control rather than to the deck. A clicker sends Page Up
 * and Page Down, so those always step, wherever focus is (even on the what-if slider, which
 * would otherwise take them). Arrows, space and the rest are kept by the controls that need
 * them; a button or checkbox keeps only space and Enter, which press it.
 */
export function controlKeeps(key: string, focus: FocusKind): boolean {
	if (key === 'PageDown' || key === 'PageUp') return false;
	switch (focus) {
		case 'range':
		case 'select':
		case 'text':
			return true;
		case 'toggle':
		case 'button':
			return key === ' ' || key === 'Enter';
		default:
			return false;
	}
}

/** The slide named in the address's hash ("#3" is the third slide), or the first. */
export function slideFromHash(hash: string, count: number = slideIds.length): number {
	const n = Number(hash.replace(/^#/, ''));
	return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0;
}

/**
 * A long list (levers, sources) split evenly into slides of at most `most` items, so it stays
 * in large type for the back of the room rather than shrinking or scrolling. Always one page,
 * empty if the list is.
 */
export function pagesOf<T>(list: readonly T[], most: number): T[][] {
	const count = Math.max(1, Math.ceil(list.length / most));
	const size = Math.ceil(list.length / count);
	return Array.from({ length: count }, (_, i) => list.slice(i * size, (i + 1) * size));
}

/** "Sources and assumptions (2 of 3)", or just the title when there is one page. */
export const numbered = (title: string, i: number, of: number) =>
	of > 1 ? `${title} (${i + 1} of ${of})` : title;
