import { describe, expect, it } from 'vitest';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../../../../shared/instruments/brug';
import type { PgDefinition } from '../../../../shared/instruments/definition-schema';
import { scoreBrug } from '../../../../shared/instruments/brug-scoring';
import { DEFAULT_FACTOR_PROPOSAL_RULES } from '../../../../shared/instruments/factor-proposal-rules';
import { proposeFactors } from '../../../../shared/instruments/factor-proposals';
import { scorePositieveGezondheid } from '../../../../shared/instruments/pg-scoring';
import { PG_KINDEREN, PG_VOLWASSENEN } from '../../../../shared/instruments/positieve-gezondheid';
import type { BrugAnswers } from '../../../../shared/schemas/assessment';
import { ProposedFactorSchema } from '../../../../shared/schemas/results';
import { NOW } from '../builders';

function brug(levels: BrugAnswers['levels']) {
  const result = scoreBrug(
    BRUG,
    { kind: 'brug-naar-zelfredzaamheid', levels },
    { now: NOW, incomeThresholds: BRUG_INCOME_THRESHOLDS_2019, assessmentId: null },
  );
  return { assessmentId: null, instrumentId: BRUG.id, result };
}

function pg(scores: Record<string, number>, definition: PgDefinition = PG_VOLWASSENEN) {
  return {
    assessmentId: null,
    instrumentId: definition.id,
    result: scorePositieveGezondheid(definition, { kind: 'positieve-gezondheid', scores }),
  };
}

const summary = (proposals: ReturnType<typeof proposeFactors>) =>
  proposals.map((proposal) => `${proposal.factorId}:${proposal.side}:${String(proposal.weight)}`);

describe('proposed factors', () => {
  it.each([
    [{ schulden: 3 } as const, ['schulden:draaglast:2']],
    [{ schulden: 4 } as const, ['schulden:draaglast:3']],
    [{ schulden: 2 } as const, []],
    [{ schulden: 1 } as const, ['financieel-zelfredzaam:draagkracht:1']],
    [{ wonen: 4 } as const, ['geen-vaste-woonplek:draaglast:3']],
    [{ inkomen: 4 } as const, ['laag-inkomen:draaglast:3']],
    [{ 'zorg-voor-anderen': 3 } as const, ['zware-zorgtaken:draaglast:2']],
  ])('Brug %j proposes %j', (levels, expected) => {
    expect(summary(proposeFactors({ brug: [brug(levels)] }))).toEqual(expected);
  });

  it.each([
    [{ meedoen: 7 }, ['meedoen:draagkracht:1']],
    [{ meedoen: 9 }, ['meedoen:draagkracht:2']],
    [{ meedoen: 6.9 }, []],
    [{ meedoen: 5 }, []],
    [{ meedoen: 4 }, ['weinig-netwerk:draaglast:1']],
    [{ meedoen: 3 }, ['weinig-netwerk:draaglast:2']],
    [{ 'kwaliteit-van-leven': 9 }, []],
    [{ 'kwaliteit-van-leven': 2 }, ['langdurige-stress:draaglast:2']],
  ])('Positieve Gezondheid %j proposes %j', (scores, expected) => {
    expect(summary(proposeFactors({ positieveGezondheid: [pg(scores)] }))).toEqual(expected);
  });

  it("maps the children's version by aspect, not by label", () => {
    expect(
      summary(proposeFactors({ positieveGezondheid: [pg({ 'nu-en-later': 8 }, PG_KINDEREN)] })),
    ).toEqual(['zingeving:draagkracht:1']);
  });

  it('proposes a factor named by two instruments once, at its heaviest, with both as evidence', () => {
    const proposals = proposeFactors({
      positieveGezondheid: [pg({ meedoen: 4 })],
      brug: [brug({ 'sociale-contacten': 4, spaargeld: 2, schulden: 1 })],
    });
    const netwerk = proposals.find((proposal) => proposal.factorId === 'weinig-netwerk');
    expect(netwerk?.weight).toBe(3);
    expect(
      netwerk?.evidence.map((evidence) => [evidence.instrumentId, evidence.field, evidence.value]),
    ).toEqual([
      ['positieve-gezondheid-volwassenen', 'meedoen', 4],
      ['brug-naar-zelfredzaamheid', 'sociale-contacten', 4],
    ]);
    const geld = proposals.find((proposal) => proposal.factorId === 'financieel-zelfredzaam');
    expect(geld?.weight).toBe(1);
    expect(geld?.evidence).toHaveLength(2);
    for (const proposal of proposals) {
      expect(ProposedFactorSchema.safeParse(proposal).success).toBe(true);
      expect(proposal.status).toBe('voorgesteld');
    }
  });

  it('follows the catalogue order and takes the default duration from the catalogue', () => {
    const proposals = proposeFactors({ brug: [brug({ inkomen: 3, gezondheid: 1, wonen: 3 })] });
    expect(
      proposals.map((proposal) => [proposal.factorId, proposal.sphere, proposal.duration]),
    ).toEqual([
      ['lichamelijk-gezond', 'persoonlijk', 'tijdelijk'],
      ['mentaal-gezond', 'persoonlijk', 'tijdelijk'],
      ['hoge-woonlasten', 'persoonlijk', 'tijdelijk'],
      ['laag-inkomen', 'maatschappelijk-economisch', 'tijdelijk'],
    ]);
  });

  it('uses the rules it is given, so a profile can change the mapping', () => {
    const rules = {
      ...DEFAULT_FACTOR_PROPOSAL_RULES,
      brug: [{ columnId: 'schulden', level: 2, factors: [{ factorId: 'schulden', weight: 1 }] }],
    } as const;
    expect(summary(proposeFactors({ brug: [brug({ schulden: 2 })] }, rules))).toEqual([
      'schulden:draaglast:1',
    ]);
  });
});
