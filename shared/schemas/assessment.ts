import { z } from 'zod';
import {
  checkSyncOrder,
  IdSchema,
  IsoDateSchema,
  KebabIdSchema,
  numberInRange,
  syncShape,
  VersionSchema,
} from './common';
import {
  AreaStatusSchema,
  AssessmentStatusSchema,
  BrugColumnIdSchema,
  BrugLevelSchema,
  FactorDurationSchema,
  FactorSideSchema,
  FactorWeightSchema,
  KansencirkelAreaIdSchema,
  SphereIdSchema,
} from './vocabulary';
import { problemParams } from './zod-messages';

// Answers are checked here for shape only. Whether a dimension or factor id belongs to the chosen
// instrument version is checked against the definitions in shared/instruments (validateAssessment).

/** Answers of a licensed item set: item id -> the value on that item's own scale. */
export const PgItemAnswersSchema = z.strictObject({
  itemSetId: KebabIdSchema,
  itemSetVersion: z.string().min(1).max(40),
  values: z.record(z.string(), z.number()),
});
export type PgItemAnswers = z.infer<typeof PgItemAnswersSchema>;

export const PgAnswersSchema = z
  .strictObject({
    kind: z.literal('positieve-gezondheid'),
    /** Dimension id -> the resident's own score 0-10. */
    scores: z.record(z.string(), numberInRange(0, 10)).optional(),
    items: PgItemAnswersSchema.optional(),
    /** The 1-3 dimensions the resident wants to work on; their words go into the plan. */
    focus: z.array(z.string()).max(3).optional(),
  })
  .superRefine((answers, ctx) => {
    if ((answers.scores === undefined) === (answers.items === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: answers.scores === undefined ? ['scores'] : ['items'],
        message: 'scores or items',
        params: problemParams('schema.problem.scoresOrItems'),
      });
    }
  });
export type PgAnswers = z.infer<typeof PgAnswersSchema>;

export const BrugAnswersSchema = z.strictObject({
  kind: z.literal('brug-naar-zelfredzaamheid'),
  /** Column -> level the resident chose. Inkomen and wonen may be left out and computed. */
  levels: z.partialRecord(BrugColumnIdSchema, BrugLevelSchema),
  income: z
    .strictObject({
      /** Net household income per month in euros; 0 means no income. */
      netMonthly: z.number().min(0).max(1_000_000),
      /** People living on this income. */
      householdSize: z.number().int().min(1).max(20),
    })
    .optional(),
  housing: z
    .strictObject({
      /** Rent or mortgage plus fixed housing costs per month in euros. */
      monthlyCosts: z.number().min(0).max(1_000_000).optional(),
      /** Lives temporarily in a shelter or with friends or family. */
      temporary: z.boolean().optional(),
    })
    .optional(),
});
export type BrugAnswers = z.infer<typeof BrugAnswersSchema>;

/** A catalogue factor (sphere and side come from the catalogue) or the professional's own. */
export const FactorAnswerSchema = z.strictObject({
  factorId: KebabIdSchema,
  weight: FactorWeightSchema,
  duration: FactorDurationSchema,
  /** Required for an own factor, i.e. a factorId that is not in the catalogue. */
  label: z.string().min(1).max(200).optional(),
  sphere: SphereIdSchema.optional(),
  side: FactorSideSchema.optional(),
  note: z.string().max(2000).optional(),
});
export type FactorAnswer = z.infer<typeof FactorAnswerSchema>;

export const LifeEventAnswerSchema = z.strictObject({
  eventId: KebabIdSchema,
  /** When it happened or is expected; without a date the event always counts. */
  date: IsoDateSchema.optional(),
});
export type LifeEventAnswer = z.infer<typeof LifeEventAnswerSchema>;

export const BalanceAnswersSchema = z.strictObject({
  kind: z.literal('draagkracht-draaglast'),
  factors: z.array(FactorAnswerSchema).max(200),
  lifeEvents: z.array(LifeEventAnswerSchema).max(50).optional(),
});
export type BalanceAnswers = z.infer<typeof BalanceAnswersSchema>;

export const KansencirkelAnswersSchema = z.strictObject({
  kind: z.literal('kansencirkel'),
  areas: z.partialRecord(KansencirkelAreaIdSchema, AreaStatusSchema),
});
export type KansencirkelAnswers = z.infer<typeof KansencirkelAnswersSchema>;

export const AnswersSchema = z.discriminatedUnion('kind', [
  PgAnswersSchema,
  BrugAnswersSchema,
  BalanceAnswersSchema,
  KansencirkelAnswersSchema,
]);
export type Answers = z.infer<typeof AnswersSchema>;

export const assessmentShape = {
  ...syncShape,
  householdId: IdSchema,
  personId: IdSchema,
  instrumentId: KebabIdSchema,
  instrumentVersion: VersionSchema,
  /** The day of the conversation. */
  takenAt: IsoDateSchema,
  status: AssessmentStatusSchema,
  answers: AnswersSchema,
  /** The professional is worried about safety (huiselijk geweld, kindermishandeling). */
  safetyConcern: z.boolean().optional(),
};

export const AssessmentSchema = z.strictObject(assessmentShape).superRefine(checkSyncOrder);
export type Assessment = z.infer<typeof AssessmentSchema>;
