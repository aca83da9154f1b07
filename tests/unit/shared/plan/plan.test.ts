import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMessages } from '../../../../shared/messages/nl-plan';
import { acceptSuggestion, declineSuggestion } from '../../../../shared/prevention/decision';
import {
  addMonths,
  dutchDate,
  emptyPlan,
  evaluationDue,
  PlanDataSchema,
  planFromConversation,
  planGaps,
  toPlainText,
  writePlanText,
  writeVerslag,
  type PlanData,
} from '../../../../shared/plan';
import type { Conversation } from '../../../../shared/schemas/conversation';
import {
  assessment,
  HOUSEHOLD_ID,
  nextId,
  NOW,
  OTHER_PERSON_ID,
  PERSON_ID,
  pgScores,
  SUGGESTION,
} from '../builders';

const persons = [
  { id: PERSON_ID, displayName: 'Fatma' },
  { id: OTHER_PERSON_ID, displayName: 'Youssef' },
];

function conversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: '3e0c9d85-6f40-4b12-8d5e-4f6a8b0c2d3e',
    createdAt: '2024-03-01T09:00:00Z',
    updatedAt: '2024-03-01T10:00:00Z',
    rev: 1,
    householdId: HOUSEHOLD_ID,
    kind: 'intake',
    date: '2024-03-01',
    question: 'Ik wil weer rust in mijn hoofd',
    strengths: 'We koken elke dag samen.',
    network: [
      {
        id: '4f1d0e96-7a51-4c23-9e6f-5a7b9c1d3e4f',
        name: 'Els',
        relation: 'buurvrouw',
        kind: 'informeel',
        status: 'helpt',
        help: 'boodschappen',
      },
    ],
    changes: [
      {
        personId: PERSON_ID,
        dimensionId: 'mentaal-welbevinden',
        words: 'Minder piekeren over geld',
        needed: 'Overzicht in de rekeningen',
        whoCanHelp: 'Mijn zus',
      },
    ],
    agreements: [
      {
        id: '5a2e1fa7-8b62-4d34-8f70-6b8cad2e4f50',
        what: 'Fatma belt Schuldhulpmaatje',
        actor: 'inwoner',
        actorName: 'Fatma',
        due: '2024-03-15',
      },
    ],
    assessmentIds: [],
    ...overrides,
  };
}

const SENTENCE_WORD_LIMIT = 20;

