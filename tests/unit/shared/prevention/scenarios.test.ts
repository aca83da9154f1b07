import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../shared/prevention/engine';
import { SuggestResultSchema, type SuggestResult } from '../../../../shared/prevention/result';
import type { KaderId, PreventionLevel } from '../../../../shared/prevention/vocabulary';
import { PROFILES } from '../../../../shared/profiles/registry';
import { exampleCaseFiles, ids, loadCase, NOW_2024, rankOf, WBD } from './helpers';

// Households written from the seeds (docs/examples/cases), each with what the Wijk bij Duurstede
// profile must advise. docs/case-format.md lists them with what each one shows.

interface Expectation {
  readonly file: string;
  readonly level: PreventionLevel;
  readonly normaliseren?: 'geen-zorgen' | 'gewone-leven';
  /** The first suggestions, in this order. */
  readonly top: readonly string[];
  readonly contains: readonly string[];
  readonly excludes: readonly string[];
  /** Kaders that suggestion must cite. */
  readonly kaders?: Readonly<Record<string, readonly KaderId[]>>;
  /** Pairs [a, b]: a ranks before b. */
  readonly before?: readonly (readonly [string, string])[];
  readonly extra?: (result: SuggestResult) => void;
}

const SCENARIOS: readonly Expectation[] = [
  {
    // MAG K1 footnote 6, bijlage 2: valpreventie and eetprojecten for older people living alone.
    file: '01-oudere-alleen-valrisico.json',
    level: 'selectief',
    top: ['eigen-kracht', 'netwerk'],
    contains: [
      'valpreventie',
      'eetprojecten-ouderen',
      'reablement-ergotherapie',
      'wijkhuiskamer-de-heul',
    ],
    excludes: ['huisarts', 'hulpverlening-binding', 'jongerenwerk', 'steunouders'],
    kaders: { valpreventie: ['K1', 'K2'], 'wijkhuiskamer-de-heul': ['K3'] },
    before: [['wijkhuiskamer-de-heul', 'valpreventie']],
  },
  {
    // Divorce (life event), debts with overview, a child of concern: selective support.
    file: '02-scheiding-schulden-kind.json',
    level: 'selectief',
    top: ['eigen-kracht', 'netwerk'],
    contains: [
      'startpunt-scheiden',
      'schuldhelpmaatje',
      'grip-op-de-knip',
      'opvoedondersteuning',
      'steunouders',
      'jeugdgezondheidszorg',
    ],
    excludes: ['schuldhulpverlening-rsd', 'hulpverlening-binding', 'meldcode'],
    kaders: { 'startpunt-scheiden': ['K2', 'K3'], steunouders: ['K5'] },
    extra: (result) => {
      expect(result.flags.bestaanszekerheid).toBe(false);
      const loket = result.suggestions.find((entry) => entry.catalogueId === 'startpunt-scheiden');
      expect(loket?.evidence[0]?.field).toBe('scheiding');
    },
  },
  {
    // No income (level 4) and no startkwalificatie: bestaanszekerheid first (rule 6), and the
    // confirmed balance is strongly negative, so no eigen kracht (rule 5).
    file: '03-jongvolwassene-zonder-startkwalificatie.json',
    level: 'maatwerk',
    top: ['inkomensondersteuning-rsd'],
    contains: ['werk-biga', 'jongerenwerk', 'hulpverlening-binding'],
    excludes: ['eigen-kracht', 'schuldhulpverlening-rsd', 'schuldhelpmaatje', 'valpreventie'],
    before: [['inkomensondersteuning-rsd', 'werk-biga']],
    extra: (result) => {
      expect(result.flags.bestaanszekerheid).toBe(true);
      expect(result.suggestions[0]?.tier).toBe('bestaanszekerheid');
    },
  },
  {
    file: '04-zonder-zorgen.json',
    level: 'universeel',
    normaliseren: 'geen-zorgen',
    top: ['vrijwilligerswerk-binding'],
    contains: [],
    excludes: ['eigen-kracht', 'grip-op-de-knip', 'huisarts'],
    kaders: { 'vrijwilligerswerk-binding': ['K4', 'K5'] },
    extra: (result) => {
      expect(result.suggestions.every((entry) => entry.level === 'universeel')).toBe(true);
    },
  },
  {
    // Rule 7: the meldcode and Veilig Thuis first, whatever else plays.
    file: '05-zorg-over-veiligheid.json',
    level: 'veiligheid',
    top: ['meldcode', 'veilig-thuis'],
    contains: ['opvoedondersteuning', 'welzijn-op-recept'],
    excludes: [],
    kaders: { meldcode: ['K2', 'K6'] },
    extra: (result) => {
      expect(result.flags.veiligheid).toBe(true);
      const others = result.suggestions.slice(2);
      expect(others.every((entry) => !entry.signals.includes('veiligheid'))).toBe(true);
    },
  },
  {
    // Brug Schulden 4: no eigen kracht, support and a warme overdracht, money first.
    file: '06-schulden-zonder-overzicht.json',
    level: 'maatwerk',
    top: ['schuldhelpmaatje'],
    contains: [
      'grip-op-de-knip',
      'vroeg-erop-af',
      'schuldhulpverlening-rsd',
      'hulpverlening-binding',
    ],
    excludes: ['eigen-kracht'],
    kaders: { 'schuldhulpverlening-rsd': ['K6', 'K7'], 'hulpverlening-binding': ['K6'] },
    before: [
      ['schuldhulpverlening-rsd', 'netwerk'],
      ['hulpverlening-binding', 'welzijn-op-recept'],
    ],
    extra: (result) => {
      expect(result.flags.grenzen[0]?.codes).toEqual([
        'balans-sterk-negatief',
        'schulden-zonder-overzicht',
      ]);
    },
  },
  {
    file: '07-overbelaste-mantelzorger.json',
    level: 'maatwerk',
    top: ['mantelzorgondersteuning'],
    contains: ['hulpverlening-binding', 'welzijn-op-recept', 'netwerk'],
    excludes: ['eigen-kracht'],
    kaders: { mantelzorgondersteuning: ['K6'] },
    extra: (result) => {
      expect(result.flags.grenzen[0]?.codes).toEqual(['mantelzorger-overbelast']);
    },
  },
  {
    file: '08-eenzaam-na-overlijden.json',
    level: 'selectief',
    top: ['eigen-kracht', 'netwerk'],
    contains: [
      'wijkhuiskamer-de-heul',
      'welzijn-op-recept',
      'eetprojecten-ouderen',
      'verbonden-buurt',
    ],
    excludes: ['hulpverlening-binding', 'valpreventie'],
    before: [['wijkhuiskamer-de-heul', 'welzijn-op-recept']],
  },
  {
    file: '09-laaggeletterd-digitaal.json',
    level: 'selectief',
    top: ['eigen-kracht', 'netwerk', 'bibliotheek-taal-digitaal'],
    contains: [],
    excludes: ['hulpverlening-binding', 'grip-op-de-knip'],
    kaders: { 'bibliotheek-taal-digitaal': ['K1', 'K3'] },
  },
  {
    file: '10-langdurig-werkloos.json',
    level: 'selectief',
    top: ['eigen-kracht', 'netwerk', 'vrijwilligerswerk-binding'],
    contains: ['werk-biga', 'welzijn-op-recept'],
    excludes: ['hulpverlening-binding', 'schuldhulpverlening-rsd'],
    kaders: { 'vrijwilligerswerk-binding': ['K4'], 'werk-biga': ['K2'] },
    before: [['vrijwilligerswerk-binding', 'werk-biga']],
  },
  {
    file: '11-kind-overgewicht.json',
    level: 'selectief',
    top: ['eigen-kracht', 'netwerk'],
    contains: ['sport-en-bewegen', 'jeugdgezondheidszorg', 'healthy-moves', 'opvoedondersteuning'],
    excludes: ['gli', 'valpreventie', 'welzijn-op-recept', 'reablement-ergotherapie'],
    before: [['sport-en-bewegen', 'healthy-moves']],
    extra: (result) => {
      const sport = result.suggestions.find((entry) => entry.catalogueId === 'sport-en-bewegen');
      expect(sport?.opgave).toBe('t1-leefstijl-jeugd');
    },
  },
  {
    // MAG §3.3 footnote 12: Vroeg erop af with Viveste for a rent arrear.
    file: '12-huurachterstand.json',
    level: 'selectief',
    top: ['eigen-kracht', 'netwerk'],
    contains: ['vroeg-erop-af', 'grip-op-de-knip', 'schuldhelpmaatje', 'inkomensondersteuning-rsd'],
    excludes: ['schuldhulpverlening-rsd', 'hulpverlening-binding'],
    kaders: { 'vroeg-erop-af': ['K2'] },
    extra: (result) => {
      const money = result.suggestions.find(
        (entry) => entry.catalogueId === 'inkomensondersteuning-rsd',
      );
      expect(money?.evidence).toContainEqual(
        expect.objectContaining({ instrumentId: 'levensgebeurtenis', field: 'inkomensdaling' }),
      );
    },
  },
  {
    file: '13-psychische-klachten-langdurig.json',
    level: 'geindiceerd',
    top: ['eigen-kracht', 'netwerk'],
    contains: ['huisarts', 'welzijn-op-recept', 'wmo-begeleiding-groep'],
    excludes: ['hulpverlening-binding', 'mentor-buddy-ervaringsdeskundige'],
    before: [['welzijn-op-recept', 'huisarts']],
  },
  {
    file: '14-gewone-dip.json',
    level: 'universeel',
    normaliseren: 'gewone-leven',
    top: ['eigen-kracht', 'netwerk'],
    contains: ['wijkhuiskamer-de-heul', 'sport-en-bewegen'],
    excludes: ['welzijn-op-recept', 'verbonden-buurt', 'huisarts'],
    extra: (result) => {
      expect(result.suggestions.every((entry) => entry.level === 'universeel')).toBe(true);
    },
  },
];

