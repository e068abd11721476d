/**
 * The declarative model: every parameter and authority figure is documented and in range, the
 * presets are valid, and the validators reject bad declarations with an error naming the item.
 */
import { describe, expect, it } from 'vitest';
import {
	authorities,
	changesSince,
	authoritySchema,
	defaultAuthority,
	grantLineIds,
	MODEL_VERSION,
	modelChangelog,
	ModelDeclarationError,
	parameterById,
	parameters,
	presets,
	serviceLineIds,
	validateParameters,
	validatePreset,
	validatePresetValues,
	type Parameter
} from '../../models/index';
import { parameters as declaredParameters } from '../../models/parameters';

const evidenceGrades = ['published', 'estimate', 'assumption'];

function expectDocumented(item: {
	label: string;
	unit: string;
	evidence: string;
	source?: { title: string; publisher: string; year: number };
	reasoning?: string;
}) {
	expect(item.label.trim().length).toBeGreaterThan(0);
	expect(item.unit.trim().length).toBeGreaterThan(0);
	expect(evidenceGrades).toContain(item.evidence);
	if (item.evidence === 'assumption') expect(item.reasoning?.trim().length).toBeGreaterThan(0);
	else {
		expect(item.source?.title.trim().length).toBeGreaterThan(0);
		expect(item.source?.publisher.trim().length).toBeGreaterThan(0);
	}
}

