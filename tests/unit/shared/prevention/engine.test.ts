import { describe, expect, it } from 'vitest';
import { ageOn, householdTypeOf, suggest } from '../../../../shared/prevention/engine';
import { SuggestResultSchema, type SuggestResult } from '../../../../shared/prevention/result';
import type { SuggestCase } from '../../../../shared/prevention/case';
import type { Profile } from '../../../../shared/profiles/schema';
import { assessment, OTHER_PERSON_ID, person, PERSON_ID, pgScores } from '../builders';
import {
  adultBorn,
  brug,
  caseOf,
  dd,
  ids,
  kansencirkel,
  NOW_2024,
  profile,
  rankOf,
  WBD,
} from './helpers';

function run(input: SuggestCase, chosen: Profile = WBD, now: Date = NOW_2024): SuggestResult {
  return SuggestResultSchema.parse(suggest(input, chosen, now));
}

function citing(result: SuggestResult, signalId: string) {
  return result.suggestions.filter((suggestion) =>
    suggestion.evidence.some((item) => item.signalId === signalId && item.trigger === 'signaal'),
  );
}

/** Stable balance from Positieve Gezondheid scores of 8, with the given scores changed. */
const steady = (overrides: Record<string, number> = {}) => assessment(pgScores(overrides, 8));

describe('rule 2 (K9): age and household type only decide whether an entry fits', () => {
  const fallRisk = (birthDate: string) =>
    caseOf({
      persons: [adultBorn(birthDate)],
      assessments: [assessment(pgScores({ lichaamsfuncties: 4, 'dagelijks-functioneren': 4 }))],
    });

  it('offers valpreventie (65+) to an 80-year-old, not to a 45-year-old, from the same signals', () => {
    const old = run(fallRisk('1944-01-01'));
    const young = run(fallRisk('1979-01-01'));
    expect(ids(old)).toContain('valpreventie');
    expect(ids(young)).not.toContain('valpreventie');
    expect(young.signals).toEqual(old.signals);
    expect(young.level).toBe(old.level);
  });

  it('falls back to the age range of the role when a birth date is missing', () => {
    const child = run(
      caseOf({
        persons: [person('kind')],
        assessments: [assessment(pgScores({ lichaamsfuncties: 4, 'dagelijks-functioneren': 4 }))],
      }),
    );
    expect(ids(child)).not.toContain('valpreventie');
    expect(ids(child)).toContain('jeugdgezondheidszorg');
  });

  it('offers an entry for families only to a household with children', () => {
    const maastricht = profile('maastricht');
    const debts = assessment(brug({ schulden: 3 }));
    const alone = run(caseOf({ assessments: [debts] }), maastricht);
    const family = run(
      caseOf({
        persons: [person(), person('kind', { id: OTHER_PERSON_ID, birthDate: '2016-01-01' })],
        assessments: [debts],
      }),
      maastricht,
    );
    expect(alone.householdType).toBe('alleenstaand');
    expect(family.householdType).toBe('eenoudergezin');
    expect(ids(alone)).not.toContain('kinderen-in-armoede');
    expect(ids(family)).toContain('kinderen-in-armoede');
  });

  it('derives the household type from ages and roles, and lets the case override it', () => {
    const now = NOW_2024;
    const adult = (id: string) => person('volwassene', { id, birthDate: '1980-01-01' });
    const kid = (id: string) => person('jongere', { id, birthDate: '2010-01-01' });
    expect(householdTypeOf([adult('a')], now)).toBe('alleenstaand');
    expect(householdTypeOf([adult('a'), adult('b')], now)).toBe('samenwonend');
    expect(householdTypeOf([adult('a'), kid('c')], now)).toBe('eenoudergezin');
    expect(householdTypeOf([adult('a'), adult('b'), kid('c')], now)).toBe('gezin-met-kinderen');
    expect(householdTypeOf([kid('c')], now)).toBe('anders');
    // A jongere of 20 counts as an adult; a jongere without a birth date as a minor.
    expect(
      householdTypeOf([adult('a'), person('jongere', { id: 'd', birthDate: '2004-01-01' })], now),
    ).toBe('samenwonend');
    expect(householdTypeOf([adult('a'), person('jongere', { id: 'e' })], now)).toBe(
      'eenoudergezin',
    );
    expect(householdTypeOf([adult('a')], now, 'anders')).toBe('anders');
  });

  it('counts age in whole years, turning a year older on the birthday', () => {
    const now = new Date('2024-07-01T12:00:00Z');
    expect(ageOn('1959-07-01', now)).toBe(65);
    expect(ageOn('1959-07-02', now)).toBe(64);
    expect(ageOn(undefined, now)).toBeNull();
  });
});

