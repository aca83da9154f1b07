import { z } from 'zod';
import { IdSchema, IsoDateSchema, numberInRange } from './common';
import {
  AreaStatusSchema,
  AssessmentStatusSchema,
  BrugColumnIdSchema,
  BrugLevelSchema,
  BrugPillarIdSchema,
  FactorDurationSchema,
  FactorSideSchema,
  FactorWeightSchema,
  KansencirkelAreaIdSchema,
  KwetsbaarheidLevelSchema,
  KwetsbaarheidReasonSchema,
  PgAspectSchema,
  SeveritySchema,
  SignalIdSchema,
  SphereIdSchema,
} from './vocabulary';

// Derived results. They are never stored: they are recomputed from the answers and the definitions,
// so a changed threshold or mapping shows at once. The schemas pin the contract for the renderer,
// the prevention engine and the command line, and tests parse every derived value with them.

const ValuesSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const WarningCodeSchema = z.enum([
  'income-thresholds-outdated',
  'income-level-differs',
  'housing-level-differs',
  /** The household is larger than the threshold table; the thresholds were extrapolated. */
  'income-thresholds-extrapolated',
  /** The Brug income is for another number of people than the household lists. */
  'household-size-differs',
]);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

export const WarningSchema = z.strictObject({
  code: WarningCodeSchema,
  assessmentId: IdSchema.nullable(),
  values: ValuesSchema,
});
export type Warning = z.infer<typeof WarningSchema>;

