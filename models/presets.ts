/**
 * Preset scenarios. Values are in slider units and hold only what differs from the status quo.
 * Each ambitious value is within its parameter's range and cites why it is plausible.
 */
export interface Preset {
	id: string;
	label: string;
	description: string;
	values: Record<string, number | boolean>;
}

export const presets: Preset[] = [
	{
		id: 'status-quo',
		label: 'Status quo',
		description: 'Today’s settlement and powers carried forward: the baseline.',
		values: {}
	},
	{
		id: 'full-rewiring',
		label: 'Full Rewiring',
		description:
			'All six propositions at ambitious but cited values: funding by need with constitutional protection, 100 % business rates retention (as the 2017 pilots), a £1 tourist levy (as Manchester), pooled place budgets (EY 2013 savings), prevention and early help, freed council tax, a bond agency and earnback (as Greater Manchester), and co-production.',
		values: {
			needsFundingIndex: 105,
			englandShareUplift: 3,
			settlementProtection: true,
			placeBudgetPooling: 50,
			poolingEfficiency: 5,
			businessRatesRetention: 100,
			touristLevy: 1,
			skillsInvestment: 5,
			preventionInvestment: 10,
			acuteSavingsReinvested: 50,
			earlyHelpInvestment: 5,
			integratedFamilyServices: 2,
			referendumLimit: false,
			feesCostRecovery: 85,
			investToSaveBorrowing: 20,
			bondAgencyShare: 50,
			earnbackRate: 1.5,
			coProductionShare: 2
		}
	},
	{
		id: 'demand-shock',
		label: 'Demand shock',
		description:
			'No change in powers, but social care demand and costs rise fast and inflation stays above target: a stress test.',
		values: {
			cpiInflation: 3,
			socialCareInflation: 6,
			adultCareDemandGrowth: 3.5,
			childrenInCareGrowth: 5
		}
	},
	{
		id: 'growth-only',
		label: 'Growth only',
		description:
			'Only the growth and financial-freedom propositions (2 and 5): keep business rates, a tourist levy, skills, fees, invest-to-save borrowing, a bond agency and earnback.',
		values: {
			businessRatesRetention: 100,
			touristLevy: 1,
			skillsInvestment: 5,
			referendumLimit: false,
			feesCostRecovery: 85,
			investToSaveBorrowing: 20,
			bondAgencyShare: 50,
			earnbackRate: 1.5
		}
	}
];