/** Sentences of generated text outside the family's quoted words. */
function ownSentences(text: string): string[] {
  return text
    .replace(/"[^"]*"/g, '"…"')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

describe('plan text templates', () => {
  it('keep every sentence short (B1: at most 15 words besides the filled-in parts)', () => {
    for (const [key, template] of Object.entries(planMessages)) {
      for (const sentence of ownSentences(template)) {
        const words = sentence
          .replace(/\{\w+\}/g, '')
          .split(/\s+/)
          .filter(Boolean);
        expect(words.length, `${key}: ${sentence}`).toBeLessThanOrEqual(15);
      }
    }
  });
});

describe('writeVerslag', () => {
  const pg = assessment(pgScores({ 'mentaal-welbevinden': 3 }), { personId: PERSON_ID });
  const brug = assessment(
    {
      kind: 'brug-naar-zelfredzaamheid',
      levels: { schulden: 4, wonen: 2 },
      income: { netMonthly: 0, householdSize: 2 },
    },
    { personId: OTHER_PERSON_ID },
  );
  const kc = assessment(
    { kind: 'kansencirkel', areas: { veilig: 'zorg', gezond: 'aandacht', actief: 'gaat-goed' } },
    { personId: OTHER_PERSON_ID },
  );
  const recorded = conversation({ assessmentIds: [pg.id, brug.id, kc.id], avePhase: 2 });
  const text = toPlainText(
    writeVerslag({
      householdLabel: 'Gezin El Amrani',
      persons,
      conversation: recorded,
      assessments: [pg, brug, kc],
      now: NOW,
    }),
  );

  it('contains the recorded facts', () => {
    for (const fact of [
      'Gezin El Amrani',
      '1 maart 2024',
      '"Ik wil weer rust in mijn hoofd"',
      'We koken elke dag samen.',
      'Els (buurvrouw) helpt al met: boodschappen.',
      'Mentaal welbevinden 3',
      'Lichaamsfuncties 7',
      'Schulden niveau 4',
      'Inkomen niveau 4',
      'zorg over: Veilig',
      'aandacht nodig voor: Gezond',
      '"Minder piekeren over geld"',
      'Overzicht in de rekeningen',
      'Fatma belt Schuldhulpmaatje. Wie: Fatma. Klaar op 15 maart 2024.',
      'Fase: 2.',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('leaves no placeholder and keeps sentences short', () => {
    expect(text).not.toMatch(/\{\w+\}/);
    for (const sentence of ownSentences(text)) {
      if (sentence.includes(':')) continue; // lists of scores are enumerations, not prose
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(SENTENCE_WORD_LIMIT);
    }
  });

  it('puts the meldcode first when there is a safety concern', () => {
    const safe = writeVerslag({
      householdLabel: 'Gezin X',
      persons,
      conversation: conversation({ safetyConcern: true }),
      assessments: [],
      now: NOW,
    });
    expect(safe.sections[0]?.paragraphs.join(' ')).toContain('meldcode');
  });

  it('ignores assessments of other conversations and says when nothing was measured', () => {
    const other = toPlainText(
      writeVerslag({
        householdLabel: 'Gezin X',
        persons,
        conversation: conversation(),
        assessments: [pg],
        now: NOW,
      }),
    );
    expect(other).not.toContain('Lichaamsfuncties');
    expect(other).toContain('In dit gesprek is niets gemeten.');
  });

  it('never leaves a placeholder, whatever the family said', () => {
    const wordsWithoutBraces = fc
      .string({ minLength: 1, maxLength: 80 })
      .filter((value) => !/[{}]/.test(value) && value.trim() !== '');
    fc.assert(
      fc.property(wordsWithoutBraces, wordsWithoutBraces, (question, words) => {
        const written = toPlainText(
          writeVerslag({
            householdLabel: 'Gezin X',
            persons,
            conversation: conversation({
              question,
              changes: [{ personId: PERSON_ID, dimensionId: 'zingeving', words }],
            }),
            assessments: [],
            now: NOW,
          }),
        );
        expect(written).not.toMatch(/\{\w+\}/);
        expect(written).toContain(words.trim());
      }),
    );
  });
});

const META = {
  id: '6b3f2ab8-9c73-4e45-9a81-7c9dbe3f5a61',
  householdId: HOUSEHOLD_ID,
  decidedAt: '2024-03-01T10:00:00Z',
  profile: { id: 'wijk-bij-duurstede', version: '1.0.0' },
  engineVersion: '1.0.0',
};

describe('planFromConversation', () => {
  const accepted = acceptSuggestion(SUGGESTION, META, '7c4a3bc9-ad84-4f56-8b92-8daecf4a6b72');
  const declined = declineSuggestion(
    { ...SUGGESTION, catalogueId: 'bibliotheek-digitaal' },
    'al-in-gebruik',
    { ...META, id: nextId() },
  );
  const build = (previous: PlanData = emptyPlan()) =>
    planFromConversation({
      conversation: conversation({ avePhase: 2, safetyConcern: true }),
      decisions: [accepted, declined],
      previous,
      newId: nextId,
    });

  it('turns wishes into goals, agreements and accepted advice into actions', () => {
    const plan = build();
    expect(PlanDataSchema.safeParse(plan).success).toBe(true);
    expect(plan.krachten).toBe('We koken elke dag samen.');
    expect(plan.zorgen).toBe('Ik wil weer rust in mijn hoofd');
    expect(plan.goals).toEqual([
      expect.objectContaining({
        area: 'mentaal',
        words: 'Minder piekeren over geld',
        personIds: [PERSON_ID],
      }),
      expect.objectContaining({
        area: 'geld',
        source: { kind: 'advies', catalogueId: 'schuldhulpmaatje' },
      }),
    ]);
    expect(plan.actions.map((action) => action.what)).toEqual([
      'Schuldhulpmaatje',
      'Fatma belt Schuldhulpmaatje',
    ]);
    expect(plan.actions[0]?.goalId).toBe(plan.goals[1]?.id);
    expect(plan.network.map((entry) => entry.name)).toEqual(['Els']);
    expect(plan.avePhase).toBe(2);
    expect(plan.safety.flag).toBe(true);
    expect(plan.evaluationDates).toEqual(['2024-06-01']);
  });

  it('adds nothing twice when the same conversation is applied again', () => {
    const once = build();
    expect(build(once)).toEqual(once);
  });

  it('never takes over a declined suggestion', () => {
    expect(JSON.stringify(build())).not.toContain('bibliotheek-digitaal');
  });
});

describe('plan helpers', () => {
  it('adds months and clamps to the last day of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-03-01', 3)).toBe('2024-06-01');
  });

  it('writes dates in Dutch', () => {
    expect(dutchDate('2026-11-02')).toBe('2 november 2026');
  });

  it('is due from the evaluation date until an evaluation is held', () => {
    const plan = { ...emptyPlan(), evaluationDates: ['2024-06-01'] };
    expect(evaluationDue(plan, '2024-05-31')).toBe(false);
    expect(evaluationDue(plan, '2024-06-01')).toBe(true);
    expect(evaluationDue(plan, '2024-07-01', '2024-06-03')).toBe(false);
  });

  it('names what is missing, including an open maatwerk test', () => {
    const plan: PlanData = {
      ...emptyPlan(),
      actions: [
        {
          id: nextId(),
          what: 'Begeleiding thuis',
          actor: 'partner',
          actorName: 'Binding',
          status: 'concept',
          level: 'maatwerk',
          maatwerkTest: {
            draagvlak: { met: true },
            rendement: { met: null },
            legitimiteit: { met: true },
          },
        },
      ],
    };
    expect(planGaps(plan).map((gap) => gap.code)).toEqual([
      'no-goals',
      'no-regisseur',
      'no-evaluation-date',
      'no-agreement',
      'maatwerk-test-open',
    ]);
  });

  it('refuses an action for an unknown goal and a protest without words', () => {
    const result = PlanDataSchema.safeParse({
      ...emptyPlan(),
      actions: [{ id: nextId(), goalId: nextId(), what: 'x', actor: 'inwoner', status: 'concept' }],
      agreement: { status: 'akkoord-onder-protest', date: '2024-03-01' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'actions.0.goalId',
      'agreement.note',
    ]);
  });

  it('writes the plan text with regisseur, goals, actions and the agreement', () => {
    const plan: PlanData = {
      ...build2(),
      regisseur: { kind: 'gezinslid', personId: PERSON_ID, name: 'Fatma' },
      agreement: { status: 'akkoord-onder-protest', date: '2024-03-02', note: 'Liever sneller' },
      consent: [
        {
          id: nextId(),
          partner: 'RSD',
          what: 'inkomen en schulden',
          given: true,
          date: '2024-03-02',
        },
      ],
    };
    const text = toPlainText(writePlanText({ householdLabel: 'Gezin El Amrani', persons, plan }));
    for (const fact of [
      'Plan van Gezin El Amrani',
      'Fatma houdt het overzicht.',
      'Hoe je je voelt, voor Fatma: "Minder piekeren over geld"',
      'Fatma belt Schuldhulpmaatje. Wie: Fatma. Klaar op 15 maart 2024. Stand: afgesproken.',
      'We kijken samen terug op 1 juni 2024.',
      'Met RSD mogen we delen: inkomen en schulden.',
      '"Liever sneller"',
      'meldcode',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).not.toMatch(/\{\w+\}/);
  });
});

function build2(): PlanData {
  return planFromConversation({
    conversation: conversation({ safetyConcern: true }),
    decisions: [],
    previous: emptyPlan(),
    newId: nextId,
  });
}
