// Storage harness page: NOT part of the app. `npm run bench` and the Chromium storage tests
// (tests/storage-e2e) call these functions through Playwright, against the real storage core in
// a real Chromium profile. Everything is reached through renderer/src/db; the raw-Dexie baseline
// and the raw IndexedDB reads are the only other database access, and they exist to compare and
// to look at what is really on disk.

import Dexie from 'dexie';
import { z } from 'zod';
import {
  createVault,
  exportBackup,
  inspectBackup,
  openDatabase,
  restoreBackup,
  unlockWithPassphrase,
  type KeukentafelDatabase,
  type Session,
} from '../renderer/src/db';
import { bulkCreate } from '../renderer/src/db/bulk';
import { sessionInternals } from '../renderer/src/db/session';
import { AssessmentSchema, type Assessment } from '../shared/schemas/assessment';
import { generateCaseload, type Caseload, type CaseloadSize } from '../scripts/bench/caseload';
import { fromBase64, toBase64 } from '../renderer/src/db/sealing/bytes';
import { parseSuggestCase } from '../shared/prevention/case';
import { suggest } from '../shared/prevention/engine';
import { DEFAULT_PROFILE_ID, PROFILES } from '../shared/profiles/registry';

const PASSPHRASE = 'fiets boom regen lamp zee';
const LargePlanSchema = z.strictObject({ text: z.string() });

interface State {
  db: KeukentafelDatabase | null;
  session: Session | null;
  name: string;
  caseload: Caseload | null;
  raw: Dexie | null;
}

const state: State = { db: null, session: null, name: 'keukentafel', caseload: null, raw: null };

function requireSession(): Session {
  if (!state.session) throw new Error('no session');
  return state.session;
}

function requireDb(): KeukentafelDatabase {
  if (!state.db) throw new Error('no database');
  return state.db;
}

async function open(name: string): Promise<KeukentafelDatabase> {
  if (state.db && state.name === name) return state.db;
  state.db?.close();
  state.name = name;
  const opened = await openDatabase({ name });
  if (!opened.ok) throw new Error(`open failed: ${opened.error.code}`);
  state.db = opened.value;
  return opened.value;
}

async function setUp(name: string, passphrase = PASSPHRASE): Promise<string> {
  const db = await open(name);
  const created = await createVault(db, passphrase, new Date());
  if (!created.ok) throw new Error(`create failed: ${created.error.code}`);
  state.session = created.value.session;
  return created.value.recoveryCode;
}

async function unlock(name: string, passphrase = PASSPHRASE): Promise<string> {
  const db = await open(name);
  const result = await unlockWithPassphrase(db, passphrase, new Date());
  if (!result.ok) return result.error.code;
  state.session = result.value;
  return 'ok';
}

async function saveHousehold(label: string, address?: string): Promise<string> {
  const result = await requireSession().households.create(
    { label, ...(address === undefined ? {} : { address }) },
    new Date(),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value.id;
}

async function savePerson(householdId: string, displayName: string): Promise<string> {
  const result = await requireSession().persons.create(
    { householdId, role: 'volwassene', displayName, birthDate: '1980-03-12' },
    new Date(),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value.id;
}

/** A finished intake conversation whose question is `question` (schema version 2). */
async function saveConversation(householdId: string, question: string): Promise<string> {
  const result = await requireSession().conversations.create(
    {
      householdId,
      kind: 'intake',
      date: '2024-05-01',
      question,
      strengths: question,
      network: [],
      changes: [],
      agreements: [],
      assessmentIds: [],
    },
    new Date(),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value.id;
}

/** Opens a household through the repositories; returns the failure code or 'ok'. */
async function readHousehold(id: string): Promise<string> {
  const result = await requireSession().openHousehold(id, new Date());
  return result.ok ? 'ok' : result.error.code;
}

function bareOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
  });
}

function bareGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => {
      resolve(request.result as unknown[]);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('read failed'));
    };
  });
}

function bytesContain(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Reads every store with the bare IndexedDB API and looks for `needle` in strings and bytes. */
async function rawContains(
  name: string,
  needle: string,
): Promise<{ stores: number; rows: number; found: string[] }> {
  const db = await bareOpen(name);
  const utf8 = new TextEncoder().encode(needle);
  const utf16 = new Uint8Array(needle.length * 2);
  for (let i = 0; i < needle.length; i++) {
    utf16[i * 2] = needle.charCodeAt(i) & 255;
    utf16[i * 2 + 1] = needle.charCodeAt(i) >> 8;
  }

  const found: string[] = [];
  let rows = 0;
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes(needle)) found.push(path);
    } else if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      if (bytesContain(bytes, utf8) || bytesContain(bytes, utf16)) found.push(path);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    }
  };
  const stores = Array.from(db.objectStoreNames);
  for (const store of stores) {
    const values = await bareGetAll(db, store);
    rows += values.length;
    values.forEach((value, index) => {
      visit(value, `${store}[${String(index)}]`);
    });
  }
  db.close();
  return { stores: stores.length, rows, found };
}

