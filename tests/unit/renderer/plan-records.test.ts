import { describe, expect, it } from 'vitest';
import { acceptSuggestion } from '../../../shared/prevention/decision';
import { emptyPlan, PlanDataSchema } from '../../../shared/plan';
import type { Conversation } from '../../../shared/schemas/conversation';
import {
  planWithConversation,
  planWithConversations,
} from '../../../renderer/src/features/plan/plan-records';
import { HOUSEHOLD_ID, nextId, SUGGESTION } from '../shared/builders';

const ACTION_ID = '7c4a3bc9-ad84-4f56-8b92-8daecf4a6b72';
const accepted = acceptSuggestion(
  SUGGESTION,
  {
    id: '6b3f2ab8-9c73-4e45-9a81-7c9dbe3f5a61',
    householdId: HOUSEHOLD_ID,
    decidedAt: '2024-03-01T10:00:00Z',
    profile: { id: 'wijk-bij-duurstede', version: '1.0.0' },
    engineVersion: '1.0.0',
  },
  ACTION_ID,
);

function conversation(agreements: Conversation['agreements']): Conversation {
  return {
    id: '3e0c9d85-6f40-4b12-8d5e-4f6a8b0c2d3e',
    createdAt: '2024-03-01T09:00:00Z',
    updatedAt: '2024-03-01T10:00:00Z',
    rev: 1,
    householdId: HOUSEHOLD_ID,
    kind: 'intake',
    date: '2024-03-01',
    question: 'Ik kom niet rond',
    strengths: '',
    network: [],
    changes: [],
    agreements,
    assessmentIds: [],
  };
}

// The intake's afspraken step copies an accepted suggestion into an agreement with its own id.
const adopted = {
  id: '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  what: 'Schuldhulpmaatje',
  actor: 'partner' as const,
  actorName: 'Stichting Binding',
  due: '2024-04-01',
};
const own = {
  id: '8b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  what: 'Fatma belt de woningcorporatie',
  actor: 'inwoner' as const,
};

describe('planWithConversation', () => {
  it('makes one action of an accepted suggestion and the agreement that adopted it', () => {
    const plan = planWithConversation(
      emptyPlan(),
      conversation([adopted, own]),
      [accepted],
      nextId,
    );
    expect(PlanDataSchema.safeParse(plan).success).toBe(true);
    expect(plan.actions.map((action) => action.what)).toEqual([
      'Schuldhulpmaatje',
      'Fatma belt de woningcorporatie',
    ]);
    expect(plan.actions[0]).toMatchObject({
      id: ACTION_ID,
      actorName: 'Stichting Binding',
      due: '2024-04-01',
      status: 'afgesproken',
      catalogueId: 'schuldhulpmaatje',
      level: 'selectief',
    });
    expect(plan.actions[0]?.goalId).toBe(plan.goals[0]?.id);
  });

  it('follows the source link even when the agreement was reworded', () => {
    const reworded = {
      ...adopted,
      what: 'Fatma belt Schuldhulpmaatje voor een eerste gesprek',
      source: 'advies:schuldhulpmaatje',
    };
    const plan = planWithConversation(emptyPlan(), conversation([reworded]), [accepted], nextId);
    expect(plan.actions.map((action) => action.id)).toEqual([ACTION_ID]);
    expect(plan.actions[0]).toMatchObject({ status: 'afgesproken', due: '2024-04-01' });
  });

  it('never merges an agreement that came from another suggestion', () => {
    const elsewhere = { ...adopted, source: 'advies:bibliotheek-digitaal' };
    const plan = planWithConversation(emptyPlan(), conversation([elsewhere]), [accepted], nextId);
    expect(plan.actions.map((action) => action.id)).toEqual([ACTION_ID, elsewhere.id]);
  });

  it('keeps an agreement with other words or another actor as an action of its own', () => {
    const other = { ...adopted, actor: 'inwoner' as const };
    const plan = planWithConversation(emptyPlan(), conversation([other]), [accepted], nextId);
    expect(plan.actions.map((action) => action.id)).toEqual([ACTION_ID, other.id]);
    expect(plan.actions[0]?.status).toBe('concept');
  });

  it('adds nothing a second time and leaves an action already in the plan alone', () => {
    const once = planWithConversations(null, [conversation([adopted, own])], [accepted]);
    const edited = {
      ...once,
      actions: once.actions.map((action) =>
        action.id === ACTION_ID ? { ...action, status: 'klaar' as const } : action,
      ),
      conversationIds: [],
    };
    const again = planWithConversation(edited, conversation([adopted, own]), [accepted], nextId);
    expect(again.actions).toHaveLength(2);
    expect(again.actions[0]?.status).toBe('klaar');
  });
});
