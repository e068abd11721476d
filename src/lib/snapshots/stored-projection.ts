/**
 * A projection as a snapshot stores it (projectionToJson's shape: money as decimal strings in
 * pounds), read back through zod, and the few conversions the snapshot page draws with.
 * Nothing here recomputes: every figure shown comes from the stored text. Objects are loose so
 * that a field a later model adds or drops never makes an old snapshot unreadable.
 */
import { z } from 'zod';
import { Decimal } from '../engine/decimal';
import type { ChartProjection } from '../charts/chart-data';

const money = z.string().regex(/^-?\d+(\.\d+)?$/, 'money must be a decimal string');
const share = z.number();

const storedBill = z.looseObject({
	band: z.string(),
	council: money,
	police: money,
	fire: money,
	other: money,
	total: money
});

const storedFlag = z.looseObject({
	id: z.string(),
	severity: z.string(),
	message: z.string(),
	citation: z.looseObject({ title: z.string(), url: z.string() })
});

const storedYear = z.looseObject({
	year: z.string(),
	incomeTotal: money,
	expenditureTotal: money,
	gap: money,
	// The budget plan (issue 12); snapshots stored before it lack these.
	gapWithoutAction: money.optional(),
	savingsDelivered: money.optional(),
	reservesUsed: money.optional(),
	exceptionalSupport: money.optional(),
	openingReserves: money,
	closingReserves: money,
	// Snapshots stored before this line was added lack it (see chartProjection).
	closingAvailableReserves: money.optional(),
	openingGeneralFund: money,
	closingGeneralFund: money,
	openingEarmarkedReserves: money,
	closingEarmarkedReserves: money,
	netBudget: money,
	minimumGeneralFund: money,
	financingCosts: money,
	externalDebt: money,
	// Snapshots stored before model 2027.1 have no high-needs deficit.
	dsgDeficit: money.optional(),
	income: z.record(z.string(), money),
	expenditure: z.record(z.string(), money),
	bandDCouncilTax: money,
	bills: z.array(storedBill),
	childrenInCare: z.number(),
	locallyRaisedShare: share,
	trust: z.looseObject({ satisfaction: share, trust: share, valueForMoney: share, turnout: share }),
	flags: z.array(storedFlag)
});

export const storedValuesSchema = z.record(z.string(), z.union([z.number(), z.boolean()]));

export const storedProjectionSchema = z.looseObject({
	modelVersion: z.string(),
	authority: z.looseObject({ id: z.string(), name: z.string() }),
	values: storedValuesSchema,
	reservesExhaustedIn: z.string().nullable(),
	years: z.array(storedYear).min(1)
});

export type StoredProjection = z.infer<typeof storedProjectionSchema>;
export type StoredYear = StoredProjection['years'][number];
export type StoredFlag = z.infer<typeof storedFlag>;

/** The stored figures as the modeller's chart functions read them (money as Decimal). */
export function chartProjection(stored: StoredProjection): ChartProjection {
	return {
		reservesExhaustedIn: stored.reservesExhaustedIn,
		years: stored.years.map((y) => ({
			year: y.year,
			incomeTotal: new Decimal(y.incomeTotal),
			expenditureTotal: new Decimal(y.expenditureTotal),
			gap: new Decimal(y.gap),
			closingReserves: new Decimal(y.closingReserves),
			// An older snapshot's chart drew usable reserves: show what the committee saw.
			closingAvailableReserves: new Decimal(y.closingAvailableReserves ?? y.closingReserves),
			locallyRaisedShare: y.locallyRaisedShare,
			trust: y.trust,
			bandDBill: new Decimal(bandDTotal(y))
		}))
	};
}

/** A stored amount in full, to the penny, grouped by thousands: "−£1,234,567.80". */
export function exactPounds(amount: string): string {
	const negative = amount.startsWith('-');
	const [whole, pence = ''] = amount.replace(/^-/, '').split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const fraction = pence ? `.${pence.padEnd(2, '0')}` : '';
	return `${negative && /[1-9]/.test(amount) ? '−' : ''}£${grouped}${fraction}`;
}

export const bandDTotal = (year: StoredYear): string =>
	year.bills.find((b) => b.band === 'D')?.total ?? '0';

/** Each flag once, with the first year it was raised. */
export function firstStoredFlags(stored: StoredProjection): (StoredFlag & { firstYear: string })[] {
	const seen = new Map<string, StoredFlag & { firstYear: string }>();
	for (const year of stored.years)
		for (const flag of year.flags)
			if (!seen.has(flag.id)) seen.set(flag.id, { ...flag, firstYear: year.year });
	return [...seen.values()];
}
