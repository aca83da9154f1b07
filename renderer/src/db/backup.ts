// Backup file: the whole vault in one encrypted envelope.
//
//   magic "KTBK\r\n\x1a\n" (8) | format u16 | header length u32 | header JSON (UTF-8)
//   | payload: IV (12) || AES-256-GCM(data key, JSON of every table; AAD = all bytes before it)
//   | SHA-256 of everything before (32)
//
// The header holds the KDF parameters and both wrapped copies of the data key (passphrase and
// recovery code), so the file opens on a new laptop. The trailing hash tells damage (a flipped
// bit, a cut-off copy) apart from a wrong secret before any key derivation; the AEAD tag makes
// deliberate changes fail too. After decryption every record is parsed with its zod schema.

import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { AssessmentSchema } from '../../../shared/schemas/assessment';
import { ConversationSchema } from '../../../shared/schemas/conversation';
import { HouseholdSchema } from '../../../shared/schemas/household';
import { PersonSchema } from '../../../shared/schemas/person';
import { fieldIssuesFromZod } from '../../../shared/schemas/zod-messages';
import { AuditEntrySchema, chainHash, entryOf, GENESIS_HEAD, hex } from './audit-chain';
import { openAuditRow, readHead, type RowColumns } from './core';
import { concat, equalBytes, fromBase64, fromUtf8, toBase64, utf8 } from './sealing/bytes';
import {
  importDataKey,
  unwrapRawWithPassphrase,
  unwrapRawWithRecoveryCode,
  wrapWithPassphrase,
  type PassphraseWrap,
  type WrappedKey,
} from './sealing/keys';
import { parseRecoveryCode } from './sealing/recovery-code';
import { openBytes, seal, sealBytes } from './sealing/seal';
import {
  PAYLOAD_SCHEMA_VERSION,
  RECORD_TABLES,
  type AuditRow,
  type MetaRow,
  type RecordTable,
  type SealedRow,
  type SealedTable,
} from './database';
import { DraftPayloadSchema } from './drafts';
import { AbortWith, classifyWriteError } from './errors';
import {
  DEFAULT_SETTINGS,
  KdfParamsSchema,
  META_KEYS,
  SettingsSchema,
  readVaultMeta,
  type VaultMeta,
} from './meta';
import { ProfileRecordSchema } from './profiles';
import { GenericEnvelopeSchema } from './repositories';
import { createSession, sessionInternals } from './session';
import { assessPassphrase } from '../../../shared/security/passphrase-strength';
import type {
  BackupFailure,
  BackupPreview,
  BackupSecret,
  BackupTable,
  Failure,
  ReadFailure,
  Result,
  RestoreFailure,
  RestoreOptions,
  RestoreOutcome,
  Session,
  TamperedFailure,
} from './types';
import type { DatabaseHandle } from './vault';

export const BACKUP_MAGIC = new Uint8Array([0x4b, 0x54, 0x42, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a]);
export const BACKUP_FORMAT_VERSION = 1;
const PREFIX_BYTES = BACKUP_MAGIC.length + 2 + 4;
const HASH_BYTES = 32;
const MAX_HEADER_BYTES = 64 * 1024;
const PAYLOAD_AAD_DOMAIN = utf8('keukentafel/backup/v1|');

const Base64Schema = z.string().transform((text, ctx) => {
  const bytes = fromBase64(text);
  if (!bytes) {
    ctx.addIssue({ code: 'custom', message: 'base64' });
    return z.NEVER;
  }
  return bytes;
});

const WrapSchema = z.strictObject({ salt: Base64Schema, iv: Base64Schema, wrapped: Base64Schema });

const HeaderSchema = z.strictObject({
  createdAt: z.iso.datetime({ offset: true }),
  schemaVersion: z.number().int().min(1),
  passphrase: WrapSchema.extend({ kdf: KdfParamsSchema }),
  recovery: WrapSchema,
});
type Header = z.infer<typeof HeaderSchema>;

