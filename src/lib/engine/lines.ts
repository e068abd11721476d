/** Plain-English labels of every line the engine publishes. */
import type { ExpenditureLineId, IncomeLineId } from './types';

export const incomeLineLabels: Record<IncomeLineId, string> = {
	councilTax: 'Council tax',
	businessRates: 'Business rates kept (local share and top-up)',
	businessRatesSafetyNet: 'Business rates safety net',
	businessRatesPoolGain: 'Business rates pool gain (or levy paid)',
	localMultiplierIncome: 'Local business rates multiplier change',
	revenueSupportGrant: 'Revenue Support Grant',
	socialCareGrant: 'Social Care Grant',
	improvedBetterCareFund: 'Improved Better Care Fund',
	recoveryGrant: 'Recovery Grant',
	otherGrants: 'Other grants',
	settlementAdjustment: 'Needs-based funding change',
	collectionFundSurplus: 'Collection fund surplus (or deficit)',
	touristLevy: 'Tourist levy',
	localSalesTax: 'Local sales tax',
	additionalFeesIncome: 'Extra fees and charges',
	poolingSavings: 'Savings from the pooled place budget',
	acuteSavingsReinvested: 'NHS savings reinvested locally',
	investToSaveReturns: 'Savings from invest-to-save',
	earnback: 'Earnback from government',
	investmentIncome: 'Interest on cash'
};

export const expenditureLineLabels: Record<ExpenditureLineId, string> = {
	adultSocialCare: 'Adult social care',
	childrensSocialCare: 'Children’s social care',
	educationAndEarlyHelp: 'Education and early help',
	housingAndHomelessness: 'Housing and homelessness',
	environmentAndWaste: 'Environment and waste',
	highwaysAndTransport: 'Highways and transport',
	cultureLeisureAndPlanning: 'Culture, leisure and planning',
	centralAndCorporate: 'Central and corporate',
	combinedAuthorityLevy: 'Combined-authority levies',
	skillsInvestment: 'Skills and jobs investment',
	preventionInvestment: 'Prevention and re-ablement investment',
	earlyHelpInvestment: 'Early help investment',
	preventionSavings: 'Less: prevention savings in adult care',
	integrationSavings: 'Less: integrated family services savings',
	healthPoolingSavings: 'Less: savings from pooling care with the NHS',
	coProductionSavings: 'Less: co-production savings',
	plannedSavings: 'Less: the budget plan’s savings delivered',
	interest: 'Interest on debt',
	minimumRevenueProvision: 'Debt repayment (minimum revenue provision)',
	dsgDeficitCharge: 'High-needs (DSG) deficit charged to the general fund'
};
