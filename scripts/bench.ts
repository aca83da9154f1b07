// `npm run bench`: builds the renderer and the storage harness page, serves the harness on
// 127.0.0.1, drives it in Chromium with a synthetic caseload, and prints one JSON object:
// {"results":[{"name","value","unit","budget","pass"}]}. Medians over several runs; ratios against
// a raw Dexie baseline measured in the same page and run. Exits non-zero only when the bench
// itself breaks; a missed budget shows as "pass": false.
//
// The caseload-screen budgets (unlock_to_list_ms, search_keystroke_ms, open_household_ms) are
// measured through the storage API in the page for now; the caseload UI will re-measure them
// through its screens.

import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CSP_HEADER } from '../shared/security/csp';
import { chromiumExecutable, quietChromiumArgs } from '../tests/support/chromium';
import { FULL_CASELOAD, type CaseloadSize } from './bench/caseload';
import { median, percentile } from './bench/stats';
import { openDossiers, typeSearches, unlockThroughUi } from './bench/ui';
import type { Harness } from '../bench/main';

interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget: string;
  readonly pass: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUICK = process.env.BENCH_QUICK === '1';
const SIZE: CaseloadSize = QUICK
  ? { households: 500, persons: 1_200, assessments: 6_000, plans: 500 }
  : FULL_CASELOAD;