const StoredAuditSchema = AuditEntrySchema;

const PayloadSchema = z.strictObject({
  vault: z.strictObject({ actorId: z.uuid(), createdAt: z.iso.datetime({ offset: true }) }),
  settings: SettingsSchema,
  households: z.array(HouseholdSchema),
  persons: z.array(PersonSchema),
  assessments: z.array(AssessmentSchema),
  plans: z.array(GenericEnvelopeSchema),
  suggestions: z.array(GenericEnvelopeSchema),
  decisions: z.array(GenericEnvelopeSchema),
  // Added with schema version 2; a backup made before has neither key and restores as before.
  // Same format number: the file layout did not change, and an older app refuses the unknown
  // keys ('invalid-backup-content') instead of dropping them.
  conversations: z.array(ConversationSchema).default([]),
  profiles: z.array(ProfileRecordSchema).default([]),
  drafts: z.array(DraftPayloadSchema),
  audit: z.array(StoredAuditSchema),
});
export type BackupPayload = z.infer<typeof PayloadSchema>;

interface OpenedBackup {
  readonly header: Header;
  readonly payload: BackupPayload;
  readonly rawKey: Uint8Array<ArrayBuffer>;
  readonly preview: BackupPreview;
}

function fail<C extends BackupFailure['code']>(code: C): { ok: false; error: Failure<C> } {
  return { ok: false, error: { code } };
}

function wrapToJson(wrap: WrappedKey): { salt: string; iv: string; wrapped: string } {
  return { salt: toBase64(wrap.salt), iv: toBase64(wrap.iv), wrapped: toBase64(wrap.wrapped) };
}

function encodeEnvelope(headerJson: string, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = utf8(headerJson);
  const prefix = new Uint8Array(PREFIX_BYTES);
  prefix.set(BACKUP_MAGIC);
  const view = new DataView(prefix.buffer);
  view.setUint16(BACKUP_MAGIC.length, BACKUP_FORMAT_VERSION);
  view.setUint32(BACKUP_MAGIC.length + 2, header.byteLength);
  const body = concat(prefix, header, payload);
  return concat(body, sha256(body));
}

function payloadAad(headerBytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return concat(PAYLOAD_AAD_DOMAIN, headerBytes);
}

/** Everything a session can read, decrypted and parsed; a tampered row fails the export. */
async function collect(
  session: Session,
): Promise<
  Result<Omit<BackupPayload, 'vault'>, Failure<'locked' | 'unavailable'> | TamperedFailure>
