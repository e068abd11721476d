/**
 * Preset scenarios. Values are in slider units and hold only what differs from the status quo.
 * Every value carries its own evidence: a source (where a precedent or a published figure sets
 * it) or, for an assumption, the reasoning for choosing it. models/index.ts validates each preset
 * with zod when it loads (see `presetSchema` in schema.ts): a value without evidence, for an
 * unknown parameter, of the wrong kind or outside its parameter's range is an error naming the
 * preset and the parameter. Values shared by two presets are declared once, below. A sum of
 * money is declared for Anyborough and grows or shrinks with the council it is applied to, by
 * its parameter's `scaleWith` (engine: presetValues), so a district is not handed a met's £5m.
 */
import { parameters, rewiring } from './parameters';
import type { PresetDeclaration, PresetSetting, Source } from './schema';

/** A parameter's own source, where a preset's value rests on the same evidence. */
function sourceOf(id: (typeof parameters)[number]['id']): Source {
	const parameter = parameters.find((p) => p.id === id);
	const source = parameter && 'source' in parameter ? (parameter.source as Source) : undefined;
	if (!source) throw new Error(`preset evidence: parameter "${id}" has no source to share`);
	return source;
}

/** P2 growth and P5 financial freedom: in both Full Rewiring and Growth only. */
const growthAndFreedom: Record<string, PresetSetting> = {
	businessRatesRetention: {
		value: 100,
		evidence: 'published',
		source: sourceOf('businessRatesRetention'),
		reasoning:
			'Metropolitan pilots (Greater Manchester, Liverpool City Region, the West Midlands) kept 100 % of business rates from 2017.'
	},
	touristLevy: {
		value: 1,
		evidence: 'published',
		source: sourceOf('touristLevy')
	},
	skillsInvestment: {
		value: 5,
		evidence: 'assumption',
		reasoning:
			'£5m a year for Anyborough, about 1.3 % of its £376.2m spending on services in 2026/27, and the same share for another council: a sizeable local skills programme a council could fund.'
	},
	referendumLimit: {
		value: false,
		evidence: 'published',
		source: rewiring,
		reasoning:
			'The LGA proposed council tax “under local control”: no referendum limit (today’s limit is the Localism Act 2011, Part 5).'
	},
	feesCostRecovery: {
		value: 85,
		evidence: 'assumption',
		reasoning:
			'Halfway from today’s 70 % to the full cost recovery the LGA proposed (“fees which fully recover costs”) and the law allows (Local Government Act 2003 s93): some charges stay below cost on purpose, as concessions.'
	},
	investToSaveBorrowing: {
		value: 20,
		evidence: 'assumption',
		reasoning:
			'£20m a year for Anyborough, two-thirds again on its £30m a year of planned borrowing, and the same proportion for another council: a large programme under the LGA’s “borrowing freed from Treasury restrictions”, still subject to prudential rules.'
	},
	bondAgencyShare: {
		value: 50,
		evidence: 'assumption',
		reasoning:
			'Half of new and refinanced borrowing through the agency (UK Municipal Bonds Agency, first bond March 2020): an agency adds a lender rather than replacing the PWLB.'
	},
	earnbackRate: {
		value: 1.5,
		evidence: 'assumption',
		reasoning:
			'Greater Manchester’s earnback (2012) pays up to £30m a year on £1.2bn of investment, 2.5 %; 1.5 % is a less generous deal for a smaller place.'
	}
};

const fullRewiring: Record<string, PresetSetting> = {
	// P1 Independent local government
	needsFundingIndex: {
		value: 105,
		evidence: 'assumption',
		reasoning:
			'The Fair Funding Review 2.0 (MHCLG, 2025) shares funding out by need and deprivation, which favours deprived metropolitan boroughs such as Anyborough; a 5 % gain, phased over 3 years, is an ambitious outcome of that share-out, not a forecast.'
	},
	englandShareUplift: {
		value: 3,
		evidence: 'assumption',
		reasoning:
			'HM Treasury PESA 2024 puts England’s identifiable spending per head at 97 against a UK average of 100; lifting England to the average (100 ÷ 97 ≈ 3 %) is the LGA’s “England’s share by need, not Barnett”.'
	},
	settlementProtection: {
		value: true,
		evidence: 'published',
		source: rewiring,
		reasoning:
			'The LGA proposed formal constitutional protection, “beyond future Whitehall revision”.'
	},
	placeBudgetPooling: {
		value: 50,
		evidence: 'assumption',
		reasoning:
			'Half of the in-scope spending: the LGA proposed pooling all of it, but the Whole Place Community Budget pilots (2012–13) pooled only chosen services; half is ambitious but short of all.'
	},
	poolingEfficiency: {
		value: 5,
		evidence: 'estimate',
		source: sourceOf('poolingEfficiency'),
		reasoning:
			'EY’s £4.2–7.9bn a year is about £75–141 a head; against £1,500 a head in scope that is 5–9 %, and 5 % is the bottom of that range.'
	},
	...growthAndFreedom,
	// P3 Adult social care and health
	preventionInvestment: {
		value: 10,
		evidence: 'assumption',
		reasoning:
			'£10m a year for Anyborough, about 7 % of its £149.1m adult social care budget and under half of its £23.5m improved Better Care Fund (2026/27), and the same share for another council: a large but fundable prevention programme.'
	},
	acuteSavingsReinvested: {
		value: 50,
		evidence: 'assumption',
		reasoning:
			'The LGA proposed that acute savings be “reinvested in the local community” (Rewiring Public Services, 2013); half returned, the NHS keeping the rest, stops short of a fully pooled budget with the NHS.'
	},
	// P4 Children
	earlyHelpInvestment: {
		value: 5,
		evidence: 'assumption',
		reasoning:
			'£5m a year for Anyborough, about 6 % of its £83.3m children’s social care budget (2026/27), and the same share for another council: “greater investment in early intervention” on the scale of a Troubled Families-style programme.'
	},
	integratedFamilyServices: {
		value: 2,
		evidence: 'assumption',
		reasoning:
			'2 % of the children’s social care budget: within the few percent of back-office and commissioning savings integrated children’s services report, below the slider’s 5 % top.'
	},
	// P6 Transforming local government
	coProductionShare: {
		value: 2,
		evidence: 'assumption',
		reasoning:
			'2 % of service budgets co-produced or decided with residents (Bovaird & Loeffler, INLOGOV 2013): ambitious, as English participatory budgets have so far covered small sums.'
	}
};

