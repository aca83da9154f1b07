import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVE_MODEL } from '../../../../shared/instruments/ave';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../../../../shared/instruments/brug';
import { incomeThresholdsForSize } from '../../../../shared/instruments/brug-scoring';
import { applyBrugTextSet, type BrugTextSet } from '../../../../shared/instruments/brug-texts';
import {
  AveModelSchema,
  BalanceDefinitionSchema,
  BalanceThresholdsSchema,
  BrugDefinitionSchema,
  IncomeThresholdsSchema,
  InstrumentDefinitionSchema,
  KansencirkelDefinitionSchema,
  PgDefinitionSchema,
  type LifeEventDefinition,
} from '../../../../shared/instruments/definition-schema';
import {
  DEFAULT_BALANCE_THRESHOLDS,
  DRAAGKRACHT_DRAAGLAST,
} from '../../../../shared/instruments/draagkracht-draaglast';
import { DEFAULT_FACTOR_PROPOSAL_RULES } from '../../../../shared/instruments/factor-proposal-rules';
import { KANSENCIRKEL } from '../../../../shared/instruments/kansencirkel';
import {
  PG_JONGEREN,
  PG_KINDEREN,
  PG_VOLWASSENEN,
} from '../../../../shared/instruments/positieve-gezondheid';
import { findFactor, findLifeEvent, INSTRUMENTS } from '../../../../shared/instruments/registry';
import {
  FactorProposalRulesSchema,
  SignalDefinitionSchema,
  SignalThresholdsSchema,
  type FactorProposalRules,
} from '../../../../shared/instruments/rules-schema';
import {
  DEFAULT_SIGNAL_THRESHOLDS,
  SIGNAL_DEFINITIONS,
} from '../../../../shared/instruments/signal-thresholds';
import {
  BrugColumnIdSchema,
  KansencirkelAreaIdSchema,
  PgAspectSchema,
  SignalIdSchema,
} from '../../../../shared/schemas/vocabulary';
import { parseWith } from '../../../../shared/schemas/zod-messages';
import { instrumentMessages } from '../../../../shared/messages/nl-instruments';

const TEXT_KEYS = new Set(['label', 'title', 'prompt', 'statement', 'text', 'description']);

/** Every string under a text key, with where it sits, anywhere in a definition. */
function texts(value: unknown, path = ''): { path: string; text: unknown }[] {
  if (Array.isArray(value)) {
    return (value as unknown[]).flatMap((item, index) => texts(item, `${path}.${String(index)}`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]: [string, unknown]) => [
      ...(TEXT_KEYS.has(key) ? [{ path: `${path}.${key}`, text: item }] : []),
      ...texts(item, `${path}.${key}`),
    ]);
  }
  return [];
}

/** Every list of objects with an `id`, so uniqueness can be checked per list. */
function idLists(value: unknown, path = ''): { path: string; ids: unknown[] }[] {
  if (Array.isArray(value)) {
    const ids = value.flatMap((item: unknown) =>
      typeof item === 'object' && item !== null && 'id' in item ? [item.id] : [],
    );
    return [
      ...(ids.length > 0 ? [{ path, ids }] : []),
      ...value.flatMap((item, index) => idLists(item, `${path}.${String(index)}`)),
    ];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => idLists(item, `${path}.${key}`));
  }
  return [];
}

const ALL_DATA = {
  INSTRUMENTS,
  AVE_MODEL,
  SIGNAL_DEFINITIONS,
  DEFAULT_SIGNAL_THRESHOLDS,
  DEFAULT_FACTOR_PROPOSAL_RULES,
};