> {
  const core = sessionInternals(session)?.core;
  const key = core?.currentKey();
  if (!core || !key) return { ok: false, error: { code: 'locked' } };
  const db = core.db;
  // One read transaction: the file is a consistent snapshot even while the app keeps saving.
  const snapshot = await db.transaction('r', db.tables, async () => ({
    households: await db.households.toArray(),
    persons: await db.persons.toArray(),
    assessments: await db.assessments.toArray(),
    plans: await db.plans.toArray(),
    suggestions: await db.suggestions.toArray(),
    decisions: await db.decisions.toArray(),
    conversations: await db.conversations.toArray(),
    profiles: await db.profiles.toArray(),
    drafts: await db.drafts.toArray(),
    audit: await db.audit.orderBy('seq').toArray(),
    settings: (await db.meta.get(META_KEYS.settings))?.value,
  }));
  const [
    households,
    persons,
    assessments,
    plans,
    suggestions,
    decisions,
    conversations,
    profiles,
    drafts,
  ] = await Promise.all([
    core.openRows('households', snapshot.households, HouseholdSchema, 'authenticate'),
    core.openRows('persons', snapshot.persons, PersonSchema, 'authenticate'),
    core.openRows('assessments', snapshot.assessments, AssessmentSchema, 'authenticate'),
    core.openRows('plans', snapshot.plans, GenericEnvelopeSchema, 'authenticate'),
    core.openRows('suggestions', snapshot.suggestions, GenericEnvelopeSchema, 'authenticate'),
    core.openRows('decisions', snapshot.decisions, GenericEnvelopeSchema, 'authenticate'),
    core.openRows('conversations', snapshot.conversations, ConversationSchema, 'authenticate'),
    core.openRows('profiles', snapshot.profiles, ProfileRecordSchema, 'authenticate'),
    core.openRows('drafts', snapshot.drafts, DraftPayloadSchema, 'authenticate'),
  ]);
  if (!households.ok) return readError(households.error);
  if (!persons.ok) return readError(persons.error);
  if (!assessments.ok) return readError(assessments.error);
  if (!plans.ok) return readError(plans.error);
  if (!suggestions.ok) return readError(suggestions.error);
  if (!decisions.ok) return readError(decisions.error);
  if (!conversations.ok) return readError(conversations.error);
  if (!profiles.ok) return readError(profiles.error);
  if (!drafts.ok) return readError(drafts.error);
  const audit = [];
  for (const row of snapshot.audit) {
    const opened = await openAuditRow(key, row);
    if (!opened.ok) return { ok: false, error: { code: 'tampered', table: 'audit', id: row.id } };
    audit.push(entryOf(opened.value));
  }
  const settings = SettingsSchema.safeParse(snapshot.settings);
  return {
    ok: true,
    value: {
      settings: settings.success ? settings.data : DEFAULT_SETTINGS,
      households: households.value,
      persons: persons.value,
      assessments: assessments.value,
      plans: plans.value,
      suggestions: suggestions.value,
      decisions: decisions.value,
      conversations: conversations.value,
      profiles: profiles.value,
      drafts: drafts.value,
      audit,
    },
  };
}

function readError(error: ReadFailure): {
  ok: false;
  error: Failure<'locked' | 'unavailable'> | TamperedFailure;
} {
  if (error.code === 'tampered') return { ok: false, error };
  return { ok: false, error: { code: error.code === 'locked' ? 'locked' : 'unavailable' } };
}

export async function exportBackup(
  session: Session,
  now: Date,
): Promise<
  Result<Uint8Array, Failure<'locked' | 'unavailable' | 'storage-full'> | TamperedFailure>
> {
  const core = sessionInternals(session)?.core;
  const key = core?.currentKey();
  if (!core || !key) return { ok: false, error: { code: 'locked' } };
  const vault = await readVaultMeta(core.db);
  if (vault.status !== 'ok') return { ok: false, error: { code: 'unavailable' } };
  // The export entry comes first, so the file carries its own trace.
  const logged = await core.recordAudit(
    { action: 'export', objectType: 'backup', objectIds: [] },
    now,
  );
  if (!logged.ok) {
    return {
      ok: false,
      error: { code: logged.error.code === 'storage-full' ? 'storage-full' : 'unavailable' },
    };
  }
  const content = await collect(session);
  if (!content.ok) {
    await core.recordAudit(
      { action: 'export', objectType: 'backup', objectIds: [], outcome: 'failure' },
      now,
    );
    return content;
  }
  const payload: BackupPayload = {
    vault: { actorId: core.actorId, createdAt: vault.meta.createdAt },
    ...content.value,
  };
  const header = {
    createdAt: now.toISOString(),
    schemaVersion: PAYLOAD_SCHEMA_VERSION,
    passphrase: { kdf: vault.meta.passphrase.kdf, ...wrapToJson(vault.meta.passphrase) },
    recovery: wrapToJson(vault.meta.recovery),
  };
  const headerJson = JSON.stringify(header);
  const headerBytes = utf8(headerJson);
  const prefix = encodeEnvelope(headerJson, new Uint8Array()).subarray(
    0,
    PREFIX_BYTES + headerBytes.byteLength,
  );
  const box = await sealBytes(key, payloadAad(prefix), utf8(JSON.stringify(payload)));
  return { ok: true, value: encodeEnvelope(headerJson, box) };
}