/** Which answer led to a derived value: enough to show "because you answered ...". */
export const EvidenceSchema = z.strictObject({
  assessmentId: IdSchema.nullable(),
  instrumentId: z.string(),
  /** Dimension, column, area, factor or life-event id, or `safetyConcern`. */
  field: z.string(),
  value: z.union([z.number(), z.string(), z.boolean()]),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const PgDimensionScoreSchema = z.strictObject({
  dimensionId: z.string(),
  aspect: PgAspectSchema,
  /** Null when the dimension was not answered. */
  score: numberInRange(0, 10).nullable(),
  /** Items that fed the score (0 when the resident gave the score directly). */
  itemCount: z.number().int().min(0),
});
export type PgDimensionScore = z.infer<typeof PgDimensionScoreSchema>;

export const PgResultSchema = z.strictObject({
  kind: z.literal('positieve-gezondheid'),
  source: z.enum(['scores', 'items']),
  dimensions: z.array(PgDimensionScoreSchema),
  answered: z.number().int().min(0),
  /** Dimensions with the lowest score: a starting point for the conversation, not a verdict. */
  lowest: z.array(z.string()),
  focus: z.array(z.string()),
});
export type PgResult = z.infer<typeof PgResultSchema>;

export const PgChangeSchema = z.enum(['beter', 'gelijk', 'slechter']);
export type PgChange = z.infer<typeof PgChangeSchema>;

const MomentSchema = z.strictObject({
  assessmentId: IdSchema.nullable(),
  instrumentId: z.string(),
  takenAt: IsoDateSchema.nullable(),
});

export const PgComparisonSchema = z.strictObject({
  t0: MomentSchema,
  t1: MomentSchema,
  dimensions: z.array(
    z.strictObject({
      aspect: PgAspectSchema,
      t0DimensionId: z.string().nullable(),
      t1DimensionId: z.string().nullable(),
      t0: z.number().nullable(),
      t1: z.number().nullable(),
      delta: z.number().nullable(),
      change: PgChangeSchema.nullable(),
    }),
  ),
});
export type PgComparison = z.infer<typeof PgComparisonSchema>;

export const BrugColumnResultSchema = z.strictObject({
  columnId: BrugColumnIdSchema,
  pillarId: BrugPillarIdSchema,
  level: BrugLevelSchema.nullable(),
  source: z.enum(['answered', 'computed', 'missing']),
});
export type BrugColumnResult = z.infer<typeof BrugColumnResultSchema>;

export const BrugResultSchema = z.strictObject({
  kind: z.literal('brug-naar-zelfredzaamheid'),
  columns: z.array(BrugColumnResultSchema),
  /** Per pillar the least self-reliant level of its answered columns. */
  pillars: z.array(
    z.strictObject({ pillarId: BrugPillarIdSchema, level: BrugLevelSchema.nullable() }),
  ),
  income: z
    .strictObject({
      netMonthly: z.number().min(0),
      householdSize: z.number().int().min(1),
      thresholdA: z.number(),
      thresholdB: z.number(),
      thresholdsYear: z.number().int(),
      level: BrugLevelSchema,
    })
    .nullable(),
  housing: z
    .strictObject({
      monthlyCosts: z.number().min(0).nullable(),
      temporary: z.boolean(),
      /** Housing costs as a share of net income; null when it cannot be computed. */
      share: z.number().min(0).nullable(),
      level: BrugLevelSchema.nullable(),
    })
    .nullable(),
  warnings: z.array(WarningSchema),
});
export type BrugResult = z.infer<typeof BrugResultSchema>;

export const ProposedFactorSchema = z.strictObject({
  factorId: z.string(),
  label: z.string(),
  sphere: SphereIdSchema,
  side: FactorSideSchema,
  weight: FactorWeightSchema,
  duration: FactorDurationSchema,
  /** Always a proposal: the professional confirms, weighs and marks the duration. */
  status: z.literal('voorgesteld'),
  evidence: z.array(EvidenceSchema).min(1),
});
export type ProposedFactor = z.infer<typeof ProposedFactorSchema>;

export const BalanceFactorEntrySchema = z.strictObject({
  factorId: z.string(),
  label: z.string(),
  side: FactorSideSchema,
  weight: FactorWeightSchema,
  duration: FactorDurationSchema,
  source: z.enum(['bevestigd', 'voorgesteld']),
});
export type BalanceFactorEntry = z.infer<typeof BalanceFactorEntrySchema>;

export const BalanceLifeEventEntrySchema = z.strictObject({
  eventId: z.string(),
  label: z.string(),
  weight: FactorWeightSchema,
  date: IsoDateSchema.nullable(),
  counted: z.boolean(),
  /** Why an event does not add draaglast: too long ago, or its factor is already listed. */
  notCountedBecause: z.enum(['buiten-termijn', 'al-als-factor']).nullable(),
});
export type BalanceLifeEventEntry = z.infer<typeof BalanceLifeEventEntrySchema>;

export const BalanceTotalsSchema = z.strictObject({
  draagkracht: z.number().int().min(0),
  draaglast: z.number().int().min(0),
  /** draagkracht - draaglast: above 0 the resources outweigh the burdens. */
  saldo: z.number().int(),
  permanenteDraaglast: z.number().int().min(0),
  tijdelijkeDraaglast: z.number().int().min(0),
});
export type BalanceTotals = z.infer<typeof BalanceTotalsSchema>;

export const SphereBalanceSchema = BalanceTotalsSchema.extend({
  sphereId: SphereIdSchema,
  factors: z.array(BalanceFactorEntrySchema),
  lifeEvents: z.array(BalanceLifeEventEntrySchema),
});
export type SphereBalance = z.infer<typeof SphereBalanceSchema>;

export const KwetsbaarheidSchema = z.strictObject({
  level: KwetsbaarheidLevelSchema,
  reasons: z.array(
    z.strictObject({ code: KwetsbaarheidReasonSchema, sphereId: SphereIdSchema.nullable() }),
  ),
});
export type Kwetsbaarheid = z.infer<typeof KwetsbaarheidSchema>;

export const BalanceResultSchema = z.strictObject({
  /** `voorstel` when built from proposed factors only, before the professional confirmed them. */
  basis: z.enum(['bevestigd', 'voorstel']),
  spheres: z.array(SphereBalanceSchema),
  overall: BalanceTotalsSchema,
  kwetsbaarheid: KwetsbaarheidSchema,
});
export type BalanceResult = z.infer<typeof BalanceResultSchema>;

export const BalanceAssessmentResultSchema = z.strictObject({
  kind: z.literal('draagkracht-draaglast'),
  balance: BalanceResultSchema,
});
export type BalanceAssessmentResult = z.infer<typeof BalanceAssessmentResultSchema>;

export const KansencirkelResultSchema = z.strictObject({
  kind: z.literal('kansencirkel'),
  areas: z.array(
    z.strictObject({ areaId: KansencirkelAreaIdSchema, status: AreaStatusSchema.nullable() }),
  ),
  counts: z.strictObject({
    gaatGoed: z.number().int().min(0),
    aandacht: z.number().int().min(0),
    zorg: z.number().int().min(0),
    open: z.number().int().min(0),
  }),
});
export type KansencirkelResult = z.infer<typeof KansencirkelResultSchema>;

export const ScoreResultSchema = z.discriminatedUnion('kind', [
  PgResultSchema,
  BrugResultSchema,
  BalanceAssessmentResultSchema,
  KansencirkelResultSchema,
]);
export type ScoreResult = z.infer<typeof ScoreResultSchema>;

export const SignalEvidenceSchema = EvidenceSchema.extend({ severity: SeveritySchema });
export type SignalEvidence = z.infer<typeof SignalEvidenceSchema>;

/** A reason to look further, for one person (or the household when personId is null). */
export const SignalSchema = z.strictObject({
  signalId: SignalIdSchema,
  personId: IdSchema.nullable(),
  /** The most severe of its evidence. */
  severity: SeveritySchema,
  evidence: z.array(SignalEvidenceSchema).min(1),
});
export type Signal = z.infer<typeof SignalSchema>;

export const HouseholdBalanceSchema = z.strictObject({
  /** The least stable person decides: one person out of balance puts the household at risk. */
  level: KwetsbaarheidLevelSchema,
  persons: z.array(
    z.strictObject({
      personId: IdSchema,
      level: KwetsbaarheidLevelSchema,
      basis: z.enum(['bevestigd', 'voorstel']),
    }),
  ),
});
export type HouseholdBalance = z.infer<typeof HouseholdBalanceSchema>;

export const ScoredAssessmentSchema = z.strictObject({
  assessmentId: IdSchema,
  personId: IdSchema,
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  takenAt: IsoDateSchema,
  status: AssessmentStatusSchema,
  result: ScoreResultSchema,
});
export type ScoredAssessment = z.infer<typeof ScoredAssessmentSchema>;

/** Everything derived from one household's (or one assessment's) answers. */
export const CaseScoreSchema = z.strictObject({
  now: IsoDateSchema,
  householdId: IdSchema.nullable(),
  results: z.array(ScoredAssessmentSchema),
  comparisons: z.array(PgComparisonSchema.extend({ personId: IdSchema })),
  persons: z.array(
    z.strictObject({
      personId: IdSchema,
      balance: BalanceResultSchema.nullable(),
      proposedFactors: z.array(ProposedFactorSchema),
    }),
  ),
  household: HouseholdBalanceSchema,
  signals: z.array(SignalSchema),
  warnings: z.array(WarningSchema),
});
export type CaseScore = z.infer<typeof CaseScoreSchema>;