describe('parameters', () => {
	it('are all declared and validated, with unique ids', () => {
		expect(parameters.length).toBe(declaredParameters.length);
		expect(new Set(parameters.map((p) => p.id)).size).toBe(parameters.length);
		expect(parameters.length).toBeGreaterThanOrEqual(50);
	});

	it.each(parameters.map((p) => [p.id, p] as const))(
		'%s has a label, description, unit, range, status quo in range and evidence',
		(_, p) => {
			expectDocumented(p);
			expect(p.description.length).toBeGreaterThanOrEqual(20);
			if (p.kind === 'number') {
				expect(Number.isFinite(p.min) && Number.isFinite(p.max)).toBe(true);
				expect(p.min).toBeLessThan(p.max);
				expect(p.step).toBeGreaterThan(0);
				expect(p.statusQuo).toBeGreaterThanOrEqual(p.min);
				expect(p.statusQuo).toBeLessThanOrEqual(p.max);
				// The status quo sits on a slider step, so the slider can return to it exactly.
				const steps = (p.statusQuo - p.min) / p.step;
				expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
				// Every assumption about the world has a plausible range, so sensitivity and Monte
				// Carlo vary it; a lever may have one too (an uncertain effect size).
				if (!p.lever) expect(p.low !== undefined && p.high !== undefined).toBe(true);
				if (p.low !== undefined || p.high !== undefined) {
					for (const end of [p.low!, p.high!]) {
						const at = (end - p.min) / p.step;
						expect(Math.abs(at - Math.round(at))).toBeLessThan(1e-6);
					}
					expect(p.low).toBeGreaterThanOrEqual(p.min);
					expect(p.low).toBeLessThanOrEqual(p.statusQuo);
					expect(p.high).toBeGreaterThanOrEqual(p.statusQuo);
					expect(p.high).toBeLessThanOrEqual(p.max);
				}
			} else {
				expect(p.unit).toBe('boolean');
				expect(typeof p.statusQuo).toBe('boolean');
			}
		}
	);

	it('match MODEL.md’s status quo and range for the economy and the six propositions', () => {
		// [status quo, min, max] where MODEL.md gives a range; [status quo] where it gives only a value.
		const expected: Record<string, [number | boolean, number?, number?]> = {
			cpiInflation: [2, 0, 8],
			// Model 2027.1 re-based these on shared/REALITY-2026.md, newer than MODEL.md: children's
			// placement costs apart from the number in care (which fell 2 % in 2025), adult care
			// demand on recent budget growth (+9.1 % real in 2024/25), pay apart from prices, the
			// National Living Wage (+4.1 % in April 2026) and the 90 % high-needs write-off.
			socialCareInflation: [5, 0, 12],
			otherInflation: [2.5, 0, 8],
			adultCareDemandGrowth: [3.5, 0, 8],
			childrenInCareGrowth: [1, -3, 8],
			payAward: [3.2, 0, 10],
			staffShareOfServiceCosts: [45, 20, 80],
			nationalLivingWageGrowth: [4.1, 0, 10],
			careProviderPayShare: [60, 30, 90],
			dsgWriteOffShare: [90, 0, 100],
			grantGrowth: [1, -5, 6],
			rateableValueGrowth: [1, -3, 4],
			pwlbRate: [5.6, 2, 9],
			debtRefinancedShare: [4],
			investmentReturn: [2.8],
			inScopeSpendPerHead: [1500],
			rateableValueElasticity: [-0.3],
			touristDemandElasticity: [-0.1],
			localTaxCollectionCost: [3],
			retailSalesPerHead: [7300],
			salesTaxLeakage: [-0.5],
			skillsGrowthEffect: [0.05],
			preventionLag: [3],
			preventionSavingsInCouncil: [40],
			careGrowthReductionPerMillion: [0.15],
			feesDemandElasticity: [-0.2],
			investToSaveYield: [6],
			earnbackCapPerHead: [10.7],
			coProductionEfficiency: [2],
			referendumThreshold: [4.99],
			prudentialWarningThreshold: [10],
			needsFundingIndex: [100, 80, 130],
			englandShareUplift: [0, 0, 10],
			placeBudgetPooling: [0, 0, 100],
			poolingEfficiency: [0, 0, 10],
			poolingSavingsRetained: [50, 0, 100],
			settlementProtection: [false],
			businessRatesRetention: [49, 49, 100],
			multiplierChange: [0, -5, 2],
			touristLevy: [0, 0, 5],
			localSalesTax: [0, 0, 2],
			skillsInvestment: [0, 0, 20],
			preventionInvestment: [0, 0, 20],
			preventionReturn: [1.5, 0.5, 3],
			acuteSavingsReinvested: [0, 0, 100],
			earlyHelpInvestment: [0, 0, 15],
			integratedFamilyServices: [0, 0, 5],
			councilTaxIncrease: [4.99, 0, 15],
			referendumLimit: [true],
			feesCostRecovery: [70, 70, 100],
			investToSaveBorrowing: [0, 0, 50],
			bondAgencyShare: [0, 0, 100],
			bondAgencySaving: [0.25, 0, 1],
			earnbackRate: [0, 0, 3],
			coProductionShare: [0, 0, 5]
		};
		for (const [id, [statusQuo, min, max]] of Object.entries(expected)) {
			const p = parameterById.get(id);
			expect(p, id).toBeDefined();
			expect(p!.statusQuo, id).toBe(statusQuo);
			if (p!.kind === 'number' && min !== undefined)
				expect([p!.min, p!.max], id).toEqual([min, max]);
		}
	});
});

describe('authority figures', () => {
	for (const authority of authorities) {
		const items = [
			...Object.entries(authority.figures),
			...serviceLineIds.map((id) => [id, authority.services[id]] as const),
			...grantLineIds.map((id) => [id, authority.grants[id]] as const)
		];
		it.each(items.map(([id, figure]) => [authority.id, id, figure] as const))(
			'%s %s has a label, unit, finite value and evidence',
			(_, __, figure) => {
				expectDocumented(figure);
				expect(Number.isFinite(figure.value)).toBe(true);
			}
		);
	}

	it('Anyborough is the default: MODEL.md’s 2025/26 figures rolled forward to 2026/27', () => {
		expect(defaultAuthority.id).toBe('anyborough');
		const f = defaultAuthority.figures;
		expect(f.baseYear.value).toBe(2026);
		// 2025/26: 320,000 people growing 0.4 %; a tax base of 76,000 growing 0.8 %; Band D £2,120
		// raised 4.99 %; rates of £125m growing 1 % real and 2 % CPI; a top-up of £55m with CPI.
		expect(f.population.value).toBe(320000 * 1.004);
		expect(f.councilTaxBase.value).toBe(76000 * 1.008);
		expect(f.bandDCouncilTax.value).toBe(2225.79); // £2,120 × 1.0499 = £2,225.788
		expect(f.businessRatesCollectable.value).toBe(125_000_000 * 1.01 * 1.02);
		expect(f.topUp.value).toBe(56_100_000);
		// The budget balanced in 2025/26 without drawing reserves: the same £22m and £85m.
		expect(f.generalFundBalance.value).toBe(22_000_000);
		expect(f.earmarkedReserves.value).toBe(85_000_000);
		// Grants of £104.63m other than Recovery Grant up 7 % (a met's settlement), £8m Recovery Grant.
		const grants = grantLineIds.reduce((a, id) => a + defaultAuthority.grants[id].value, 0);
		expect(grants).toBeCloseTo(104_630_000 * 1.07 + 8_000_000, 2);
	});
});