function countsOf(payload: BackupPayload): Record<BackupTable, number> {
  return {
    households: payload.households.length,
    persons: payload.persons.length,
    assessments: payload.assessments.length,
    plans: payload.plans.length,
    suggestions: payload.suggestions.length,
    decisions: payload.decisions.length,
    conversations: payload.conversations.length,
    profiles: payload.profiles.length,
    drafts: payload.drafts.length,
    audit: payload.audit.length,
  };
}

/** Checks the envelope, unwraps the data key with the secret, decrypts and parses everything. */
async function openBackup(
  bytes: Uint8Array,
  secret: BackupSecret,
): Promise<Result<OpenedBackup, BackupFailure>> {
  if (
    bytes.byteLength < BACKUP_MAGIC.length ||
    !equalBytes(bytes.subarray(0, BACKUP_MAGIC.length), BACKUP_MAGIC)
  ) {
    return fail('not-a-backup');
  }
  if (bytes.byteLength < PREFIX_BYTES + HASH_BYTES) return fail('damaged-backup');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint16(BACKUP_MAGIC.length);
  if (format !== BACKUP_FORMAT_VERSION) return fail('unsupported-backup-version');
  const headerLength = view.getUint32(BACKUP_MAGIC.length + 2);
  const payloadStart = PREFIX_BYTES + headerLength;
  if (headerLength > MAX_HEADER_BYTES || payloadStart + HASH_BYTES > bytes.byteLength) {
    return fail('damaged-backup');
  }
  const body = bytes.subarray(0, bytes.byteLength - HASH_BYTES);
  if (!equalBytes(sha256(body), bytes.subarray(bytes.byteLength - HASH_BYTES))) {
    return fail('damaged-backup');
  }
  let header: Header;
  try {
    const parsed = HeaderSchema.safeParse(
      JSON.parse(fromUtf8(bytes.subarray(PREFIX_BYTES, payloadStart))),
    );
    if (!parsed.success) return fail('damaged-backup');
    header = parsed.data;
  } catch {
    return fail('damaged-backup');
  }
  if (header.schemaVersion > PAYLOAD_SCHEMA_VERSION) return fail('newer-backup');

  let raw: Result<Uint8Array<ArrayBuffer>, 'wrong-secret'>;
  if ('passphrase' in secret) {
    const wrap: PassphraseWrap = header.passphrase;
    raw = await unwrapRawWithPassphrase(wrap, secret.passphrase);
    if (!raw.ok) return fail('wrong-passphrase');
  } else {
    const code = parseRecoveryCode(secret.recoveryCode);
    if (!code.ok) return fail('malformed-recovery-code');
    raw = await unwrapRawWithRecoveryCode(header.recovery, code.value);
    code.value.fill(0);
    if (!raw.ok) return fail('wrong-recovery-code');
  }
  const rawKey = raw.value;
  const key = await importDataKey(rawKey);
  const plaintext = await openBytes(
    key,
    payloadAad(bytes.subarray(0, payloadStart)),
    new Uint8Array(bytes.subarray(payloadStart, bytes.byteLength - HASH_BYTES)),
  );
  // The hash matched yet the tag did not: someone rewrote the file and its hash.
  if (!plaintext.ok) {
    rawKey.fill(0);
    return fail('damaged-backup');
  }
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(plaintext.value));
  } catch {
    rawKey.fill(0);
    return fail('invalid-backup-content');
  }
  const parsed = PayloadSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    rawKey.fill(0);
    return {
      ok: false,
      error: { code: 'invalid-backup-content', issues: fieldIssuesFromZod(parsed.error.issues) },
    };
  }
  const payload = parsed.data;
  return {
    ok: true,
    value: {
      header,
      payload,
      rawKey,
      preview: {
        createdAt: header.createdAt,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: header.schemaVersion,
        counts: countsOf(payload),
      },
    },
  };
}

