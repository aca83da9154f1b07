import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../renderer/src/db';
import {
  saveAdviceDecisions,
  type AdviceDraft,
} from '../../../../renderer/src/features/advice/advice-draft';
import { SuggestionDecisionSchema } from '../../../../shared/prevention/decision';
import { addHousehold, freshVault, later, NOW, ok } from '../db/helpers';
import { adviceFor, DEBTS } from './support';

const CONVERSATION_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const ADDITION_ID = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const DRAFT: AdviceDraft = {
  decisions: {
    schuldhelpmaatje: { kind: 'accepted' },
    'grip-op-de-knip': { kind: 'declined', reason: 'inwoner-wil-niet' },
    netwerk: { kind: 'declined', reason: 'anders', note: 'Geen contact met familie.' },
  },
  additions: [
    { id: ADDITION_ID, catalogueId: null, title: 'Samen de post openen', actor: 'netwerk' },
  ],
};

describe('saveAdviceDecisions (sealed storage)', () => {
  let session: Session;
  let householdId: string;

  beforeEach(async () => {
    session = (await freshVault()).session;
    householdId = (await addHousehold(session, 'Marco Jansen')).id;
  });

  const input = (draft: AdviceDraft = DRAFT) => ({
    householdId,
    conversationId: CONVERSATION_ID,
    draft,
    result: adviceFor(DEBTS),
  });

  const stored = async () =>
    ok(await session.decisions.listByHousehold(SuggestionDecisionSchema, householdId, later(5)));

  it('stores one decision per decided suggestion and own addition, readable for monitoring', async () => {
    const outcome = ok(await saveAdviceDecisions(session, input(), NOW));
    expect(outcome).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const records = await stored();
    expect(records).toHaveLength(4);
    const byKind = records.map((record) => record.data.kind).sort();
    expect(byKind).toEqual(['accepted', 'added', 'declined', 'declined']);
    const declined = records.find(
      (record) => record.data.kind === 'declined' && record.data.catalogueId === 'netwerk',
    );
    expect(declined?.data).toMatchObject({ reason: 'anders', note: 'Geen contact met familie.' });
    expect(records.every((record) => record.id === record.data.id)).toBe(true);
  });

  it('writes nothing twice when called again', async () => {
    ok(await saveAdviceDecisions(session, input(), NOW));
    const again = ok(await saveAdviceDecisions(session, input(), later(1)));
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(await stored()).toHaveLength(4);
  });

  it('finishes after a failed first attempt without duplicates', async () => {
    // The disk fills up after the first record: the first call stops, the retry completes.
    let writes = 0;
    const flaky: Pick<Session, 'decisions'> = {
      decisions: {
        ...session.decisions,
        create: (schema, record, now, context) => {
          writes += 1;
          return writes > 1
            ? Promise.resolve({ ok: false, error: { code: 'storage-full' } })
            : session.decisions.create(schema, record, now, context);
        },
      },
    };
    const failed = await saveAdviceDecisions(flaky, input(), NOW);
    expect(failed).toEqual({ ok: false, error: { code: 'storage-full' } });
    expect(await stored()).toHaveLength(1);

    const retried = ok(await saveAdviceDecisions(session, input(), later(2)));
    expect(retried).toEqual({ created: 3, updated: 0, unchanged: 1 });
    expect(await stored()).toHaveLength(4);
  });

  it('updates a decision that changed since the last save', async () => {
    ok(await saveAdviceDecisions(session, input(), NOW));
    const changed: AdviceDraft = {
      ...DRAFT,
      decisions: { ...DRAFT.decisions, 'grip-op-de-knip': { kind: 'accepted' } },
    };
    const outcome = ok(await saveAdviceDecisions(session, input(changed), later(3)));
    expect(outcome).toEqual({ created: 0, updated: 1, unchanged: 3 });
    const grip = (await stored()).find(
      (record) => record.data.kind === 'accepted' && record.data.catalogueId === 'grip-op-de-knip',
    );
    expect(grip?.rev).toBe(2);
    expect(grip?.data.rev).toBe(2);
    expect(grip?.data.createdAt).toBe(NOW.toISOString());
  });
});