const WRITE_BATCH = QUICK ? 2_000 : 10_000;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function run(command: string, args: string[]): void {
  log(`${command} ${args.join(' ')}`);
  // Build output goes to stderr: stdout carries nothing but the JSON.
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A static server on 127.0.0.1 with the app's CSP header: the built app at `/` and the harness
 * page at `/bench/`, one origin, so the app opens the vault the harness seeded.
 */
function serve(appDir: string, benchDir: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const inBench = url.pathname.startsWith('/bench/');
    const dir = inBench ? benchDir : appDir;
    const local = decodeURIComponent(inBench ? url.pathname.slice('/bench'.length) : url.pathname);
    const relative = local === '/' ? 'index.html' : local.slice(1);
    const file = path.resolve(dir, relative);
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${String(port)}/`, close: () => server.close() });
    });
  });
}

/** Gzipped size of the JS the app's index.html loads before anything else. */
function initialJsGzipKb(): number {
  const dist = path.join(ROOT, 'dist', 'renderer');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g))
    if (match[1]) files.add(match[1]);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) {
    if (match[1]) files.add(match[1]);
  }
  if (files.size === 0) throw new Error('no script in dist/renderer/index.html');
  let bytes = 0;
  for (const file of files) {
    bytes += gzipSync(readFileSync(path.join(dist, file.replace(/^\//, '')))).byteLength;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

function result(
  name: string,
  value: number,
  unit: string,
  budget: string,
  pass: boolean,
): BenchResult {
  return { name, value: Math.round(value * 100) / 100, unit, budget, pass };
}

// The app's own database name: after the API rounds the real app opens this vault.
const APP_DATABASE = 'keukentafel';
const UI_RUNS = Math.min(RUNS, 3);
// Short, common parts of Dutch names, so every caseload size has hits to open.
const OPEN_QUERIES = ['de', 'van', 'el', 'an', 'er', 'ja'];

const SEARCH_QUERIES = [
  'çelik',
  'jansen-zoë',
  'ünal fatma',
  'kerkstraat 12',
  '12-03-19',
  'el amrani',
  'de vries maassluis',
];

async function main(): Promise<void> {
  run('npx', ['vite', 'build']);
  run('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--base', '/bench/']);
  const server = await serve(path.join(ROOT, 'dist', 'renderer'), path.join(ROOT, 'dist', 'bench'));
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: quietChromiumArgs,
  });
  const results: BenchResult[] = [];
  try {
    const page = await browser.newPage();
    // tsx (esbuild) wraps functions in `__name(...)` to keep their names; functions passed to
    // page.evaluate run in the page, where that helper does not exist.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    page.on('pageerror', (error) => {
      log(`page error: ${error.message}`);
    });
    await page.goto(`${server.url}bench/`);
    await page.waitForFunction(() => 'keukentafelHarness' in window);
    log(`seeding ${JSON.stringify(SIZE)}`);
    const size = SIZE;
    const seeded = await page.evaluate(
      async ([name, s]) => window.keukentafelHarness.bench.seed(name, s),
      [APP_DATABASE, size] as const,
    );
    log(`seeded: ${JSON.stringify(seeded)}`);

    const writes: { raw: number; sealed: number }[] = [];
    for (let round = 0; round < RUNS; round++) {
      writes.push(
        await page.evaluate(
          async ([count, r]) => window.keukentafelHarness.bench.writeRound(count, r),
          [WRITE_BATCH, round] as const,
        ),
      );
    }
    log(`writes: ${JSON.stringify(writes)}`);
    const reads: { raw: number; sealed: number; count: number }[] = [];
    for (let round = 0; round < RUNS; round++) {
      reads.push(
        await page.evaluate(async (r) => window.keukentafelHarness.bench.readRound(r), round),
      );
    }
    log(`reads: ${JSON.stringify(reads)}`);
    const unlocks: { unlock: number; kdf: number; load: number; entries: number }[] = [];
    for (let round = 0; round < RUNS; round++) {
      unlocks.push(await page.evaluate(async () => window.keukentafelHarness.bench.unlockRound()));
    }
    log(`unlocks: ${JSON.stringify(unlocks)}`);
    const searchTimes: number[] = [];
    const searchRunMedians: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      const { times, hits } = await page.evaluate(
        (queries) => window.keukentafelHarness.bench.searchRound(queries),
        SEARCH_QUERIES,
      );
      if (round === 0) log(`search hits per keystroke: ${hits.join(',')}`);
      searchTimes.push(...times);
      searchRunMedians.push(median(times));
    }
    const opens: number[] = [];
    const openMedians: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      const times = await page.evaluate(async () =>
        window.keukentafelHarness.bench.openHouseholdRound(20),
      );
      opens.push(...times);
      openMedians.push(median(times));
    }
    const saves: number[] = [];
    const saveMedians: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      const times = await page.evaluate(async () =>
        window.keukentafelHarness.bench.saveAssessmentRound(20),
      );
      saves.push(...times);
      saveMedians.push(median(times));
    }

    const casesDir = path.join(ROOT, 'docs', 'examples', 'cases');
    const exampleCases: unknown[] = readdirSync(casesDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(readFileSync(path.join(casesDir, file), 'utf8')) as unknown);
    const suggestMedians: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      const times = await page.evaluate(
        ([cases, rounds]) => window.keukentafelHarness.bench.suggestRound(cases, rounds),
        [exampleCases, 20] as const,
      );
      suggestMedians.push(median(times));
    }

    const unlockToList = median(unlocks.map((u) => Math.max(0, u.unlock - u.kdf) + u.load));
    results.push(result('unlock_to_list_ms', unlockToList, 'ms', '<= 1000', unlockToList <= 1000));
    const search = median(searchRunMedians);
    results.push(result('search_keystroke_ms', search, 'ms', '<= 16', search <= 16));
    const searchP95 = percentile(searchTimes, 95);
    results.push(result('search_keystroke_p95_ms', searchP95, 'ms', '<= 16', searchP95 <= 16));
    const open = median(openMedians);
    results.push(result('open_household_ms', open, 'ms', '<= 100', open <= 100));
    const save = median(saveMedians);
    results.push(result('save_assessment_ms', save, 'ms', '<= 50', save <= 50));
    const writeRatio = median(writes.map((w) => w.raw / w.sealed));
    results.push(result('sealed_write_ratio', writeRatio, 'ratio', '>= 0.5', writeRatio >= 0.5));
    const readRatio = median(reads.map((r) => r.raw / r.sealed));
    results.push(result('sealed_read_ratio', readRatio, 'ratio', '>= 0.5', readRatio >= 0.5));
    const suggestMs = median(suggestMedians);
    results.push(result('suggest_household_ms', suggestMs, 'ms', '<= 5', suggestMs <= 5));
    const kdf = median(unlocks.map((u) => u.kdf));
    results.push(result('key_derivation_ms', kdf, 'ms', 'informational', true));
    const gzip = initialJsGzipKb();
    results.push(result('initial_js_gzip_kb', gzip, 'KB', '<= 300', gzip <= 300));
    await page.evaluate(() => {
      window.keukentafelHarness.close();
    });

    // The same figures through the screens: unlock, type in the search box, open a dossier.
    const passphrase = await page.evaluate(() => window.keukentafelHarness.passphrase);
    await page.goto(server.url);
    const uiUnlocks: number[] = [];
    const uiKeystrokes: number[] = [];
    const uiKeystrokeMedians: number[] = [];
    const uiOpens: number[] = [];
    for (let round = 0; round < UI_RUNS; round++) {
      const { unlockToList: total, kdf: roundKdf } = await unlockThroughUi(page, passphrase);
      uiUnlocks.push(Math.max(0, total - roundKdf));
      const keystrokes = await typeSearches(page, SEARCH_QUERIES);
      uiKeystrokes.push(...keystrokes);
      uiKeystrokeMedians.push(median(keystrokes));
      uiOpens.push(...(await openDossiers(page, OPEN_QUERIES, 10)));
      await page.keyboard.press('Control+l');
    }
    log(`ui: unlocks ${JSON.stringify(uiUnlocks.map(Math.round))}`);
    const uiUnlock = median(uiUnlocks);
    results.push(result('ui_unlock_to_list_ms', uiUnlock, 'ms', '<= 1000', uiUnlock <= 1000));
    const uiSearch = median(uiKeystrokeMedians);
    results.push(result('ui_search_keystroke_ms', uiSearch, 'ms', '<= 16', uiSearch <= 16));
    const uiSearchP95 = percentile(uiKeystrokes, 95);
    results.push(result('ui_search_keystroke_p95_ms', uiSearchP95, 'ms', 'informational', true));
    const uiOpen = median(uiOpens);
    results.push(result('ui_open_household_ms', uiOpen, 'ms', '<= 100', uiOpen <= 100));
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(`${JSON.stringify({ results })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

/** The harness API the bench drives (its Window augmentation types the page.evaluate calls). */
export type { Harness };