/** Changes what is on disk behind the app's back: one flipped byte, or two boxes swapped. */
async function tamper(
  table: string,
  mode: 'flip' | 'swap',
  id: string,
  otherId?: string,
): Promise<void> {
  const dexie = sessionInternals(requireSession())?.core.db;
  if (!dexie) throw new Error('no session');
  const store = dexie.table<{ id: string; box: Uint8Array<ArrayBuffer> }, string>(table);
  const row = await store.get(id);
  if (!row) throw new Error('no row');
  if (mode === 'flip') {
    const box = new Uint8Array(row.box);
    box[box.length - 20] = (box[box.length - 20] ?? 0) ^ 1;
    await store.put({ ...row, box });
    return;
  }
  const other = otherId === undefined ? undefined : await store.get(otherId);
  if (!other) throw new Error('no other row');
  await store.put({ ...row, box: other.box });
  await store.put({ ...other, box: row.box });
}

/** Saves forever (until the browser dies): logs each committed save so the test knows. */
async function saveLoop(householdId: string, count: number): Promise<void> {
  const session = requireSession();
  let current = await session.households.get(householdId, new Date());
  for (let i = 1; i <= count; i++) {
    if (!current.ok) throw new Error(current.error.code);
    const next = await session.households.update(
      { ...current.value, label: `Gezin Lus ${String(i)}` },
      new Date(),
    );
    if (!next.ok) throw new Error(next.error.code);
    current = next;
    console.log(`committed ${String(i)} rev ${String(next.value.rev)}`);
  }
}

/** After a crash: every household rev has its audit entry, and the chain is whole. */
async function integrity(householdId: string): Promise<{
  label: string;
  rev: number;
  auditWrites: number;
  chain: string;
}> {
  const session = requireSession();
  const household = await session.households.get(householdId, new Date());
  if (!household.ok) throw new Error(household.error.code);
  const audit = await session.audit.list({ limit: 10_000 });
  if (!audit.ok) throw new Error(audit.error.code);
  const writes = audit.value.filter(
    (entry) =>
      entry.objectIds.includes(householdId) &&
      (entry.action === 'create' || entry.action === 'update'),
  ).length;
  const chain = await session.audit.verifyChain();
  return {
    label: household.value.label,
    rev: household.value.rev,
    auditWrites: writes,
    chain: chain.ok ? (chain.value.ok ? 'ok' : chain.value.problem) : chain.error.code,
  };
}

async function saveLarge(householdId: string, sizeChars: number): Promise<string> {
  const session = requireSession();
  const result = await session.plans.create(
    LargePlanSchema,
    { householdId, data: { text: 'x'.repeat(sizeChars) } },
    new Date(),
  );
  return result.ok ? 'ok' : result.error.code;
}

async function saveLargeHousehold(label: string, address: string): Promise<string> {
  const result = await requireSession().households.create({ label, address }, new Date());
  return result.ok ? `ok:${result.value.id}` : result.error.code;
}

/** Many households at once (one transaction), so a list is a large scan (the worker path). */
async function bulkHouseholds(count: number): Promise<string[]> {
  const at = new Date().toISOString();
  const records = Array.from({ length: count }, (_, index) => ({
    id: crypto.randomUUID(),
    label: `Gezin Bulk ${String(index)} Çelik`,
    createdAt: at,
    updatedAt: at,
    rev: 1,
  }));
  const result = await bulkCreate(requireSession(), 'households', records, new Date());
  if (!result.ok) throw new Error(result.error.code);
  return records.map((record) => record.id);
}

async function auditStatus(): Promise<{ entries: number; chain: string }> {
  const chain = await requireSession().audit.verifyChain();
  if (!chain.ok) return { entries: -1, chain: chain.error.code };
  return chain.value.ok
    ? { entries: chain.value.entries, chain: 'ok' }
    : { entries: -1, chain: chain.value.problem };
}

async function countHouseholds(): Promise<number> {
  const list = await requireSession().households.list(new Date());
  if (!list.ok) throw new Error(list.error.code);
  return list.value.length;
}

async function backupBase64(): Promise<string> {
  const bytes = await exportBackup(requireSession(), new Date());
  if (!bytes.ok) throw new Error(bytes.error.code);
  return toBase64(bytes.value);
}

async function inspectBase64(data: string, passphrase: string): Promise<string> {
  const bytes = fromBase64(data);
  if (!bytes) return 'not-base64';
  const result = await inspectBackup(bytes, { passphrase });
  return result.ok ? `ok:${String(result.value.counts.households)}` : result.error.code;
}

