/**
 * A chart frame shares its size and scales with the marks drawn inside it (lines, bars, bands,
 * grids), so each mark is a small component that asks the frame where to draw, in the manner of
 * LayerChart, and a new kind of chart composes marks instead of re-implementing scales and axes.
 */
import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Frame<X, Y> {
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	readonly x: X;
	readonly y: Y;
	/** Type size relative to 12px: spacings grow with it (a slide's type is larger). */
	readonly k: number;
}

/** A chart of years across and amounts up: the modeller's, compare's and the fan's. */
export type YearFrame = Frame<ScaleBand<string>, ScaleLinear<number, number>>;

const key = Symbol('chart frame');

export function provideFrame<X, Y>(frame: Frame<X, Y>): void {
	setContext(key, frame);
}

export function useFrame<F extends Frame<unknown, unknown>>(): F {
	const frame = getContext<F | undefined>(key);
	if (!frame) throw new Error('A chart mark must be drawn inside a ChartFrame');
	return frame;
}

/** The middle of the i-th year's band, where its point, label or marker sits. */
export function yearCentre(x: ScaleBand<string>, i: number): number {
	return (x(x.domain()[i]) ?? 0) + x.bandwidth() / 2;
}
