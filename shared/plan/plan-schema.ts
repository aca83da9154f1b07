import { z } from 'zod';
import { IdSchema, IsoDateSchema, KebabIdSchema } from '../schemas/common';
import { AvePhaseIdSchema, NetworkEntrySchema } from '../schemas/conversation';
import { problemParams } from '../schemas/zod-messages';
import { ActorSchema, PreventionLevelSchema } from '../prevention/vocabulary';

// 1 gezin, 1 plan, 1 regisseur (MAG §5.2; Maastricht). The plan is the family's: goals stay in
// their words, the regisseur is chosen by the family and may be one of them.

/** Life areas a goal belongs to; PG dimensions and Brug columns map onto them (life-areas.ts). */
export const LifeAreaSchema = z.enum([
  'gezondheid',
  'mentaal',
  'zingeving',
  'meedoen',
  'dagelijks-leven',
  'wonen',
  'geld',
  'werk-en-school',
  'sociale-contacten',
  'zorg-voor-anderen',
  'opgroeien-en-opvoeden',
  'veiligheid',
]);
export type LifeArea = z.infer<typeof LifeAreaSchema>;

export const GoalSourceSchema = z.discriminatedUnion('kind', [
  /** From "wat wil je veranderen": the PG dimension the resident picked. */
  z.strictObject({ kind: z.literal('wens'), dimensionId: KebabIdSchema }),
  /** From an accepted suggestion of the advice step. */
  z.strictObject({ kind: z.literal('advies'), catalogueId: KebabIdSchema }),
  z.strictObject({ kind: z.literal('eigen') }),
]);
export type GoalSource = z.infer<typeof GoalSourceSchema>;

export const PlanGoalSchema = z.strictObject({
  id: IdSchema,
  area: LifeAreaSchema,
  /** Whose goal; empty for the household as a whole. */
  personIds: z.array(IdSchema).max(50),
  /** The goal in the family's own words. */
  words: z.string().trim().min(1).max(2000),
  source: GoalSourceSchema,
});
export type PlanGoal = z.infer<typeof PlanGoalSchema>;

export const ActionStatusSchema = z.enum(['concept', 'afgesproken', 'bezig', 'klaar', 'gestopt']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** One criterion of Maastricht's test for maatwerk ("doen wat nodig is"). */
export const MaatwerkCriterionSchema = z.strictObject({
  /** null: not yet weighed. */
  met: z.boolean().nullable(),
  note: z.string().trim().max(1000).optional(),
});
export type MaatwerkCriterion = z.infer<typeof MaatwerkCriterionSchema>;

export const MaatwerkTestSchema = z.strictObject({
  draagvlak: MaatwerkCriterionSchema,
  rendement: MaatwerkCriterionSchema,
  legitimiteit: MaatwerkCriterionSchema,
});
export type MaatwerkTest = z.infer<typeof MaatwerkTestSchema>;

export const PlanActionSchema = z.strictObject({
  id: IdSchema,
  goalId: IdSchema.optional(),
  what: z.string().trim().min(1).max(2000),
  actor: ActorSchema,
  /** Who exactly, when the actor alone does not say ("buurvrouw Els", "Schuldhulpmaatje"). */
  actorName: z.string().trim().max(200).optional(),
  due: IsoDateSchema.optional(),
  status: ActionStatusSchema,
  /** The catalogue entry it came from, if any. */
  catalogueId: KebabIdSchema.optional(),
  level: PreventionLevelSchema.optional(),
  /** Required for maatwerk before the plan is final. */
  maatwerkTest: MaatwerkTestSchema.optional(),
});
export type PlanAction = z.infer<typeof PlanActionSchema>;

export const RegisseurSchema = z.strictObject({
  kind: z.enum(['gezinslid', 'netwerk', 'professional']),
  /** Set when the regisseur is a member of the household. */
  personId: IdSchema.optional(),
  name: z.string().trim().min(1).max(200),
});
export type Regisseur = z.infer<typeof RegisseurSchema>;

/** What may be shared with which partner, as the family agreed. */
export const ConsentSchema = z.strictObject({
  id: IdSchema,
  partner: z.string().trim().min(1).max(200),
  what: z.string().trim().min(1).max(1000),
  given: z.boolean(),
  date: IsoDateSchema,
});
export type Consent = z.infer<typeof ConsentSchema>;

export const PlanAgreementSchema = z.strictObject({
  status: z.enum(['akkoord', 'akkoord-onder-protest']),
  date: IsoDateSchema,
  /** Why under protest, in the family's words. */
  note: z.string().trim().max(2000).optional(),
});
export type PlanAgreement = z.infer<typeof PlanAgreementSchema>;

export const PlanTextSchema = z.strictObject({
  text: z.string().max(50_000),
  /** Generated and not edited since. */
  generated: z.boolean(),
  final: z.boolean(),
});
export type PlanText = z.infer<typeof PlanTextSchema>;

export const PlanDataSchema = z
  .strictObject({
    krachten: z.string().max(5000),
    zorgen: z.string().max(5000),
    goals: z.array(PlanGoalSchema).max(60),
    actions: z.array(PlanActionSchema).max(200),
    regisseur: RegisseurSchema.optional(),
    network: z.array(NetworkEntrySchema).max(100),
    earlierHelp: z.string().max(5000),
    evaluationDates: z.array(IsoDateSchema).max(20),
    avePhase: AvePhaseIdSchema.optional(),
    consent: z.array(ConsentSchema).max(50),
    agreement: PlanAgreementSchema.optional(),
    /** A safety concern: the plan points to the meldcode route first. */
    safety: z.strictObject({ flag: z.boolean(), note: z.string().max(2000).optional() }),
    /** The conversations the plan was built from, oldest first. */
    conversationIds: z.array(IdSchema).max(200),
    texts: z.strictObject({ verslag: PlanTextSchema.optional(), plan: PlanTextSchema.optional() }),
  })
  .superRefine((plan, ctx) => {
    const goalIds = new Set(plan.goals.map((goal) => goal.id));
    plan.actions.forEach((action, index) => {
      if (action.goalId !== undefined && !goalIds.has(action.goalId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', index, 'goalId'],
          message: 'unknown goal',
          params: problemParams('schema.problem.invalid'),
        });
      }
    });
    if (plan.agreement?.status === 'akkoord-onder-protest' && plan.agreement.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['agreement', 'note'],
        message: 'note required',
        params: problemParams('schema.problem.required'),
      });
    }
  });
