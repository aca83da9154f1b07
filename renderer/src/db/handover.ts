// Handover file: one household and everything that belongs to it, for a colleague's laptop.
//
//   magic "KTOV\r\n\x1a\n" (8) | format u16 | header length u32 | header JSON (KDF params, salt)
//   | payload: IV (12) || AES-256-GCM(key from the one-time code, JSON; AAD = all bytes before)
//   | SHA-256 of everything before (32)
//
// The key comes from a one-time code (80 random bits, see sealing/handover-code.ts) that the
// sender reads out by phone; it is never stored. PBKDF2-SHA256 with 100,000 iterations: the code
// itself carries 80 bits, so guessing it from a stolen file takes 2^79 tries on average (millions
// of years even at 10^10 tries a second); the iterations add about 17 bits of margin and cost
// ~0.1 s on open. The trailing hash tells accidental damage (a flipped bit, a cut-off copy) apart
// before key derivation; when the hash fits but the tag does not, the code is wrong or the file
// was altered on purpose, and GCM cannot say which: the message says both.

import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { PlanDataSchema } from '../../../shared/plan/plan-schema';
import { SuggestionDecisionSchema } from '../../../shared/prevention/decision';
import { AssessmentSchema } from '../../../shared/schemas/assessment';
import { ConversationSchema, type Conversation } from '../../../shared/schemas/conversation';
import { HouseholdSchema, type Household } from '../../../shared/schemas/household';
import { PersonSchema, type Person } from '../../../shared/schemas/person';
import { fieldIssuesFromZod } from '../../../shared/schemas/zod-messages';
import { CaseloadIndex } from './caseload';
import type { RowColumns, RowWrite } from './core';
import { PAYLOAD_SCHEMA_VERSION, type SealedRow } from './database';
import { GenericEnvelopeSchema } from './repositories';
import {
  concat,
  equalBytes,
  fromBase64,
  fromUtf8,
  randomBytes,
  toBase64,
  utf8,
} from './sealing/bytes';
import { newHandoverCode, parseHandoverCode } from './sealing/handover-code';
import { openBytes, sealBytes } from './sealing/seal';
import { sessionInternals } from './session';
import type {
  AuditRecordInput,
  HandoverChoice,
  HandoverExport,
  HandoverFailure,
  HandoverImportOutcome,
  HandoverImportPlan,
  HandoverItem,
  HandoverPreview,
  HandoverTable,
  Id,
  ReadFailure,
  Result,
  Session,
} from './types';

export const HANDOVER_MAGIC = new Uint8Array([0x4b, 0x54, 0x4f, 0x56, 0x0d, 0x0a, 0x1a, 0x0a]);
export const HANDOVER_FORMAT_VERSION = 1;
export const HANDOVER_KDF_ITERATIONS = 100_000;
/** A file may raise the count later; the ceiling keeps a crafted file from stalling the app. */
const MAX_KDF_ITERATIONS = 5_000_000;
const SALT_BYTES = 16;
const PREFIX_BYTES = HANDOVER_MAGIC.length + 2 + 4;
const HASH_BYTES = 32;
const MAX_HEADER_BYTES = 4 * 1024;
const PAYLOAD_AAD_DOMAIN = utf8('keukentafel/handover/v1|');
const AUDIT_REASON = 'handover';

export const HANDOVER_TABLES = [
  'households',
  'persons',
  'assessments',
  'conversations',
  'plans',
  'decisions',
] as const satisfies readonly HandoverTable[];

const SaltSchema = z.string().transform((text, ctx) => {
  const bytes = fromBase64(text);
  if (bytes?.byteLength !== SALT_BYTES) {
    ctx.addIssue({ code: 'custom', message: 'salt' });
    return z.NEVER;
  }
  return bytes;
});

const HeaderSchema = z.strictObject({
  kdf: z.strictObject({
    algorithm: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(HANDOVER_KDF_ITERATIONS).max(MAX_KDF_ITERATIONS),
  }),
  salt: SaltSchema,
});

/** Plans and decisions travel in their storage envelope; their content must fit its schema. */
function envelopeWith(schema: z.ZodType) {
  return GenericEnvelopeSchema.superRefine((envelope, ctx) => {
    const data = schema.safeParse(envelope.data);
    if (data.success) return;
    for (const issue of data.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['data', ...issue.path], message: issue.message });
    }
  });
}

const PlanEnvelopeSchema = envelopeWith(PlanDataSchema);
const DecisionEnvelopeSchema = envelopeWith(SuggestionDecisionSchema);

