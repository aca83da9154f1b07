import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLifeEvent } from '../../../../shared/instruments/registry';
import { GENERIC_ENTRY_IDS, SAFETY_ROUTE } from '../../../../shared/profiles/generic';
import {
  checkProfile,
  formatProfileIssue,
  importProfile,
  parseProfile,
  serializeProfile,
  type ProfileIssue,
} from '../../../../shared/profiles/parse';
import {
  DEFAULT_PROFILE_ID,
  findProfile,
  PROFILES,
  resolveProfile,
} from '../../../../shared/profiles/registry';
import { ProfileSchema, type Profile } from '../../../../shared/profiles/schema';

const ROOT = join(import.meta.dirname, '../../../..');
const SEEDS = join(ROOT, '../shared/seeds');
const EXAMPLES = join(ROOT, 'docs/examples/profiles');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

function wbd(): Profile {
  const found = findProfile(DEFAULT_PROFILE_ID);
  if (found === undefined) {
    throw new Error('default profile missing');
  }
  return found;
}

/** A deep copy as plain JSON, to break on purpose. */
function broken(
  mutate: (data: { catalogue: Record<string, unknown>[] } & Record<string, unknown>) => void,
): string {
  const data = JSON.parse(serializeProfile(wbd())) as {
    catalogue: Record<string, unknown>[];
  } & Record<string, unknown>;
  mutate(data);
  return JSON.stringify(data);
}

function issuesOf(input: unknown): readonly ProfileIssue[] {
  const parsed = parseProfile(input);
  if (parsed.ok) {
    throw new Error('expected the profile to be refused');
  }
  return parsed.issues;
}