export const presets: PresetDeclaration[] = [
	{
		id: 'status-quo',
		label: 'Status quo',
		description: 'Today’s settlement and powers carried forward: the baseline.',
		settings: {}
	},
	{
		id: 'full-rewiring',
		label: 'Full Rewiring',
		description:
			'All six propositions at ambitious but cited values: funding by need with constitutional protection, 100 % business rates retention (as the 2017 pilots), a £1 tourist levy (as Manchester), pooled place budgets (EY 2013 savings), prevention and early help, freed council tax, a bond agency and earnback (as Greater Manchester), and co-production.',
		settings: fullRewiring
	},
	{
		id: 'demand-shock',
		label: 'Demand shock',
		description:
			'No change in powers, but social care demand and costs rise fast and inflation stays above target: a stress test.',
		settings: {
			cpiInflation: {
				value: 3,
				evidence: 'assumption',
				reasoning:
					'Inflation staying a point above the Bank of England’s 2 % target, as CPI ran above 3 % through much of 2025; below the 4 % top of its plausible range.'
			},
			nationalLivingWageGrowth: {
				value: 5.5,
				evidence: 'estimate',
				source: {
					title: 'National Living Wage: +9.7 % (April 2023), +9.8 % (2024), +6.7 % (2025)',
					publisher: 'Low Pay Commission',
					year: 2025,
					url: 'https://www.gov.uk/government/organisations/low-pay-commission'
				},
				reasoning:
					'The top of its plausible range: recent Living Wage rises, which care providers must pay, would push care costs up this fast if they continued.'
			},
			socialCareInflation: {
				value: 8,
				evidence: 'assumption',
				reasoning:
					'The top of its plausible range: children’s residential placements, about £318,400 a year on average (NAO), have risen faster than inflation as demand outruns places.'
			},
			adultCareDemandGrowth: {
				value: 5,
				evidence: 'assumption',
				reasoning:
					'The top of its plausible range: over-85s growing faster than the ONS 2022-based central projection, with more working-age adults needing care, as budgets grew 9.1 % in real terms in 2024/25.'
			},
			childrenInCareGrowth: {
				value: 3,
				evidence: 'assumption',
				reasoning:
					'The top of its plausible range: near the roughly 3–4 % a year at which the number of children looked after in England grew in the late 2010s (DfE), after the fall in 2025.'
			}
		}
	},
	{
		id: 'council-acts',
		label: 'Council acts',
		description:
			'Today’s settlement and powers, with the budget plan a council would make to close its gap: a yearly savings programme, most of it delivered, and a modest planned draw on reserves, without exceptional support.',
		settings: {
			savingsProgramme: {
				value: 8,
				evidence: 'assumption',
				reasoning:
					'£8m a year for Anyborough, about 2 % of its £410m net budget in 2026/27 and 2.1 % of its £376m spending on services, and the same share for another council. Metropolitan councils published 2026/27 gaps of about 4.7–4.8 % of net budget before the settlement and closed them mostly with savings (two West Midlands mets’ budget reports; see shared/REALITY-2026.md): 2 % a year of new savings is a typical programme, not an heroic one.'
			},
			reservesDraw: {
				value: 3,
				evidence: 'assumption',
				reasoning:
					'£3m a year for Anyborough, under a tenth of its £34m of reserves available to meet a gap, and the same share for another council: councils plan small, time-limited draws and keep the general fund at its prudent minimum (Local Government Act 2003, s25).'
			}
		}
	},
	{
		id: 'growth-only',
		label: 'Growth only',
		description:
			'Only the growth and financial-freedom propositions (2 and 5): keep business rates, a tourist levy, skills, fees, invest-to-save borrowing, a bond agency and earnback.',
		settings: growthAndFreedom
	}
];
