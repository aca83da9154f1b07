import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo, ReadResult } from '../../../scripts/cli/io';
import { main } from '../../../scripts/cli/main';
import { SuggestResultSchema } from '../../../shared/prevention/result';
import { serializeProfile } from '../../../shared/profiles/parse';
import { findProfile } from '../../../shared/profiles/registry';

const ROOT = join(import.meta.dirname, '../../..');
const file = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const CASE = 'docs/examples/cases/06-schulden-zonder-overzicht.json';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(
  argv: readonly string[],
  files: Record<string, string | ReadResult> = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readTextFile: (path) => {
      const found = files[path];
      if (found === undefined) {
        return Promise.resolve({ ok: false, reason: 'not-found' });
      }
      return Promise.resolve(typeof found === 'string' ? { ok: true, text: found } : found);
    },
    now: () => new Date('2024-07-01T12:00:00Z'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

interface Printed {
  level: string;
  normaliseren: { code: string; message: string } | null;
  profile: { id: string };
  now: string;
  suggestions: {
    catalogueId: string;
    level: string;
    theme: string;
    opgave: string;
    kaders: string[];
    evidence: unknown[];
    actor: string;
    collective: boolean;
  }[];
}

const printed = (result: Run) => JSON.parse(result.stdout) as Printed;

describe('cli suggest', () => {
  it('prints the advice as JSON with the fields of the contract, for the default profile', async () => {
    const result = await run(['suggest', CASE], { [CASE]: file(CASE) });
    expect(result.code).toBe(0);
    const output = printed(result);
    expect(output.profile.id).toBe('wijk-bij-duurstede');
    expect(output.level).toBe('maatwerk');
    expect(output.normaliseren).toBeNull();
    for (const suggestion of output.suggestions) {
      expect(Object.keys(suggestion)).toEqual(
        expect.arrayContaining([
          'catalogueId',
          'level',
          'theme',
          'opgave',
          'kaders',
          'evidence',
          'actor',
          'collective',
        ]),
      );
    }
    expect(SuggestResultSchema.safeParse(JSON.parse(result.stdout)).success).toBe(true);
    // The old income thresholds are a warning on stderr, not an error.
    expect(result.stderr).toContain('inkomensgrenzen van de Brug komen uit 2019');
  });

  it('uses --profile and --now', async () => {
    const result = await run(['suggest', CASE, '--profile', 'maashorst', '--now', '2024-08-15'], {
      [CASE]: file(CASE),
    });
    expect(result.code).toBe(0);
    const output = printed(result);
    expect(output.profile.id).toBe('maashorst');
    expect(output.now).toBe('2024-08-15');
    expect(output.suggestions.map((entry) => entry.catalogueId)).toContain('gemeentelijke-toegang');
  });

  it('adds the Dutch normaliseren message to the code', async () => {
    const path = 'docs/examples/cases/14-gewone-dip.json';
    const output = printed(await run(['suggest', path], { [path]: file(path) }));
    expect(output.normaliseren?.code).toBe('gewone-leven');
    expect(output.normaliseren?.message).toContain('hoort bij het gewone leven');
  });

  it('reads a profile from a file with --profile-file', async () => {
    const profilePath = 'eigen.json';
    const own = findProfile('maastricht');
    if (own === undefined) {
      throw new Error('missing profile');
    }
    const result = await run(['suggest', CASE, '--profile-file', profilePath], {
      [CASE]: file(CASE),
      [profilePath]: serializeProfile({ ...own, id: 'eigen-maastricht' }),
    });
    expect(result.code).toBe(0);
    expect(printed(result).profile.id).toBe('eigen-maastricht');
  });

  it('refuses a broken profile file with the entry and the field, exit code 2', async () => {
    const path = 'docs/examples/profiles/kapot-profiel.json';
    const result = await run(['suggest', CASE, '--profile-file', path], {
      [CASE]: file(CASE),
      [path]: file(path),
    });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('Er is niets veranderd');
    expect(result.stderr).toContain(
      'voorziening 7 in de catalogus (id "geldcafe"): het veld "level"',
    );
  });

  it('names each wrong field of the case in Dutch, with exit code 2', async () => {
    const data = JSON.parse(file(CASE)) as {
      persons: { birthDate?: string }[];
      lifeEvents?: unknown[];
    };
    const first = data.persons[0];
    if (first !== undefined) {
      first.birthDate = '12-02-1972';
    }
    data.lifeEvents = [{ personId: '00000006-0000-4000-8000-000200000001', eventId: 'vakantie' }];
    const result = await run(['suggest', 'kapot.json'], { 'kapot.json': JSON.stringify(data) });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('Het bestand "kapot.json" is niet gebruikt voor advies.');
    expect(result.stderr).toContain('"persons[1].birthDate" moet een datum zijn');
    // Shape first: the life event is only checked once the shape is right.
    expect(result.stderr).toContain('[1] is de eerste');
  });

  it('reports an unknown life event and a missing household', async () => {
    const data = JSON.parse(file(CASE)) as Record<string, unknown>;
    data['lifeEvents'] = [
      { personId: '00000006-0000-4000-8000-000200000001', eventId: 'vakantie' },
    ];
    const unknown = await run(['suggest', 'a.json'], { 'a.json': JSON.stringify(data) });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '"lifeEvents[1].eventId" is geen levensgebeurtenis die we kennen',
    );
    const loose = 'docs/examples/assessments/kansencirkel.json';
    const single = await run(['suggest', loose], { [loose]: file(loose) });
    expect(single.code).toBe(2);
    expect(single.stderr).toContain('"household" ontbreekt');
  });

  it.each([
    [['suggest'], 'Geef het bestand van het huishouden op.'],
    [['suggest', 'niet-er.json'], 'Het bestand "niet-er.json" bestaat niet.'],
    [
      ['suggest', CASE, '--profile', 'utrecht'],
      'Het profiel "utrecht" bestaat niet. Kies uit: wijk-bij-duurstede',
    ],
    [['suggest', CASE, '--now', '1-7-2024'], 'De datum na --now klopt niet.'],
    [
      ['suggest', CASE, '--profile', 'maashorst', '--profile-file', 'x.json'],
      'Kies --profile of --profile-file',
    ],
    [['suggest', CASE, '--snel'], 'De optie "--snel" kennen we niet.'],
  ])('refuses %j with a Dutch message and exit code 2', async (argv, message) => {
    const result = await run(argv, { [CASE]: file(CASE), 'x.json': '{}' });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(message);
  });

  it('refuses a file that is not JSON', async () => {
    const result = await run(['suggest', 'x.json'], { 'x.json': '{ "household": ' });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('is geen goed JSON-bestand');
  });

  it('runs as a real process: npm run -s cli -- suggest', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const result = spawnSync(
      tsx,
      [
        'scripts/cli.ts',
        'suggest',
        'docs/examples/cases/05-zorg-over-veiligheid.json',
        '--now',
        '2024-07-01',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Printed;
    expect(output.suggestions.slice(0, 2).map((entry) => entry.catalogueId)).toEqual([
      'meldcode',
      'veilig-thuis',
    ]);
  });
});
