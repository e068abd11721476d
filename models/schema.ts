/**
 * The shape of every declaration in models/. Everything is checked with these schemas when
 * models/index.ts loads, so a parameter or figure without a source (or reasoning, for an
 * assumption) fails loudly and names itself, instead of reaching a slider undocumented.
 */
import { z } from 'zod';

export const evidenceGrades = ['published', 'estimate', 'assumption'] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];

export const sourceSchema = z.strictObject({
	title: z.string().min(1),
	publisher: z.string().min(1),
	year: z.number().int().min(1980).max(2030),
	// Only web addresses: a source is shown as a link, and "javascript:" would run on a click.
	url: z
		.url({ protocol: /^https?$/, error: 'a source URL must start with http:// or https://' })
		.optional()
});
export type Source = z.infer<typeof sourceSchema>;

/** Evidence: a published figure or estimate needs a source; an assumption needs its reasoning. */
const evidenceFields = {
	evidence: z.enum(evidenceGrades),
	source: sourceSchema.optional(),
	reasoning: z.string().min(1).optional()
};

function requireEvidence<
	T extends { evidence: EvidenceGrade; source?: Source; reasoning?: string }
>(item: T, ctx: z.RefinementCtx) {
	if (item.evidence === 'assumption' && !item.reasoning) {
		ctx.addIssue({ code: 'custom', path: ['reasoning'], message: 'an assumption needs reasoning' });
	}
	if (item.evidence !== 'assumption' && !item.source) {
		ctx.addIssue({
			code: 'custom',
			path: ['source'],
			message: `a ${item.evidence} figure needs a source`
		});
	}
}

export const propositionIds = ['economy', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'plan'] as const;
export type PropositionId = (typeof propositionIds)[number];

/**
 * Units as shown to people. Scenario values are always held in these units (4.99 for 4.99 %,
 * 20 for £20m); the engine converts them once, in src/lib/engine/parameters.ts.
 */
export const parameterUnits = [
	'percent', // 4.99 means 4.99 %
	'percentagePoints', // 0.25 means 0.25 pp
	'gbpMillionsPerYear', // 20 means £20m a year
	'gbp', // pounds
	'pence', // pence in the pound (business-rates multiplier)
	'years',
	'ratio', // £ per £1, or an elasticity
	'count',
	'boolean'
] as const;
export type ParameterUnit = (typeof parameterUnits)[number];

/**
 * What a sum of money grows with from one council to another, as declared in its baseline: its
 * spending on all services, on adult or on children's social care, or its planned borrowing.
 */
export const sizeMeasures = [
	'serviceSpending',
	'adultSocialCare',
	'childrensSocialCare',
	'capitalProgrammeBorrowing'
] as const;
export type SizeMeasure = (typeof sizeMeasures)[number];

/**
 * A lever that does nothing on its own: it acts only when all (or any) of these other levers
 * are set above zero (or on). Shown beside the lever, and checked by a property test.
 */
export const needsSchema = z.union([
	z.strictObject({ allOf: z.array(z.string()).min(1) }),
	z.strictObject({ anyOf: z.array(z.string()).min(2) })
]);
export type Needs = z.infer<typeof needsSchema>;

const parameterId = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
/** What every parameter says of itself, whatever its kind. */
const parameterWords = {
	proposition: z.enum(propositionIds),
	label: z.string().min(1),
	description: z.string().min(20)
};

