import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MIN_REASON_LENGTH,
  buildReport,
  classifyScanErrors,
  evaluateFindings,
  findInlineSuppressions,
  normalizeFindings,
  parseAllowlist,
  type Finding,
} from '../../../scripts/security-gate-lib.mjs';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const reason = 'Reviewed: the value is set through a helper the scanner cannot follow.';

function issue(overrides: Record<string, unknown> = {}) {
  return {
    id: 'SANDBOX_JS_CHECK',
    severity: { value: 2, name: 'MEDIUM', format: () => 'MEDIUM' },
    confidence: { value: 1, name: 'FIRM', format: () => 'FIRM' },
    file: path.join(repoRoot, 'electron', 'main', 'window.ts'),
    location: { line: 16, column: 17 },
    manualReview: false,
    description: 'Use sandbox for untrusted origins',
    ...overrides,
  };
}

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'SANDBOX_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    file: 'electron/main/window.ts',
    line: 16,
    column: 17,
    manualReview: false,
    description: 'Use sandbox for untrusted origins',
    ...overrides,
  };
}

const noProblems = {
  staleEntries: [],
  allowlistErrors: [],
  scanErrors: { fatal: [], tolerable: [] },
  inlineSuppressions: [],
  scannedFiles: 3,
};

describe('normalizeFindings', () => {
  it('reads check, severity, confidence and a repository path from a runner issue', () => {
    expect(normalizeFindings([issue()], repoRoot)).toEqual([finding()]);
  });

  it('keeps N/A for app-wide findings', () => {
    const [global] = normalizeFindings(
      [issue({ id: 'CSP_GLOBAL_CHECK', file: 'N/A', location: { line: 0, column: 0 } })],
      repoRoot,
    );
    expect(global).toMatchObject({ check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0 });
  });

  it.each([
    ['no list', undefined],
    ['no id', [issue({ id: undefined })]],
    ['unknown severity', [issue({ severity: { name: 'CRITICAL' } })]],
    ['severity as a plain string', [issue({ severity: 'HIGH' })]],
    ['no confidence', [issue({ confidence: undefined })]],
    ['no file', [issue({ file: '' })]],
    ['not an object', ['SANDBOX_JS_CHECK']],
  ])('throws on an unexpected shape (%s) instead of passing', (_name, issues) => {
    expect(() => normalizeFindings(issues, repoRoot)).toThrow(TypeError);
  });
});

describe('parseAllowlist', () => {
  it('accepts entries with check, file and a written reason', () => {
    const text = JSON.stringify([
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason },
    ]);
    expect(parseAllowlist(text)).toEqual({
      entries: [{ check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason }],
      errors: [],
    });
  });

  it.each([
    ['a missing reason', { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts' }],
    ['an empty reason', { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: '' }],
    [
      'a blank reason',
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: '   \n ' },
    ],
    [
      'a token reason',
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: 'false positive' },
    ],
    [
      'a reason that is not text',
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: true },
    ],
    ['a missing check', { file: 'electron/main/window.ts', reason }],
    ['a lower-case check', { check: 'preload_js_check', file: 'electron/main/window.ts', reason }],
    ['a missing file', { check: 'PRELOAD_JS_CHECK', reason }],
    ['a Windows path', { check: 'PRELOAD_JS_CHECK', file: 'electron\\main\\window.ts', reason }],
    [
      'a misspelt key',
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reson: reason },
    ],
    [
      'an extra key',
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason, line: 3 },
    ],
  ])('rejects an entry with %s', (_name, entry) => {
    const result = parseAllowlist(JSON.stringify([entry]));
    expect(result.entries).toEqual([]);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('requires reasons of at least the minimum length', () => {
    const entry = (text: string) =>
      parseAllowlist(JSON.stringify([{ check: 'X_CHECK', file: 'N/A', reason: text }]));
    expect(entry('x'.repeat(MIN_REASON_LENGTH)).errors).toEqual([]);
    expect(entry('x'.repeat(MIN_REASON_LENGTH - 1)).errors).toHaveLength(1);
  });

  it('rejects a file that is not a JSON array, and duplicate entries', () => {
    expect(parseAllowlist('{').errors[0]).toMatch(/not valid JSON/);
    expect(parseAllowlist('{"entries": []}').errors).toEqual(['allowlist must be a JSON array']);
    const duplicate = { check: 'X_CHECK', file: 'N/A', reason };
    expect(parseAllowlist(JSON.stringify([duplicate, duplicate])).errors).toHaveLength(1);
  });
});