async function restoreBase64(name: string, data: string, passphrase: string): Promise<string> {
  const bytes = fromBase64(data);
  if (!bytes) return 'not-base64';
  const db = await open(name);
  const result = await restoreBackup(db, bytes, { passphrase }, new Date(), {
    ...(state.session && !state.session.isLocked() ? { session: state.session } : {}),
  });
  if (!result.ok) return result.error.code;
  state.session = result.value.session;
  return 'ok';
}

async function lock(): Promise<void> {
  await requireSession().lock('user', new Date());
}

// --- benchmark -------------------------------------------------------------------------------

const RAW_STORES = {
  households: 'id',
  persons: 'id, householdId',
  assessments: 'id, householdId, personId',
  plans: 'id, householdId',
};

async function rawDb(name: string): Promise<Dexie> {
  if (state.raw) return state.raw;
  const raw = new Dexie(name, { chromeTransactionDurability: 'strict', cache: 'disabled' });
  raw.version(1).stores(RAW_STORES);
  await raw.open();
  state.raw = raw;
  return raw;
}

/** Seeds the sealed vault and the raw baseline with the same synthetic caseload. */
async function seed(name: string, size: CaseloadSize): Promise<Record<string, number>> {
  const t0 = performance.now();
  const caseload = generateCaseload(size);
  state.caseload = caseload;
  const generated = performance.now() - t0;
  await setUp(name);
  const session = requireSession();
  const now = new Date();
  const t1 = performance.now();
  for (const [table, records] of [
    ['households', caseload.households],
    ['persons', caseload.persons],
    ['assessments', caseload.assessments],
    ['plans', caseload.plans],
  ] as const) {
    const result = await bulkCreate(session, table, records, now);
    if (!result.ok) throw new Error(`seed ${table}: ${result.error.code}`);
  }
  const sealed = performance.now() - t1;
  const raw = await rawDb(`${name}-raw`);
  const t2 = performance.now();
  await raw.transaction('rw', raw.tables, async () => {
    await raw.table('households').bulkPut(caseload.households);
    await raw.table('persons').bulkPut(caseload.persons);
    await raw.table('assessments').bulkPut(caseload.assessments);
    await raw.table('plans').bulkPut(caseload.plans);
  });
  return { generated, sealed, raw: performance.now() - t2 };
}

function freshAssessments(count: number, round: number): Assessment[] {
  const source = state.caseload?.assessments ?? [];
  return Array.from({ length: count }, (_, index) => {
    const base = source[(index + round * count) % source.length];
    if (!base) throw new Error('no caseload');
    return { ...base, id: crypto.randomUUID() };
  });
}

/** One round of bulk writes: raw bulkPut and sealed bulk create of `count` new assessments. */
async function writeRound(count: number, round: number): Promise<{ raw: number; sealed: number }> {
  const raw = await rawDb(`${state.name}-raw`);
  const session = requireSession();
  const rawBatch = freshAssessments(count, round);
  const sealedBatch = freshAssessments(count, round);
  const rawFirst = round % 2 === 0;
  const timeRaw = async () => {
    const t = performance.now();
    await raw.transaction('rw', raw.table('assessments'), () =>
      raw.table('assessments').bulkPut(rawBatch),
    );
    return performance.now() - t;
  };
  const timeSealed = async () => {
    const t = performance.now();
    const result = await bulkCreate(session, 'assessments', sealedBatch, new Date());
    if (!result.ok) throw new Error(result.error.code);
    return performance.now() - t;
  };
  const first = rawFirst ? await timeRaw() : await timeSealed();
  const second = rawFirst ? await timeSealed() : await timeRaw();
  // Keep the tables at caseload size for the read rounds.
  await raw.table('assessments').bulkDelete(rawBatch.map((record) => record.id));
  const dexie = sessionInternals(session)?.core.db;
  await dexie?.assessments.bulkDelete(sealedBatch.map((record) => record.id));
  return rawFirst ? { raw: first, sealed: second } : { raw: second, sealed: first };
}

/** One round of full reads of the assessments table: raw toArray vs sealed open + zod parse. */
async function readRound(round: number): Promise<{ raw: number; sealed: number; count: number }> {
  const raw = await rawDb(`${state.name}-raw`);
  const core = sessionInternals(requireSession())?.core;
  if (!core) throw new Error('no session');
  const timeRaw = async () => {
    const t = performance.now();
    const rows = await raw.table('assessments').toArray();
    if (rows.length === 0) throw new Error('empty');
    return performance.now() - t;
  };
  let count = 0;
  const timeSealed = async () => {
    const t = performance.now();
    const opened = await core.scanTable('assessments', AssessmentSchema, 'authenticate');
    if (!opened.ok) throw new Error(opened.error.code);
    count = opened.value.length;
    return performance.now() - t;
  };
  const rawFirst = round % 2 === 0;
  const first = rawFirst ? await timeRaw() : await timeSealed();
  const second = rawFirst ? await timeSealed() : await timeRaw();
  return rawFirst ? { raw: first, sealed: second, count } : { raw: second, sealed: first, count };
}

