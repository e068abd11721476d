/**
 * What the room's scenario does, against the baseline and the room's starting scenario: the
 * gap and Band D bill in the headline year, when reserves run out, and the narrative.
 */
import type { Authority } from '../../../models/index';
import {
	baseline,
	formatMoneyMillions,
	formatPounds,
	headlines,
	narrative,
	project,
	type Decimal,
	type ScenarioValues
} from '../engine/index';

export interface OutcomeRow {
	label: string;
	baseline: string;
	start: string;
	room: string;
}

export interface Outcome {
	year: string;
	rows: OutcomeRow[];
	narrative: string;
}

const gapText = (gap: Decimal) =>
	gap.lessThan(0) ? `surplus of ${formatMoneyMillions(gap.abs())}` : formatMoneyMillions(gap);

export function roomOutcome(
	authority: Authority,
	start: ScenarioValues,
	room: ScenarioValues
): Outcome {
	const base = baseline(authority);
	const startProjection = project(authority, { values: start });
	const roomProjection = project(authority, { values: room });
	const b = headlines(base, base);
	const s = headlines(startProjection, base);
	const r = headlines(roomProjection, base);
	const reserves = (year: string | null) => year ?? 'last all ten years';
	return {
		year: r.gapYear,
		rows: [
			{
				label: `Gap in ${r.gapYear}`,
				baseline: gapText(b.gap),
				start: gapText(s.gap),
				room: gapText(r.gap)
			},
			{
				label: 'Reserves run out',
				baseline: reserves(b.reservesExhaustedIn),
				start: reserves(s.reservesExhaustedIn),
				room: reserves(r.reservesExhaustedIn)
			},
			{
				label: `Band D bill in ${r.billYear}`,
				baseline: formatPounds(b.bandDBill),
				start: formatPounds(s.bandDBill),
				room: formatPounds(r.bandDBill)
			}
		],
		narrative: narrative(authority, { values: room }, roomProjection)
	};
}