const HandoverPayloadSchema = z
  .strictObject({
    kind: z.literal('keukentafel-handover'),
    schemaVersion: z.number().int().min(1),
    exportedAt: z.iso.datetime({ offset: true }),
    households: z.tuple([HouseholdSchema]),
    persons: z.array(PersonSchema).max(200),
    assessments: z.array(AssessmentSchema).max(20_000),
    conversations: z.array(ConversationSchema).max(2_000),
    plans: z.array(PlanEnvelopeSchema).max(200),
    decisions: z.array(DecisionEnvelopeSchema).max(10_000),
  })
  .superRefine((payload, ctx) => {
    // Everything must belong to the one household, and no id may appear twice.
    const householdId = payload.households[0].id;
    const seen = new Set<string>([householdId]);
    for (const table of HANDOVER_TABLES) {
      if (table === 'households') continue;
      payload[table].forEach((record, index) => {
        if (record.householdId !== householdId) {
          ctx.addIssue({ code: 'custom', path: [table, index, 'householdId'], message: 'other' });
        }
        if (seen.has(record.id)) {
          ctx.addIssue({ code: 'custom', path: [table, index, 'id'], message: 'duplicate' });
        }
        seen.add(record.id);
      });
    }
  });

/** The decrypted, checked content of a handover file. Pass it on to plan and apply. */
export type HandoverPayload = z.infer<typeof HandoverPayloadSchema>;

type PlainRecord = RowColumns & Readonly<Record<string, unknown>> & { createdAt: string };

const TABLE_SCHEMAS: Record<HandoverTable, z.ZodType<PlainRecord>> = {
  households: HouseholdSchema,
  persons: PersonSchema,
  assessments: AssessmentSchema,
  conversations: ConversationSchema,
  plans: GenericEnvelopeSchema,
  decisions: GenericEnvelopeSchema,
};

function recordsOf(payload: HandoverPayload, table: HandoverTable): readonly PlainRecord[] {
  return payload[table];
}

function fail(code: Exclude<HandoverFailure['code'], 'invalid-handover-content' | 'tampered'>): {
  ok: false;
  error: HandoverFailure;
} {
  return { ok: false, error: { code } };
}

function readFailure(error: ReadFailure): { ok: false; error: HandoverFailure } {
  if (error.code === 'tampered') return { ok: false, error };
  return fail(error.code);
}

async function deriveKey(
  code: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', code, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function prefixFor(headerBytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = new Uint8Array(PREFIX_BYTES);
  prefix.set(HANDOVER_MAGIC);
  const view = new DataView(prefix.buffer);
  view.setUint16(HANDOVER_MAGIC.length, HANDOVER_FORMAT_VERSION);
  view.setUint32(HANDOVER_MAGIC.length + 2, headerBytes.byteLength);
  return concat(prefix, headerBytes);
}

/** The household and all its records (deleted ones too), read in one snapshot and checked. */
async function collect(
  session: Session,
  householdId: Id,
  exportedAt: string,
): Promise<Result<HandoverPayload, HandoverFailure>> {
  const core = sessionInternals(session)?.core;
  if (!core || core.isLocked()) return fail('locked');
  const db = core.db;
  const tables = HANDOVER_TABLES.map((table) => db.sealedTable(table));
  const snapshot = await db.transaction('r', tables, async () => {
    const rows: Partial<Record<HandoverTable, SealedRow[]>> = {};
    const household = await db.households.get(householdId);
    rows.households = household ? [household] : [];
    for (const table of HANDOVER_TABLES) {
      if (table === 'households') continue;
      rows[table] = await db.sealedTable(table).where('householdId').equals(householdId).toArray();
    }
    return rows;
  });
  if (snapshot.households?.length !== 1) return fail('not-found');
  const out: Record<string, unknown> = {
    kind: 'keukentafel-handover',
    schemaVersion: PAYLOAD_SCHEMA_VERSION,
    exportedAt,
  };
  for (const table of HANDOVER_TABLES) {
    const opened = await core.openRows(table, snapshot[table] ?? [], TABLE_SCHEMAS[table], 'parse');
    if (!opened.ok) return readFailure(opened.error);
    out[table] = opened.value;
  }
  // The receiver parses with this schema: a record it would refuse is caught here, before sending.
  const parsed = HandoverPayloadSchema.safeParse(out);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-handover-content', issues: fieldIssuesFromZod(parsed.error.issues) },
    };
  }
  return { ok: true, value: parsed.data };
}

