/**
 * Kinds of English council. The kind decides which services the council runs, its share of
 * business rates, its council tax limit, and so which levers apply to it. A lever that cannot
 * apply (a district runs no social care) is shown as not applicable, with the reason, and the
 * engine refuses a value for it.
 */
import { serviceLineIds, type AuthorityKind, type ServiceLineId } from './authority';
import type { Source } from './schema';

export interface ParameterOverride {
	statusQuo?: number;
	min?: number;
	max?: number;
	reason: string;
}

export interface AuthorityType {
	kind: AuthorityKind;
	label: string;
	/** Services this kind of council runs; the others must be zero in its figures. */
	services: readonly ServiceLineId[];
	/** Who keeps business rates collected in the area, as shares summing to 1. */
	ratesShares: { council: number; central: number; other: number; otherLabel: string };
	ratesSource: Source;
	/** Where a parameter's range or status quo differs for this kind of council. */
	overrides: Record<string, ParameterOverride>;
	/** Parameters that do not apply, with the reason shown beside the lever. */
	notApplicable: Record<string, string>;
}

const retentionRegulations: Source = {
	title:
		'Non-Domestic Rating (Rates Retention) Regulations 2013, Schedule 1 (shares by class of authority)',
	publisher: 'UK Parliament',
	year: 2013,
	url: 'https://www.legislation.gov.uk/uksi/2013/452/schedule/1'
};
const londonShares: Source = {
	title: 'Business rates retention: London shares 2025-26 (boroughs 30 %, GLA 37 %, central 33 %)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/collections/national-non-domestic-rates-collected-by-councils'
};

const allServices: readonly ServiceLineId[] = serviceLineIds;

const noSocialCare = 'Shire districts run no social care: the county council does.';
const noChildren = 'Shire districts run no children’s services: the county council does.';

export const authorityTypes: Record<AuthorityKind, AuthorityType> = {
	'metropolitan borough': {
		kind: 'metropolitan borough',
		label: 'Metropolitan borough',
		services: allServices,
		ratesShares: { council: 0.49, central: 0.5, other: 0.01, otherLabel: 'fire authority' },
		ratesSource: retentionRegulations,
		overrides: {},
		notApplicable: {}
	},
	unitary: {
		kind: 'unitary',
		label: 'Unitary authority',
		services: allServices,
		ratesShares: { council: 0.49, central: 0.5, other: 0.01, otherLabel: 'fire authority' },
		ratesSource: retentionRegulations,
		overrides: {},
		notApplicable: {}
	},
	'london borough': {
		kind: 'london borough',
		label: 'London borough',
		services: allServices,
		ratesShares: {
			council: 0.3,
			central: 0.33,
			other: 0.37,
			otherLabel: 'Greater London Authority'
		},
		ratesSource: londonShares,
		overrides: {
			businessRatesRetention: {
				statusQuo: 30,
				min: 30,
				max: 63,
				reason: 'London boroughs keep 30 %; the GLA keeps 37 % whatever the borough’s share.'
			}
		},
		notApplicable: {}
	},
	'shire county': {
		kind: 'shire county',
		label: 'Shire county',
		services: allServices.filter((s) => s !== 'housingAndHomelessness'),
		ratesShares: { council: 0.1, central: 0.5, other: 0.4, otherLabel: 'district councils' },
		ratesSource: retentionRegulations,
		overrides: {
			businessRatesRetention: {
				statusQuo: 10,
				min: 10,
				max: 60,
				reason: 'Counties keep 10 %; the districts keep 40 % whatever the county’s share.'
			}
		},
		notApplicable: {
			multiplierChange: 'Districts, not counties, bill and collect business rates.'
		}
	},
	'shire district': {
		kind: 'shire district',
		label: 'Shire district',
		services: [
			'housingAndHomelessness',
			'environmentAndWaste',
			'cultureLeisureAndPlanning',
			'centralAndCorporate'
		],
		ratesShares: { council: 0.4, central: 0.5, other: 0.1, otherLabel: 'county council' },
		ratesSource: retentionRegulations,
		overrides: {
			businessRatesRetention: {
				statusQuo: 40,
				min: 40,
				max: 90,
				reason: 'Districts keep 40 %; the county keeps 10 % whatever the district’s share.'
			},
			councilTaxIncrease: {
				statusQuo: 2.99,
				reason: 'Districts have no adult social care precept: their limit is 2.99 % (or £5).'
			},
			referendumThreshold: {
				statusQuo: 2.99,
				reason: 'The 2025/26 referendum principle for shire districts is 2.99 % or £5.'
			}
		},
		notApplicable: {
			socialCareInflation: noSocialCare,
			adultCareDemandGrowth: noSocialCare,
			childrenInCareGrowth: noChildren,
			preventionInvestment: noSocialCare,
			preventionReturn: noSocialCare,
			preventionLag: noSocialCare,
			preventionSavingsInCouncil: noSocialCare,
			acuteSavingsReinvested: noSocialCare,
			earlyHelpInvestment: noChildren,
			careGrowthReductionPerMillion: noChildren,
			integratedFamilyServices: noChildren
		}
	}
};
