import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo, ReadResult } from '../../../scripts/cli/io';
import { main } from '../../../scripts/cli/main';

const ROOT = join(import.meta.dirname, '../../..');
const EXAMPLES = join(ROOT, 'docs/examples');
const example = (path: string) => readFileSync(join(EXAMPLES, path), 'utf8');

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
      const file = files[path];
      if (file === undefined) {
        return Promise.resolve({ ok: false, reason: 'not-found' });
      }
      return Promise.resolve(typeof file === 'string' ? { ok: true, text: file } : file);
    },
    now: () => new Date('2024-07-01T12:00:00Z'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

interface Listed {
  instruments: {
    id: string;
    version: string;
    title: string;
    dimensions: {
      id: string;
      label: string;
      min?: number;
      max?: number;
      levels?: { level: number; statement: string }[];
    }[];
    spheres?: { id: string }[];
  }[];
}

describe('cli instruments', () => {
  it('prints every definition as JSON with kebab-case ids', async () => {
    const result = await run(['instruments']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const listed = JSON.parse(result.stdout) as Listed;
    const byId = new Map(listed.instruments.map((entry) => [entry.id, entry]));
    for (const id of [
      'positieve-gezondheid-volwassenen',
      'positieve-gezondheid-jongeren',
      'positieve-gezondheid-kinderen',
    ]) {
      const pg = byId.get(id);
      expect(pg?.dimensions).toHaveLength(6);
      for (const dimension of pg?.dimensions ?? []) {
        expect([dimension.min, dimension.max]).toEqual([0, 10]);
      }
    }
    expect(byId.get('positieve-gezondheid-volwassenen')?.dimensions.map((d) => d.label)).toEqual([
      'Lichaamsfuncties',
      'Mentaal welbevinden',
      'Zingeving',
      'Kwaliteit van leven',
      'Meedoen',
      'Dagelijks functioneren',
    ]);
    const brug = byId.get('brug-naar-zelfredzaamheid');
    expect(brug?.dimensions).toHaveLength(8);
    for (const column of brug?.dimensions ?? []) {
      expect(column.levels?.map((level) => level.level)).toEqual([1, 2, 3, 4]);
      expect(column.levels?.every((level) => level.statement.length > 0)).toBe(true);
    }
    expect(byId.get('draagkracht-draaglast')?.spheres).toHaveLength(3);
    expect(byId.get('kansencirkel')?.dimensions).toHaveLength(8);
    for (const entry of listed.instruments) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.version).toBe('1.0.0');
      expect(entry.title.length).toBeGreaterThan(0);
    }
  });

  it('refuses extra arguments', async () => {
    const result = await run(['instruments', 'extra']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('Er staat te veel achter de opdracht: "extra".');
  });
});

describe('cli score', () => {
  it('scores a household file and warns about old thresholds on stderr', async () => {
    const result = await run(['score', 'huis.json'], {
      'huis.json': example('assessments/huishouden.json'),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'Let op: de inkomensgrenzen van de Brug komen uit 2019. Ze zijn meer dan twee jaar oud. Vraag de functioneel beheerder om nieuwe grenzen.\n',
    );
    const output = JSON.parse(result.stdout) as {
      now: string;
      results: unknown[];
      signals: unknown[];
    };
    expect(output.now).toBe('2024-07-01');
    expect(output.results).toHaveLength(7);
    expect(output.signals.length).toBeGreaterThan(0);
  });

  it('--now sets the day, so the threshold warning disappears in 2021', async () => {
    const result = await run(['score', 'brug.json', '--now', '2021-05-01'], {
      'brug.json': example('assessments/brug-naar-zelfredzaamheid.json'),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as {
      now: string;
      results: { result: { income: { level: number } } }[];
    };
    expect(output.now).toBe('2021-05-01');
    expect(output.results[0]?.result.income.level).toBe(2);
  });

  it('loads an item set with --item-set', async () => {
    const files = {
      'pg.json': example('assessments/positieve-gezondheid-met-items.json'),
      'items.json': example('item-sets/voorbeeld-items.json'),
    };
    const withSet = await run(['score', 'pg.json', '--item-set=items.json'], files);
    expect(withSet.code).toBe(0);
    const output = JSON.parse(withSet.stdout) as {
      results: { result: { dimensions: { score: number | null }[] } }[];
    };
    expect(output.results[0]?.result.dimensions.map((dimension) => dimension.score)).toEqual([
      6.3, 3.8, 7.5, 6.3, 1.3, 10,
    ]);
    const without = await run(['score', 'pg.json'], files);
    expect(without).toMatchObject({ code: 2, stdout: '' });
    expect(without.stderr).toContain(
      'het veld "answers.items.itemSetId" noemt itemset "voorbeeld-items"',
    );
  });

  const malformed = JSON.stringify({
    ...(JSON.parse(example('assessments/positieve-gezondheid-volwassenen.json')) as object),
    answers: { kind: 'positieve-gezondheid', scores: { meedoen: 12 } },
  });

  it.each([
    [[], {}, 'Geef een opdracht op.'],
    [['rekenen'], {}, 'De opdracht "rekenen" bestaat niet.'],
    [['score'], {}, 'Geef het bestand op dat berekend moet worden.'],
    [['score', 'weg.json'], {}, 'Het bestand "weg.json" bestaat niet.'],
    [
      ['score', 'map'],
      { map: { ok: false, reason: 'unreadable' } as const },
      'Het bestand "map" kan niet gelezen worden.',
    ],
    [
      ['score', 'kapot.json'],
      { 'kapot.json': '{ "id": ' },
      'Het bestand "kapot.json" is geen goed JSON-bestand.',
    ],
    [
      ['score', 'fout.json'],
      { 'fout.json': malformed },
      'Fout in het bestand: het veld "answers.scores.meedoen" moet een getal van 0 tot 10 zijn.',
    ],
    [
      ['score', 'leeg.json'],
      { 'leeg.json': '{}' },
      'Fout in het bestand: het veld "id" ontbreekt.',
    ],
    [['score', 'a.json', 'b.json'], {}, 'Er staat te veel achter de opdracht: "b.json".'],
    [['score', 'a.json', '--snel'], {}, 'De optie "--snel" kennen we niet.'],
    [['score', 'a.json', '--now'], {}, 'Na "--now" moet nog een waarde staan.'],
    [['score', 'a.json', '--now', '1-5-2024'], {}, 'De datum na --now klopt niet.'],
    [
      ['score', 'a.json', '--item-set', 'set.json'],
      { 'a.json': '{}', 'set.json': '{"format":"iph"}' },
      'Het bestand "set.json" is niet berekend. Dit klopt niet:\nFout in het bestand: het veld "format" moet een van deze waarden zijn: keukentafel-itemset.',
    ],
  ] as const)(
    '%j: Dutch message on stderr, exit 2, nothing on stdout',
    async (argv, files, message) => {
      const result = await run(argv, files);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    },
  );

  it('lists every wrong field of a file, one line each', async () => {
    const broken = {
      ...(JSON.parse(example('assessments/brug-naar-zelfredzaamheid.json')) as object),
      status: 'klaar',
      rev: 0,
    };
    const result = await run(['score', 'b.json'], { 'b.json': JSON.stringify(broken) });
    expect(result.stderr.trim().split('\n')).toEqual([
      'Het bestand "b.json" is niet berekend. Dit klopt niet:',
      'Fout in het bestand: het veld "rev" moet 1 of meer zijn.',
      'Fout in het bestand: het veld "status" moet een van deze waarden zijn: draft, final.',
    ]);
  });

  it('help prints the usage on stdout', async () => {
    const result = await run(['help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('npm run -s cli -- score <bestand.json>');
  });
});

describe('cli as a real process', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const spawn = (args: readonly string[]) =>
    spawnSync(tsx, ['scripts/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('prints the instruments', () => {
    const result = spawn(['instruments']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Listed).instruments).toHaveLength(6);
  });

  it('exits 2 with a Dutch message for a malformed file', () => {
    const result = spawn(['score', 'docs/examples/item-sets/voorbeeld-items.json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Fout in het bestand: het veld "format" kennen we niet.');
  });
});