describe('presets', () => {
	it('include a status-quo preset with no values', () => {
		expect(presets.find((p) => p.id === 'status-quo')?.values).toEqual({});
	});

	it.each(presets.map((p) => [p.id, p] as const))(
		'%s uses only known parameters, of the right kind, within range',
		(_, preset) => {
			expect(preset.label.length).toBeGreaterThan(0);
			expect(preset.description.length).toBeGreaterThan(0);
			for (const [id, value] of Object.entries(preset.values)) {
				const p = parameterById.get(id);
				expect(p, id).toBeDefined();
				if (p!.kind === 'boolean') expect(typeof value, id).toBe('boolean');
				else {
					expect(typeof value, id).toBe('number');
					expect(value as number, id).toBeGreaterThanOrEqual(p!.min);
					expect(value as number, id).toBeLessThanOrEqual(p!.max);
				}
				// A preset holds only what differs from the status quo.
				expect(value, id).not.toBe(p!.statusQuo);
			}
		}
	);

	it('have unique ids', () => {
		expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
	});

	it.each(presets.map((p) => [p.id, p] as const))(
		'%s cites a source or gives its reasoning for every value',
		(_, preset) => {
			expect(Object.keys(preset.settings)).toEqual(Object.keys(preset.values));
			for (const [id, setting] of Object.entries(preset.settings)) {
				expect(setting.value, id).toBe(preset.values[id]);
				expect(evidenceGrades, id).toContain(setting.evidence);
				if (setting.evidence === 'assumption')
					expect(setting.reasoning?.trim().length, id).toBeGreaterThan(20);
				else expect(setting.source?.title.trim().length, id).toBeGreaterThan(0);
			}
		}
	);

	it('Full Rewiring moves a lever of each of the six propositions', () => {
		const full = presets.find((p) => p.id === 'full-rewiring')!;
		const touched = new Set(
			Object.keys(full.values).map((id) => parameterById.get(id)!.proposition)
		);
		expect([...touched].sort()).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
	});
});