export async function inspectBackup(
  bytes: Uint8Array,
  secret: BackupSecret,
): Promise<Result<BackupPreview, BackupFailure>> {
  const opened = await openBackup(bytes, secret);
  if (!opened.ok) return opened;
  opened.value.rawKey.fill(0);
  return { ok: true, value: opened.value.preview };
}

function columnsFor(record: RowColumns): RowColumns {
  return {
    id: record.id,
    updatedAt: record.updatedAt,
    rev: record.rev,
    householdId: record.householdId,
    personId: record.personId,
    deletedAt: record.deletedAt,
  };
}

async function sealAll(
  key: CryptoKey,
  table: SealedTable,
  records: readonly (RowColumns & object)[],
): Promise<SealedRow[]> {
  const out: SealedRow[] = [];
  const CHUNK = 2_000;
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK);
    out.push(
      ...(await Promise.all(
        chunk.map(async (record) => {
          const columns = columnsFor(record);
          const box = await seal(
            key,
            { table, id: columns.id, rev: columns.rev, schemaVersion: PAYLOAD_SCHEMA_VERSION },
            record,
          );
          const row: SealedRow = {
            id: columns.id,
            updatedAt: columns.updatedAt,
            rev: columns.rev,
            v: PAYLOAD_SCHEMA_VERSION,
            box,
            ...(columns.householdId === undefined ? {} : { householdId: columns.householdId }),
            ...(columns.personId === undefined ? {} : { personId: columns.personId }),
            ...(columns.deletedAt === undefined ? {} : { deletedAt: columns.deletedAt }),
          };
          return row;
        }),
      )),
    );
  }
  return out;
}

/** Audit rows for `entries` continuing the chain after `head`, with the sealed head. */
async function sealAuditChain(
  key: CryptoKey,
  entries: readonly z.infer<typeof AuditEntrySchema>[],
  head: { seq: number; hash: Uint8Array<ArrayBuffer> },
): Promise<{ rows: AuditRow[]; headRow: MetaRow | null }> {
  const rows: AuditRow[] = [];
  let previous = head;
  for (const entry of entries) {
    const seq = previous.seq + 1;
    const renumbered = { ...entry, seq };
    const box = await seal(
      key,
      { table: 'audit', id: entry.id, rev: seq, schemaVersion: PAYLOAD_SCHEMA_VERSION },
      { ...renumbered, prevHash: hex(previous.hash) },
    );
    const hash = chainHash(previous.hash, seq, entry.id, box);
    rows.push({ seq, id: entry.id, v: PAYLOAD_SCHEMA_VERSION, prevHash: previous.hash, hash, box });
    previous = { seq, hash };
  }
  if (rows.length === 0) return { rows, headRow: null };
  const headBox = await seal(
    key,
    {
      table: 'meta',
      id: META_KEYS.auditHead,
      rev: previous.seq,
      schemaVersion: PAYLOAD_SCHEMA_VERSION,
    },
    { seq: previous.seq, hash: hex(previous.hash) },
  );
  return {
    rows,
    headRow: {
      key: META_KEYS.auditHead,
      value: { seq: previous.seq, v: PAYLOAD_SCHEMA_VERSION, box: headBox },
    },
  };
}

const TABLE_PAYLOAD_KEYS: readonly RecordTable[] = RECORD_TABLES;