describe('evaluateFindings and buildReport', () => {
  it('fails on a HIGH or MEDIUM finding that is not allowlisted', () => {
    for (const severity of ['HIGH', 'MEDIUM'] as const) {
      const { rows, staleEntries } = evaluateFindings([finding({ severity })], []);
      const report = buildReport({ ...noProblems, rows, staleEntries });
      expect(report.passed).toBe(false);
      expect(report.lines.at(-1)).toBe('security gate: 0 passed, 1 failed');
      expect(report.lines.join('\n')).toContain('SANDBOX_JS_CHECK');
      expect(report.lines.join('\n')).toContain('electron/main/window.ts:16');
    }
  });

  it('passes LOW and INFORMATIONAL findings but reports them', () => {
    const { rows, staleEntries } = evaluateFindings(
      [finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL', check: 'CSP_JS_CHECK' })],
      [],
    );
    const report = buildReport({ ...noProblems, rows, staleEntries });
    expect(report.passed).toBe(true);
    expect(report.lines.at(-1)).toBe('security gate: 1 passed, 0 failed');
    expect(report.lines.join('\n')).toContain('CSP_JS_CHECK [INFORMATIONAL/FIRM]');
  });

  it('passes an allowlisted finding and prints the reason', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', reason };
    const { rows, staleEntries } = evaluateFindings([finding({ severity: 'HIGH' })], [entry]);
    const report = buildReport({ ...noProblems, rows, staleEntries });
    expect(report.passed).toBe(true);
    expect(report.lines.join('\n')).toContain(reason);
  });

  it('matches the allowlist by check and file, never by check alone', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/other.ts', reason };
    const { rows } = evaluateFindings([finding()], [entry]);
    expect(rows[0]?.failed).toBe(true);
  });

  it('fails on a stale allowlist entry, an allowlist error, a parse error or an eng-disable', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', reason };
    const stale = evaluateFindings([], [entry]);
    expect(stale.staleEntries).toEqual([entry]);
    const cases = [
      { ...noProblems, ...stale },
      { ...noProblems, rows: [], allowlistErrors: ['allowlist entry 0 needs "reason"'] },
      {
        ...noProblems,
        rows: [],
        scanErrors: {
          fatal: [{ file: 'electron/x.ts', message: 'Unexpected token' }],
          tolerable: [],
        },
      },
      {
        ...noProblems,
        rows: [],
        inlineSuppressions: [{ file: 'electron/main/window.ts', line: 3 }],
      },
      { ...noProblems, rows: [], scannedFiles: 0 },
    ];
    for (const input of cases) {
      const report = buildReport(input);
      expect(report.passed).toBe(false);
      expect(report.lines.at(-1)).toBe('security gate: 0 passed, 1 failed');
    }
  });

  it('passes with no findings and no problems', () => {
    const report = buildReport({ ...noProblems, rows: [] });
    expect(report).toEqual({
      passed: true,
      lines: ['findings (0):', '  none', 'security gate: 1 passed, 0 failed'],
    });
  });
});

describe('findInlineSuppressions and classifyScanErrors', () => {
  it('finds eng-disable comments with their line', () => {
    expect(
      findInlineSuppressions([
        {
          file: 'a.ts',
          text: 'const a = 1;\nnew BrowserWindow({}); // eng-disable SANDBOX_JS_CHECK',
        },
        { file: 'b.ts', text: '/* ENG-DISABLE */' },
        { file: 'c.ts', text: 'clean' },
      ]),
    ).toEqual([
      { file: 'a.ts', line: 2 },
      { file: 'b.ts', line: 1 },
    ]);
  });

  it('treats untolerated parse errors as fatal', () => {
    const result = classifyScanErrors(
      [
        {
          file: path.join(repoRoot, 'electron/a.ts'),
          message: 'Unexpected token',
          tolerable: false,
        },
        { file: path.join(repoRoot, 'electron/b.ts'), message: 'warning', tolerable: true },
      ],
      repoRoot,
    );
    expect(result).toEqual({
      fatal: [{ file: 'electron/a.ts', message: 'Unexpected token' }],
      tolerable: [{ file: 'electron/b.ts', message: 'warning' }],
    });
  });
});

describe('security gate end to end (real Electronegativity, fixture sources)', () => {
  let dir: string;
  const runGate = (input: string, allowlist: unknown) => {
    const allowlistPath = path.join(dir, `allowlist-${String(Math.random()).slice(2)}.json`);
    writeFileSync(allowlistPath, JSON.stringify(allowlist));
    const result = spawnSync(
      process.execPath,
      ['scripts/security-gate.mjs', '--input', input, '--allowlist', allowlistPath],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    return {
      status: result.status,
      out: result.stdout,
      lastLine: result.stdout.trim().split('\n').at(-1),
    };
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'keukentafel-gate-'));
    mkdirSync(path.join(dir, 'insecure'));
    writeFileSync(
      path.join(dir, 'insecure', 'main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const open = () =>',
        '  new BrowserWindow({ webPreferences: { sandbox: false, contextIsolation: false } });',
        '',
      ].join('\n'),
    );
    mkdirSync(path.join(dir, 'unparseable'));
    writeFileSync(path.join(dir, 'unparseable', 'broken.ts'), 'export const = ;\n');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails on insecure webPreferences and names the checks', () => {
    const { status, out, lastLine } = runGate(path.join(dir, 'insecure'), []);
    expect(status).toBe(1);
    expect(lastLine).toBe('security gate: 0 passed, 1 failed');
    expect(out).toMatch(/CONTEXT_ISOLATION_JS_CHECK \[HIGH\/FIRM\].*main\.ts:3: FAIL/);
    expect(out).toMatch(/SANDBOX_JS_CHECK \[MEDIUM\/FIRM\].*main\.ts:3: FAIL/);
  }, 30_000);

  it('fails when a file cannot be parsed rather than skipping it', () => {
    const { status, out } = runGate(path.join(dir, 'unparseable'), []);
    expect(status).toBe(1);
    expect(out).toMatch(/could not scan .*broken\.ts/);
  }, 30_000);
});