describe('the shipped profiles', () => {
  it('are Wijk bij Duurstede (the default and the largest), Maassluis, Maashorst and Maastricht', () => {
    expect(PROFILES.map((profile) => profile.id)).toEqual([
      'wijk-bij-duurstede',
      'maassluis',
      'maashorst',
      'maastricht',
    ]);
    expect(DEFAULT_PROFILE_ID).toBe('wijk-bij-duurstede');
    const sizes = PROFILES.map((profile) => profile.catalogue.length);
    expect(Math.max(...sizes)).toBe(wbd().catalogue.length);
  });

  it.each(PROFILES.map((profile) => [profile.id, profile] as const))(
    '%s parses, passes its checks and survives export and import unchanged',
    (_id, profile) => {
      expect(ProfileSchema.parse(profile)).toEqual(profile);
      expect(checkProfile(profile)).toEqual([]);
      const parsed = parseProfile(serializeProfile(profile));
      expect(parsed.ok && parsed.profile).toEqual(profile);
    },
  );

  it.each(PROFILES.map((profile) => [profile.id, profile] as const))(
    '%s holds the generic entries and the safety route',
    (_id, profile) => {
      const ids = profile.catalogue.map((entry) => entry.id);
      expect(ids).toEqual(expect.arrayContaining([...GENERIC_ENTRY_IDS]));
      expect(profile.routes.safety).toEqual(SAFETY_ROUTE);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('cites, for every entry and emphasis, a source document that exists, and its seed file', () => {
    for (const profile of PROFILES) {
      const documents = new Map(profile.sources.map((source) => [source.id, source]));
      for (const item of [...profile.catalogue, ...profile.emphases]) {
        expect(documents.has(item.source.documentId), `${profile.id}: ${item.id}`).toBe(true);
        expect(item.source.section.trim()).not.toBe('');
      }
      for (const source of profile.sources) {
        if (source.file !== undefined) {
          expect(existsSync(join(SEEDS, source.file)), source.file).toBe(true);
        }
      }
    }
  });

  it('takes local voorzieningen only from that gemeente’s own documents', () => {
    const generic = new Set<string>(GENERIC_ENTRY_IDS);
    for (const profile of PROFILES) {
      const own = new Set(
        profile.sources.filter((source) => source.file !== undefined).map((source) => source.id),
      );
      for (const entry of profile.catalogue.filter((item) => !generic.has(item.id))) {
        expect(own.has(entry.source.documentId), `${profile.id}: ${entry.id}`).toBe(true);
      }
    }
  });

  it('names the voorzieningen DOMAIN.md lists for Wijk bij Duurstede', () => {
    const ids = wbd().catalogue.map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'vrijwilligerswerk-binding',
        'inkomensondersteuning-rsd',
        'schuldhulpverlening-rsd',
        'werk-biga',
        'vroeg-erop-af',
        'bibliotheek-taal-digitaal',
        'welzijn-op-recept',
        'bewegen-op-recept',
        'reablement-ergotherapie',
        'valpreventie',
        'healthy-moves',
        'gli',
        'grip-op-de-knip',
        'schuldhelpmaatje',
        'startpunt-scheiden',
        'verbonden-buurt',
        'wijkhuiskamer-de-heul',
        'wmo-begeleiding-groep',
        'jongerenwerk',
        'steunouders',
        'mentor-buddy-ervaringsdeskundige',
        'mantelzorgondersteuning',
        'eetprojecten-ouderen',
        'sport-en-bewegen',
        'opvoedondersteuning',
        'hulpverlening-binding',
      ]),
    );
  });

  it('never lets a prevention option answer a safety concern, and names only known life events', () => {
    for (const profile of PROFILES) {
      for (const entry of profile.catalogue) {
        const safety = entry.triggers.signals.some((trigger) => trigger.signalId === 'veiligheid');
        expect(!safety || entry.level === 'veiligheid', `${profile.id}: ${entry.id}`).toBe(true);
        for (const eventId of entry.triggers.lifeEvents ?? []) {
          expect(findLifeEvent(eventId), eventId).toBeDefined();
        }
      }
    }
  });

  it('describes every entry in short sentences (B1: at most 25 words a sentence)', () => {
    for (const profile of PROFILES) {
      for (const entry of [...profile.catalogue, profile]) {
        for (const sentence of entry.description.split(/[.!?:]\s/)) {
          expect(sentence.split(/\s+/).length, `${profile.id}: ${entry.id}`).toBeLessThanOrEqual(
            25,
          );
        }
      }
    }
  });

  it('falls back to the default profile when the chosen one does not exist', () => {
    expect(resolveProfile('maashorst').id).toBe('maashorst');
    expect(resolveProfile('bestaat-niet').id).toBe(DEFAULT_PROFILE_ID);
    expect(resolveProfile(undefined).id).toBe(DEFAULT_PROFILE_ID);
    const own = { ...wbd(), id: 'maashorst', name: 'Eigen Maashorst' };
    expect(findProfile('maashorst', [own])?.name).toBe('Eigen Maashorst');
  });
});