describe('rule 3: eigen kracht, netwerk, universeel, selectief, geindiceerd, maatwerk', () => {
  // A mild signal with a negative balance reaches selective options (K9 and K2).
  const atRisk = caseOf({
    assessments: [
      assessment(
        dd([
          ['weinig-netwerk', 1],
          ['langdurige-stress', 1],
        ]),
      ),
    ],
  });

  it('puts eigen kracht first, then netwerk, then every universal option before selective ones', () => {
    const result = run(atRisk);
    expect(result.suggestions[0]?.catalogueId).toBe('eigen-kracht');
    expect(result.suggestions[1]?.catalogueId).toBe('netwerk');
    const universal = result.suggestions.filter((entry) => entry.step === 'universeel');
    const selective = result.suggestions.filter((entry) => entry.step === 'selectief');
    expect(universal.length).toBeGreaterThan(0);
    expect(selective.length).toBeGreaterThan(0);
    const lastUniversal = Math.max(...universal.map((entry) => entry.rank));
    expect(Math.min(...selective.map((entry) => entry.rank))).toBeGreaterThan(lastUniversal);
  });

  it('reports eigen kracht and netwerk as level universeel, keeping the step', () => {
    const [first, second] = run(atRisk).suggestions;
    expect([first?.level, first?.step]).toEqual(['universeel', 'eigen-kracht']);
    expect([second?.level, second?.step]).toEqual(['universeel', 'netwerk']);
    expect(first?.actor).toBe('inwoner');
    expect(second?.actor).toBe('netwerk');
  });

  it('puts a collective option before an individual one of the same step and signal (K3)', () => {
    const result = run(caseOf({ assessments: [assessment(pgScores({ meedoen: 4 }))] }));
    const collective = result.suggestions.find(
      (entry) => entry.catalogueId === 'welzijn-op-recept',
    );
    expect(collective?.collective).toBe(true);
    expect(collective?.kaders).toContain('K3');
    expect(rankOf(result, 'welzijn-op-recept')).toBeLessThan(rankOf(result, 'verbonden-buurt'));
  });

  it('goes up to indicated options only for a serious signal', () => {
    const matig = run(
      caseOf({ assessments: [assessment(pgScores({ 'mentaal-welbevinden': 4 }))] }),
    );
    const ernstig = run(
      caseOf({ assessments: [assessment(pgScores({ 'mentaal-welbevinden': 3 }))] }),
    );
    expect(ids(matig)).not.toContain('huisarts');
    expect(matig.level).toBe('selectief');
    expect(ids(ernstig)).toContain('huisarts');
    expect(ernstig.level).toBe('geindiceerd');
    expect(ids(ernstig)).not.toContain('hulpverlening-binding');
  });
});

