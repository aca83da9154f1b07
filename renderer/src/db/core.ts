// The unlocked vault's engine: seals and opens rows, serialises writes, and commits every change
// with its audit entry in one strict-durability transaction. Sealing happens BEFORE the
// transaction (WebCrypto is async, and an IndexedDB transaction commits when it sees an await on
// anything else); inside it we only re-check the rev and the audit head, then put.

import type { Transaction } from 'dexie';
import type { z } from 'zod';
import { fieldIssuesFromZod } from '../../../shared/schemas/zod-messages';
import {
  AuditHeadPayloadSchema,
  AuditPayloadSchema,
  chainHash,
  GENESIS_HEAD,
  hex,
  type AuditHead,
} from './audit-chain';
import { AuditRecordInputSchema } from './audit-input';
import { OpenPool } from './sealing/open-pool';
import { equalBytes } from './sealing/bytes';
import { fromUtf8 } from './sealing/bytes';
import { associatedData, IV_BYTES, open, seal, type SealContext } from './sealing/seal';
import {
  PAYLOAD_SCHEMA_VERSION,
  type AuditRow,
  type KeukentafelDexie,
  type MetaRow,
  type SealedRow,
  type SealedTable,
} from './database';
import { AbortWith, classifyWriteError } from './errors';
import { AuditHeadRowSchema, META_KEYS } from './meta';
import { migratePayload } from './payload-migrations';
import type {
  AuditEntry,
  AuditRecordInput,
  Failure,
  InvalidFailure,
  ReadFailure,
  Result,
  TamperedFailure,
  WriteFailure,
} from './types';

export type LockedFailure = Failure<'locked'>;
const LOCKED: { ok: false; error: LockedFailure } = { ok: false, error: { code: 'locked' } };

export function locked(): { ok: false; error: LockedFailure } {
  return LOCKED;
}

export function tampered(table: string, id: string): { ok: false; error: TamperedFailure } {
  return { ok: false, error: { code: 'tampered', table, id } };
}

export function invalid(error: z.ZodError): { ok: false; error: InvalidFailure } {
  return { ok: false, error: { code: 'invalid', issues: fieldIssuesFromZod(error.issues) } };
}

/** Plain-text columns of a sealed row, taken from the payload so they cannot disagree. */
export interface RowColumns {
  readonly id: string;
  readonly householdId?: string | undefined;
  readonly personId?: string | undefined;
  readonly updatedAt: string;
  readonly deletedAt?: string | undefined;
  readonly rev: number;
}

/** One sealed row to write and what the stored rev must be (null: the id must be new). */
export interface RowWrite {
  readonly table: SealedTable;
  readonly row: SealedRow;
  readonly expectedRev: number | null;
}

/** Everything one write transaction does, prepared (sealed) beforehand. */
export interface PreparedWrite {
  readonly rows: readonly RowWrite[];
  /** New rows written with bulkAdd: any existing id aborts the whole transaction. */
  readonly bulk?: { readonly table: SealedTable; readonly rows: readonly SealedRow[] };
  readonly audit: readonly AuditRecordInput[];
  readonly meta?: readonly MetaRow[];
}

interface PreparedAudit {
  readonly rows: readonly AuditRow[];
  readonly headRow: MetaRow | null;
  readonly expected: AuditHead;
  readonly next: AuditHead;
  readonly entries: readonly AuditEntry[];
}

const BULK_CHUNK = 2_000;
const OPEN_CHUNK = 2_000;
/** Rows per page of a worker scan: small enough that reading and decrypting overlap well. */
const SCAN_PAGE = 1_000;
/** Below this a scan stays on this thread: starting workers would cost more than it saves. */
const PARALLEL_MIN_ROWS = 4_000;

/** The worker's JSON array for a chunk, or null when it is missing or malformed. */
function parseChunk(json: string | null, length: number): unknown[] | null {
  if (json === null) return null;
  try {
    const values: unknown = JSON.parse(json);
    return Array.isArray(values) && values.length === length ? (values as unknown[]) : null;
  } catch {
    return null;
  }
}

export type ReadCheck = 'parse' | 'authenticate';

/** Builds `associatedData(...)` for many rows of one table into one reused buffer. */
class AadWriter {
  private readonly buffer = new Uint8Array(512);
  private readonly prefixLength: number;
  private readonly encoder = new TextEncoder();