describe('importing a profile', () => {
  it('accepts the example profile of a made-up gemeente', () => {
    const parsed = parseProfile(example('voorbeeldstad.json'));
    expect(parsed.ok && parsed.profile.id).toBe('voorbeeldstad');
  });

  it('refuses a broken entry, naming the entry by position and id, and the field', () => {
    const issues = issuesOf(example('kapot-profiel.json'));
    expect(issues.map((issue) => [issue.entry, issue.field])).toEqual([
      [{ index: 6, id: 'geldcafe' }, 'level'],
      [{ index: 7, id: 'sociaal-wijkteam' }, 'provider'],
    ]);
    expect(issues.map(formatProfileIssue)).toEqual([
      'Fout in het profiel bij voorziening 7 in de catalogus (id "geldcafe"): het veld "level" moet een van deze waarden zijn: eigen-kracht, netwerk, universeel, selectief, geindiceerd, maatwerk, veiligheid.',
      'Fout in het profiel bij voorziening 8 in de catalogus (id "sociaal-wijkteam"): het veld "provider" ontbreekt.',
    ]);
  });

  it('refuses references that do not hold: a safety trigger on a prevention option, an unknown route', () => {
    const issues = issuesOf(example('kapotte-verwijzing.json'));
    expect(issues.map(formatProfileIssue)).toEqual([
      expect.stringMatching(
        /^Fout in het profiel bij voorziening 6 in de catalogus \(id "buurthuis"\): het veld "triggers\.signals\[3\]\.signalId" noemt het signaal veiligheid/,
      ),
      'Fout in het profiel: het veld "routes.warmeOverdracht" noemt "wijkteam". Die voorziening staat niet in de catalogus.',
    ]);
  });

  it('names an entry without a usable id by its position only', () => {
    const issues = issuesOf(
      broken((data) => {
        const entry = data.catalogue[2];
        if (entry !== undefined) {
          entry['id'] = 'Geen Kebab';
        }
      }),
    );
    expect(issues.map(formatProfileIssue)).toContain(
      'Fout in het profiel bij voorziening 3 in de catalogus (id "Geen Kebab"): het veld "id" mag alleen kleine letters, cijfers en streepjes hebben.',
    );
    const noId = issuesOf(
      broken((data) => {
        delete data.catalogue[4]?.['id'];
      }),
    );
    expect(noId.map(formatProfileIssue)).toEqual([
      'Fout in het profiel bij voorziening 5 in de catalogus (zonder goede id): het veld "id" ontbreekt.',
    ]);
  });

  it('refuses duplicate ids, a missing generic entry, an unknown source and ages in the wrong order', () => {
    const duplicate = issuesOf(
      broken((data) => {
        const copy = { ...data.catalogue[6] };
        data.catalogue.push(copy);
      }),
    );
    expect(duplicate.map((issue) => [issue.problem, issue.field])).toEqual([
      ['prevention.problem.duplicateEntry', 'id'],
    ]);
    const generic = issuesOf(
      broken((data) => {
        data.catalogue = data.catalogue.filter((entry) => entry['id'] !== 'netwerk');
      }),
    );
    expect(generic.map(formatProfileIssue)).toEqual([
      'Fout in het profiel: het veld "catalogue" mist de voorziening "netwerk". Die hoort in elk profiel.',
    ]);
    const source = issuesOf(
      broken((data) => {
        const entry = data.catalogue[6];
        if (entry !== undefined) {
          entry['source'] = { documentId: 'onbekend-rapport', section: '§1' };
          entry['fit'] = { minAge: 65, maxAge: 18 };
        }
      }),
    );
    expect(source.map((issue) => [issue.problem, issue.field]).sort()).toEqual([
      ['prevention.problem.ageOrder', 'fit.maxAge'],
      ['prevention.problem.unknownSource', 'source.documentId'],
    ]);
  });

  it('refuses a route to an entry of the wrong level', () => {
    const issues = issuesOf(
      broken((data) => {
        data['routes'] = {
          safety: ['meldcode', 'huisarts'],
          warmeOverdracht: 'hulpverlening-binding',
        };
      }),
    );
    expect(issues.map(formatProfileIssue)).toEqual([
      'Fout in het profiel: het veld "routes.safety[2]" noemt "huisarts". Die voorziening moet het niveau "veiligheid" hebben.',
    ]);
  });

  it('refuses a file that is not JSON', () => {
    expect(issuesOf('{ "format": ').map(formatProfileIssue)).toEqual([
      "Fout in het profiel: is geen goed JSON-bestand. Kijk naar komma's, haakjes en aanhalingstekens.",
    ]);
  });

  it('changes nothing when the new profile is refused', () => {
    const current = wbd();
    const refused = importProfile(current, example('kapot-profiel.json'));
    expect(refused.profile).toBe(current);
    expect(refused.issues.length).toBe(2);
    const accepted = importProfile(current, example('voorbeeldstad.json'));
    expect(accepted.profile.id).toBe('voorbeeldstad');
    expect(accepted.issues).toEqual([]);
  });
});
