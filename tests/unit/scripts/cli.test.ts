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
      'Het veld "answers.items.itemSetId" noemt itemset "voorbeeld-items"',
    );
  });

  const malformed = JSON.stringify({
    ...(JSON.parse(example('assessments/positieve-gezondheid-volwassenen.json')) as object),
    answers: { kind: 'positieve-gezondheid', scores: { meedoen: 12 } },
  });

  it.each([
    [['rekenen'], {}, 'De opdracht "rekenen" bestaat niet.'],
    [['score'], {}, 'Geef het bestand op dat Keukentafel moet berekenen.'],
    [['score', 'weg.json'], {}, 'Het bestand "weg.json" bestaat niet.'],
    [
      ['score', 'map'],
      { map: { ok: false, reason: 'unreadable' } as const },
      'Keukentafel kan het bestand "map" niet lezen.',
    ],
    [
      ['score', 'kapot.json'],
      { 'kapot.json': '{ "id": ' },
      'Het bestand "kapot.json" is geen goed JSON-bestand.',
    ],
    [
      ['score', 'fout.json'],
      { 'fout.json': malformed },
      'Het veld "answers.scores.meedoen" moet een getal van 0 tot 10 zijn.',
    ],
    [['score', 'leeg.json'], { 'leeg.json': '{}' }, 'Het veld "id" ontbreekt.'],
    [
      ['score', 'lijst.json'],
      { 'lijst.json': '[]' },
      'Het bestand moet een JSON-object zijn: het begint met { en eindigt met }.',
    ],
    [['score', 'a.json', 'b.json'], {}, 'Er staat te veel achter de opdracht: "b.json".'],
    [['score', 'a.json', '--snel'], {}, 'De optie "--snel" kennen we niet.'],
    [['score', 'a.json', '--now'], {}, 'Na "--now" moet nog een waarde staan.'],
    [['score', 'a.json', '--now', '1-5-2024'], {}, 'De datum na --now klopt niet.'],
    [
      ['score', 'a.json', '--item-set', 'set.json'],
      { 'a.json': '{}', 'set.json': '{"format":"iph"}' },
      'Keukentafel kan het bestand "set.json" niet gebruiken. Dit klopt niet:\n- Het veld "format" moet een van deze waarden zijn: keukentafel-itemset.',
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
      'Keukentafel kan het bestand "b.json" niet gebruiken. Dit klopt niet:',
      '- Het veld "rev" moet 1 of meer zijn.',
      '- Het veld "status" moet een van deze waarden zijn: draft, final.',
    ]);
  });

  it('counts positions in a list from 1 and says so', async () => {
    const file = JSON.parse(example('assessments/huishouden.json')) as {
      assessments: Record<string, unknown>[];
    };
    file.assessments[1] = { ...file.assessments[1], status: 'klaar' };
    const result = await run(['score', 'h.json'], { 'h.json': JSON.stringify(file) });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.trim().split('\n')).toEqual([
      'Keukentafel kan het bestand "h.json" niet gebruiken. Dit klopt niet:',
      '- Het veld "assessments[2].status" moet een van deze waarden zijn: draft, final.',
      'Een nummer tussen [ ] is de plaats in een lijst. [1] is de eerste.',
    ]);
  });

  it('warns in Dutch about extrapolated thresholds and a household size that differs', async () => {
    const file = JSON.parse(example('assessments/huishouden.json')) as {
      assessments: { answers: { income?: { householdSize: number } } }[];
    };
    for (const entry of file.assessments) {
      if (entry.answers.income !== undefined) {
        entry.answers.income.householdSize = 5;
      }
    }
    const result = await run(['score', 'h.json', '--now', '2021-05-01'], {
      'h.json': JSON.stringify(file),
    });
    expect(result.code).toBe(0);
    const id = 'a4375b19-dbfa-40f1-9eee-cdd1da1b140e';
    expect(result.stderr.trim().split('\n')).toEqual([
      `Let op: bij gesprek ${id} leven 5 personen van het inkomen. De inkomensgrenzen van de Brug gaan maar tot 4 personen. Keukentafel telt voor elke extra persoon een vast bedrag op: grens A is dan 3630 euro en grens B 1365 euro. Dat staat niet in de bron. Bespreek daarom of het niveau bij Inkomen klopt.`,
      `Let op: bij gesprek ${id} staat dat 5 personen van het inkomen leven. In het huishouden staan 3 personen. De inkomensgrenzen hangen af van dit aantal. Kijk welk aantal klopt.`,
    ]);
  });

  it.each([[['help']], [['--help']], [['-h']], [[]]])(
    '%j prints a short Dutch usage text on stdout and exits 0',
    async (argv) => {
      const result = await run(argv);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('Gebruik:');
      expect(result.stdout).toContain('npm run -s cli -- score <bestand.json>');
      expect(result.stdout.split('\n').length).toBeLessThan(25);
    },
  );

  it('an unknown command still exits 2 with the usage on stderr', async () => {
    const result = await run(['--hulp']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('De opdracht "--hulp" bestaat niet.');
    expect(result.stderr).toContain('npm run -s cli -- help');
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
    expect(result.stderr).toContain('- Het veld "format" kennen we niet.');
  });
});
