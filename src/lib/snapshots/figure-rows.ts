/**
 * Every stored figure of a snapshot as rows of a table (one row per line, one column per year),
 * grouped as a council's medium-term plan would be. Lines are taken from the stored data, so a
 * line a later model adds or drops changes nothing here; labels are today's, or the id.
 */
import { expenditureLineLabels, incomeLineLabels } from '../engine/lines';
import {
	bandDTotal,
	exactPounds,
	type StoredProjection,
	type StoredYear
} from './stored-projection';

export interface FigureRow {
	id: string;
	label: string;
	/** Per year, as text to show. */
	values: string[];
}

export interface FigureGroup {
	heading: string;
	rows: FigureRow[];
}

const labelOf = (labels: Record<string, string>, id: string) => labels[id] ?? id;

function lines(
	stored: StoredProjection,
	pick: (y: StoredYear) => Record<string, string>,
	labels: Record<string, string>,
	prefix: string
): FigureRow[] {
	const ids = [...new Set(stored.years.flatMap((y) => Object.keys(pick(y))))];
	return ids.map((id) => ({
		id: `${prefix}.${id}`,
		label: labelOf(labels, id),
		values: stored.years.map((y) => (pick(y)[id] === undefined ? '–' : exactPounds(pick(y)[id])))
	}));
}

function row(stored: StoredProjection, id: string, label: string, get: (y: StoredYear) => string) {
	return { id, label, values: stored.years.map((y) => exactPounds(get(y))) };
}

export function figureGroups(stored: StoredProjection): FigureGroup[] {
	return [
		{
			heading: 'Income',
			rows: [
				...lines(stored, (y) => y.income, incomeLineLabels, 'income'),
				row(stored, 'incomeTotal', 'Total income', (y) => y.incomeTotal)
			]
		},
		{
			heading: 'Spending',
			rows: [
				...lines(stored, (y) => y.expenditure, expenditureLineLabels, 'expenditure'),
				row(stored, 'expenditureTotal', 'Total spending', (y) => y.expenditureTotal)
			]
		},
		{
			heading: 'Gap and reserves',
			rows: [
				row(stored, 'gap', 'Gap (spending less income)', (y) => y.gap),
				row(stored, 'closingGeneralFund', 'General fund at year end', (y) => y.closingGeneralFund),
				row(
					stored,
					'closingEarmarkedReserves',
					'Earmarked reserves at year end',
					(y) => y.closingEarmarkedReserves
				),
				row(stored, 'closingReserves', 'Usable reserves at year end', (y) => y.closingReserves),
				// Older snapshots did not store it: no row rather than a row of dashes.
				...(stored.years.every((y) => y.closingAvailableReserves !== undefined)
					? [
							row(
								stored,
								'closingAvailableReserves',
								'Reserves available to meet a gap at year end',
								(y) => y.closingAvailableReserves!
							)
						]
					: []),
				row(stored, 'minimumGeneralFund', 'Minimum general fund', (y) => y.minimumGeneralFund)
			]
		},
		{
			heading: 'Budget and debt',
			rows: [
				row(stored, 'netBudget', 'Net budget', (y) => y.netBudget),
				row(stored, 'financingCosts', 'Financing costs', (y) => y.financingCosts),
				row(stored, 'externalDebt', 'External debt', (y) => y.externalDebt)
			]
		},
		{
			heading: 'Council tax',
			rows: [
				row(stored, 'bandDCouncilTax', 'Band D, council element', (y) => y.bandDCouncilTax),
				row(stored, 'bandDBill', 'Band D bill including precepts', bandDTotal)
			]
		}
	];
}
