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