describe('a broken preset is rejected when loaded, naming the preset and the parameter', () => {
	const byId = new Map(parameters.map((p) => [p.id, p]));
	const preset = (settings: Record<string, unknown>) => ({
		id: 'broken-dream',
		label: 'Broken dream',
		description: 'A preset that should never load, for the validator’s tests.',
		settings
	});
	const cited = { evidence: 'assumption', reasoning: 'A reason good enough for a test.' };

	it('accepts a good one and derives its values', () => {
		expect(validatePreset(preset({ touristLevy: { value: 2, ...cited } }), byId).values).toEqual({
			touristLevy: 2
		});
	});

	it('a value without a source or reasoning', () => {
		expect(() =>
			validatePreset(preset({ touristLevy: { value: 2, evidence: 'assumption' } }), byId)
		).toThrow(
			/preset "broken-dream"\.settings\.touristLevy\.reasoning: an assumption needs reasoning/
		);
		expect(() =>
			validatePreset(preset({ touristLevy: { value: 2, evidence: 'published' } }), byId)
		).toThrow(/preset "broken-dream"\.settings\.touristLevy\.source/);
		expect(() => validatePreset(preset({ touristLevy: 2 }), byId)).toThrow(
			/preset "broken-dream"\.settings\.touristLevy/
		);
	});

	it('a value outside its parameter’s range, of the wrong kind, or at its status quo', () => {
		expect(() =>
			validatePreset(preset({ needsFundingIndex: { value: 140, ...cited } }), byId)
		).toThrow(/preset "broken-dream": "needsFundingIndex" = 140 is outside 80–130/);
		expect(() =>
			validatePreset(preset({ settlementProtection: { value: 1, ...cited } }), byId)
		).toThrow(/preset "broken-dream": "settlementProtection" must be a boolean/);
		expect(() =>
			validatePreset(preset({ councilTaxIncrease: { value: 4.99, ...cited } }), byId)
		).toThrow(/preset "broken-dream": "councilTaxIncrease" = 4.99 is its status quo/);
	});

	it('an unknown parameter, an unknown key or a missing description', () => {
		expect(() => validatePreset(preset({ unicornTax: { value: 1, ...cited } }), byId)).toThrow(
			/preset "broken-dream": unknown parameter "unicornTax"/
		);
		expect(() =>
			validatePreset(preset({ touristLevy: { value: 2, ...cited, vibe: 'good' } }), byId)
		).toThrow(/preset "broken-dream"\.settings\.touristLevy/);
		expect(() => validatePreset({ ...preset({}), description: '' }, byId)).toThrow(
			/preset "broken-dream"\.description/
		);
		// The old shape, bare values without evidence, is refused too.
		expect(() => validatePreset({ ...preset({}), values: { touristLevy: 2 } }, byId)).toThrow(
			/preset "broken-dream"/
		);
	});
});