/**
 * Lock, then unlock and load the caseload index. Key derivation is timed separately with the
 * same parameters and subtracted: the budget excludes it.
 */
async function unlockRound(): Promise<{
  unlock: number;
  kdf: number;
  load: number;
  entries: number;
}> {
  await requireSession().lock('user', new Date());
  const db = requireDb();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const tk = performance.now();
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(PASSPHRASE),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
    base,
    256,
  );
  const kdf = performance.now() - tk;
  const tu = performance.now();
  const unlocked = await unlockWithPassphrase(db, PASSPHRASE, new Date());
  const unlock = performance.now() - tu;
  if (!unlocked.ok) throw new Error(unlocked.error.code);
  state.session = unlocked.value;
  const tl = performance.now();
  const loaded = await unlocked.value.caseload.load(new Date());
  if (!loaded.ok) throw new Error(loaded.error.code);
  const entries = unlocked.value.caseload.entries().length;
  return { unlock, kdf, load: performance.now() - tl, entries };
}

/** Types each query a character at a time; returns the time of every keystroke's search. */
function searchRound(queries: readonly string[]): { times: number[]; hits: number[] } {
  const session = requireSession();
  const times: number[] = [];
  const hits: number[] = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const t = performance.now();
      const result = session.caseload.search(query.slice(0, length));
      times.push(performance.now() - t);
      hits.push(result.length);
    }
  }
  return { times, hits };
}

async function openHouseholdRound(count: number): Promise<number[]> {
  const session = requireSession();
  const households = state.caseload?.households ?? [];
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const household = households[Math.floor(Math.random() * households.length)];
    if (!household) throw new Error('no caseload');
    const t = performance.now();
    const result = await session.openHousehold(household.id, new Date());
    times.push(performance.now() - t);
    if (!result.ok) throw new Error(result.error.code);
  }
  return times;
}

async function saveAssessmentRound(count: number): Promise<number[]> {
  const session = requireSession();
  const persons = state.caseload?.persons ?? [];
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const person = persons[Math.floor(Math.random() * persons.length)];
    if (!person) throw new Error('no caseload');
    const t = performance.now();
    const result = await session.assessments.create(
      {
        householdId: person.householdId,
        personId: person.id,
        instrumentId: 'positieve-gezondheid',
        instrumentVersion: '1.0.0',
        takenAt: '2024-05-01',
        status: 'final',
        answers: { kind: 'positieve-gezondheid', scores: { 'mentaal-welbevinden': 6, meedoen: 4 } },
      },
      new Date(),
    );
    times.push(performance.now() - t);
    if (!result.ok) throw new Error(result.error.code);
  }
  return times;
}

/**
 * Times the suggestion engine for one household at a time, over the example cases against the
 * default (and most complete) profile, after a warm-up so the JIT has compiled the engine.
 */
function suggestRound(rawCases: readonly unknown[], rounds: number): number[] {
  const profile = PROFILES.find((candidate) => candidate.id === DEFAULT_PROFILE_ID);
  if (!profile) throw new Error('default profile missing');
  const cases = rawCases.map((raw) => {
    const parsed = parseSuggestCase(raw);
    if (!parsed.ok) throw new Error('example case does not parse');
    return parsed.value;
  });
  const now = new Date('2026-01-01T12:00:00Z');
  for (const input of cases) suggest(input, profile, now);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of cases) {
      const t = performance.now();
      suggest(input, profile, now);
      times.push(performance.now() - t);
    }
  }
  return times;
}

const harness = {
  /** The vault passphrase of every harness vault, so `npm run bench` can unlock in the app. */
  passphrase: PASSPHRASE,
  setUp,
  unlock,
  lock,
  saveHousehold,
  savePerson,
  saveConversation,
  readHousehold,
  rawContains,
  tamper,
  saveLoop,
  integrity,
  saveLarge,
  saveLargeHousehold,
  auditStatus,
  bulkHouseholds,
  countHouseholds,
  backupBase64,
  inspectBase64,
  restoreBase64,
  close: () => {
    state.db?.close();
    state.raw?.close();
  },
  bench: {
    seed,
    writeRound,
    readRound,
    unlockRound,
    searchRound,
    openHouseholdRound,
    saveAssessmentRound,
    suggestRound,
  },
};

export type Harness = typeof harness;

declare global {
  interface Window {
    keukentafelHarness: Harness;
  }
}

window.keukentafelHarness = harness;
document.getElementById('status')?.setAttribute('data-ready', 'true');
