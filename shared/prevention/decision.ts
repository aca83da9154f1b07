import { z } from 'zod';
import {
  checkSyncOrder,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  KebabIdSchema,
  syncShape,
  VersionSchema,
} from '../schemas/common';
import { SignalIdSchema } from '../schemas/vocabulary';
import { problemParams } from '../schemas/zod-messages';
import type { Suggestion } from './result';
import {
  ActorSchema,
  CatalogueLevelSchema,
  DeclineReasonSchema,
  KaderIdSchema,
  OpgaveIdSchema,
  PreventionLevelSchema,
  ThemeIdSchema,
  type DeclineReason,
} from './vocabulary';

// What the professional did with the advice (engine rule 9). Kept as records so monitoring can
// count accepted versus declined suggestions per level, theme and opgave (MAG §5.3).

/** A draft action in the household plan; the plan owns it from here on. */
export const DraftPlanActionSchema = z.strictObject({
  id: IdSchema,
  title: z.string().trim().min(1).max(200),
  actor: ActorSchema,
  status: z.literal('concept'),
  dueDate: IsoDateSchema.optional(),
});
export type DraftPlanAction = z.infer<typeof DraftPlanActionSchema>;

const decisionBase = {
  ...syncShape,
  householdId: IdSchema,
  /** For whom; empty when the suggestion was for the household as a whole. */
  personIds: z.array(IdSchema).max(50),
  decidedAt: IsoDateTimeSchema,
  /** The profile and engine that gave the advice, so a decision can be read against them. */
  profileId: KebabIdSchema,
  profileVersion: VersionSchema,
  engineVersion: VersionSchema,
  note: z.string().trim().min(1).max(1000).optional(),
};

/** A snapshot of the suggestion, so monitoring does not depend on a later catalogue. */
const suggestedShape = {
  catalogueId: KebabIdSchema,
  rank: z.number().int().min(1),
  level: PreventionLevelSchema,
  step: CatalogueLevelSchema,
  theme: ThemeIdSchema,
  opgave: OpgaveIdSchema,
  kaders: z.array(KaderIdSchema).min(1).max(9),
  signals: z.array(SignalIdSchema).max(12),
};

export const AcceptedDecisionSchema = z.strictObject({
  ...decisionBase,
  ...suggestedShape,
  kind: z.literal('accepted'),
  planAction: DraftPlanActionSchema,
});

export const DeclinedDecisionSchema = z.strictObject({
  ...decisionBase,
  ...suggestedShape,
  kind: z.literal('declined'),
  reason: DeclineReasonSchema,
});

/** An option the engine did not suggest: from the catalogue, or the professional's own. */
export const AddedDecisionSchema = z.strictObject({
  ...decisionBase,
  kind: z.literal('added'),
  /** Null for an option that is not in the catalogue. */
  catalogueId: KebabIdSchema.nullable(),
  level: PreventionLevelSchema.nullable(),
  theme: ThemeIdSchema.nullable(),
  opgave: OpgaveIdSchema.nullable(),
  planAction: DraftPlanActionSchema,
});

export const SuggestionDecisionSchema = z
  .discriminatedUnion('kind', [AcceptedDecisionSchema, DeclinedDecisionSchema, AddedDecisionSchema])
  .superRefine((decision, ctx) => {
    checkSyncOrder(decision, ctx);
    // "Anders" without saying what is no use for monitoring.
    if (
      decision.kind === 'declined' &&
      decision.reason === 'anders' &&
      decision.note === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'note required',
        params: problemParams('schema.problem.required'),
      });
    }
    if (decision.kind === 'added' && decision.opgave !== null && decision.theme !== null) {
      if (!decision.opgave.startsWith(decision.theme.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['opgave'],
          message: 'opgave of another theme',
          params: problemParams('schema.problem.invalid'),
        });
      }
    }
  });
export type SuggestionDecision = z.infer<typeof SuggestionDecisionSchema>;

/** Ids and times come from the caller: the domain stays pure and deterministic. */
export interface DecisionMeta {
  readonly id: string;
  readonly householdId: string;
  readonly decidedAt: string;
  readonly profile: { readonly id: string; readonly version: string };
  readonly engineVersion: string;
  readonly note?: string;
}

function base(meta: DecisionMeta, personIds: readonly (string | null)[]) {
  return {
    id: meta.id,
    createdAt: meta.decidedAt,
    updatedAt: meta.decidedAt,
    rev: 1,
    householdId: meta.householdId,
    personIds: personIds.filter((personId): personId is string => personId !== null),
    decidedAt: meta.decidedAt,
    profileId: meta.profile.id,
    profileVersion: meta.profile.version,
    engineVersion: meta.engineVersion,
    ...(meta.note === undefined ? {} : { note: meta.note }),
  };
}

function snapshot(suggestion: Suggestion) {
  return {
    catalogueId: suggestion.catalogueId,
    rank: suggestion.rank,
    level: suggestion.level,
    step: suggestion.step,
    theme: suggestion.theme,
    opgave: suggestion.opgave,
    kaders: [...suggestion.kaders],
    signals: [...suggestion.signals],
  };
}

/** Accept: the suggestion becomes a draft plan action with the suggestion's actor. */
export function acceptSuggestion(
  suggestion: Suggestion,
  meta: DecisionMeta,
  planActionId: string,
): SuggestionDecision {
  return {
    ...base(meta, suggestion.personIds),
    ...snapshot(suggestion),
    kind: 'accepted',
    planAction: {
      id: planActionId,
      title: suggestion.title,
      actor: suggestion.actor,
      status: 'concept',
    },
  };
}

/** Decline with a reason code; `anders` needs a note (the schema checks it). */
export function declineSuggestion(
  suggestion: Suggestion,
  reason: DeclineReason,
  meta: DecisionMeta,
): SuggestionDecision {
  return { ...base(meta, suggestion.personIds), ...snapshot(suggestion), kind: 'declined', reason };
}
