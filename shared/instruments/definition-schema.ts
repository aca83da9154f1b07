import { z } from 'zod';
import { KebabIdSchema, VersionSchema } from '../schemas/common';
import {
  AreaStatusSchema,
  BrugColumnIdSchema,
  BrugLevelSchema,
  BrugPillarIdSchema,
  FactorDurationSchema,
  FactorSideSchema,
  FactorWeightSchema,
  KansencirkelAreaIdSchema,
  PgAspectSchema,
  SphereIdSchema,
} from '../schemas/vocabulary';
import { problemParams } from '../schemas/zod-messages';

// Schemas of the instrument definitions. The definitions themselves are data
// (`as const satisfies X`); tests parse every one of them with these schemas.

const LabelSchema = z.string().trim().min(1).max(200);
const TextSchema = z.string().trim().min(1).max(2000);

const instrumentBase = {
  id: KebabIdSchema,
  version: VersionSchema,
  title: LabelSchema,
  description: TextSchema,
  /** Where the facts come from. */
  source: TextSchema,
  /** Who owns the instrument and what we may ship; see docs/instruments.md. */
  licence: TextSchema,
};

export const TextEntrySchema = z.strictObject({ id: KebabIdSchema, text: TextSchema });
export type TextEntry = z.infer<typeof TextEntrySchema>;

export const PgDimensionDefinitionSchema = z.strictObject({
  id: KebabIdSchema,
  label: LabelSchema,
  aspect: PgAspectSchema,
  /** Our own short B1 question; the licensed iPH items are never shipped. */
  prompt: TextSchema,
  min: z.literal(0),
  max: z.literal(10),
});
export type PgDimensionDefinition = z.infer<typeof PgDimensionDefinitionSchema>;

export const PgDefinitionSchema = z.strictObject({
  ...instrumentBase,
  kind: z.literal('positieve-gezondheid'),
  group: z.enum(['volwassenen', 'jongeren', 'kinderen']),
  /** Advice for picking a version; never used for signals (K9). */
  ageRange: z.strictObject({
    min: z.number().int().min(0),
    max: z.number().int().min(0).nullable(),
  }),
  dimensions: z.array(PgDimensionDefinitionSchema).length(6).readonly(),
  /** After scoring: overzicht, inzicht, uitzicht. */
  followUpQuestions: z.array(TextEntrySchema).min(1).readonly(),
});
export type PgDefinition = z.infer<typeof PgDefinitionSchema>;

export const BrugLevelDefinitionSchema = z.strictObject({
  level: BrugLevelSchema,
  /** An "ik"-sentence in our own words; {grensA} and {grensB} are filled per household size. */
  statement: TextSchema,
});

export const BrugColumnDefinitionSchema = z.strictObject({
  id: BrugColumnIdSchema,
  label: LabelSchema,
  pillarId: BrugPillarIdSchema,
  levels: z.array(BrugLevelDefinitionSchema).length(4).readonly(),
});
export type BrugColumnDefinition = z.infer<typeof BrugColumnDefinitionSchema>;

export const BrugDefinitionSchema = z.strictObject({
  ...instrumentBase,
  kind: z.literal('brug-naar-zelfredzaamheid'),
  pillars: z
    .array(z.strictObject({ id: BrugPillarIdSchema, label: LabelSchema }))
    .length(5)
    .readonly(),
  /** The eight columns. */
  dimensions: z.array(BrugColumnDefinitionSchema).length(8).readonly(),
});
export type BrugDefinition = z.infer<typeof BrugDefinitionSchema>;

const EuroSchema = z.number().min(0).max(1_000_000);

/** Net monthly income thresholds of the Brug column Inkomen; profile data with a year. */
export const IncomeThresholdsSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    source: TextSchema,
    /** Household sizes 1, 2, 3, ... in order: above A is level 1, below B is level 3. */
    bySize: z
      .array(z.strictObject({ size: z.number().int().min(1), a: EuroSchema, b: EuroSchema }))
      .min(1)
      .readonly(),
    /** Added to the largest listed size for each further person. */
    extraPerson: z.strictObject({ a: EuroSchema, b: EuroSchema }),
  })
  .superRefine((thresholds, ctx) => {
    thresholds.bySize.forEach((row, index) => {
      if (row.size !== index + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['bySize', index, 'size'],
          message: 'size order',
          params: problemParams('schema.problem.sizeOrder', { expected: index + 1 }),
        });
      }
      if (row.b >= row.a) {
        ctx.addIssue({
          code: 'custom',
          path: ['bySize', index, 'b'],
          message: 'b below a',
          params: problemParams('schema.problem.belowA'),
        });
      }
    });
  });