describe('rule 4 (K5): normaliseren', () => {
  it('names a mild signal with a positive balance as ordinary life, with universal options only', () => {
    const result = run(caseOf({ assessments: [steady({ meedoen: 5 })] }));
    expect(result.normaliseren).toEqual({ code: 'gewone-leven', kaders: ['K5'] });
    expect(result.level).toBe('universeel');
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of result.suggestions) {
      expect(suggestion.level).toBe('universeel');
      expect(suggestion.reasons).toContain('normaliseren');
      expect(suggestion.kaders).toContain('K5');
    }
    // Verbonden Buurt answers the same signal, but is selective.
    expect(ids(result)).not.toContain('verbonden-buurt');
  });

  it('says there is nothing to worry about when there are no signals', () => {
    const result = run(caseOf({ assessments: [steady()] }));
    expect(result.signals).toEqual([]);
    expect(result.normaliseren?.code).toBe('geen-zorgen');
    // The positive balance itself suggests offering something to others (K4).
    expect(ids(result)).toEqual(['vrijwilligerswerk-binding']);
    expect(result.suggestions[0]?.reasons).toContain('draagkracht-benutten');
    expect(result.suggestions[0]?.evidence.every((item) => item.trigger === 'balans')).toBe(true);
  });

  it('does not normalise a mild signal when the balance is negative: the balance decides (K9)', () => {
    const result = run(
      caseOf({
        assessments: [
          assessment(
            dd([
              ['weinig-netwerk', 1],
              ['langdurige-stress', 1],
            ]),
          ),
        ],
      }),
    );
    expect(result.normaliseren).toBeNull();
    expect(result.level).toBe('selectief');
    const raised = result.suggestions.find((entry) => entry.catalogueId === 'verbonden-buurt');
    expect(raised?.reasons).toContain('balans-beslist');
    expect(raised?.kaders).toEqual(expect.arrayContaining(['K2', 'K9']));
  });
});

describe('rule 5 (K6): grenzen', () => {
  it('does not lean on eigen kracht with debts without overview, and adds a warme overdracht', () => {
    const debts = assessment(brug({ schulden: 4 }));
    const result = run(caseOf({ assessments: [steady(), debts] }));
    expect(result.flags.grenzen).toEqual([
      { personId: PERSON_ID, codes: ['schulden-zonder-overzicht'] },
    ]);
    expect(ids(result)).not.toContain('eigen-kracht');
    const handover = result.suggestions.find(
      (entry) => entry.catalogueId === 'hulpverlening-binding',
    );
    expect(handover?.reasons).toEqual(
      expect.arrayContaining(['warme-overdracht', 'grenzen-steun']),
    );
    expect(handover?.evidence).toContainEqual(
      expect.objectContaining({
        trigger: 'grenzen',
        assessmentId: debts.id,
        field: 'schulden',
        value: 4,
      }),
    );
    expect(ids(result)).toContain('schuldhulpverlening-rsd');
    // Support comes before the network.
    expect(rankOf(result, 'grip-op-de-knip')).toBeLessThan(rankOf(result, 'netwerk'));
    expect(result.level).toBe('maatwerk');
  });

  it('puts support for an overloaded carer first', () => {
    const result = run(
      caseOf({ assessments: [steady(), assessment(brug({ 'zorg-voor-anderen': 4 }))] }),
    );
    expect(result.flags.grenzen[0]?.codes).toEqual(['mantelzorger-overbelast']);
    expect(result.suggestions[0]?.catalogueId).toBe('mantelzorgondersteuning');
    expect(result.suggestions[0]?.tier).toBe('grenzen');
    expect(ids(result)).not.toContain('eigen-kracht');
    expect(ids(result)).toContain('hulpverlening-binding');
  });

  it('treats a strongly negative confirmed balance as a limit, citing the saldo', () => {
    const balance = assessment(
      dd([
        ['langdurige-stress', 2],
        ['weinig-netwerk', 2],
      ]),
    );
    const result = run(caseOf({ assessments: [balance] }));
    expect(result.flags.grenzen[0]?.codes).toEqual(['balans-sterk-negatief']);
    const handover = result.suggestions.find(
      (entry) => entry.catalogueId === 'hulpverlening-binding',
    );
    expect(handover?.evidence).toContainEqual(
      expect.objectContaining({
        trigger: 'balans',
        assessmentId: balance.id,
        field: 'saldo',
        value: -4,
      }),
    );
  });

  it('keeps eigen kracht for another member of the household who is not at a limit', () => {
    const result = run(
      caseOf({
        persons: [person(), person('volwassene', { id: OTHER_PERSON_ID })],
        assessments: [
          steady(),
          assessment(brug({ schulden: 4 })),
          assessment(pgScores({ meedoen: 5 }, 8), { personId: OTHER_PERSON_ID }),
        ],
      }),
    );
    const own = result.suggestions.find((entry) => entry.catalogueId === 'eigen-kracht');
    expect(own?.personIds).toEqual([OTHER_PERSON_ID]);
    expect(own?.evidence.every((item) => item.personId === OTHER_PERSON_ID)).toBe(true);
  });
});