/**
 * Makes the handover file of one household with a fresh one-time code. Logs 'export' on the
 * household (also when it fails after reading). Nothing of the code is kept.
 */
export async function exportHandover(
  session: Session,
  householdId: Id,
  now: Date,
): Promise<Result<HandoverExport, HandoverFailure>> {
  const core = sessionInternals(session)?.core;
  if (!core || core.isLocked()) return fail('locked');
  const payload = await collect(session, householdId, now.toISOString());
  const audit: AuditRecordInput = {
    action: 'export',
    objectType: 'household',
    objectIds: [householdId],
    reason: AUDIT_REASON,
  };
  if (!payload.ok) {
    if (payload.error.code !== 'not-found' && payload.error.code !== 'locked') {
      await core.recordAudit({ ...audit, outcome: 'failure' }, now);
    }
    return payload;
  }
  // No file without its trace in the log.
  const logged = await core.recordAudit(audit, now);
  if (!logged.ok) {
    return fail(
      logged.error.code === 'storage-full' || logged.error.code === 'locked'
        ? logged.error.code
        : 'unavailable',
    );
  }
  const code = newHandoverCode();
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(code.bytes, salt, HANDOVER_KDF_ITERATIONS);
  code.bytes.fill(0);
  const header = utf8(
    JSON.stringify({
      kdf: { algorithm: 'PBKDF2-SHA256', iterations: HANDOVER_KDF_ITERATIONS },
      salt: toBase64(salt),
    }),
  );
  const prefix = prefixFor(header);
  const box = await sealBytes(
    key,
    concat(PAYLOAD_AAD_DOMAIN, prefix),
    utf8(JSON.stringify(payload.value)),
  );
  const body = concat(prefix, box);
  return { ok: true, value: { bytes: concat(body, sha256(body)), code: code.text } };
}

/** Checks the envelope, derives the key from the code, decrypts and parses. Writes nothing. */
async function openHandover(
  bytes: Uint8Array,
  codeText: string,
): Promise<Result<HandoverPayload, HandoverFailure>> {
  if (
    bytes.byteLength < HANDOVER_MAGIC.length ||
    !equalBytes(bytes.subarray(0, HANDOVER_MAGIC.length), HANDOVER_MAGIC)
  ) {
    return fail('not-a-handover');
  }
  if (bytes.byteLength < PREFIX_BYTES + HASH_BYTES) return fail('damaged-handover');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(HANDOVER_MAGIC.length) !== HANDOVER_FORMAT_VERSION) {
    return fail('unsupported-handover-version');
  }
  const headerLength = view.getUint32(HANDOVER_MAGIC.length + 2);
  const payloadStart = PREFIX_BYTES + headerLength;
  if (headerLength > MAX_HEADER_BYTES || payloadStart + HASH_BYTES > bytes.byteLength) {
    return fail('damaged-handover');
  }
  const body = bytes.subarray(0, bytes.byteLength - HASH_BYTES);
  if (!equalBytes(sha256(body), bytes.subarray(bytes.byteLength - HASH_BYTES))) {
    return fail('damaged-handover');
  }
  let header: z.infer<typeof HeaderSchema>;
  try {
    const parsed = HeaderSchema.safeParse(
      JSON.parse(fromUtf8(bytes.subarray(PREFIX_BYTES, payloadStart))),
    );
    if (!parsed.success) return fail('damaged-handover');
    header = parsed.data;
  } catch {
    return fail('damaged-handover');
  }
  const code = parseHandoverCode(codeText);
  if (!code.ok) return fail('malformed-code');
  const key = await deriveKey(code.value, header.salt, header.kdf.iterations);
  code.value.fill(0);
  const plaintext = await openBytes(
    key,
    concat(PAYLOAD_AAD_DOMAIN, bytes.subarray(0, payloadStart)),
    new Uint8Array(bytes.subarray(payloadStart, bytes.byteLength - HASH_BYTES)),
  );
  if (!plaintext.ok) return fail('wrong-code');
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(plaintext.value));
  } catch {
    return { ok: false, error: { code: 'invalid-handover-content', issues: [] } };
  }
  const parsed = HandoverPayloadSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-handover-content', issues: fieldIssuesFromZod(parsed.error.issues) },
    };
  }
  if (parsed.data.schemaVersion > PAYLOAD_SCHEMA_VERSION) return fail('newer-handover');
  return { ok: true, value: parsed.data };
}