describe('scenario households (Wijk bij Duurstede)', () => {
  it('covers every example case file', () => {
    expect(SCENARIOS.map((scenario) => scenario.file)).toEqual(exampleCaseFiles());
  });

  it.each(SCENARIOS)('$file', (scenario) => {
    const result = SuggestResultSchema.parse(suggest(loadCase(scenario.file), WBD, NOW_2024));
    expect(result.level).toBe(scenario.level);
    expect(result.normaliseren?.code).toBe(scenario.normaliseren);
    expect(ids(result).slice(0, scenario.top.length)).toEqual(scenario.top);
    expect(ids(result)).toEqual(expect.arrayContaining([...scenario.contains]));
    for (const excluded of scenario.excludes) {
      expect(ids(result)).not.toContain(excluded);
    }
    for (const [catalogueId, kaders] of Object.entries(scenario.kaders ?? {})) {
      const found = result.suggestions.find((entry) => entry.catalogueId === catalogueId);
      expect(found?.kaders, catalogueId).toEqual(expect.arrayContaining([...kaders]));
    }
    for (const [first, second] of scenario.before ?? []) {
      expect(rankOf(result, first), `${first} before ${second}`).toBeLessThan(
        rankOf(result, second),
      );
    }
    scenario.extra?.(result);
  });
});

describe('every example case against every profile', () => {
  const files = exampleCaseFiles();
  it.each(PROFILES.map((profile) => [profile.id, profile] as const))('%s', (_id, profile) => {
    for (const file of files) {
      const result = SuggestResultSchema.parse(suggest(loadCase(file), profile, NOW_2024));
      const catalogue = new Set(profile.catalogue.map((entry) => entry.id));
      expect(result.profile.id).toBe(profile.id);
      for (const suggestion of result.suggestions) {
        expect(catalogue.has(suggestion.catalogueId), `${file}: ${suggestion.catalogueId}`).toBe(
          true,
        );
      }
      if (result.flags.veiligheid) {
        expect(ids(result).slice(0, profile.routes.safety.length)).toEqual(profile.routes.safety);
      }
      if (result.flags.grenzen.length > 0) {
        expect(ids(result)).toContain(profile.routes.warmeOverdracht);
      }
    }
  });

  it('gives the same level in every profile: the level follows signals and balance, not the catalogue', () => {
    for (const file of files) {
      const levels = new Set(
        PROFILES.map((profile) => suggest(loadCase(file), profile, NOW_2024).level),
      );
      expect(levels.size, file).toBe(1);
    }
  });
});
