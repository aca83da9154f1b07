// Sealed payloads cannot be migrated inside Dexie's upgrade transaction (no key before unlock,
// and async crypto there fails). They are upgraded when read: `v` says which version the payload
// was written with, and each step below turns version n into n + 1 as a pure function. The next
// write stores the latest version. Add a step here together with a new PAYLOAD_SCHEMA_VERSION and
// a fixture (tests/unit/renderer/db/migrations/README.md).

import type { Result } from './types';
import { PAYLOAD_SCHEMA_VERSION, type SealedTable } from './database';

type Step = (table: SealedTable | 'audit', payload: unknown) => unknown;

/** PAYLOAD_STEPS[n] upgrades a version-n payload to n + 1. Version 1 is the first: none yet. */
export const PAYLOAD_STEPS: Readonly<Record<number, Step>> = {};

export function migratePayload(
  table: SealedTable | 'audit',
  version: number,
  payload: unknown,
  steps: Readonly<Record<number, Step>> = PAYLOAD_STEPS,
  latest: number = PAYLOAD_SCHEMA_VERSION,
): Result<unknown, 'unknown-version' | 'failed'> {
  if (!Number.isInteger(version) || version < 1 || version > latest) {
    return { ok: false, error: 'unknown-version' };
  }
  let value = payload;
  for (let current = version; current < latest; current++) {
    const step = steps[current];
    if (!step) return { ok: false, error: 'unknown-version' };
    try {
      value = step(table, value);
    } catch {
      return { ok: false, error: 'failed' };
    }
  }
  return { ok: true, value };
}