describe('rule 6: bestaanszekerheid first', () => {
  const noIncome = assessment(brug({}, { income: { netMonthly: 0, householdSize: 1 } }));

  it('ranks suggestions for money and housing before all others when income is at level 4', () => {
    const result = run(caseOf({ assessments: [steady({ meedoen: 4 }), noIncome] }));
    expect(result.flags.bestaanszekerheid).toBe(true);
    expect(result.flags.grenzen).toEqual([]);
    const first = citing(result, 'financieel');
    const others = result.suggestions.filter((entry) => !first.includes(entry));
    expect(first.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    expect(Math.max(...first.map((entry) => entry.rank))).toBeLessThan(
      Math.min(...others.map((entry) => entry.rank)),
    );
    expect(first.every((entry) => entry.tier === 'bestaanszekerheid')).toBe(true);
  });

  it('does not apply at level 3', () => {
    const result = run(
      caseOf({ assessments: [steady({ meedoen: 4 }), assessment(brug({ schulden: 3 }))] }),
    );
    expect(result.flags.bestaanszekerheid).toBe(false);
    expect(result.suggestions.every((entry) => entry.tier === 'ladder')).toBe(true);
  });

  it('answers no income with income support, not with debt help (trigger fields)', () => {
    const result = run(caseOf({ assessments: [steady(), noIncome] }));
    expect(ids(result)).toContain('inkomensondersteuning-rsd');
    expect(ids(result)).not.toContain('schuldhulpverlening-rsd');
    expect(ids(result)).not.toContain('schuldhelpmaatje');
    const withDebts = run(caseOf({ assessments: [steady(), assessment(brug({ schulden: 4 }))] }));
    const help = withDebts.suggestions.find(
      (entry) => entry.catalogueId === 'schuldhulpverlening-rsd',
    );
    expect(help?.evidence.map((item) => item.field)).toEqual(['schulden']);
  });
});

describe('rule 7: safety overrides everything', () => {
  const expectSafetyFirst = (result: SuggestResult) => {
    expect(result.level).toBe('veiligheid');
    expect(result.flags.veiligheid).toBe(true);
    expect(ids(result).slice(0, 2)).toEqual(['meldcode', 'veilig-thuis']);
    for (const suggestion of result.suggestions.slice(2)) {
      expect(suggestion.signals).not.toContain('veiligheid');
      expect(suggestion.level).not.toBe('veiligheid');
    }
  };

  it('puts the meldcode and Veilig Thuis on top for a safety flag on an assessment', () => {
    const flagged = assessment(pgScores({ 'mentaal-welbevinden': 4 }), { safetyConcern: true });
    const result = run(caseOf({ assessments: [flagged] }));
    expectSafetyFirst(result);
    expect(result.suggestions[0]?.evidence).toContainEqual(
      expect.objectContaining({ assessmentId: flagged.id, field: 'safetyConcern', value: true }),
    );
    expect(result.suggestions[0]?.reasons).toEqual(['veiligheid-eerst']);
  });

  it('does so for a safety concern recorded for the household as a whole', () => {
    const result = run(
      caseOf({
        assessments: [steady()],
        safetyConcerns: [{ personId: null, kind: 'huiselijk-geweld' }],
      }),
    );
    expectSafetyFirst(result);
    expect(result.suggestions[0]?.personIds).toEqual([null]);
    expect(result.normaliseren).toBeNull();
  });

  it('does so for a child whose safety needs attention in the Kansencirkel', () => {
    const child = person('kind', { id: OTHER_PERSON_ID, birthDate: '2015-03-01' });
    const result = run(
      caseOf({
        persons: [person(), child],
        assessments: [assessment(kansencirkel({ veilig: 'aandacht' }), { personId: child.id })],
      }),
    );
    expectSafetyFirst(result);
    expect(result.suggestions[0]?.opgave).toBe('t1-huiselijk-geweld-kindermishandeling');
  });

  it('keeps the route even when a beheerder switched the entries off', () => {
    const switchedOff: Profile = {
      ...WBD,
      catalogue: WBD.catalogue.map((entry) =>
        entry.level === 'veiligheid' ? { ...entry, available: false } : entry,
      ),
    };
    const result = run(
      caseOf({ assessments: [steady()], safetyConcerns: [{ personId: PERSON_ID }] }),
      switchedOff,
    );
    expect(ids(result).slice(0, 2)).toEqual(['meldcode', 'veilig-thuis']);
  });
});

describe('rule 8: what every suggestion carries', () => {
  it('has level, step, theme and opgave, kaders, evidence, actor and collective', () => {
    const result = run(
      caseOf({
        assessments: [
          assessment(
            dd([
              ['weinig-netwerk', 2],
              ['schulden', 2],
              ['werk', 2],
            ]),
          ),
        ],
      }),
    );
    expect(result.suggestions.length).toBeGreaterThan(3);
    for (const suggestion of result.suggestions) {
      expect(suggestion.kaders.length).toBeGreaterThan(0);
      expect(suggestion.evidence.length).toBeGreaterThan(0);
      expect(suggestion.opgave.startsWith(suggestion.theme.toLowerCase())).toBe(true);
      expect(['inwoner', 'netwerk', 'partner', 'professional']).toContain(suggestion.actor);
      expect(typeof suggestion.collective).toBe('boolean');
    }
  });

  it('counts a child’s signal under theme 1', () => {
    const child = person('kind', { id: OTHER_PERSON_ID, birthDate: '2014-01-01' });
    const result = run(
      caseOf({
        persons: [person(), child],
        assessments: [assessment(kansencirkel({ gezond: 'zorg' }), { personId: child.id })],
      }),
    );
    const sport = result.suggestions.find((entry) => entry.catalogueId === 'sport-en-bewegen');
    expect(sport?.opgave).toBe('t1-leefstijl-jeugd');
    expect(sport?.theme).toBe('T1');
  });
});

describe('life events', () => {
  it('lets a life event in the case raise its signal and trigger the entry it names', () => {
    const result = run(
      caseOf({
        assessments: [assessment(dd([['weinig-netwerk', 1]]))],
        lifeEvents: [{ personId: PERSON_ID, eventId: 'scheiding', date: '2024-03-01' }],
      }),
    );
    const money = result.signals.find((signal) => signal.signalId === 'financieel');
    expect(money?.severity).toBe('mild');
    const loket = result.suggestions.find((entry) => entry.catalogueId === 'startpunt-scheiden');
    expect(loket?.lifeEvents).toEqual(['scheiding']);
    expect(loket?.reasons).toContain('levensgebeurtenis');
    expect(loket?.evidence).toContainEqual(
      expect.objectContaining({ instrumentId: 'levensgebeurtenis', field: 'scheiding' }),
    );
  });

  it('also reads life events recorded in the draagkracht/draaglast assessment', () => {
    const balance = assessment(dd([['weinig-netwerk', 1]], [['scheiding', '2024-01-10']]));
    const result = run(caseOf({ assessments: [balance] }));
    const loket = result.suggestions.find((entry) => entry.catalogueId === 'startpunt-scheiden');
    expect(loket?.evidence[0]).toMatchObject({ assessmentId: balance.id, field: 'scheiding' });
  });

  it('ignores a life event from more than 24 months ago', () => {
    const result = run(
      caseOf({
        assessments: [assessment(dd([['weinig-netwerk', 1]]))],
        lifeEvents: [{ personId: PERSON_ID, eventId: 'scheiding', date: '2021-01-01' }],
      }),
    );
    expect(ids(result)).not.toContain('startpunt-scheiden');
    expect(result.signals.map((signal) => signal.signalId)).not.toContain('financieel');
  });
});

describe('profile data steer the engine', () => {
  const lonely = caseOf({
    assessments: [assessment(pgScores({ meedoen: 5, 'mentaal-welbevinden': 5 }, 8))],
  });

  it('never suggests an entry the beheerder switched off', () => {
    const off: Profile = {
      ...WBD,
      catalogue: WBD.catalogue.map((entry) =>
        entry.id === 'wijkhuiskamer-de-heul' ? { ...entry, available: false } : entry,
      ),
    };
    expect(ids(run(lonely))).toContain('wijkhuiskamer-de-heul');
    expect(ids(run(lonely, off))).not.toContain('wijkhuiskamer-de-heul');
  });

  it('uses an emphasis only to break ties, citing its kaders', () => {
    const plain = run(lonely, { ...WBD, emphases: [] });
    const first = WBD.emphases[0];
    if (first === undefined) {
      throw new Error('WBD has emphases');
    }
    const sportFirst = run(lonely, {
      ...WBD,
      emphases: [{ ...first, kaders: ['K8'], opgaven: ['t3-leefstijl-volwassenen'] }],
    });
    expect(rankOf(plain, 'wijkhuiskamer-de-heul')).toBeLessThan(rankOf(plain, 'sport-en-bewegen'));
    expect(rankOf(sportFirst, 'sport-en-bewegen')).toBeLessThan(
      rankOf(sportFirst, 'wijkhuiskamer-de-heul'),
    );
    expect(sportFirst.suggestions.slice(0, 2).map((entry) => entry.step)).toEqual([
      'eigen-kracht',
      'netwerk',
    ]);
    const sport = sportFirst.suggestions.find((entry) => entry.catalogueId === 'sport-en-bewegen');
    expect(sport?.reasons).toContain('gemeentelijke-nadruk');
    expect(sport?.kaders).toContain('K8');
  });

  it('reads its thresholds from the profile', () => {
    const atRisk = caseOf({
      assessments: [
        assessment(
          dd([
            ['weinig-netwerk', 1],
            ['langdurige-stress', 1],
          ]),
        ),
      ],
    });
    const strict: Profile = {
      ...WBD,
      thresholds: {
        ...WBD.thresholds,
        engine: { ...WBD.thresholds.engine, raiseMild: { balanceLevels: [], to: 'selectief' } },
      },
    };
    expect(run(atRisk).level).toBe('selectief');
    expect(run(atRisk, strict).level).toBe('universeel');
    expect(run(atRisk, strict).suggestions.every((entry) => entry.level === 'universeel')).toBe(
      true,
    );
  });
});

describe('determinism', () => {
  const mixed = caseOf({
    persons: [person(), person('kind', { id: OTHER_PERSON_ID, birthDate: '2015-01-01' })],
    assessments: [
      assessment(pgScores({ meedoen: 4, zingeving: 5 })),
      assessment(brug({ schulden: 3, wonen: 3 })),
      assessment(kansencirkel({ gezond: 'aandacht', 'erbij-horen': 'zorg' }), {
        personId: OTHER_PERSON_ID,
      }),
    ],
    lifeEvents: [{ personId: PERSON_ID, eventId: 'inkomensdaling', date: '2024-02-01' }],
  });

  it('gives the same advice for the same input', () => {
    expect(run(mixed)).toEqual(run(mixed));
  });

  it('does not depend on the order of persons and assessments in the file', () => {
    const reordered: SuggestCase = {
      ...mixed,
      persons: [...mixed.persons].reverse(),
      assessments: [...mixed.assessments].reverse(),
    };
    expect(run(reordered).suggestions).toEqual(run(mixed).suggestions);
  });
});