const numberParameterSchema = z
	.object({
		id: parameterId,
		kind: z.literal('number'),
		...parameterWords,
		unit: z.enum(parameterUnits).exclude(['boolean']),
		min: z.number(),
		max: z.number(),
		step: z.number().positive(),
		statusQuo: z.number(),
		/** Lever: a policy choice a council (or government) makes. Otherwise an assumption about the world. */
		lever: z.boolean(),
		/**
		 * Plausible range for sensitivity (the tornado) and Monte Carlo. Required on every parameter
		 * that is not a lever (an assumption about the world is uncertain by nature); optional on a
		 * lever, where it marks an effect size that is itself uncertain. On a slider step, so a
		 * whole-year lag stays whole.
		 */
		low: z.number().optional(),
		high: z.number().optional(),
		/** Said beside the slider when the lever moves off its status quo (e.g. needs legislation). */
		caveat: z.string().optional(),
		needs: needsSchema.optional(),
		/**
		 * A sum of money sized for Anyborough: for a bigger council the slider's top grows in
		 * proportion to this measure, and a preset's value grows or shrinks with it.
		 */
		scaleWith: z.enum(sizeMeasures).optional(),
		...evidenceFields
	})
	.superRefine((p, ctx) => {
		requireEvidence(p, ctx);
		if (p.scaleWith && p.unit !== 'gbpMillionsPerYear')
			ctx.addIssue({
				code: 'custom',
				path: ['scaleWith'],
				message: 'only a sum of money (£m a year) can scale with the council'
			});
		if (p.min >= p.max)
			ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must exceed min' });
		if (p.statusQuo < p.min || p.statusQuo > p.max) {
			ctx.addIssue({
				code: 'custom',
				path: ['statusQuo'],
				message: `status quo ${p.statusQuo} is outside ${p.min}–${p.max}`
			});
		}
		if (!p.lever && p.low === undefined && p.high === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['low'],
				message: 'not a lever, so it needs a plausible low and high for sensitivity and Monte Carlo'
			});
		} else if ((p.low === undefined) !== (p.high === undefined)) {
			ctx.addIssue({ code: 'custom', path: ['low'], message: 'low and high go together' });
		}
		if (p.low !== undefined && p.high !== undefined) {
			if (!(p.min <= p.low && p.low <= p.statusQuo && p.statusQuo <= p.high && p.high <= p.max)) {
				ctx.addIssue({
					code: 'custom',
					path: ['low'],
					message: `need min ≤ low ≤ status quo ≤ high ≤ max (${p.min} ≤ ${p.low} ≤ ${p.statusQuo} ≤ ${p.high} ≤ ${p.max})`
				});
			}
			for (const end of ['low', 'high'] as const) {
				if (!onStep(p[end]!, p.min, p.step)) {
					ctx.addIssue({
						code: 'custom',
						path: [end],
						message: `${end} ${p[end]} is not on a slider step (${p.min} + a multiple of ${p.step})`
					});
				}
			}
		}
	});

/** The slider step nearest a value, without float noise (0.1 steps give 2.3, not 2.3000000000000003). */
export function nearestStep(value: number, min: number, step: number): number {
	return Number((min + Math.round((value - min) / step) * step).toFixed(10));
}

/** Whether a value lies on a slider's steps, allowing for float noise (0.1 steps and so on). */
export function onStep(value: number, min: number, step: number): boolean {
	const steps = (value - min) / step;
	return Math.abs(steps - Math.round(steps)) < 1e-6;
}

const booleanParameterSchema = z
	.object({
		id: parameterId,
		kind: z.literal('boolean'),
		...parameterWords,
		unit: z.literal('boolean'),
		statusQuo: z.boolean(),
		lever: z.boolean(),
		caveat: z.string().optional(),
		needs: needsSchema.optional(),
		...evidenceFields
	})
	.superRefine((p, ctx) => {
		requireEvidence(p, ctx);
		// Every parameter that is not a lever is varied in sensitivity and Monte Carlo, which need
		// a numeric low and high; a switch has none.
		if (!p.lever) {
			ctx.addIssue({
				code: 'custom',
				path: ['lever'],
				message: 'a true/false parameter must be a lever: an assumption needs a number and a range'
			});
		}
	});

export const parameterSchema = z.discriminatedUnion('kind', [
	numberParameterSchema,
	booleanParameterSchema
]);
export type Parameter = z.infer<typeof parameterSchema>;
export type NumberParameter = Extract<Parameter, { kind: 'number' }>;
export type BooleanParameter = Extract<Parameter, { kind: 'boolean' }>;

/** A single documented figure: a baseline number for an authority or a fixed model constant. */
export const figureSchema = z
	.strictObject({
		label: z.string().min(1),
		value: z.number().finite(),
		unit: z.string().min(1),
		note: z.string().optional(),
		...evidenceFields
	})
	.superRefine(requireEvidence);
export type Figure = z.infer<typeof figureSchema>;

export const propositionSchema = z.object({
	id: z.enum(propositionIds),
	title: z.string().min(1),
	summary: z.string().min(1),
	/** The LGA's wording, from the 2013 coverage in shared/seed. */
	quote: z.string().optional()
});
export type Proposition = z.infer<typeof propositionSchema>;

/**
 * One value in a preset scenario, in slider units, with its own evidence: a source where a
 * precedent or published figure sets it, or the reasoning for an assumed value.
 */
export const presetSettingSchema = z
	.strictObject({
		value: z.union([z.number().finite(), z.boolean()]),
		...evidenceFields
	})
	.superRefine(requireEvidence);
export type PresetSetting = z.infer<typeof presetSettingSchema>;

/** A preset as declared in presets.ts: what differs from the status quo, each value cited. */
export const presetDeclarationSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	label: z.string().min(1),
	description: z.string().min(20),
	settings: z.record(z.string(), presetSettingSchema)
});
export type PresetDeclaration = z.infer<typeof presetDeclarationSchema>;
