/**
 * Indicative trust indicators (MODEL.md "Outputs"). Each moves in logit space a third of the way
 * towards a target each year; the target shifts with locally raised income, real spending per
 * resident, the real Band D bill, co-production and whether reserves have run out. Plain numbers,
 * not money: these are shares, and the coefficients are assumptions.
 */
import { trustModel, type Authority } from '../../../models/index';
import type { TrustIndicators } from './types';

const logit = (share: number) => Math.log(share / (1 - share));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

type Logits = Record<keyof TrustIndicators, number>;

export interface TrustState {
	baseLogits: Logits;
	logits: Logits;
	current: TrustIndicators;
	base?: { realServiceSpendPerHead: number; realBandD: number };
}

export interface TrustDrivers {
	year: number;
	locallyRaisedShare: number;
	baseLocallyRaisedShare: number;
	realServiceSpendPerHead: number;
	realBandD: number;
	coProductionSharePct: number;
	reservesExhausted: boolean;
}

function toIndicators(logits: Logits): TrustIndicators {
	return {
		satisfaction: logistic(logits.satisfaction),
		trust: logistic(logits.trust),
		valueForMoney: logistic(logits.valueForMoney),
		turnout: logistic(logits.turnout)
	};
}

export function startTrust(authority: Authority): TrustState {
	const f = authority.figures;
	const baseLogits: Logits = {
		satisfaction: logit(f.satisfactionWithCouncil.value),
		trust: logit(f.trustInCouncil.value),
		valueForMoney: logit(f.valueForMoney.value),
		turnout: logit(f.localElectionTurnout.value)
	};
	return { baseLogits, logits: { ...baseLogits }, current: toIndicators(baseLogits) };
}

/** Advance one year and return that year's indicators. Year 0 records the base and stays put. */
export function stepTrust(state: TrustState, d: TrustDrivers): TrustIndicators {
	if (d.year === 0 || !state.base) {
		state.base = { realServiceSpendPerHead: d.realServiceSpendPerHead, realBandD: d.realBandD };
		return state.current;
	}
	const m = trustModel;
	const localSharePp = (d.locallyRaisedShare - d.baseLocallyRaisedShare) * 100;
	const spendPct = (d.realServiceSpendPerHead / state.base.realServiceSpendPerHead - 1) * 100;
	const billPct = (d.realBandD / state.base.realBandD - 1) * 100;
	const shock = d.reservesExhausted ? m.reservesExhaustedEffect.value : 0;
	const b = state.baseLogits;
	const target: Logits = {
		satisfaction: b.satisfaction + m.realSpendEffect.value * spendPct + shock,
		trust:
			b.trust +
			m.localShareEffect.value * localSharePp +
			m.coProductionEffect.value * d.coProductionSharePct +
			shock,
		valueForMoney: b.valueForMoney + m.realBillEffect.value * billPct + shock,
		turnout: b.turnout + m.localShareEffect.value * localSharePp + shock
	};
	const k = m.adjustmentShare.value;
	for (const key of Object.keys(target) as (keyof Logits)[]) {
		state.logits[key] += (target[key] - state.logits[key]) * k;
	}
	state.current = toIndicators(state.logits);
	return state.current;
}