describe('definitions are valid data', () => {
  it.each([
    ['Positieve Gezondheid volwassenen', PgDefinitionSchema, PG_VOLWASSENEN],
    ['Positieve Gezondheid jongeren', PgDefinitionSchema, PG_JONGEREN],
    ['Positieve Gezondheid kinderen', PgDefinitionSchema, PG_KINDEREN],
    ['Brug', BrugDefinitionSchema, BRUG],
    ['inkomensgrenzen 2019', IncomeThresholdsSchema, BRUG_INCOME_THRESHOLDS_2019],
    ['draagkracht en draaglast', BalanceDefinitionSchema, DRAAGKRACHT_DRAAGLAST],
    ['balansgrenzen', BalanceThresholdsSchema, DEFAULT_BALANCE_THRESHOLDS],
    ['Kansencirkel', KansencirkelDefinitionSchema, KANSENCIRKEL],
    ['AVE', AveModelSchema, AVE_MODEL],
    ['signaalgrenzen', SignalThresholdsSchema, DEFAULT_SIGNAL_THRESHOLDS],
    ['voorstelregels', FactorProposalRulesSchema, DEFAULT_FACTOR_PROPOSAL_RULES],
  ] as const)('%s parses with its schema', (_name, schema, data) => {
    const result = parseWith(schema, data);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('every instrument parses with the common instrument schema', () => {
    for (const definition of INSTRUMENTS) {
      expect(InstrumentDefinitionSchema.safeParse(definition).success, definition.id).toBe(true);
    }
    for (const signal of SIGNAL_DEFINITIONS) {
      expect(SignalDefinitionSchema.safeParse(signal).success, signal.id).toBe(true);
    }
  });

  it('every id is unique within its list, and instrument ids are kebab-case', () => {
    const lists = idLists(ALL_DATA);
    expect(lists.length).toBeGreaterThan(10);
    for (const { path, ids } of lists) {
      expect(new Set(ids).size, path).toBe(ids.length);
    }
    for (const definition of INSTRUMENTS) {
      expect(definition.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('factor ids are unique across the whole catalogue, not only per sphere', () => {
    const ids = DRAAGKRACHT_DRAAGLAST.spheres.flatMap((sphere) => sphere.factors.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every label, title, prompt and statement is non-empty text', () => {
    const found = texts(ALL_DATA);
    expect(found.length).toBeGreaterThan(150);
    for (const { path, text } of found) {
      expect(typeof text, path).toBe('string');
      expect(String(text).trim().length, path).toBeGreaterThan(0);
    }
  });

  it('every instrument has a source and a licence note', () => {
    for (const definition of INSTRUMENTS) {
      expect(definition.source.length, definition.id).toBeGreaterThan(20);
      expect(definition.licence.length, definition.id).toBeGreaterThan(20);
    }
  });
});

// Literal copies of DOMAIN.md ("Instruments"), so a change in the code cannot pass by changing
// the expectation with it. Brug pillars as in docs/instruments.md (the source's five pillars).
const DOMAIN_PG = {
  'positieve-gezondheid-volwassenen': [
    ['Lichaamsfuncties', 'lichamelijk'],
    ['Mentaal welbevinden', 'mentaal'],
    ['Zingeving', 'zingeving'],
    ['Kwaliteit van leven', 'kwaliteit-van-leven'],
    ['Meedoen', 'meedoen'],
    ['Dagelijks functioneren', 'dagelijks-functioneren'],
  ],
  'positieve-gezondheid-jongeren': [
    ['Mijn lichaam', 'lichamelijk'],
    ['Mijn gevoelens en gedachten', 'mentaal'],
    ['Zingeving', 'zingeving'],
    ['Kwaliteit van leven', 'kwaliteit-van-leven'],
    ['Meedoen', 'meedoen'],
    ['Dagelijks leven', 'dagelijks-functioneren'],
  ],
  'positieve-gezondheid-kinderen': [
    ['Mijn lichaam', 'lichamelijk'],
    ['Mijn gevoelens en gedachten', 'mentaal'],
    ['Lekker in je vel', 'kwaliteit-van-leven'],
    ['Nu en later', 'zingeving'],
    ['Meedoen', 'meedoen'],
    ['Dagelijks leven', 'dagelijks-functioneren'],
  ],
} as const;

const DOMAIN_BRUG_COLUMNS = [
  ['Wonen', 'Thuis'],
  ['Zorg voor anderen', 'Thuis'],
  ['Gezondheid', 'Welzijn'],
  ['Sociale contacten', 'Welzijn'],
  ['Schulden', 'Geldzaken'],
  ['Spaargeld', 'Geldzaken'],
  ['Diploma', 'Opleiding'],
  ['Inkomen', 'Werk'],
] as const;

// persons, A, B (EUR net per month, 2019)
const DOMAIN_THRESHOLDS_2019 = [
  [1, 1305, 490],
  [2, 2320, 890],
  [3, 2920, 1095],
  [4, 3275, 1230],
] as const;

describe('what DOMAIN.md names', () => {
  it.each([PG_VOLWASSENEN, PG_JONGEREN, PG_KINDEREN])(
    '$id has the six dimensions of DOMAIN.md, scored 0-10, one per aspect',
    (definition) => {
      expect(definition.dimensions.map((dimension) => [dimension.label, dimension.aspect])).toEqual(
        DOMAIN_PG[definition.id],
      );
      for (const dimension of definition.dimensions) {
        expect([dimension.min, dimension.max]).toEqual([0, 10]);
      }
    },
  );

  it('Brug has the eight columns of DOMAIN.md in five pillars, each with four levels', () => {
    const pillarLabel = new Map<string, string>(
      BRUG.pillars.map((pillar) => [pillar.id, pillar.label]),
    );
    expect(BRUG.pillars.map((pillar) => pillar.label)).toEqual([
      'Thuis',
      'Welzijn',
      'Geldzaken',
      'Opleiding',
      'Werk',
    ]);
    expect(
      BRUG.dimensions.map((column) => [column.label, pillarLabel.get(column.pillarId)]),
    ).toEqual(DOMAIN_BRUG_COLUMNS);
    // Stored answers refer to these ids, so they are pinned literally too.
    expect(BRUG.dimensions.map((column) => [column.id, column.pillarId])).toEqual([
      ['wonen', 'thuis'],
      ['zorg-voor-anderen', 'thuis'],
      ['gezondheid', 'welzijn'],
      ['sociale-contacten', 'welzijn'],
      ['schulden', 'geldzaken'],
      ['spaargeld', 'geldzaken'],
      ['diploma', 'opleiding'],
      ['inkomen', 'werk'],
    ]);
    for (const column of BRUG.dimensions) {
      expect(
        column.levels.map((level) => level.level),
        column.id,
      ).toEqual([1, 2, 3, 4]);
    }
  });

  it('Brug income thresholds are the 2019 numbers of DOMAIN.md', () => {
    expect(BRUG_INCOME_THRESHOLDS_2019.year).toBe(2019);
    expect(BRUG_INCOME_THRESHOLDS_2019.bySize.map((row) => [row.size, row.a, row.b])).toEqual(
      DOMAIN_THRESHOLDS_2019,
    );
    for (const [size, a, b] of DOMAIN_THRESHOLDS_2019) {
      expect(incomeThresholdsForSize(BRUG_INCOME_THRESHOLDS_2019, size)).toEqual({ a, b });
    }
  });

  it('draagkracht en draaglast has the three spheres of the MAG with both sides in each', () => {
    expect(DRAAGKRACHT_DRAAGLAST.spheres.map((sphere) => sphere.id)).toEqual([
      'persoonlijk',
      'sociaal',
      'maatschappelijk-economisch',
    ]);
    for (const sphere of DRAAGKRACHT_DRAAGLAST.spheres) {
      const sides = new Set(sphere.factors.map((factor) => factor.side));
      expect(sides, sphere.id).toEqual(new Set(['draagkracht', 'draaglast']));
    }
    const events = DRAAGKRACHT_DRAAGLAST.lifeEvents.map((event) => event.id);
    expect(events).toEqual(
      expect.arrayContaining([
        'scheiding',
        'baanverlies',
        'geboorte',
        'ziekte',
        'overlijden',
        'verhuizing',
      ]),
    );
    const lifeEvents: readonly LifeEventDefinition[] = DRAAGKRACHT_DRAAGLAST.lifeEvents;
    for (const event of lifeEvents) {
      if (event.relatedFactorId !== undefined) {
        expect(findFactor(event.relatedFactorId)?.factor.side, event.id).toBe('draaglast');
      }
    }
  });

  it('Kansencirkel has eight areas with three statuses', () => {
    expect(KANSENCIRKEL.dimensions.map((area) => area.id)).toEqual(
      KansencirkelAreaIdSchema.options,
    );
    expect(KANSENCIRKEL.statuses.map((status) => status.id)).toEqual([
      'gaat-goed',
      'aandacht',
      'zorg',
    ]);
  });

  it('AVE has phases 1-4 from groen to donkerrood, each with casusregie and procesregie', () => {
    expect(AVE_MODEL.phases.map((phase) => [phase.phase, phase.colour])).toEqual([
      [1, 'groen'],
      [2, 'geel'],
      [3, 'oranje-rood'],
      [4, 'donkerrood'],
    ]);
    for (const phase of AVE_MODEL.phases) {
      expect(phase.casusregie.label.length).toBeGreaterThan(0);
      expect(phase.procesregie.label.length).toBeGreaterThan(0);
      expect(phase.scaleUp.length === 0, `phase ${String(phase.phase)} up`).toBe(phase.phase === 4);
      expect(phase.scaleDown.length === 0, `phase ${String(phase.phase)} down`).toBe(
        phase.phase === 1,
      );
    }
  });
});

describe('texts say one thing, in the words of the reader', () => {
  const statements = (columnId: string) =>
    BRUG.dimensions
      .find((column) => column.id === columnId)
      ?.levels.map((level) => level.statement) ?? [];
  const words = (text: string) => text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  const residentTexts = [
    BRUG.description,
    ...BRUG.dimensions.flatMap((column) => column.levels.map((level) => level.statement)),
    ...[PG_VOLWASSENEN, PG_JONGEREN, PG_KINDEREN].flatMap((definition) => [
      definition.description,
      ...definition.dimensions.map((dimension) => dimension.prompt),
      ...definition.followUpQuestions.map((question) => question.text),
    ]),
    DRAAGKRACHT_DRAAGLAST.description,
    ...DRAAGKRACHT_DRAAGLAST.spheres.flatMap((sphere) => [
      sphere.description,
      ...sphere.factors.map((factor) => factor.label),
    ]),
    ...DRAAGKRACHT_DRAAGLAST.lifeEvents.map((event) => event.label),
  ];

  it('Brug statements are "ik"-sentences of the resident', () => {
    for (const column of BRUG.dimensions) {
      for (const level of column.levels) {
        expect(words(level.statement), `${column.id} ${String(level.level)}`).toEqual(
          expect.arrayContaining([expect.stringMatching(/^(ik|mij|mijn)$/)]),
        );
      }
    }
  });

  it('Wonen 1-3 fit tenants as well as owners', () => {
    const wonen = statements('wonen');
    for (const statement of wonen.slice(0, 3)) {
      expect(statement).toMatch(/^Ik heb een vaste woonplek \(huur of koop\)\. /);
    }
    expect(wonen.join(' ')).not.toMatch(/eigen woning/);
    expect(wonen[3]).toMatch(/^Ik heb geen vaste woonplek\. /);
  });

  it('Inkomen speaks of the household at every level', () => {
    for (const statement of statements('inkomen')) {
      expect(statement).toMatch(/^Mijn huishouden heeft /);
    }
    expect(statements('inkomen')[3]).toBe('Mijn huishouden heeft geen inkomen.');
  });

  it('Schulden 1 does not contradict itself', () => {
    expect(statements('schulden')[0]).toBe(
      'Ik heb geen schulden, of alleen een hypotheek of studieschuld.',
    );
  });

  it('Diploma has a level for everyone: the highest diploma decides', () => {
    const diploma = statements('diploma');
    expect(diploma[2]).toMatch(/vmbo/);
    expect(
      diploma.slice(0, 3).every((statement) => statement.startsWith('Mijn hoogste diploma')),
    ).toBe(true);
  });

  it('columns about time and energy name the same things at every level', () => {
    for (const columnId of ['zorg-voor-anderen', 'gezondheid']) {
      for (const statement of statements(columnId)) {
        expect(statement, columnId).toMatch(/tijd en energie over voor werk, school en gezin\.$/);
      }
    }
  });

  it('every Positieve Gezondheid prompt asks for the mark in the same words', () => {
    for (const definition of [PG_VOLWASSENEN, PG_JONGEREN, PG_KINDEREN]) {
      for (const dimension of definition.dimensions) {
        expect(dimension.prompt, `${definition.id} ${dimension.id}`).toMatch(
          /[.?] Welk cijfer geef je\?$/,
        );
      }
    }
    expect(PG_VOLWASSENEN.dimensions[5].prompt).not.toMatch(/grenzen kennen/);
  });

  it('residents read no jargon and are addressed with je, never with u', () => {
    for (const text of residentTexts) {
      expect(text).not.toMatch(/startkwalificatie/i);
      expect(words(text), text).not.toEqual(expect.arrayContaining(['u', 'uw']));
    }
  });

  it('the professional is addressed with u, never with je', () => {
    const aveTexts = texts(AVE_MODEL).map(({ text }) => String(text));
    for (const text of [...aveTexts, ...Object.values(instrumentMessages)]) {
      expect(words(text), text).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(je|jij|jou|jouw|jezelf)$/)]),
      );
    }
  });
});

describe('rule tables refer to what exists', () => {
  it('signal thresholds cover every aspect, column and area and name catalogue ids', () => {
    const thresholds = DEFAULT_SIGNAL_THRESHOLDS;
    expect(new Set(thresholds.positieveGezondheid.aspects.map((rule) => rule.aspect))).toEqual(
      new Set(PgAspectSchema.options),
    );
    expect(new Set(thresholds.brug.map((rule) => rule.columnId))).toEqual(
      new Set(BrugColumnIdSchema.options),
    );
    expect(new Set(thresholds.kansencirkel.areas.map((rule) => rule.areaId))).toEqual(
      new Set(KansencirkelAreaIdSchema.options),
    );
    for (const rule of thresholds.factors.rules) {
      expect(findFactor(rule.factorId)?.factor.side, rule.factorId).toBe('draaglast');
    }
    for (const rule of thresholds.lifeEvents.rules) {
      expect(findLifeEvent(rule.eventId), rule.eventId).toBeDefined();
    }
    expect(SIGNAL_DEFINITIONS.map((signal) => signal.id)).toEqual(SignalIdSchema.options);
  });

  it('proposal rules name catalogue factors on the right side', () => {
    const rules: FactorProposalRules = DEFAULT_FACTOR_PROPOSAL_RULES;
    for (const rule of rules.positieveGezondheid) {
      if (rule.draagkracht !== null) {
        expect(findFactor(rule.draagkracht.factorId)?.factor.side).toBe('draagkracht');
      }
      if (rule.draaglast !== null) {
        expect(findFactor(rule.draaglast.factorId)?.factor.side).toBe('draaglast');
      }
    }
    for (const rule of DEFAULT_FACTOR_PROPOSAL_RULES.brug) {
      for (const factor of rule.factors) {
        expect(findFactor(factor.factorId), factor.factorId).toBeDefined();
      }
    }
  });

  it('per Brug column a worse level never proposes more draagkracht or less draaglast', () => {
    // Sufficient for "a worse level never improves the balance" (proposals keep a factor's heaviest
    // weight): factors other rules also propose must each be monotone; the rest per sphere.
    const rules: FactorProposalRules = DEFAULT_FACTOR_PROPOSAL_RULES;
    const signedWeight = (factorId: string, weight: number) =>
      findFactor(factorId)?.factor.side === 'draagkracht' ? weight : -weight;
    const proposedBy = (columnId: string, level: number) =>
      rules.brug
        .filter((rule) => rule.columnId === columnId && rule.level === level)
        .flatMap((rule) => rule.factors);
    for (const columnId of BrugColumnIdSchema.options) {
      const own = new Set(
        [1, 2, 3, 4].flatMap((level) => proposedBy(columnId, level).map((f) => f.factorId)),
      );
      const elsewhere = new Set([
        ...rules.brug
          .filter((rule) => rule.columnId !== columnId)
          .flatMap((rule) => rule.factors.map((f) => f.factorId)),
        ...rules.positieveGezondheid.flatMap((rule) => [
          rule.draagkracht?.factorId,
          rule.draaglast?.factorId,
        ]),
      ]);
      const shared = [...own].filter((factorId) => elsewhere.has(factorId));
      const value = (level: number, factorIds: readonly string[]) =>
        proposedBy(columnId, level)
          .filter((factor) => factorIds.includes(factor.factorId))
          .reduce((sum, factor) => sum + signedWeight(factor.factorId, factor.weight), 0);
      const exclusiveBySphere = (sphere: string) =>
        [...own].filter(
          (factorId) => !elsewhere.has(factorId) && findFactor(factorId)?.sphere === sphere,
        );
      for (const level of [1, 2, 3]) {
        for (const factorId of shared) {
          expect(
            value(level + 1, [factorId]),
            `${columnId} ${factorId} ${String(level)}`,
          ).toBeLessThanOrEqual(value(level, [factorId]));
        }
        for (const sphere of DRAAGKRACHT_DRAAGLAST.spheres) {
          const ids = exclusiveBySphere(sphere.id);
          expect(
            value(level + 1, ids),
            `${columnId} ${sphere.id} ${String(level)}`,
          ).toBeLessThanOrEqual(value(level, ids));
        }
      }
    }
  });
});

describe('imported Brug texts keep the definition sound', () => {
  const statement = fc.string({ minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== '');
  const column = fc.record({
    columnId: fc.constantFrom(...BrugColumnIdSchema.options),
    levels: fc
      .tuple(statement, statement, statement, statement)
      .map((texts) =>
        texts.map((text, index) => ({ level: (index + 1) as 1 | 2 | 3 | 4, statement: text })),
      ),
  });

  it('keeps ids unique, labels non-empty and the schema satisfied', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(column, { selector: (entry) => entry.columnId, minLength: 1 }),
        (columns) => {
          const textSet: BrugTextSet = {
            format: 'keukentafel-brug-teksten',
            formatVersion: 1,
            instrumentId: 'brug-naar-zelfredzaamheid',
            instrumentVersion: '1.0.0',
            textSetId: 'test',
            textSetVersion: '1',
            title: 'Test',
            source: 'Test',
            licence: 'Test',
            columns,
          };
          const applied = applyBrugTextSet(BRUG, textSet);
          expect(BrugDefinitionSchema.safeParse(applied).success).toBe(true);
          expect(applied.dimensions.map((entry) => entry.id)).toEqual(BrugColumnIdSchema.options);
          for (const { path, text } of texts(applied)) {
            expect(String(text).trim().length, path).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
