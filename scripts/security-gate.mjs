#!/usr/bin/env node
// Security gate: Electronegativity over the main-process and preload sources (electron/). Fails on
// any HIGH or MEDIUM finding that security/electronegativity-allowlist.json does not cover with a
// written reason, on stale allowlist entries, on files the scanner could not parse and on inline
// `eng-disable` comments. Last line: `security gate: N passed, N failed`.
//
// The scanner runs in-process through its package entry (the runner its CLI calls) rather than
// through the CLI: with `-o` the CLI drops files it cannot parse without a word, and its SARIF
// output carries no severity. Its network calls (translation download, Electron release list) are
// replaced or switched off, so the gate runs offline and gives the same answer everywhere.
//
// Usage: node scripts/security-gate.mjs [--input electron] [--allowlist security/electronegativity-allowlist.json]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  buildReport,
  classifyScanErrors,
  evaluateFindings,
  findInlineSuppressions,
  normalizeFindings,
  parseAllowlist,
  toRepoPath,
} from './security-gate-lib.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.html', '.htm']);
// Needs GitHub to compare against Electron's release list, and only looks at package.json, which
// is not part of electron/. "Use a current Electron" is covered in docs/security.md instead.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'electron' },
    allowlist: { type: 'string', default: 'security/electronegativity-allowlist.json' },
  },
});
const inputDir = path.resolve(repoRoot, args.input);
const allowlistPath = path.resolve(repoRoot, args.allowlist);

const engRequire = createRequire(
  createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'),
);

/**
 * Loads the scanner with its translation loader replaced by an offline one: the original first
 * downloads translations (and retries for seconds when there is no network).
 */
function loadRunner() {
  const i18nModulePath = engRequire.resolve('./dist/locales/i18n.js');
  const i18n = engRequire('i18n');
  const offlineI18n = () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nModulePath),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
    return Promise.resolve();
  };
  engRequire.cache[i18nModulePath] = {
    id: i18nModulePath,
    filename: i18nModulePath,
    loaded: true,
    exports: offlineI18n,
  };
  return {
    run: engRequire('./dist/runner.js'),
    version: engRequire('./package.json').version,
  };
}

function listSources(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_EXTENSIONS.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !file.split(path.sep).includes('node_modules'));
}

function electronVersion() {
  const manifest = JSON.parse(
    readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
  );
  return manifest.version;
}

/** Runs the scanner; its console chatter is collected and printed after, marked as its own. */
async function scan(run) {
  const chatter = [];
  const originalLog = console.log;
  console.log = (...parts) => chatter.push(parts.join(' '));
  try {
    return {
      result: await run({
        input: inputDir,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: false,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: electronVersion(),
        parserPlugins: [],
      }),
      chatter,
    };
  } finally {
    console.log = originalLog;
  }
}

async function main() {
  const allowlist = parseAllowlist(readFileSync(allowlistPath, 'utf8'));
  const sources = listSources(inputDir);
  const { run, version } = loadRunner();
  const { result, chatter } = await scan(run);
  for (const line of chatter) console.log(`electronegativity: ${line}`);

  const findings = normalizeFindings(result?.issues, repoRoot);
  const { rows, staleEntries } = evaluateFindings(findings, allowlist.entries);
  const report = buildReport({
    rows,
    staleEntries,
    allowlistErrors: allowlist.errors,
    scanErrors: classifyScanErrors(result?.errors, repoRoot),
    inlineSuppressions: findInlineSuppressions(
      sources.map((file) => ({
        file: toRepoPath(file, repoRoot),
        text: readFileSync(file, 'utf8'),
      })),
    ),
    scannedFiles: sources.length,
  });

  console.log(
    `electronegativity ${version}: ${result.atomicChecks} file checks and ${result.globalChecks} app checks over ${toRepoPath(inputDir, repoRoot)}/ (${sources.length} files, Electron ${electronVersion()}); gating on HIGH and MEDIUM`,
  );
  for (const line of report.lines) console.log(line);
  process.exitCode = report.passed ? 0 : 1;
}

main().catch((error) => {
  console.error(
    `security gate could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  console.log('security gate: 0 passed, 1 failed');
  process.exitCode = 1;
});
