/** What a chart draws: the same years for every series; null where there is no value. */
export interface Series {
	id: string;
	label: string;
	values: (number | null)[];
	colour: string;
	/** The baseline is dashed, so it reads without colour. */
	baseline?: boolean;
	/** Written at the line's last point, so lines of one style can be told apart without colour. */
	endLabel?: string;
}

export interface BarSeries {
	id: string;
	label: string;
	values: number[];
	colour: string;
	/** Drawn as an outline beside each bar. */
	baseline?: boolean;
}

export interface Marker {
	index: number;
	label: string;
}

/** Stacked in order from the axis up; the top of the last is the total. */
export interface AreaSeries {
	id: string;
	label: string;
	values: number[];
	colour: string;
}

/**
 * A range drawn as a shaded band behind the lines (a fan: the 10th to the 90th percentile), with
 * its low and high edges as two columns of the data table.
 */
export interface BandSeries {
	id: string;
	label: string;
	low: number[];
	high: number[];
	colour: string;
	lowLabel: string;
	highLabel: string;
}
