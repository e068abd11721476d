/**
 * A projection as plain data: JSON with money as decimal strings ("1234.50", pounds), and CSV
 * with one row per year and one column per line, units in the header, for MTFS spreadsheets.
 */
import { csvRows } from '../csv';
import type { Decimal } from './decimal';
import { expenditureLineLabels, incomeLineLabels } from './lines';
import {
	expenditureLineIds,
	incomeLineIds,
	type Projection,
	type ScenarioValues,
	type YearResult
} from './types';

const money = (amount: Decimal) => amount.toFixed(2);
const share = (value: number) => value.toFixed(4);

interface Column {
	key: string;
	header: string;
	value: (year: YearResult) => string;
}

const moneyColumn = (key: string, label: string, get: (y: YearResult) => Decimal): Column => ({
	key,
	header: `${label} (£)`,
	value: (y) => money(get(y))
});

type MoneyKey = {
	[K in keyof YearResult]: YearResult[K] extends Decimal ? K : never;
}[keyof YearResult];
/** One of the year's own money figures, its column keyed by its name. */
const ownMoney = (key: MoneyKey, label: string) => moneyColumn(key, label, (y) => y[key]);
const trustColumn = (key: keyof YearResult['trust'], label: string): Column => ({
	key: `trust.${key}`,
	header: `${label} (share)`,
	value: (y) => share(y.trust[key])
});

/** Every published figure of a year, in order: the single list both formats are built from. */
export const projectionColumns: Column[] = [
	{ key: 'year', header: 'Year', value: (y) => y.year },
	...incomeLineIds.map((id) =>
		moneyColumn(`income.${id}`, incomeLineLabels[id], (y) => y.income[id])
	),
	ownMoney('incomeTotal', 'Total income'),
	...expenditureLineIds.map((id) =>
		moneyColumn(`expenditure.${id}`, expenditureLineLabels[id], (y) => y.expenditure[id])
	),
	ownMoney('expenditureTotal', 'Total expenditure'),
	ownMoney('gap', 'Gap (expenditure less income)'),
	ownMoney('gapWithoutAction', 'Gap without action (before the plan)'),
	ownMoney('savingsDelivered', 'Plan: savings delivered'),
	ownMoney('reservesUsed', 'Plan: planned draw on reserves'),
	ownMoney('exceptionalSupport', 'Plan: exceptional financial support'),
	ownMoney('openingGeneralFund', 'Opening general fund'),
	ownMoney('closingGeneralFund', 'Closing general fund'),
	ownMoney('openingEarmarkedReserves', 'Opening earmarked reserves'),
	ownMoney('closingEarmarkedReserves', 'Closing earmarked reserves'),
	ownMoney('openingReserves', 'Opening usable reserves'),
	ownMoney('closingReserves', 'Closing usable reserves'),
	ownMoney('closingAvailableReserves', 'Closing reserves available to meet a gap'),
	ownMoney('netBudget', 'Net budget'),
	ownMoney('minimumGeneralFund', 'Minimum general fund'),
	ownMoney('financingCosts', 'Financing costs'),
	ownMoney('externalDebt', 'External debt'),
	ownMoney('dsgDeficit', 'High-needs (DSG) deficit held off the general fund, cumulative'),
	ownMoney('bandDCouncilTax', 'Band D council tax, council element'),
	...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((band) =>
		moneyColumn(
			`bill.${band}`,
			`Band ${band} bill incl. precepts`,
			(y) => y.bills.find((b) => b.band === band)!.total
		)
	),
	{
		key: 'childrenInCare',
		header: 'Children in care (number)',
		value: (y) => String(y.childrenInCare)
	},
	{
		key: 'locallyRaisedShare',
		header: 'Income raised locally (share)',
		value: (y) => share(y.locallyRaisedShare)
	},
	trustColumn('satisfaction', 'Satisfaction, indicative'),
	trustColumn('trust', 'Trust, indicative'),
	trustColumn('valueForMoney', 'Value for money, indicative'),
	trustColumn('turnout', 'Turnout, indicative'),
	{ key: 'flags', header: 'Flags', value: (y) => y.flags.map((f) => f.id).join(' ') }
];

export interface ProjectionJson {
	modelVersion: string;
	authority: { id: string; name: string };
	values: ScenarioValues;
	reservesExhaustedIn: string | null;
	years: Record<string, unknown>[];
}

export function projectionToJson(projection: Projection, changed: ScenarioValues): ProjectionJson {
	return {
		modelVersion: projection.modelVersion,
		authority: { id: projection.authorityId, name: projection.authorityName },
		values: changed,
		reservesExhaustedIn: projection.reservesExhaustedIn,
		years: projection.years.map((y) => ({
			year: y.year,
			incomeTotal: money(y.incomeTotal),
			expenditureTotal: money(y.expenditureTotal),
			gap: money(y.gap),
			gapWithoutAction: money(y.gapWithoutAction),
			savingsDelivered: money(y.savingsDelivered),
			reservesUsed: money(y.reservesUsed),
			exceptionalSupport: money(y.exceptionalSupport),
			openingReserves: money(y.openingReserves),
			closingReserves: money(y.closingReserves),
			closingAvailableReserves: money(y.closingAvailableReserves),
			openingGeneralFund: money(y.openingGeneralFund),
			closingGeneralFund: money(y.closingGeneralFund),
			openingEarmarkedReserves: money(y.openingEarmarkedReserves),
			closingEarmarkedReserves: money(y.closingEarmarkedReserves),
			netBudget: money(y.netBudget),
			minimumGeneralFund: money(y.minimumGeneralFund),
			financingCosts: money(y.financingCosts),
			externalDebt: money(y.externalDebt),
			dsgDeficit: money(y.dsgDeficit),
			income: Object.fromEntries(incomeLineIds.map((id) => [id, money(y.income[id])])),
			expenditure: Object.fromEntries(
				expenditureLineIds.map((id) => [id, money(y.expenditure[id])])
			),
			bandDCouncilTax: money(y.bandDCouncilTax),
			bills: y.bills.map((b) => ({
				band: b.band,
				council: money(b.council),
				police: money(b.police),
				fire: money(b.fire),
				other: money(b.other),
				parish: money(b.parish),
				adultSocialCare: money(b.adultSocialCare),
				total: money(b.total)
			})),
			childrenInCare: y.childrenInCare,
			// Shares in full, not rounded as in the CSV: a snapshot draws its charts from them.
			locallyRaisedShare: y.locallyRaisedShare,
			trust: { ...y.trust },
			flags: y.flags
		}))
	};
}

export function projectionToCsv(projection: Projection): string {
	return csvRows([
		projectionColumns.map((c) => c.header),
		...projection.years.map((y) => projectionColumns.map((c) => c.value(y)))
	]);
}