export async function restoreBackup(
  handle: DatabaseHandle,
  bytes: Uint8Array,
  secret: BackupSecret,
  now: Date,
  options: RestoreOptions = {},
): Promise<Result<RestoreOutcome, RestoreFailure>> {
  return handle.exclusive(async () => {
    const db = handle.dexie;
    const vault = await readVaultMeta(db);
    if (vault.status === 'corrupt') return { ok: false, error: { code: 'corrupt' } };
    if (vault.status === 'ok') {
      const core = options.session ? sessionInternals(options.session)?.core : undefined;
      if (!core || core.isLocked() || core.db !== db)
        return { ok: false, error: { code: 'locked' } };
    }
    if (options.newPassphrase !== undefined) {
      const strength = assessPassphrase(options.newPassphrase);
      if (!strength.acceptable) return { ok: false, error: { code: 'weak-passphrase', strength } };
    }
    if (
      vault.status === 'none' &&
      'recoveryCode' in secret &&
      options.newPassphrase === undefined
    ) {
      return { ok: false, error: { code: 'new-passphrase-required' } };
    }
    const opened = await openBackup(bytes, secret);
    if (!opened.ok) return opened;
    try {
      return vault.status === 'none'
        ? await restoreIntoNewVault(handle, opened.value, options.newPassphrase, now)
        : await mergeIntoVault(handle, opened.value, options.session as Session, now);
    } finally {
      opened.value.rawKey.fill(0);
    }
  });
}

async function restoreIntoNewVault(
  handle: DatabaseHandle,
  opened: OpenedBackup,
  newPassphrase: string | undefined,
  now: Date,
): Promise<Result<RestoreOutcome, RestoreFailure>> {
  const db = handle.dexie;
  const { header, payload } = opened;
  const key = await importDataKey(opened.rawKey);
  const passphraseWrap: VaultMeta['passphrase'] =
    newPassphrase === undefined
      ? header.passphrase
      : await wrapWithPassphrase(opened.rawKey, newPassphrase);
  const meta: VaultMeta = {
    format: 1,
    createdAt: payload.vault.createdAt,
    actorId: payload.vault.actorId,
    passphrase: passphraseWrap,
    recovery: header.recovery,
  };
  const sealed = await sealTables(key, payload);
  const audit = await sealAuditChain(
    key,
    [...payload.audit, restoreEntry(payload.vault.actorId, now, 'new-vault')],
    GENESIS_HEAD,
  );
  try {
    await db.transaction('rw', db.tables, async () => {
      // Re-checked inside: nothing may overwrite a vault created meanwhile.
      if (await db.meta.get(META_KEYS.vault)) throw new AbortWith('vault-exists');
      for (const [table, rows] of sealed) await db.sealedTable(table).bulkPut(rows);
      await db.audit.bulkPut(audit.rows);
      await db.meta.bulkPut([
        { key: META_KEYS.vault, value: meta },
        { key: META_KEYS.settings, value: payload.settings },
        ...(audit.headRow ? [audit.headRow] : []),
      ]);
    });
  } catch (error) {
    const code = classifyWriteError(error);
    return {
      ok: false,
      error: {
        code:
          code === 'storage-full'
            ? 'storage-full'
            : code === 'vault-exists'
              ? 'corrupt'
              : 'unavailable',
      },
    };
  }
  const session = await createSession(db, key, meta.actorId);
  const total =
    Object.values(countsOf(payload)).reduce((sum, count) => sum + count, 0) - payload.audit.length;
  return {
    ok: true,
    value: { mode: 'new-vault', session, added: total, updated: 0, unchanged: 0 },
  };
}

function restoreEntry(actorId: string, now: Date, reason: string) {
  return {
    seq: 1,
    id: crypto.randomUUID(),
    at: now.toISOString(),
    action: 'restore' as const,
    objectType: 'backup' as const,
    objectIds: [],
    actorId,
    outcome: 'success' as const,
    reason,
  };
}

async function sealTables(
  key: CryptoKey,
  payload: BackupPayload,
): Promise<[SealedTable, SealedRow[]][]> {
  const out: [SealedTable, SealedRow[]][] = [];
  for (const table of TABLE_PAYLOAD_KEYS)
    out.push([table, await sealAll(key, table, payload[table])]);
  out.push(['profiles', await sealAll(key, 'profiles', payload.profiles)]);
  out.push(['drafts', await sealAll(key, 'drafts', payload.drafts)]);
  return out;
}

