import { describe, expect, it } from 'vitest';
import {
  acceptedAgreements,
  AdviceDraftSchema,
  adviceDecisions,
  deterministicId,
  emptyAdviceDraft,
  type AdviceDraft,
} from '../../../../renderer/src/features/advice/advice-draft';
import { SuggestionDecisionSchema } from '../../../../shared/prevention/decision';
import { AgreementSchema } from '../../../../shared/schemas/conversation';
import { IdSchema } from '../../../../shared/schemas/common';
import { adviceFor, DEBTS, NOW } from './support';

const ADDITION_ID = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const CONVERSATION_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const HOUSEHOLD_ID = '00000006-0000-4000-8000-000100000000';

function draftWith(parts: Partial<AdviceDraft>): AdviceDraft {
  return { ...emptyAdviceDraft(), ...parts };
}

describe('AdviceDraftSchema', () => {
  it('accepts the empty draft, an acceptance, a decline with a reason and an own addition', () => {
    const draft = draftWith({
      decisions: {
        schuldhelpmaatje: { kind: 'accepted' },
        'grip-op-de-knip': { kind: 'declined', reason: 'al-in-gebruik' },
        netwerk: { kind: 'declined', reason: 'anders', note: 'Zus helpt al elke week.' },
      },
      additions: [
        { id: ADDITION_ID, catalogueId: null, title: 'Samen boodschappen', actor: 'netwerk' },
      ],
    });
    expect(AdviceDraftSchema.safeParse(emptyAdviceDraft()).success).toBe(true);
    expect(AdviceDraftSchema.parse(draft)).toEqual(draft);
  });

  it('rejects a decline without a reason', () => {
    const result = AdviceDraftSchema.safeParse({
      decisions: { netwerk: { kind: 'declined' } },
      additions: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['decisions', 'netwerk', 'reason']);
  });

  it('rejects "anders" without the professional saying what, and an unknown reason', () => {
    for (const decision of [
      { kind: 'declined', reason: 'anders' },
      { kind: 'declined', reason: 'anders', note: '   ' },
      { kind: 'declined', reason: 'geen-zin' },
    ]) {
      expect(
        AdviceDraftSchema.safeParse({ decisions: { netwerk: decision }, additions: [] }).success,
        JSON.stringify(decision),
      ).toBe(false);
    }
  });

  it('rejects an own addition without a title and a decision keyed by a non-id', () => {
    expect(
      AdviceDraftSchema.safeParse({
        decisions: {},
        additions: [{ id: ADDITION_ID, catalogueId: null, title: ' ', actor: 'inwoner' }],
      }).success,
    ).toBe(false);
    expect(
      AdviceDraftSchema.safeParse({
        decisions: { 'Niet Goed': { kind: 'accepted' } },
        additions: [],
      }).success,
    ).toBe(false);
  });
});

describe('acceptedAgreements', () => {
  const result = adviceFor(DEBTS);

  it('turns accepted suggestions (engine order) and own additions into agreement proposals', () => {
    const draft = draftWith({
      decisions: {
        'schuldhulpverlening-rsd': { kind: 'accepted' },
        schuldhelpmaatje: { kind: 'accepted' },
        'grip-op-de-knip': { kind: 'declined', reason: 'inwoner-wil-niet' },
        netwerk: { kind: 'accepted' },
      },
      additions: [
        { id: ADDITION_ID, catalogueId: null, title: 'Samen post openen', actor: 'netwerk' },
      ],
    });
    const proposals = acceptedAgreements(draft, result);
    expect(proposals.map((proposal) => proposal.sourceKey)).toEqual([
      'advies:schuldhelpmaatje',
      'advies:schuldhulpverlening-rsd',
      'advies:netwerk',
      `eigen:${ADDITION_ID}`,
    ]);
    const maatje = result.suggestions.find((entry) => entry.catalogueId === 'schuldhelpmaatje');
    expect(proposals[0]).toEqual({
      sourceKey: 'advies:schuldhelpmaatje',
      what: maatje?.title,
      actor: 'partner',
      actorName: maatje?.provider,
    });
    expect(proposals[2]).toEqual({
      sourceKey: 'advies:netwerk',
      what: 'Mensen om de inwoner heen',
      actor: 'netwerk',
    });
    // Each is a valid Agreement once the intake gives it an id.
    for (const proposal of proposals) {
      const agreement = { id: ADDITION_ID, what: proposal.what, actor: proposal.actor };
      expect(AgreementSchema.safeParse(agreement).success).toBe(true);
      expect(
        AgreementSchema.safeParse({
          ...agreement,
          ...(proposal.actorName === undefined ? {} : { actorName: proposal.actorName }),
        }).success,
      ).toBe(true);
    }
  });

  it('leaves out decisions on options the engine no longer suggests, and declined ones', () => {
    const draft = draftWith({
      decisions: {
        'startpunt-scheiden': { kind: 'accepted' },
        schuldhelpmaatje: { kind: 'declined', reason: 'niet-beschikbaar' },
      },
    });
    expect(acceptedAgreements(draft, result)).toEqual([]);
  });
});

describe('adviceDecisions', () => {
  const result = adviceFor(DEBTS);
  const draft = draftWith({
    decisions: {
      schuldhelpmaatje: { kind: 'accepted' },
      'grip-op-de-knip': { kind: 'declined', reason: 'anders', note: 'Te ver weg.' },
      'niet-meer-voorgesteld': { kind: 'accepted' },
    },
    additions: [
      {
        id: ADDITION_ID,
        catalogueId: 'bibliotheek-taal-digitaal',
        title: 'Bibliotheek',
        actor: 'inwoner',
        level: 'universeel',
        theme: 'T3',
        opgave: 't3-basisvaardigheden',
      },
    ],
  });
  const input = { householdId: HOUSEHOLD_ID, conversationId: CONVERSATION_ID, draft, result };

  it('builds one valid record per decided suggestion and own addition', async () => {
    const decisions = await adviceDecisions(input, NOW);
    expect(decisions.map((decision) => decision.kind)).toEqual(['accepted', 'declined', 'added']);
    for (const decision of decisions) {
      expect(SuggestionDecisionSchema.safeParse(decision).success).toBe(true);
      expect(decision).toMatchObject({
        householdId: HOUSEHOLD_ID,
        profileId: 'wijk-bij-duurstede',
        profileVersion: result.profile.version,
        engineVersion: result.engineVersion,
        decidedAt: NOW.toISOString(),
      });
    }
    expect(decisions[1]).toMatchObject({ reason: 'anders', note: 'Te ver weg.' });
    expect(decisions[2]).toMatchObject({
      catalogueId: 'bibliotheek-taal-digitaal',
      opgave: 't3-basisvaardigheden',
    });
  });

  it('gives the same ids for the same conversation, other ids for another one', async () => {
    const first = await adviceDecisions(input, NOW);
    const again = await adviceDecisions(input, new Date('2024-07-02T12:00:00Z'));
    expect(again.map((decision) => decision.id)).toEqual(first.map((decision) => decision.id));
    const other = await adviceDecisions(
      { ...input, conversationId: '6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e' },
      NOW,
    );
    expect(other.map((decision) => decision.id)).not.toContain(first[0]?.id);
  });

  it('makes valid UUIDs', async () => {
    for (const name of ['a', 'b', CONVERSATION_ID]) {
      expect(IdSchema.safeParse(await deterministicId(name)).success).toBe(true);
    }
    expect(await deterministicId('a')).not.toBe(await deterministicId('b'));
  });
});