function previewOf(payload: HandoverPayload): HandoverPreview {
  const household = payload.households[0];
  return {
    householdId: household.id,
    householdLabel: household.label,
    memberCount: payload.persons.filter((person) => person.deletedAt === undefined).length,
    counts: {
      households: 1,
      persons: payload.persons.length,
      assessments: payload.assessments.length,
      conversations: payload.conversations.length,
      plans: payload.plans.length,
      decisions: payload.decisions.length,
    },
    exportedAt: payload.exportedAt,
  };
}

/**
 * Opens a handover file with its code and says what it holds; writes nothing. 'damaged-handover'
 * for a changed or cut-off file, 'malformed-code' for a mistyped code, 'wrong-code' when the code
 * does not open it (or someone altered the file on purpose).
 */
export async function inspectHandover(
  bytes: Uint8Array,
  code: string,
): Promise<
  Result<{ readonly preview: HandoverPreview; readonly payload: HandoverPayload }, HandoverFailure>
> {
  const opened = await openHandover(bytes, code);
  if (!opened.ok) return opened;
  return { ok: true, value: { preview: previewOf(opened.value), payload: opened.value } };
}

/** JSON with sorted keys, so two records compare by content, not by key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : item,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function differences(
  mine: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
  prefix = '',
): { field: string; mine: unknown; theirs: unknown }[] {
  const out: { field: string; mine: unknown; theirs: unknown }[] = [];
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].sort();
  for (const key of keys) {
    const a = mine[key];
    const b = theirs[key];
    if (canonical(a) === canonical(b)) continue;
    // Plan and decision content sits under `data`: show its fields, not one blob.
    if (prefix === '' && key === 'data' && isPlainObject(a) && isPlainObject(b)) {
      out.push(...differences(a, b, 'data.'));
    } else {
      out.push({ field: `${prefix}${key}`, mine: a, theirs: b });
    }
  }
  return out;
}

interface Planned {
  readonly plan: HandoverImportPlan;
  /** The stored copy per conflicting id, to check and to replace. */
  readonly mine: ReadonlyMap<Id, PlainRecord>;
}

async function planImport(
  session: Session,
  payload: HandoverPayload,
): Promise<Result<Planned, HandoverFailure>> {
  const core = sessionInternals(session)?.core;
  if (!core || core.isLocked()) return fail('locked');
  const householdId = payload.households[0].id;
  const items: HandoverItem[] = [];
  const mineById = new Map<Id, PlainRecord>();
  const counts = { new: 0, same: 0, conflict: 0 };
  for (const table of HANDOVER_TABLES) {
    const records = recordsOf(payload, table);
    const rows = await core.db.sealedTable(table).bulkGet(records.map((record) => record.id));
    const present = rows.filter((row): row is SealedRow => row !== undefined);
    const opened = await core.openRows(table, present, TABLE_SCHEMAS[table], 'parse');
    if (!opened.ok) return readFailure(opened.error);
    const stored = new Map(opened.value.map((record) => [record.id, record]));
    for (const theirs of records) {
      const mine = stored.get(theirs.id);
      if (!mine) {
        counts.new++;
        items.push({ status: 'new', table, id: theirs.id, theirs });
        continue;
      }
      // An id that belongs to another household here: never move records between households.
      if (table !== 'households' && mine.householdId !== householdId) return fail('id-clash');
      if (mine.rev === theirs.rev && canonical(mine) === canonical(theirs)) {
        counts.same++;
        items.push({ status: 'same', table, id: theirs.id, theirs });
        continue;
      }
      counts.conflict++;
      mineById.set(theirs.id, mine);
      items.push({
        status: 'conflict',
        table,
        id: theirs.id,
        theirs,
        mine,
        differences: differences(mine, theirs),
      });
    }
  }
  return { ok: true, value: { plan: { householdId, items, counts }, mine: mineById } };
}

/**
 * Compares the file with this laptop, record by record: 'new' (not here), 'same' (identical rev
 * and content) or 'conflict' (same id, another rev or content; both versions given). Writes one
 * 'read' audit entry when a copy of the household is already here (it is shown side by side).
 * 'id-clash' when a record id belongs to another household on this laptop.
 */
export async function planHandoverImport(
  session: Session,
  payload: HandoverPayload,
  now: Date,
): Promise<Result<HandoverImportPlan, HandoverFailure>> {
  const planned = await planImport(session, payload);
  if (!planned.ok) return planned;
  const { plan } = planned.value;
  if (plan.counts.same + plan.counts.conflict > 0) {
    const core = sessionInternals(session)?.core;
    await core?.recordAudit(
      {
        action: 'read',
        objectType: 'household',
        objectIds: [plan.householdId],
        reason: AUDIT_REASON,
      },
      now,
    );
  }
  return { ok: true, value: plan };
}