  constructor(private readonly table: string) {
    const prefix = associatedData({ table, id: '', rev: 0, schemaVersion: 0 });
    // Everything up to and including the separator after the table name.
    this.prefixLength = prefix.byteLength - '||0|0'.length + 1;
    this.buffer.set(prefix.subarray(0, this.prefixLength));
  }

  write(id: string, rev: number, schemaVersion: number): Uint8Array<ArrayBuffer> {
    const rest = `${id}|${String(rev)}|${String(schemaVersion)}`;
    const result = this.encoder.encodeInto(rest, this.buffer.subarray(this.prefixLength));
    if (result.read < rest.length) {
      return associatedData({ table: this.table, id, rev, schemaVersion });
    }
    return this.buffer.subarray(0, this.prefixLength + result.written);
  }
}

/** JSON, migration, schema (see openRow) and the plain-text columns; null when anything is off. */
function finishOpen<T extends RowColumns>(
  table: SealedTable,
  row: SealedRow,
  plaintext: ArrayBuffer,
  schema: z.ZodType<T>,
  check: ReadCheck,
): T | null {
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(new Uint8Array(plaintext)));
  } catch {
    return null;
  }
  return finishValue(table, row, json, schema, check);
}

function finishValue<T extends RowColumns>(
  table: SealedTable,
  row: SealedRow,
  json: unknown,
  schema: z.ZodType<T>,
  check: ReadCheck,
): T | null {
  let value: T;
  if (check === 'authenticate' && row.v === PAYLOAD_SCHEMA_VERSION && isRecord(json)) {
    value = json as T;
  } else {
    const migrated = migratePayload(table, row.v, json);
    if (!migrated.ok) return null;
    const parsed = schema.safeParse(migrated.value);
    if (!parsed.success) return null;
    value = parsed.data;
  }
  const matches =
    value.id === row.id &&
    value.rev === row.rev &&
    value.updatedAt === row.updatedAt &&
    value.deletedAt === row.deletedAt &&
    value.householdId === row.householdId &&
    value.personId === row.personId;
  return matches ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SessionCore {
  private key: CryptoKey | null;
  private head: AuditHead;
  private queue: Promise<unknown> = Promise.resolve();
  /** Scan workers, made on the first large read; null where workers are unavailable. */
  private pool: OpenPool | null | undefined;

  constructor(
    readonly db: KeukentafelDexie,
    key: CryptoKey,
    readonly actorId: string,
    head: AuditHead,
  ) {
    this.key = key;
    this.head = head;
  }

  isLocked(): boolean {
    return this.key === null;
  }

  /** Drops the key (here and in the scan workers); in-flight reads then return 'locked'. */
  dropKey(): void {
    this.key = null;
    this.pool?.dispose();
    this.pool = null;
  }

  currentKey(): CryptoKey | null {
    return this.key;
  }

  /** Runs `task` after every earlier write of this session (one audit chain, no interleaving). */
  serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  context(
    table: string,
    id: string,
    rev: number,
    schemaVersion = PAYLOAD_SCHEMA_VERSION,
  ): SealContext {
    return { table, id, rev, schemaVersion };
  }

  async sealRow(
    table: SealedTable,
    columns: RowColumns,
    payload: unknown,
  ): Promise<Result<SealedRow, LockedFailure>> {
    const key = this.key;
    if (!key) return LOCKED;
    const box = await seal(key, this.context(table, columns.id, columns.rev), payload);
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
    return { ok: true, value: row };
  }

  /**
   * Opens a row and checks it. A ciphertext that does not open, a payload that breaks the schema,
   * or plain-text columns that disagree with it: 'tampered', never skipped.
   *
   * 'parse' runs the zod schema again. 'authenticate' (whole-table scans) relies on the AEAD: a
   * current-version payload that opens under its table, id, rev and version is exactly what a
   * zod-checked write sealed, so re-parsing 60,000 records would only re-check our own output.
   * Payloads of an older version are always migrated and parsed.
   */
  async openRow<T extends RowColumns>(
    table: SealedTable,
    row: SealedRow,
    schema: z.ZodType<T>,
    check: ReadCheck = 'parse',
  ): Promise<Result<T, ReadFailure>> {
    const result = await this.openRows(table, [row], schema, check);
    if (!result.ok) return result;
    const [value] = result.value;
    return value === undefined ? tampered(table, row.id) : { ok: true, value };
  }

  /** Opens many rows, decrypting a chunk at a time in parallel; the first failure wins. */
  async openRows<T extends RowColumns>(
    table: SealedTable,
    rows: readonly SealedRow[],
    schema: z.ZodType<T>,
    check: ReadCheck = 'parse',
  ): Promise<Result<T[], ReadFailure>> {
    const key = this.key;
    if (!key) return LOCKED;
    if (rows.length >= PARALLEL_MIN_ROWS) {
      const pool = this.openPool(key);
      if (pool) return this.openRowsParallel(pool, table, rows, schema, check);
    }
    return this.openRowsHere(key, table, rows, schema, check);
  }

  /**
   * Reads and opens a whole table. With scan workers, pages are read in one read transaction
   * and handed to the workers while the next page is read, so reading and decrypting overlap;
   * without them (tests, old hosts) it is a plain toArray and openRows.
   */
  async scanTable<T extends RowColumns>(
    table: SealedTable,
    schema: z.ZodType<T>,
    check: ReadCheck,
  ): Promise<Result<T[], ReadFailure>> {
    const key = this.key;
    if (!key) return LOCKED;
    const store = this.db.sealedTable(table);
    const pool = (await store.count()) >= PARALLEL_MIN_ROWS ? this.openPool(key) : null;
    if (!pool) return this.openRows(table, await store.toArray(), schema, check);
    const pages: { rows: SealedRow[]; text: Promise<string | null> }[] = [];
    await this.db.transaction('r', store, async () => {
      let last: string | null = null;
      for (;;) {
        const page: SealedRow[] =
          last === null
            ? await store.orderBy(':id').limit(SCAN_PAGE).toArray()
            : await store.where(':id').above(last).limit(SCAN_PAGE).toArray();
        if (page.length === 0) break;
        // Not awaited: the worker decrypts this page while the transaction reads the next.
        pages.push({ rows: page, text: pool.open(table, page) });
        last = page[page.length - 1]?.id ?? null;
        if (page.length < SCAN_PAGE) break;
      }
    });
    return this.finishParallel(pages, table, schema, check);
  }

  /** Large scans: two workers decrypt, this thread only parses and checks. */
  private async openRowsParallel<T extends RowColumns>(
    pool: OpenPool,
    table: SealedTable,
    rows: readonly SealedRow[],
    schema: z.ZodType<T>,
    check: ReadCheck,
  ): Promise<Result<T[], ReadFailure>> {
    const pages: { rows: SealedRow[]; text: Promise<string | null> }[] = [];
    for (let start = 0; start < rows.length; start += OPEN_CHUNK) {
      const chunk = rows.slice(start, start + OPEN_CHUNK);
      pages.push({ rows: chunk, text: pool.open(table, chunk) });
    }
    return this.finishParallel(pages, table, schema, check);
  }

  private async finishParallel<T extends RowColumns>(
    pages: readonly { rows: SealedRow[]; text: Promise<string | null> }[],
    table: SealedTable,
    schema: z.ZodType<T>,
    check: ReadCheck,
  ): Promise<Result<T[], ReadFailure>> {
    const out: T[] = [];
    for (const page of pages) {
      const chunk = page.rows;
      const values = parseChunk(await page.text, chunk.length);
      const key = this.key;
      if (!key) return LOCKED;
      if (values === null) {
        // The pool could not do this chunk: decrypt it here, with the same checks.
        const here = await this.openRowsHere(key, table, chunk, schema, check);
        if (!here.ok) return here;
        out.push(...here.value);
        continue;
      }
      for (const [position, row] of chunk.entries()) {
        const json = values[position];
        const value = json === null ? null : finishValue<T>(table, row, json, schema, check);
        if (value === null) return tampered(table, row.id);
        out.push(value);
      }
    }
    if (this.isLocked()) return LOCKED;
    return { ok: true, value: out };
  }

  private openPool(key: CryptoKey): OpenPool | null {
    this.pool ??= OpenPool.create(key);
    return this.pool;
  }

  private async openRowsHere<T extends RowColumns>(
    key: CryptoKey,
    table: SealedTable,
    rows: readonly SealedRow[],
    schema: z.ZodType<T>,
    check: ReadCheck,
  ): Promise<Result<T[], ReadFailure>> {
    const out: T[] = [];
    const aad = new AadWriter(table);
    // Direct promise chains and one scratch AAD buffer (WebCrypto copies its inputs when called):
    // a full scan of 60,000 records is dominated by per-call overhead.
    const decryptChunk = (chunk: readonly SealedRow[]) =>
      Promise.all(
        chunk.map((row) =>
          row.box.byteLength < IV_BYTES + 16
            ? Promise.resolve(null)
            : crypto.subtle
                .decrypt(
                  {
                    name: 'AES-GCM',
                    iv: row.box.subarray(0, IV_BYTES),
                    additionalData: aad.write(row.id, row.rev, row.v),
                  },
                  key,
                  row.box.subarray(IV_BYTES),
                )
                .then(
                  (buffer) => buffer,
                  () => null,
                ),
        ),
      );
    let chunk = rows.slice(0, OPEN_CHUNK);
    let pending = decryptChunk(chunk);
    for (let start = 0; start < rows.length; start += OPEN_CHUNK) {
      const plaintexts = await pending;
      const current = chunk;
      // The next chunk decrypts on WebCrypto's thread while this one is parsed here.
      chunk = rows.slice(start + OPEN_CHUNK, start + 2 * OPEN_CHUNK);
      if (chunk.length > 0) pending = decryptChunk(chunk);
      for (const [index, row] of current.entries()) {
        const plaintext = plaintexts[index];
        if (!plaintext) return tampered(table, row.id);
        const value = finishOpen<T>(table, row, plaintext, schema, check);
        if (value === null) return tampered(table, row.id);
        out.push(value);
      }
    }
    if (this.isLocked()) return LOCKED;
    return { ok: true, value: out };
  }

  private async prepareAudit(
    inputs: readonly AuditRecordInput[],
    now: Date,
  ): Promise<Result<PreparedAudit, LockedFailure>> {
    const key = this.key;
    if (!key) return LOCKED;
    const expected = this.head;
    if (inputs.length === 0) {
      return {
        ok: true,
        value: { rows: [], headRow: null, expected, next: expected, entries: [] },
      };
    }
    let previous = expected;
    const rows: AuditRow[] = [];
    const entries: AuditEntry[] = [];
    for (const input of inputs) {
      const seq = previous.seq + 1;
      const entry: AuditEntry = {
        seq,
        id: crypto.randomUUID(),
        at: now.toISOString(),
        action: input.action,
        objectType: input.objectType,
        objectIds: [...input.objectIds],
        actorId: this.actorId,
        outcome: input.outcome ?? 'success',
        ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
        ...(input.reason === undefined ? {} : { reason: input.reason }),
      };
      const box = await seal(key, this.context('audit', entry.id, seq), {
        ...entry,
        prevHash: hex(previous.hash),
      });
      const hash = chainHash(previous.hash, seq, entry.id, box);
      rows.push({
        seq,
        id: entry.id,
        v: PAYLOAD_SCHEMA_VERSION,
        prevHash: previous.hash,
        hash,
        box,
      });
      entries.push(entry);
      previous = { seq, hash };
    }
    const headBox = await seal(key, this.context('meta', META_KEYS.auditHead, previous.seq), {
      seq: previous.seq,
      hash: hex(previous.hash),
    });
    return {
      ok: true,
      value: {
        rows,
        headRow: {
          key: META_KEYS.auditHead,
          value: { seq: previous.seq, v: PAYLOAD_SCHEMA_VERSION, box: headBox },
        },
        expected,
        next: previous,
        entries,
      },
    };
  }

  /** Re-reads the newest audit row; used when another session wrote to the chain meanwhile. */
  async reloadHead(): Promise<void> {
    this.head = await readHead(this.db);
  }

  /**
   * Commits rows, audit entries and meta in one transaction. The rev checks and the audit-head
   * check run inside it; any mismatch aborts the whole transaction, so nothing is half-written.
   */
  async commit(
    prepared: PreparedWrite,
    now: Date,
  ): Promise<Result<readonly AuditEntry[], WriteFailure>> {
    for (const input of prepared.audit) {
      const checked = AuditRecordInputSchema.safeParse(input);
      if (!checked.success) return invalid(checked.error);
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const audit = await this.prepareAudit(prepared.audit, now);
      if (!audit.ok) return audit;
      const tables = new Set<string>(['audit', 'meta']);
      for (const write of prepared.rows) tables.add(write.table);
      if (prepared.bulk) tables.add(prepared.bulk.table);
      try {
        await this.db.transaction('rw', [...tables], async (tx: Transaction) => {
          for (const write of prepared.rows) {
            const table = tx.table<SealedRow, string>(write.table);
            const current = await table.get(write.row.id);
            if (
              write.expectedRev === null
                ? current !== undefined
                : current?.rev !== write.expectedRev
            ) {
              throw new AbortWith(
                current === undefined && write.expectedRev !== null ? 'not-found' : 'conflict',
              );
            }
          }
          if (audit.value.rows.length > 0) {
            const last = await tx.table<AuditRow, number>('audit').orderBy('seq').last();
            const lastSeq = last?.seq ?? 0;
            if (
              lastSeq !== audit.value.expected.seq ||
              (last !== undefined && !equalBytes(last.hash, audit.value.expected.hash))
            ) {
              throw new AbortWith('audit-moved');
            }
          }
          for (const write of prepared.rows) await tx.table(write.table).put(write.row);
          if (prepared.bulk) await tx.table(prepared.bulk.table).bulkAdd(prepared.bulk.rows);
          if (audit.value.rows.length > 0) await tx.table('audit').bulkAdd(audit.value.rows);
          const meta = [
            ...(prepared.meta ?? []),
            ...(audit.value.headRow ? [audit.value.headRow] : []),
          ];
          if (meta.length > 0) await tx.table('meta').bulkPut(meta);
        });
        this.head = audit.value.next;
        return { ok: true, value: audit.value.entries };
      } catch (error) {
        const code = classifyWriteError(error);
        if (code === 'audit-moved') {
          await this.reloadHead();
          continue;
        }
        if (code === 'vault-exists') return { ok: false, error: { code: 'conflict' } };
        return { ok: false, error: { code } };
      }
    }
    return { ok: false, error: { code: 'conflict' } };
  }

  /**
   * Writes many new rows (restore, bench) in chunks sealed in parallel, then one transaction with
   * one audit entry. All or nothing.
   */
  async bulkSealRows(
    table: SealedTable,
    items: readonly { columns: RowColumns; payload: unknown }[],
  ): Promise<Result<SealedRow[], LockedFailure>> {
    const out: SealedRow[] = [];
    for (let start = 0; start < items.length; start += BULK_CHUNK) {
      const chunk = items.slice(start, start + BULK_CHUNK);
      const sealed = await Promise.all(
        chunk.map((item) => this.sealRow(table, item.columns, item.payload)),
      );
      for (const result of sealed) {
        if (!result.ok) return result;
        out.push(result.value);
      }
    }
    return { ok: true, value: out };
  }

  /** Writes an audit entry on its own (reads, searches, lock); waits its turn in the queue. */
  async recordAudit(input: AuditRecordInput, now: Date): Promise<Result<AuditEntry, WriteFailure>> {
    return this.serialize(async () => {
      const result = await this.commit({ rows: [], audit: [input] }, now);
      if (!result.ok) return result;
      const entry = result.value[0];
      return entry ? { ok: true, value: entry } : { ok: false, error: { code: 'unavailable' } };
    });
  }
}

/** The newest entry of the chain as stored (genesis when the log is empty). */
export async function readHead(db: KeukentafelDexie): Promise<AuditHead> {
  const last = await db.audit.orderBy('seq').last();
  return last ? { seq: last.seq, hash: last.hash } : GENESIS_HEAD;
}

export async function openAuditRow(
  key: CryptoKey,
  row: AuditRow,
): Promise<Result<z.infer<typeof AuditPayloadSchema>, 'unreadable'>> {
  const opened = await open(
    key,
    { table: 'audit', id: row.id, rev: row.seq, schemaVersion: row.v },
    row.box,
  );
  if (!opened.ok) return opened;
  const parsed = AuditPayloadSchema.safeParse(opened.value);
  if (!parsed.success || parsed.data.seq !== row.seq || parsed.data.id !== row.id) {
    return { ok: false, error: 'unreadable' };
  }
  return { ok: true, value: parsed.data };
}

export async function openAuditHead(
  key: CryptoKey,
  value: unknown,
): Promise<Result<{ seq: number; hash: string }, 'unreadable'>> {
  const row = AuditHeadRowSchema.safeParse(value);
  if (!row.success) return { ok: false, error: 'unreadable' };
  const opened = await open(
    key,
    { table: 'meta', id: META_KEYS.auditHead, rev: row.data.seq, schemaVersion: row.data.v },
    row.data.box,
  );
  if (!opened.ok) return opened;
  const parsed = AuditHeadPayloadSchema.safeParse(opened.value);
  if (!parsed.success || parsed.data.seq !== row.data.seq)
    return { ok: false, error: 'unreadable' };
  return { ok: true, value: parsed.data };
}
