/** What a chart draws: the same years for every series; null where there is no value. */
export interface Series {
	id: string;
	label: string;
	values: (number | null)[];
	colour: string;
	/** The baseline is dashed, so it reads without colour. */
	baseline?: boolean;
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