describe('the validators reject bad declarations, naming the item', () => {
	const good = parameterById.get('touristLevy') as Extract<Parameter, { kind: 'number' }>;
	const byId = new Map(parameters.map((p) => [p.id, p]));

	it('accept the good declaration', () => {
		expect(validateParameters([{ ...good }])).toHaveLength(1);
	});

	it('a published parameter without a source', () => {
		const bad = { ...good, id: 'noSourceLevy', evidence: 'published', source: undefined };
		expect(() => validateParameters([bad])).toThrow(ModelDeclarationError);
		expect(() => validateParameters([bad])).toThrow(/parameter "noSourceLevy"\.source/);
	});

	it('an assumption without reasoning', () => {
		const bad = { ...good, id: 'noReasonLevy', evidence: 'assumption', reasoning: undefined };
		expect(() => validateParameters([bad])).toThrow(/parameter "noReasonLevy"\.reasoning/);
	});

	it('a size scale on what is not a sum of money', () => {
		const bad = { ...good, id: 'growingLevy', scaleWith: 'serviceSpending' };
		expect(() => validateParameters([bad])).toThrow(
			/parameter "growingLevy"\.scaleWith: only a sum of money \(£m a year\) can scale with the council/
		);
	});

	it('a status quo outside the range', () => {
		const bad = { ...good, id: 'wildLevy', statusQuo: 6 };
		expect(() => validateParameters([bad])).toThrow(/parameter "wildLevy"\.statusQuo.*outside/);
	});

	it('an assumption (not a lever) without a low and high', () => {
		const assumption = parameterById.get('touristDemandElasticity') as typeof good;
		const { low: _low, high: _high, ...bare } = assumption;
		expect(() => validateParameters([{ ...bare, id: 'rangelessElasticity' }])).toThrow(
			/parameter "rangelessElasticity"\.low: not a lever, so it needs a plausible low and high/
		);
		expect(() => validateParameters([{ ...assumption, id: 'halfRange', high: undefined }])).toThrow(
			/parameter "halfRange"\.low: low and high go together/
		);
		// A lever needs none.
		expect(validateParameters([{ ...good, low: undefined, high: undefined }])).toHaveLength(1);
	});

	it('a low or high outside the range, around the wrong side of the status quo, or off a step', () => {
		const lag = parameterById.get('preventionLag') as typeof good;
		expect(() => validateParameters([{ ...lag, id: 'lateLag', low: 4, high: 5 }])).toThrow(
			/parameter "lateLag"\.low: need min ≤ low ≤ status quo ≤ high ≤ max/
		);
		expect(() => validateParameters([{ ...lag, id: 'longLag', high: 7 }])).toThrow(
			/parameter "longLag"\.low/
		);
		expect(() => validateParameters([{ ...lag, id: 'fractionalLag', low: 2.5 }])).toThrow(
			/parameter "fractionalLag"\.low: low 2.5 is not on a slider step/
		);
	});

	it('a true/false parameter that is not a lever', () => {
		const flag = parameterById.get('settlementProtection')!;
		expect(() => validateParameters([{ ...flag, id: 'someSwitch', lever: false }])).toThrow(
			/parameter "someSwitch"\.lever: a true\/false parameter must be a lever/
		);
	});

	it('a duplicate id', () => {
		expect(() => validateParameters([{ ...good }, { ...good }])).toThrow(
			/parameter "touristLevy" is declared twice/
		);
	});

	it('a missing label or a short description', () => {
		expect(() => validateParameters([{ ...good, id: 'unlabelled', label: '' }])).toThrow(
			/parameter "unlabelled"\.label/
		);
		expect(() => validateParameters([{ ...good, id: 'terse', description: 'Short.' }])).toThrow(
			/parameter "terse"\.description/
		);
	});

	it('a preset naming an unknown parameter', () => {
		expect(() => validatePresetValues('preset "dream"', { unicornTax: 1 }, byId)).toThrow(
			/preset "dream": unknown parameter "unicornTax"/
		);
	});

	it('a preset value out of range', () => {
		expect(() => validatePresetValues('preset "greedy"', { councilTaxIncrease: 16 }, byId)).toThrow(
			/preset "greedy": "councilTaxIncrease" = 16 is outside 0–15/
		);
		expect(() => validatePresetValues('preset "greedy"', { touristLevy: -1 }, byId)).toThrow(
			/"touristLevy"/
		);
	});

	it('a preset value of the wrong kind', () => {
		expect(() =>
			validatePresetValues('preset "muddled"', { settlementProtection: 1 }, byId)
		).toThrow(/preset "muddled": "settlementProtection" must be a boolean/);
	});

	it('an authority figure that is an assumption without reasoning', () => {
		const bad = structuredClone(defaultAuthority) as unknown as {
			figures: Record<string, Record<string, unknown>>;
		};
		bad.figures.hotelRoomNights = { ...bad.figures.hotelRoomNights, reasoning: undefined };
		expect(bad.figures.hotelRoomNights.evidence).toBe('assumption');
		const result = authoritySchema.safeParse(bad);
		expect(result.success).toBe(false);
		const paths = result.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(['figures.hotelRoomNights.reasoning']);
		expect(result.error!.issues[0].message).toMatch(/reasoning/);
		expect(authoritySchema.safeParse(defaultAuthority).success).toBe(true);
	});

	it('an authority figure that is published without a source', () => {
		const bad = structuredClone(defaultAuthority) as unknown as {
			figures: Record<string, Record<string, unknown>>;
		};
		bad.figures.population = { ...bad.figures.population, source: undefined };
		const result = authoritySchema.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([
			'figures.population.source'
		]);
	});
});

describe('the model changelog', () => {
	it('ends at the current model version, every release saying what changed', () => {
		expect(modelChangelog.at(-1)!.version).toBe(MODEL_VERSION);
		expect(new Set(modelChangelog.map((r) => r.version)).size).toBe(modelChangelog.length);
		for (const release of modelChangelog) expect(release.changes.length).toBeGreaterThan(0);
	});

	it('gives the releases after a saved version, all of them for an unknown one, none for today’s', () => {
		expect(changesSince(MODEL_VERSION)).toEqual([]);
		expect(changesSince('1999.1')).toEqual(modelChangelog);
		modelChangelog.forEach((release, i) =>
			expect(changesSince(release.version)).toEqual(modelChangelog.slice(i + 1))
		);
	});
});