async function mergeIntoVault(
  handle: DatabaseHandle,
  opened: OpenedBackup,
  session: Session,
  now: Date,
): Promise<Result<RestoreOutcome, RestoreFailure>> {
  const core = sessionInternals(session)?.core;
  const key = core?.currentKey();
  if (!core || !key) return { ok: false, error: { code: 'locked' } };
  const db = handle.dexie;
  const { payload } = opened;
  // Compare revs first; only records that are new here, or newer in the backup, are written.
  const incoming: [SealedTable, (RowColumns & object)[]][] = [
    ...TABLE_PAYLOAD_KEYS.map(
      (table) => [table, payload[table]] as [SealedTable, (RowColumns & object)[]],
    ),
    // Profiles merge like records: keyed by profile id, the higher rev (or tombstone) wins.
    ['profiles', payload.profiles],
  ];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const toWrite: [SealedTable, (RowColumns & object)[], Map<string, number | null>][] = [];
  for (const [table, records] of incoming) {
    const existing = await db.sealedTable(table).bulkGet(records.map((record) => record.id));
    const chosen: (RowColumns & object)[] = [];
    const expected = new Map<string, number | null>();
    records.forEach((record, index) => {
      const current = existing[index];
      if (!current) {
        added++;
        chosen.push(record);
        expected.set(record.id, null);
      } else if (current.rev < record.rev) {
        updated++;
        chosen.push(record);
        expected.set(record.id, current.rev);
      } else {
        unchanged++;
      }
    });
    toWrite.push([table, chosen, expected]);
  }
  // Drafts: only forms that have no draft here yet.
  const localDrafts = await session.drafts.list();
  if (!localDrafts.ok) return { ok: false, error: { code: 'locked' } };
  const localKeys = new Set(localDrafts.value.map((draft) => draft.key));
  const newDrafts = payload.drafts.filter((draft) => !localKeys.has(draft.key));
  const draftRows = await sealAll(
    key,
    'drafts',
    newDrafts.map((draft) => ({ ...draft, id: crypto.randomUUID() })),
  );
  const sealed = await Promise.all(
    toWrite.map(
      async ([table, records, expected]) =>
        [table, await sealAll(key, table, records), expected] as const,
    ),
  );
  return core.serialize(async () => {
    const head = await readHead(db);
    const audit = await sealAuditChain(key, [restoreEntry(core.actorId, now, 'merge')], head);
    try {
      await db.transaction('rw', db.tables, async () => {
        const last = await db.audit.orderBy('seq').last();
        if ((last?.seq ?? 0) !== head.seq) throw new AbortWith('conflict');
        for (const [table, rows, expected] of sealed) {
          const current = await db.sealedTable(table).bulkGet(rows.map((row) => row.id));
          rows.forEach((row, index) => {
            if ((current[index]?.rev ?? null) !== expected.get(row.id))
              throw new AbortWith('conflict');
          });
          await db.sealedTable(table).bulkPut(rows);
        }
        await db.drafts.bulkPut(draftRows);
        await db.audit.bulkAdd(audit.rows);
        if (audit.headRow) await db.meta.put(audit.headRow);
      });
    } catch (error) {
      const code = classifyWriteError(error);
      return {
        ok: false,
        error: { code: code === 'storage-full' ? 'storage-full' : 'unavailable' },
      };
    }
    await core.reloadHead();
    return {
      ok: true,
      value: { mode: 'merge', session, added: added + newDrafts.length, updated, unchanged },
    };
  });
}

/** 'keukentafel-reservekopie-2024-05-01.ktbk' (local date). */
export function backupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `keukentafel-reservekopie-${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.ktbk`;
}
