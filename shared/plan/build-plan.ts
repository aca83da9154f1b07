import type { SuggestionDecision } from '../prevention/decision';
import type { Conversation } from '../schemas/conversation';
import { lifeAreaOfOpgave, lifeAreaOfPgDimension } from './life-areas';
import type { LifeArea, PlanAction, PlanData, PlanGoal } from './plan-schema';

export interface PlanSource {
  readonly conversation: Conversation;
  /** Decisions of the advice step; accepted and added ones become actions. */
  readonly decisions: readonly SuggestionDecision[];
  /** The plan so far; absent for a household's first plan. */
  readonly previous: PlanData;
  /** New ids come from the caller so the function stays pure and repeatable. */
  readonly newId: () => string;
  /** When to look back after this conversation, in months (default 3). */
  readonly evaluateAfterMonths?: number;
}

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (31 jan + 1 = 28/29 feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function goalKey(goal: Pick<PlanGoal, 'source' | 'personIds'>): string {
  const source = goal.source;
  const what =
    source.kind === 'wens'
      ? `wens:${source.dimensionId}`
      : source.kind === 'advies'
        ? `advies:${source.catalogueId}`
        : 'eigen';
  return `${what}:${[...goal.personIds].sort().join(',')}`;
}

/**
 * Adds what one conversation recorded to the household's plan, without asking for a fact twice:
 * wishes become goals in the family's words, agreements and accepted advice become actions,
 * the network, AVE phase and safety flag carry over. Nothing already in the plan is replaced.
 */
export function planFromConversation(source: PlanSource): PlanData {
  const { conversation, previous, newId } = source;
  const goals = [...previous.goals];
  const known = new Set(goals.map(goalKey));
  const addGoal = (goal: Omit<PlanGoal, 'id'>): string => {
    const key = goalKey(goal);
    const existing = goals.find((entry) => goalKey(entry) === key);
    if (existing) return existing.id;
    const id = newId();
    goals.push({ id, ...goal });
    known.add(key);
    return id;
  };

  for (const wish of conversation.changes) {
    addGoal({
      area: lifeAreaOfPgDimension(wish.dimensionId) ?? 'dagelijks-leven',
      personIds: [wish.personId],
      words: wish.words,
      source: { kind: 'wens', dimensionId: wish.dimensionId },
    });
  }

  const actions = [...previous.actions];
  const actionIds = new Set(actions.map((action) => action.id));
  const addAction = (action: PlanAction) => {
    if (actionIds.has(action.id)) return;
    actionIds.add(action.id);
    actions.push(action);
  };

  for (const decision of source.decisions) {
    if (decision.kind === 'declined') continue;
    const area: LifeArea | undefined =
      decision.opgave === null ? undefined : lifeAreaOfOpgave(decision.opgave);
    const sameArea = area === undefined ? undefined : goals.find((goal) => goal.area === area);
    const goalId =
      sameArea?.id ??
      (decision.catalogueId !== null && area !== undefined
        ? addGoal({
            area,
            personIds: [...decision.personIds],
            words: decision.planAction.title,
            source: { kind: 'advies', catalogueId: decision.catalogueId },
          })
        : undefined);
    addAction({
      id: decision.planAction.id,
      ...(goalId === undefined ? {} : { goalId }),
      what: decision.planAction.title,
      actor: decision.planAction.actor,
      ...(decision.planAction.dueDate === undefined ? {} : { due: decision.planAction.dueDate }),
      status: 'concept',
      ...(decision.catalogueId === null ? {} : { catalogueId: decision.catalogueId }),
      ...(decision.level === null ? {} : { level: decision.level }),
    });
  }

  for (const agreement of conversation.agreements) {
    addAction({
      id: agreement.id,
      what: agreement.what,
      actor: agreement.actor,
      ...(agreement.actorName === undefined ? {} : { actorName: agreement.actorName }),
      ...(agreement.due === undefined ? {} : { due: agreement.due }),
      status: 'afgesproken',
    });
  }

  const networkIds = new Set(previous.network.map((entry) => entry.id));
  const network = [
    ...previous.network,
    ...conversation.network.filter((entry) => !networkIds.has(entry.id)),
  ];

  const upcoming = previous.evaluationDates.some((date) => date > conversation.date);
  const evaluationDates = upcoming
    ? previous.evaluationDates
    : [...previous.evaluationDates, addMonths(conversation.date, source.evaluateAfterMonths ?? 3)];

  const avePhase = conversation.avePhase ?? previous.avePhase;
  return {
    ...previous,
    krachten: previous.krachten === '' ? conversation.strengths : previous.krachten,
    zorgen: previous.zorgen === '' ? conversation.question : previous.zorgen,
    goals,
    actions,
    network,
    evaluationDates,
    ...(avePhase === undefined ? {} : { avePhase }),
    safety:
      conversation.safetyConcern === true ? { ...previous.safety, flag: true } : previous.safety,
    conversationIds: previous.conversationIds.includes(conversation.id)
      ? previous.conversationIds
      : [...previous.conversationIds, conversation.id],
  };
}
