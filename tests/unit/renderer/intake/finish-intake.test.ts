import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/schemas/person';
import {
  conversationOf,
  finishProblems,
  saveIntake,
} from '../../../../renderer/src/features/intake/finish-intake';
import {
  emptyIntakeDraft,
  withMembers,
  type IntakeDraft,
} from '../../../../renderer/src/features/intake/intake-draft';
import type { Session, StorageErrorCode } from '../../../../renderer/src/db';
import { household, nextId, person } from '../../shared/builders';

const NOW = new Date('2026-11-22T10:00:00');
const ADULT = person('volwassene', { id: nextId(), displayName: 'Anna', birthDate: '1988-04-02' });
const PERSONS: Person[] = [ADULT];

function filledDraft(): IntakeDraft {
  const base = withMembers(emptyIntakeDraft(NOW), PERSONS, () => crypto.randomUUID());
  const member = base.members[ADULT.id];
  if (member === undefined) throw new Error('member missing');
  return {
    ...base,
    question: '  Ik kom niet rond.  ',
    strengths: 'De kinderen gaan graag naar school.',
    network: [
      { id: nextId(), name: 'Buurvrouw Els', kind: 'informeel', status: 'helpt', relation: '' },
    ],
    changes: [
      { personId: ADULT.id, dimensionId: 'meedoen', words: 'Weer naar de club', needed: '' },
    ],
    agreements: [
      {
        id: nextId(),
        what: 'Bellen met schuldhulp',
        actor: 'inwoner',
        due: '',
        fromSuggestion: 'advies:x',
      },
    ],
    summaryNote: '',
    avePhase: 2,
    members: {
      [ADULT.id]: {
        ...member,
        pg: { scores: { meedoen: 3, zingeving: 7 } },
        brug: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 3 } },
      },
    },
  };
}

/** Records by id per table; create fails like the storage core when the id exists. */
function fakeSession(failConversation: StorageErrorCode[] = []) {
  const tables = {
    assessments: new Map<string, unknown>(),
    conversations: new Map<string, unknown>(),
  };
  const repository = (name: keyof typeof tables, failures: StorageErrorCode[]) => ({
    create(input: { id?: string | undefined }) {
      const code = failures.shift();
      if (code !== undefined) return Promise.resolve({ ok: false, error: { code } });
      const id = input.id ?? crypto.randomUUID();
      if (tables[name].has(id)) return Promise.resolve({ ok: false, error: { code: 'conflict' } });
      tables[name].set(id, input);
      return Promise.resolve({ ok: true, value: input });
    },
  });
  const session = {
    assessments: repository('assessments', []),
    conversations: repository('conversations', failConversation),
    decisions: {},
  } as unknown as Pick<Session, 'assessments' | 'conversations' | 'decisions'>;
  return { session, tables };
}

describe('finishing the intake', () => {
  it('lists what blocks finishing, naming the step to go to', () => {
    const draft: IntakeDraft = {
      ...filledDraft(),
      network: [{ id: nextId(), name: ' ', kind: 'formeel', status: 'kan-helpen' }],
      changes: [{ personId: ADULT.id, dimensionId: 'meedoen', words: '' }],
      agreements: [{ id: nextId(), what: '', actor: 'professional' }],
    };
    expect(
      finishProblems(draft, PERSONS, NOW).map((problem) => [problem.step, problem.key]),
    ).toEqual([
      ['netwerk', 'intake.invalid.networkName'],
      ['veranderen', 'intake.invalid.wishWords'],
      ['afspraken', 'intake.invalid.agreementWhat'],
    ]);
    expect(finishProblems(filledDraft(), PERSONS, NOW)).toEqual([]);
    expect(finishProblems(emptyIntakeDraft(NOW), PERSONS, NOW)).toEqual([]);
  });

  it('turns the draft into a conversation without empty optional texts', () => {
    const draft = filledDraft();
    const conversation = conversationOf(
      draft,
      household().id,
      [ADULT.id],
      ['a'],
      'wijk-bij-duurstede',
    );
    expect(conversationOf(draft, household().id, [], [], undefined).changes).toEqual([]);
    expect(conversation).toMatchObject({
      id: draft.conversationId,
      kind: 'intake',
      question: 'Ik kom niet rond.',
      avePhase: 2,
      profileId: 'wijk-bij-duurstede',
    });
    expect(conversation.network[0]).not.toHaveProperty('relation');
    expect(conversation.changes[0]).not.toHaveProperty('needed');
    expect(conversation.agreements[0]).toEqual({
      id: draft.agreements[0]?.id,
      what: 'Bellen met schuldhulp',
      actor: 'inwoner',
      // The link to the accepted suggestion goes along, so the plan makes one action of both.
      source: 'advies:x',
    });
    expect(conversation).not.toHaveProperty('summaryNote');
  });

  it('writes each record once, also when a retry follows a failed write', async () => {
    const draft = filledDraft();
    const { session, tables } = fakeSession(['storage-full']);
    const input = { draft, household: household(), persons: PERSONS, profile: null, advice: null };

    const failed = await saveIntake(session, input, NOW);
    expect(failed).toEqual({ ok: false, code: 'storage-full', partly: true });
    expect(tables.assessments.size).toBe(2);
    expect(tables.conversations.size).toBe(0);

    const retried = await saveIntake(session, input, NOW);
    expect(retried).toEqual({ ok: true, assessments: 2 });
    expect(tables.assessments.size).toBe(2);
    expect([...tables.assessments.keys()].sort()).toEqual(
      [
        draft.members[ADULT.id]?.assessmentIds.pg,
        draft.members[ADULT.id]?.assessmentIds.brug,
      ].sort(),
    );
    expect([...tables.conversations.keys()]).toEqual([draft.conversationId]);
    const stored = tables.conversations.get(draft.conversationId) as { assessmentIds: string[] };
    expect(stored.assessmentIds.sort()).toEqual([...tables.assessments.keys()].sort());
    for (const record of tables.assessments.values()) {
      expect(record).toMatchObject({ status: 'final', takenAt: draft.date });
    }

    const again = await saveIntake(session, input, NOW);
    expect(again.ok).toBe(true);
    expect(tables.assessments.size).toBe(2);
    expect(tables.conversations.size).toBe(1);
  });

  it('records a follow-up conversation as an evaluation, a first one as the intake', async () => {
    const first = fakeSession();
    const input = { draft: filledDraft(), household: household(), persons: PERSONS, profile: null };
    await saveIntake(first.session, { ...input, advice: null }, NOW);
    expect([...first.tables.conversations.values()][0]).toMatchObject({ kind: 'intake' });

    const later = fakeSession();
    await saveIntake(later.session, { ...input, advice: null, kind: 'evaluatie' }, NOW);
    expect([...later.tables.conversations.values()][0]).toMatchObject({ kind: 'evaluatie' });
  });
});
