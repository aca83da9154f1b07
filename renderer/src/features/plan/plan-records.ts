import {
  SuggestionDecisionSchema,
  type SuggestionDecision,
} from '../../../../shared/prevention/decision';
import {
  emptyPlan,
  planFromConversation,
  PlanDataSchema,
  type PlanData,
} from '../../../../shared/plan';
import type { Conversation } from '../../../../shared/schemas/conversation';
import type {
  HouseholdDossier,
  InvalidFailure,
  ReadFailure,
  Result,
  Session,
  StoredRecord,
} from '../../db';

export interface PlanContext {
  readonly dossier: HouseholdDossier;
  /** The household's one plan; null before it is made. */
  readonly plan: StoredRecord<PlanData> | null;
  readonly decisions: readonly SuggestionDecision[];
}

/** Everything the plan screen shows, read in three audited reads. */
export async function loadPlanContext(
  session: Session,
  householdId: string,
  now: Date,
): Promise<Result<PlanContext, ReadFailure | InvalidFailure>> {
  const dossier = await session.openHousehold(householdId, now, { purpose: 'plan' });
  if (!dossier.ok) return dossier;
  const plans = await session.plans.listByHousehold(PlanDataSchema, householdId, now);
  if (!plans.ok) return plans;
  const decisions = await session.decisions.listByHousehold(
    SuggestionDecisionSchema,
    householdId,
    now,
  );
  if (!decisions.ok) return decisions;
  // One plan per household: the oldest live record is the plan (a second would be a sync error).
  const plan =
    [...plans.value]
      .filter((record) => record.deletedAt === undefined)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0] ?? null;
  return {
    ok: true,
    value: {
      dossier: dossier.value,
      plan,
      decisions: decisions.value.map((record) => record.data),
    },
  };
}

/** Conversations (oldest first) that the plan has not taken in yet. */
export function conversationsNotInPlan(
  conversations: readonly Conversation[],
  plan: PlanData | null,
): Conversation[] {
  const taken = new Set(plan?.conversationIds ?? []);
  return conversations
    .filter((conversation) => !taken.has(conversation.id))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

const sameWords = (left: string, right: string) =>
  left.trim().toLowerCase() === right.trim().toLowerCase();

/**
 * The intake adopts an accepted suggestion as an agreement too, under an id of its own. Both
 * describe one action: the decision's (goal, level, catalogue id) is kept and takes what was
 * agreed with the family (name, date, "afgesproken"); the copy is left out. The agreement's
 * `source` names the suggestion; older records without it match on the same title and actor.
 */
function adoptedAgreements(
  conversation: Conversation,
  decisions: readonly SuggestionDecision[],
): Map<string, Conversation['agreements'][number]> {
  const byAction = new Map<string, Conversation['agreements'][number]>();
  const used = new Set<string>();
  for (const decision of decisions) {
    if (decision.kind === 'declined') continue;
    const bySource =
      decision.kind === 'accepted'
        ? conversation.agreements.find(
            (agreement) =>
              !used.has(agreement.id) && agreement.source === `advies:${decision.catalogueId}`,
          )
        : undefined;
    const match =
      bySource ??
      conversation.agreements.find(
        (agreement) =>
          !used.has(agreement.id) &&
          agreement.source === undefined &&
          agreement.actor === decision.planAction.actor &&
          sameWords(agreement.what, decision.planAction.title),
      );
    if (match === undefined) continue;
    used.add(match.id);
    byAction.set(decision.planAction.id, match);
  }
  return byAction;
}

/** The plan with one conversation added; an adopted suggestion becomes one action, not two. */
export function planWithConversation(
  base: PlanData,
  conversation: Conversation,
  decisions: readonly SuggestionDecision[],
  newId: () => string,
): PlanData {
  const adopted = adoptedAgreements(conversation, decisions);
  const copies = new Set([...adopted.values()].map((agreement) => agreement.id));
  const known = new Set(base.actions.map((action) => action.id));
  const plan = planFromConversation({
    conversation: {
      ...conversation,
      agreements: conversation.agreements.filter((agreement) => !copies.has(agreement.id)),
    },
    decisions,
    previous: base,
    newId,
  });
  return {
    ...plan,
    actions: plan.actions.map((action) => {
      const agreement = adopted.get(action.id);
      // Only an action this conversation added takes the agreement; an older one stays as it is.
      if (agreement === undefined || known.has(action.id)) return action;
      return {
        ...action,
        ...(agreement.actorName === undefined ? {} : { actorName: agreement.actorName }),
        ...(agreement.due === undefined ? {} : { due: agreement.due }),
        status: 'afgesproken',
      };
    }),
  };
}

/** The plan with every conversation not yet in it added, oldest first. */
export function planWithConversations(
  base: PlanData | null,
  conversations: readonly Conversation[],
  decisions: readonly SuggestionDecision[],
): PlanData {
  return conversationsNotInPlan(conversations, base).reduce<PlanData>(
    (plan, conversation) =>
      planWithConversation(plan, conversation, decisions, () => crypto.randomUUID()),
    base ?? emptyPlan(),
  );
}
