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
	/**
	 * Local shares kept in a 100 % business rates retention area (Greater Manchester, the West
	 * Midlands, Liverpool City Region and others), where the council keeps the central share too.
	 */
	retentionAreaShares?: readonly number[];
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
/**
 * London's shares (boroughs 30 %, GLA 37 %, central 33 %) are set by the 2013 regulations as
 * amended for London from 2021 (Non-Domestic Rating (Rates Retention and Levy and Safety Net)
 * (Amendment) Regulations), and restated each year in the NNDR1 guidance to billing authorities.
 */
const londonShares: Source = {
	title:
		'NNDR1: national non-domestic rates – guidance notes (billing authorities’ shares under the Non-Domestic Rating (Rates Retention) Regulations 2013 (SI 2013/452) as amended; London: borough 30 %, GLA 37 %, central government 33 %, as London boroughs’ own business rates notes state)',
	publisher: 'Ministry of Housing, Communities and Local Government',
	year: 2025,
	url: 'https://www.gov.uk/government/publications/national-non-domestic-rates-return-nndr1/nndr1-national-non-domestic-rates-guidance-notes'
};
/** Who may levy a business rate supplement: upper-tier authorities, not shire districts. */
const supplementLevyingAuthorities =
	'Business Rate Supplements Act 2009, s. 2(1): a supplement is levied by a county council, a unitary or metropolitan council (a district with no county council) or the Greater London Authority';

const allServices: readonly ServiceLineId[] = serviceLineIds;

/**
 * 100 % retention areas: the council keeps 99 % where the fire authority keeps 1 % (Greater
 * Manchester's councils, the West Midlands' mets under their ten-year deal from April 2024), or
 * all of it where the council is itself the fire authority.
 */
export const retentionAreaSources: Source[] = [
	{
		title:
			'Business rates retention: West Midlands 100 % pilot from 2017, now a ten-year deal from April 2024',
		publisher: 'Sandwell Metropolitan Borough Council (Cabinet decision)',
		year: 2024,
		url: 'https://sandwell.moderngov.co.uk/ieDecisionDetails.aspx?ID=851'
	},
	{
		title: 'Authority welcomes government announcement on business rates (100 % retention pilot)',
		publisher: 'West Midlands Combined Authority',
		year: 2017,
		url: 'https://www.wmca.org.uk/news/authority-welcomes-government-announcement-on-business-rates/'
	}
];
const retentionAreaShares = [0.99, 1] as const;

const noSocialCare = 'Shire districts run no social care: the county council does.';
const noChildren = 'Shire districts run no children’s services: the county council does.';

/**
 * Mets and unitaries run every service and share rates alike (49 % council, 50 % central, 1 %
 * fire), the same in a 100 % retention area.
 */
const singleTierOutsideLondon = {
	services: allServices,
	ratesShares: { council: 0.49, central: 0.5, other: 0.01, otherLabel: 'fire authority' },
	ratesSource: retentionRegulations,
	retentionAreaShares,
	overrides: {},
	notApplicable: {}
} satisfies Omit<AuthorityType, 'kind' | 'label'>;

export const authorityTypes: Record<AuthorityKind, AuthorityType> = {
	'metropolitan borough': {
		kind: 'metropolitan borough',
		label: 'Metropolitan borough',
		...singleTierOutsideLondon
	},
	unitary: {
		kind: 'unitary',
		label: 'Unitary authority',
		...singleTierOutsideLondon
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
		notApplicable: {
			multiplierChange: `In London the Greater London Authority, not the boroughs, levies a business rate supplement (as the 2p Crossrail supplement). ${supplementLevyingAuthorities}.`
		}
	},
	'shire county': {
		kind: 'shire county',
		label: 'Shire county',
		services: allServices.filter((s) => s !== 'housingAndHomelessness'),
		/*
		 * In two-tier areas with a separate fire authority (a combined fire authority or a police,
		 * fire and crime commissioner) the county keeps 9 % and the fire authority 1 %; a county that
		 * is itself the fire authority keeps 10 %. The sample county, Anyshire, has a separate fire
		 * precept on its bill, so this kind is the 9 %/1 % case.
		 */
		ratesShares: {
			council: 0.09,
			central: 0.5,
			other: 0.41,
			otherLabel: 'district councils (40 %) and the fire authority (1 %)'
		},
		ratesSource: retentionRegulations,
		overrides: {
			businessRatesRetention: {
				statusQuo: 9,
				min: 9,
				max: 59,
				reason:
					'Counties with a separate fire authority keep 9 %; the districts keep 40 % and the fire authority 1 % whatever the county’s share.'
			},
			packagingEprShareOfWaste: {
				statusQuo: 15,
				reason:
					'A county is the waste disposal authority only: packaging EPR pays its disposal costs, a smaller part of its waste budget than collection is of a district’s.'
			}
		},
		notApplicable: {}
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
		ratesShares: {
			council: 0.4,
			central: 0.5,
			other: 0.1,
			otherLabel: 'county council (9 %) and the fire authority (1 %)'
		},
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
			},
			packagingEprShareOfWaste: {
				statusQuo: 25,
				reason:
					'A district is the waste collection authority only: most of packaging EPR’s payments are for collecting and sorting packaging, a larger part of its waste budget.'
			}
		},
		notApplicable: {
			multiplierChange: `A shire district bills and collects business rates, but the county levies any supplement. ${supplementLevyingAuthorities}.`,
			socialCareInflation: noSocialCare,
			adultCareDemandGrowth: noSocialCare,
			adultCareOverspend: noSocialCare,
			childrenCareOverspend: noChildren,
			overspendRebasedShare: noSocialCare,
			childrenInCareGrowth: noChildren,
			preventionInvestment: noSocialCare,
			preventionReturn: noSocialCare,
			preventionLag: noSocialCare,
			preventionSavingsInCouncil: noSocialCare,
			acuteSavingsReinvested: noSocialCare,
			pooledHealthCareBudget: noSocialCare,
			healthPoolingSaving: noSocialCare,
			earlyHelpInvestment: noChildren,
			careGrowthReductionPerMillion: noChildren,
			integratedFamilyServices: noChildren
		}
	}
};
