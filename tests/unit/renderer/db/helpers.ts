// Shared set-up for the storage tests: fake-indexeddb, unique database names, ready-made records.
import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import {
  createVault,
  openDatabase,
  type KeukentafelDatabase,
  type Result,
  type Session,
} from '../../../../renderer/src/db';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import type { Assessment } from '../../../../shared/schemas/assessment';
import { sessionInternals } from '../../../../renderer/src/db/session';
import type { KeukentafelDexie } from '../../../../renderer/src/db/database';

export const PASSPHRASE = 'fiets boom regen lamp';
export const NOW = new Date('2024-05-01T10:00:00Z');

let counter = 0;
export function uniqueName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${String(counter)}-${crypto.randomUUID()}`;
}

export function later(minutes: number, from: Date = NOW): Date {
  return new Date(from.getTime() + minutes * 60_000);
}

/** Unwraps an ok result, failing the test with the error otherwise. */
export function ok<T, E>(result: Result<T, E>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function errorOf<T, E>(result: Result<T, E>): E {
  if (result.ok) expect.fail('expected a failure, got ok');
  return result.error;
}

export async function openFresh(name = uniqueName()): Promise<KeukentafelDatabase> {
  return ok(await openDatabase({ name }));
}

export interface Vault {
  readonly db: KeukentafelDatabase;
  readonly session: Session;
  readonly recoveryCode: string;
}

export async function freshVault(passphrase = PASSPHRASE): Promise<Vault> {
  const db = await openFresh();
  const created = ok(await createVault(db, passphrase, NOW));
  return { db, session: created.session, recoveryCode: created.recoveryCode };
}

export function dexieOf(session: Session): KeukentafelDexie {
  const internals = sessionInternals(session);
  if (!internals) throw new Error('not a session');
  return internals.core.db;
}

export async function addHousehold(
  session: Session,
  label = 'Gezin De Vries',
  extra: Partial<Household> = {},
): Promise<Household> {
  return ok(await session.households.create({ label, ...extra }, NOW));
}

export async function addPerson(
  session: Session,
  householdId: string,
  displayName = 'Fatma Çelik',
  birthDate = '1980-03-12',
): Promise<Person> {
  return ok(
    await session.persons.create({ householdId, role: 'volwassene', displayName, birthDate }, NOW),
  );
}

export async function addAssessment(
  session: Session,
  householdId: string,
  personId: string,
  takenAt = '2024-04-30',
): Promise<Assessment> {
  return ok(
    await session.assessments.create(
      {
        householdId,
        personId,
        instrumentId: 'positieve-gezondheid',
        instrumentVersion: '1.0.0',
        takenAt,
        status: 'final',
        answers: { kind: 'positieve-gezondheid', scores: { lichaam: 6, mentaal: 4 } },
      },
      NOW,
    ),
  );
}

/** Every value in every object store, read with the bare IndexedDB API (no Dexie, no key). */
export async function rawDump(name: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
  });
  const out: Record<string, unknown[]> = {};
  for (const store of Array.from(db.objectStoreNames)) {
    out[store] = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => {
        resolve(request.result as unknown[]);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('read failed'));
      };
    });
  }
  db.close();
  return out;
}

/** True when `needle` occurs in any string or byte array (as UTF-8 or UTF-16LE) in `value`. */
export function containsText(value: unknown, needle: string): boolean {
  const utf8 = new TextEncoder().encode(needle);
  const utf16 = new Uint8Array(needle.length * 2);
  for (let i = 0; i < needle.length; i++) {
    const code = needle.charCodeAt(i);
    utf16[i * 2] = code & 255;
    utf16[i * 2 + 1] = code >> 8;
  }
  const seen = new Set<unknown>();
  const visit = (item: unknown): boolean => {
    if (typeof item === 'string') return item.includes(needle);
    if (ArrayBuffer.isView(item)) {
      const bytes = new Uint8Array(item.buffer, item.byteOffset, item.byteLength);
      return indexOf(bytes, utf8) >= 0 || indexOf(bytes, utf16) >= 0;
    }
    if (typeof item !== 'object' || item === null || seen.has(item)) return false;
    seen.add(item);
    return Object.values(item).some(visit) || Object.keys(item).some((key) => key.includes(needle));
  };
  return visit(value);
}

export function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