export type IncomeThresholds = z.infer<typeof IncomeThresholdsSchema>;

export const FactorDefinitionSchema = z.strictObject({
  id: KebabIdSchema,
  label: LabelSchema,
  side: FactorSideSchema,
  defaultDuration: FactorDurationSchema,
  defaultWeight: FactorWeightSchema,
});
export type FactorDefinition = z.infer<typeof FactorDefinitionSchema>;

export const SphereDefinitionSchema = z.strictObject({
  id: SphereIdSchema,
  label: LabelSchema,
  description: TextSchema,
  factors: z.array(FactorDefinitionSchema).min(1).readonly(),
});
export type SphereDefinition = z.infer<typeof SphereDefinitionSchema>;

export const LifeEventDefinitionSchema = z.strictObject({
  id: KebabIdSchema,
  label: LabelSchema,
  /** Where the event adds temporary draaglast, and how much. */
  sphere: SphereIdSchema,
  weight: FactorWeightSchema,
  /** When this factor is already listed, the event is not counted twice. */
  relatedFactorId: KebabIdSchema.optional(),
});
export type LifeEventDefinition = z.infer<typeof LifeEventDefinitionSchema>;

export const BalanceDefinitionSchema = z.strictObject({
  ...instrumentBase,
  kind: z.literal('draagkracht-draaglast'),
  spheres: z.array(SphereDefinitionSchema).length(3).readonly(),
  lifeEvents: z.array(LifeEventDefinitionSchema).min(1).readonly(),
});
export type BalanceDefinition = z.infer<typeof BalanceDefinitionSchema>;

export const BalanceThresholdsSchema = z.strictObject({
  /** Overall saldo at or below this: uit balans. */
  uitBalansAtOrBelow: z.number().int(),
  /** Overall saldo at or below this, with some draaglast: kwetsbaar. */
  kwetsbaarAtOrBelow: z.number().int(),
  /** A sphere with a saldo at or below this makes the person kwetsbaar. */
  sphereAtOrBelow: z.number().int(),
  /** Total draagkracht at or below this, with some draaglast: kwetsbaar. */
  lowDraagkrachtAtOrBelow: z.number().int().min(0),
  /** This many spheres with more draaglast than draagkracht: stapeling, kwetsbaar. */
  stapelingSpheres: z.number().int().min(1).max(3),
  /** Life events older than this many months no longer add draaglast. */
  lifeEventMonths: z.number().int().min(1).max(120),
});
export type BalanceThresholds = z.infer<typeof BalanceThresholdsSchema>;

export const KansencirkelDefinitionSchema = z.strictObject({
  ...instrumentBase,
  kind: z.literal('kansencirkel'),
  dimensions: z
    .array(z.strictObject({ id: KansencirkelAreaIdSchema, label: LabelSchema, prompt: TextSchema }))
    .length(8)
    .readonly(),
  statuses: z
    .array(z.strictObject({ id: AreaStatusSchema, label: LabelSchema }))
    .length(3)
    .readonly(),
  /** Protective factors for young people (MAG note 18), as prompts for the conversation. */
  protectiveFactors: z.array(TextEntrySchema).readonly(),
});
export type KansencirkelDefinition = z.infer<typeof KansencirkelDefinitionSchema>;

export const InstrumentDefinitionSchema = z.discriminatedUnion('kind', [
  PgDefinitionSchema,
  BrugDefinitionSchema,
  BalanceDefinitionSchema,
  KansencirkelDefinitionSchema,
]);
export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;

const RoleSchema = z.strictObject({ role: KebabIdSchema, label: TextSchema });

export const AvePhaseSchema = z.strictObject({
  phase: z.literal([1, 2, 3, 4]),
  colour: z.enum(['groen', 'geel', 'oranje-rood', 'donkerrood']),
  title: LabelSchema,
  description: TextSchema,
  casusregie: RoleSchema,
  procesregie: RoleSchema,
  /** When to move to the next phase up; empty in phase 4. */
  scaleUp: z.array(TextEntrySchema).readonly(),
  /** When to move one phase down; empty in phase 1. */
  scaleDown: z.array(TextEntrySchema).readonly(),
});
export type AvePhase = z.infer<typeof AvePhaseSchema>;

export const AveModelSchema = z.strictObject({
  id: KebabIdSchema,
  version: VersionSchema,
  title: LabelSchema,
  description: TextSchema,
  source: TextSchema,
  phases: z.array(AvePhaseSchema).length(4).readonly(),
});
export type AveModel = z.infer<typeof AveModelSchema>;