export type PlanData = z.infer<typeof PlanDataSchema>;

export function emptyPlan(): PlanData {
  return {
    krachten: '',
    zorgen: '',
    goals: [],
    actions: [],
    network: [],
    earlierHelp: '',
    evaluationDates: [],
    consent: [],
    safety: { flag: false },
    conversationIds: [],
    texts: {},
  };
}

/** Why a plan cannot be made final yet: codes, the screen says them in Dutch. */
export type PlanGap =
  | { readonly code: 'no-goals' }
  | { readonly code: 'no-regisseur' }
  | { readonly code: 'no-evaluation-date' }
  | { readonly code: 'no-agreement' }
  | { readonly code: 'action-without-actor-name'; readonly actionId: string }
  | { readonly code: 'maatwerk-test-open'; readonly actionId: string };

/** What is still missing before the family can sign off on the plan. */
export function planGaps(plan: PlanData): PlanGap[] {
  const gaps: PlanGap[] = [];
  if (plan.goals.length === 0) gaps.push({ code: 'no-goals' });
  if (plan.regisseur === undefined) gaps.push({ code: 'no-regisseur' });
  if (plan.evaluationDates.length === 0) gaps.push({ code: 'no-evaluation-date' });
  if (plan.agreement === undefined) gaps.push({ code: 'no-agreement' });
  for (const action of plan.actions) {
    if (action.actor === 'partner' && (action.actorName ?? '') === '') {
      gaps.push({ code: 'action-without-actor-name', actionId: action.id });
    }
    if (action.level === 'maatwerk') {
      const test = action.maatwerkTest;
      const open =
        test === undefined ||
        test.draagvlak.met === null ||
        test.rendement.met === null ||
        test.legitimiteit.met === null;
      if (open) gaps.push({ code: 'maatwerk-test-open', actionId: action.id });
    }
  }
  return gaps;
}

/** The next evaluation date on or after `today` (ISO dates compare as strings). */
export function nextEvaluationDate(plan: PlanData, today: string): string | undefined {
  return [...plan.evaluationDates].sort().find((date) => date >= today);
}

/**
 * True when an evaluation date has come (today or earlier) and no evaluation was held on or after
 * it: the caseload shows the household as due.
 */
export function evaluationDue(plan: PlanData, today: string, lastEvaluatedOn?: string): boolean {
  return plan.evaluationDates.some(
    (date) => date <= today && (lastEvaluatedOn === undefined || lastEvaluatedOn < date),
  );
}