function latestIso(...values: readonly string[]): string {
  return values.reduce((latest, value) =>
    Date.parse(value) > Date.parse(latest) ? value : latest,
  );
}

function columnsOf(record: RowColumns): RowColumns {
  return {
    id: record.id,
    updatedAt: record.updatedAt,
    rev: record.rev,
    householdId: record.householdId,
    personId: record.personId,
    deletedAt: record.deletedAt,
  };
}

/**
 * Writes the new records and, per conflict, keeps this laptop's copy ('mine') or takes the file's
 * ('theirs'), in one transaction with its audit entry: all or nothing. A record taken from the
 * file is stored as a new write here: rev = max(mine, theirs) + 1 and updatedAt = the latest of
 * now and both copies, so both earlier versions count as older everywhere. New records keep their
 * rev and times exactly. 'choice-missing' when a conflict has no choice; 'conflict' when a record
 * changed here since the plan (plan again).
 */
export async function applyHandoverImport(
  session: Session,
  payload: HandoverPayload,
  choices: Readonly<Record<Id, HandoverChoice>>,
  now: Date,
): Promise<Result<HandoverImportOutcome, HandoverFailure>> {
  const core = sessionInternals(session)?.core;
  if (!core || core.isLocked()) return fail('locked');
  return core.serialize(async () => {
    const planned = await planImport(session, payload);
    if (!planned.ok) return planned;
    const { plan, mine } = planned.value;
    const writes: { table: HandoverTable; record: PlainRecord; expectedRev: number | null }[] = [];
    let kept = 0;
    for (const item of plan.items) {
      if (item.status === 'same') continue;
      const theirs = item.theirs as PlainRecord;
      if (item.status === 'new') {
        writes.push({ table: item.table, record: theirs, expectedRev: null });
        continue;
      }
      const choice = choices[item.id];
      const stored = mine.get(item.id);
      if (choice === undefined || !stored) return fail('choice-missing');
      if (choice === 'mine') {
        kept++;
        continue;
      }
      const next = TABLE_SCHEMAS[item.table].safeParse({
        ...theirs,
        rev: Math.max(stored.rev, theirs.rev) + 1,
        updatedAt: latestIso(now.toISOString(), stored.updatedAt, theirs.updatedAt),
      });
      if (!next.success) {
        return {
          ok: false,
          error: {
            code: 'invalid-handover-content',
            issues: fieldIssuesFromZod(next.error.issues),
          },
        };
      }
      writes.push({ table: item.table, record: next.data, expectedRev: stored.rev });
    }
    const rows: RowWrite[] = [];
    for (const write of writes) {
      const sealed = await core.sealRow(write.table, columnsOf(write.record), write.record);
      if (!sealed.ok) return fail('locked');
      rows.push({ table: write.table, row: sealed.value, expectedRev: write.expectedRev });
    }
    // NEN 7513: the household and every record written, ids only (at most 1,000 per entry).
    const ids = [plan.householdId, ...writes.map((write) => write.record.id)];
    const unique = [...new Set(ids)];
    const audit: AuditRecordInput[] = [];
    for (let start = 0; start < unique.length; start += 1_000) {
      audit.push({
        action: 'restore',
        objectType: 'household',
        objectIds: unique.slice(start, start + 1_000),
        reason: AUDIT_REASON,
      });
    }
    const committed = await core.commit({ rows, audit }, now);
    if (!committed.ok) {
      const code = committed.error.code;
      return fail(
        code === 'storage-full' || code === 'conflict' || code === 'locked' ? code : 'unavailable',
      );
    }
    if (session.caseload instanceof CaseloadIndex) {
      const index = session.caseload;
      for (const write of writes) {
        if (write.table === 'households')
          index.applyHousehold(write.record as unknown as Household);
        if (write.table === 'persons') index.applyPerson(write.record as unknown as Person);
        if (write.table === 'conversations') {
          index.applyConversation(write.record as unknown as Conversation);
        }
      }
    }
    const replaced = writes.filter((write) => write.expectedRev !== null).length;
    return {
      ok: true,
      value: {
        householdId: plan.householdId,
        added: writes.length - replaced,
        replaced,
        kept,
        unchanged: plan.counts.same,
      },
    };
  });
}

/** 'keukentafel-overdracht-2024-05-01.ktov' (local date); no name of the household in it. */
export function handoverFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `keukentafel-overdracht-${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.ktov`;
}
