import { describe, expect, it } from 'vitest';
import {
  addCatalogueFactor,
  addLifeEvent,
  addOwnFactor,
  confirmProposal,
  dismissedOpenProposals,
  nextOwnFactorId,
  openProposals,
  proposalsFromSources,
  removeFactor,
  removeLifeEvent,
  setLifeEventDate,
  updateFactor,
} from '../../../../shared/instruments/balance-editing';
import { PG_VOLWASSENEN } from '../../../../shared/instruments/positieve-gezondheid';
import { BalanceAnswersSchema, type BalanceAnswers } from '../../../../shared/schemas/assessment';

const NOW = new Date('2026-11-22T10:00:00Z');
const EMPTY: BalanceAnswers = { kind: 'draagkracht-draaglast', factors: [] };

describe('proposalsFromSources', () => {
  it('scores raw PG and Brug answers and proposes a factor once, at its heaviest weight', () => {
    const proposals = proposalsFromSources(
      {
        // PG Meedoen 3 proposes weinig-netwerk weight 2; Brug sociale contacten 4 proposes weight 3.
        pg: { definition: PG_VOLWASSENEN, scores: { meedoen: 3 } },
        brug: {
          answers: { kind: 'brug-naar-zelfredzaamheid', levels: { 'sociale-contacten': 4 } },
          householdSize: 1,
        },
      },
      NOW,
    );
    expect(proposals.map((proposal) => [proposal.factorId, proposal.weight])).toEqual([
      ['weinig-netwerk', 3],
    ]);
    expect(proposals[0]?.evidence.map((entry) => [entry.instrumentId, entry.field])).toEqual([
      ['positieve-gezondheid-volwassenen', 'meedoen'],
      ['brug-naar-zelfredzaamheid', 'sociale-contacten'],
    ]);
  });

  it('computes the Brug income level from the amount when no level was chosen', () => {
    const proposals = proposalsFromSources(
      {
        brug: {
          answers: {
            kind: 'brug-naar-zelfredzaamheid',
            levels: {},
            income: { netMonthly: 0, householdSize: 1 },
          },
          householdSize: 1,
        },
      },
      NOW,
    );
    expect(proposals.map((proposal) => [proposal.factorId, proposal.weight])).toEqual([
      ['laag-inkomen', 3],
    ]);
  });

  it('proposes nothing without sources', () => {
    expect(proposalsFromSources({}, NOW)).toEqual([]);
  });
});

describe('open and dismissed proposals', () => {
  const proposals = proposalsFromSources(
    {
      brug: {
        answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 4, inkomen: 3 } },
        householdSize: 1,
      },
    },
    NOW,
  );
  const [schulden] = proposals;
  if (schulden === undefined) throw new Error('Brug schulden 4 proposes schulden');

  it('leaves out confirmed and dismissed factors', () => {
    const confirmed = confirmProposal(EMPTY, schulden);
    expect(openProposals(proposals, EMPTY, []).map((p) => p.factorId)).toEqual([
      'schulden',
      'laag-inkomen',
    ]);
    expect(openProposals(proposals, confirmed, []).map((p) => p.factorId)).toEqual([
      'laag-inkomen',
    ]);
    expect(openProposals(proposals, EMPTY, ['laag-inkomen']).map((p) => p.factorId)).toEqual([
      'schulden',
    ]);
    expect(
      dismissedOpenProposals(proposals, EMPTY, ['laag-inkomen']).map((p) => p.factorId),
    ).toEqual(['laag-inkomen']);
  });

  it('confirming twice adds the factor once', () => {
    const once = confirmProposal(EMPTY, schulden);
    expect(confirmProposal(once, schulden)).toBe(once);
    expect(once.factors).toEqual([{ factorId: 'schulden', weight: 3, duration: 'tijdelijk' }]);
  });
});

describe('editing the answers', () => {
  it('adds catalogue factors with their defaults, once, and ignores unknown ids', () => {
    const added = addCatalogueFactor(EMPTY, 'beperking-of-chronische-ziekte');
    expect(added.factors).toEqual([
      { factorId: 'beperking-of-chronische-ziekte', weight: 2, duration: 'permanent' },
    ]);
    expect(addCatalogueFactor(added, 'beperking-of-chronische-ziekte')).toBe(added);
    expect(addCatalogueFactor(EMPTY, 'bestaat-niet')).toBe(EMPTY);
  });

  it('gives own factors the next free eigen-n id and refuses an empty label', () => {
    const one = addOwnFactor(EMPTY, {
      label: '  Hond  ',
      sphere: 'persoonlijk',
      side: 'draagkracht',
    });
    const two = addOwnFactor(one, { label: 'Buren', sphere: 'sociaal', side: 'draaglast' });
    expect(two.factors.map((factor) => [factor.factorId, factor.label])).toEqual([
      ['eigen-1', 'Hond'],
      ['eigen-2', 'Buren'],
    ]);
    expect(nextOwnFactorId(removeFactor(two, 'eigen-1'))).toBe('eigen-1');
    expect(addOwnFactor(EMPTY, { label: ' ', sphere: 'sociaal', side: 'draaglast' })).toBe(EMPTY);
    expect(BalanceAnswersSchema.safeParse(two).success).toBe(true);
  });

  it('updates weight, duration and note, and drops an emptied note', () => {
    const start = addCatalogueFactor(EMPTY, 'schulden');
    const noted = updateFactor(start, 'schulden', { weight: 3, note: 'Energie' });
    expect(noted.factors[0]).toEqual({
      factorId: 'schulden',
      weight: 3,
      duration: 'tijdelijk',
      note: 'Energie',
    });
    expect(updateFactor(noted, 'schulden', { note: '' }).factors[0]).toEqual({
      factorId: 'schulden',
      weight: 3,
      duration: 'tijdelijk',
    });
  });

  it('adds, dates, undates and removes life events', () => {
    const added = addLifeEvent(EMPTY, 'scheiding');
    expect(addLifeEvent(added, 'scheiding')).toBe(added);
    const dated = setLifeEventDate(added, 'scheiding', '2026-03-01');
    expect(dated.lifeEvents).toEqual([{ eventId: 'scheiding', date: '2026-03-01' }]);
    expect(setLifeEventDate(dated, 'scheiding', '').lifeEvents).toEqual([{ eventId: 'scheiding' }]);
    expect(removeLifeEvent(dated, 'scheiding').lifeEvents).toEqual([]);
  });
});
