#!/usr/bin/env node
// The README's test command: every gate and suite in one run, ending with one line
// "N passed, N failed, N skipped" summed over all of them. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const resultsDir = path.resolve('.tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** @type {{ name: string, passed: number, failed: number, skipped: number, note?: string }[]} */
const rows = [];

function run(command, args, env = {}) {
  console.log(`\n=== ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A gate (typecheck, lint, build...) counts as one check. */
function gate(name, command, args) {
  const ok = run(command, args) === 0;
  rows.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function vitestSuite(name, args) {
  const file = path.join(resultsDir, `${name}.json`);
  const status = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${file}`,
  ]);
  const report = readJson(file);
  if (!report) {
    rows.push({ name, passed: 0, failed: 1, skipped: 0, note: 'no report (the runner crashed)' });
    return;
  }
  // A file that fails to load has no failed tests, yet must count: one failure per such file.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'),
  ).length;
  const counted = report.numFailedTests + brokenFiles;
  const failed = counted + (status !== 0 && counted === 0 ? 1 : 0);
  rows.push({
    name,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    ...(brokenFiles > 0 ? { note: `${brokenFiles} test file(s) failed to load` } : {}),
    ...(failed > counted ? { note: 'runner failed outside the tests' } : {}),
  });
}

function playwrightSuite(name, config) {
  const file = path.join(resultsDir, `${name}.json`);
  const status = run('npx', ['playwright', 'test', '--config', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
  });
  const report = readJson(file);
  if (!report?.stats) {
    rows.push({ name, passed: 0, failed: 1, skipped: 0, note: 'no report (the runner crashed)' });
    return report;
  }
  const { expected, unexpected, flaky, skipped } = report.stats;
  const extra = status !== 0 && unexpected === 0 ? 1 : 0;
  rows.push({ name, passed: expected, failed: unexpected + flaky + extra, skipped });
  return report;
}

function securityGate() {
  const name = 'security gate (electronegativity)';
  console.log('\n=== npm run -s security:gate');
  const result = spawnSync('npm', ['run', '-s', 'security:gate'], { encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const match = /security gate: (\d+) passed, (\d+) failed/.exec(result.stdout);
  if (!match || (result.status !== 0 && match[2] === '0')) {
    rows.push({ name, passed: 0, failed: 1, skipped: 0, note: 'no verdict line' });
    return;
  }
  rows.push({ name, passed: Number(match[1]), failed: Number(match[2]), skipped: 0 });
}

gate('typecheck', 'npm', ['run', '-s', 'typecheck']);
gate('lint', 'npm', ['run', '-s', 'lint']);
gate('format', 'npm', ['run', '-s', 'format:check']);
const built = gate('build', 'npm', ['run', '-s', 'build']);

vitestSuite('unit', []);
securityGate();

if (built) {
  playwrightSuite('e2e (Chromium, web host)', 'playwright.config.ts');
  playwrightSuite('e2e storage (Chromium)', 'playwright.storage.config.ts');
  vitestSuite('packaging', ['--config', 'vitest.packaging.config.ts']);

  const electronBinary = findElectronBinary();
  if (!electronBinary) console.log('\nskipped: no Electron binary');
  const report = playwrightSuite('e2e (Electron)', 'playwright.electron.config.ts');
  const row = rows.at(-1);
  if (!electronBinary && row && report?.stats) {
    row.note = 'skipped: no Electron binary';
    // Without the binary nothing may count as passed, whatever the runner says.
    if (row.passed > 0) {
      row.failed += row.passed;
      row.passed = 0;
    }
  }
} else {
  for (const name of [
    'e2e (Chromium, web host)',
    'e2e storage (Chromium)',
    'packaging',
    'e2e (Electron)',
  ]) {
    rows.push({ name, passed: 0, failed: 1, skipped: 0, note: 'not run: the build failed' });
  }
}

const total = rows.reduce(
  (sum, row) => ({
    passed: sum.passed + row.passed,
    failed: sum.failed + row.failed,
    skipped: sum.skipped + row.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);

console.log('\n=== Summary');
for (const row of rows) {
  const note = row.note ? `  (${row.note})` : '';
  console.log(
    `${row.name.padEnd(36)} ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(3)} failed ${String(row.skipped).padStart(3)} skipped${note}`,
  );
}
if (!existsSync('dist/renderer/index.html')) console.log('note: dist/renderer was not built');
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
