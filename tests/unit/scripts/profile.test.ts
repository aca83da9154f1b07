import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo, ReadResult } from '../../../scripts/cli/io';
import { main } from '../../../scripts/cli/main';
import { parseProfile, serializeProfile } from '../../../shared/profiles/parse';
import { findProfile } from '../../../shared/profiles/registry';

const ROOT = join(import.meta.dirname, '../../..');
const file = (path: string) => readFileSync(join(ROOT, path), 'utf8');

async function run(argv: readonly string[], files: Record<string, string | ReadResult> = {}) {
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

describe('cli profile', () => {
  it('lists the profiles and the default', async () => {
    const result = await run(['profile', 'list']);
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as { default: string; profiles: { id: string }[] };
    expect(listed.default).toBe('wijk-bij-duurstede');
    expect(listed.profiles.map((profile) => profile.id)).toEqual([
      'wijk-bij-duurstede',
      'maassluis',
      'maashorst',
      'maastricht',
    ]);
  });

  it('exports a profile as the JSON an import reads back unchanged', async () => {
    const result = await run(['profile', 'export', 'maassluis']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const profile = findProfile('maassluis');
    expect(result.stdout).toBe(profile === undefined ? '' : serializeProfile(profile));
    const parsed = parseProfile(result.stdout);
    expect(parsed.ok && parsed.profile).toEqual(profile);
  });

  it('checks a sound profile file', async () => {
    const path = 'docs/examples/profiles/voorbeeldstad.json';
    const result = await run(['profile', 'check', path], { [path]: file(path) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      id: 'voorbeeldstad',
      version: '0.1.0',
      name: 'Voorbeeldstad',
      entries: 8,
    });
  });

  it('refuses a broken profile file naming the entry and the field, exit code 2', async () => {
    const path = 'docs/examples/profiles/kapot-profiel.json';
    const result = await run(['profile', 'check', path], { [path]: file(path) });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')).toEqual([
      `Het profiel in "${path}" is niet ingelezen. Er is niets veranderd. Dit klopt niet:`,
      '- Fout in het profiel bij voorziening 7 in de catalogus (id "geldcafe"): het veld "level" moet een van deze waarden zijn: eigen-kracht, netwerk, universeel, selectief, geindiceerd, maatwerk, veiligheid.',
      '- Fout in het profiel bij voorziening 8 in de catalogus (id "sociaal-wijkteam"): het veld "provider" ontbreekt.',
      '',
    ]);
  });

  it.each([
    [['profile'], 'Geef op wat u met een profiel wilt doen'],
    [['profile', 'wissen'], 'De opdracht "profile wissen" bestaat niet.'],
    [['profile', 'export'], 'Geef de id op van het profiel'],
    [['profile', 'export', 'utrecht'], 'Het profiel "utrecht" bestaat niet.'],
    [['profile', 'check'], 'Geef het profielbestand op'],
    [['profile', 'check', 'weg.json'], 'Het bestand "weg.json" bestaat niet.'],
    [['profile', 'list', 'extra'], 'Er staat te veel achter de opdracht: "extra".'],
  ])('refuses %j with a Dutch message and exit code 2', async (argv, message) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(message);
  });

  it('mentions suggest and profile in the help', async () => {
    const result = await run(['help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('npm run -s cli -- suggest');
    expect(result.stdout).toContain('profile export <id>');
  });
});
