// Micro-timing of the suggestion engine (budget: 5 ms per household, DESIGN.md). Not a test:
// `npx tsx scripts/bench-suggest.ts` prints medians as JSON; the lead's bench adds the real one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSuggestCase, type SuggestCase } from '../shared/prevention/case';
import { suggest } from '../shared/prevention/engine';
import { PROFILES } from '../shared/profiles/registry';

const DIR = join(import.meta.dirname, '../docs/examples/cases');
const NOW = new Date('2024-07-01T12:00:00Z');
const ROUNDS = 200;

const cases: SuggestCase[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => {
    const parsed = parseSuggestCase(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown);
    return parsed.ok ? [parsed.value] : [];
  });

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// Warm up so the JIT has compiled the engine before timing.
for (let round = 0; round < 20; round += 1) {
  for (const profile of PROFILES) {
    for (const input of cases) {
      suggest(input, profile, NOW);
    }
  }
}

const samples: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const profile of PROFILES) {
    for (const input of cases) {
      const start = performance.now();
      suggest(input, profile, NOW);
      samples.push(performance.now() - start);
    }
  }
}
const sorted = [...samples].sort((left, right) => left - right);
process.stdout.write(
  `${JSON.stringify({
    suggest_household_ms: Number(median(samples).toFixed(3)),
    p95_ms: Number((sorted[Math.floor(sorted.length * 0.95)] ?? 0).toFixed(3)),
    max_ms: Number((sorted[sorted.length - 1] ?? 0).toFixed(3)),
    households: cases.length,
    profiles: PROFILES.length,
    runs: samples.length,
  })}\n`,
);
