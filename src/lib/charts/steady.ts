/**
 * Svelte tells a derived value's readers it changed whenever it is a new object, so a chart
 * rebuilt from each new projection would redraw every axis, legend and table row that a slider's
 * move leaves as they were. `steady(same)` keeps the last value while a new one is the same by
 * `same`, so only what a move really changes is redrawn.
 */
export function steady<T>(same: (last: T, next: T) => boolean): (next: T) => T {
	let kept: { value: T } | null = null;
	return (next) => {
		if (kept && same(kept.value, next)) return kept.value;
		kept = { value: next };
		return next;
	};
}

/** The same values in the same order (by ===). */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Lists of records with the same fields, field by field (by ===). */
export function sameRecords<R extends object>(a: readonly R[], b: readonly R[]): boolean {
	return (
		a.length === b.length &&
		a.every((record, i) => {
			const other = b[i] as Record<string, unknown>;
			const entries = Object.entries(record);
			return (
				entries.length === Object.keys(other).length &&
				entries.every(([field, value]) => other[field] === value)
			);
		})
	);
}

interface AnyScale {
	domain(): unknown[];
	range(): unknown[];
	bandwidth?: () => number;
}

/**
 * Two d3 scales that place every value alike: the same domain and range (and, for a band
 * scale, the same band width, which its padding sets). The charts set nothing else on a scale.
 */
export function sameScale(a: unknown, b: unknown): boolean {
	const [s, t] = [a as AnyScale, b as AnyScale];
	return (
		sameList(s.domain(), t.domain()) &&
		sameList(s.range(), t.range()) &&
		s.bandwidth?.() === t.bandwidth?.()
	);
}
