// Reading and verifying the audit log. Writing happens in core.ts, inside each change's transaction.

import { AuditRecordInputSchema } from './audit-input';
import { entryOf, hex, rowHashMatches } from './audit-chain';
import { invalid, locked, openAuditHead, openAuditRow, type SessionCore } from './core';
import type { AuditRow } from './database';
import { META_KEYS } from './meta';
import type {
  AuditEntry,
  AuditRecordInput,
  AuditRepository,
  AuditVerification,
  Failure,
  ReadFailure,
  Result,
  WriteFailure,
} from './types';

const DEFAULT_PAGE = 100;

/**
 * Walks the chain from the first entry: seqs without gaps, each hash recomputed, each previous
 * hash linked, each box opened with its seq bound, and the sealed head equal to the newest entry.
 */
export async function verifyChain(
  core: SessionCore,
): Promise<Result<AuditVerification, Failure<'locked' | 'unavailable'>>> {
  const key = core.currentKey();
  if (!key) return locked();
  let rows: AuditRow[];
  let headValue: unknown;
  try {
    [rows, headValue] = await core.db.transaction('r', [core.db.audit, core.db.meta], async () => [
      await core.db.audit.orderBy('seq').toArray(),
      (await core.db.meta.get(META_KEYS.auditHead))?.value,
    ]);
  } catch {
    return { ok: false, error: { code: 'unavailable' } };
  }
  const fail = (problem: Exclude<AuditVerification, { ok: true }>['problem'], atSeq: number) =>
    ({ ok: true, value: { ok: false, problem, atSeq } }) as const;
  const knownHashes = new Set(rows.map((row) => hex(row.hash)));
  const opened = await Promise.all(rows.map((row) => openAuditRow(key, row)));
  let previousSeq = 0;
  let previousHash = hex(new Uint8Array(32));
  for (const [index, row] of rows.entries()) {
    if (row.seq !== previousSeq + 1)
      return fail(row.seq > previousSeq + 1 ? 'missing' : 'reordered', previousSeq + 1);
    const prevHash = hex(row.prevHash);
    if (prevHash !== previousHash) {
      // Linked to another entry of the log: moved. Linked to nothing left: something was cut out.
      return fail(knownHashes.has(prevHash) ? 'reordered' : 'missing', row.seq);
    }
    if (!rowHashMatches(row)) return fail('edited', row.seq);
    const payload = opened[index];
    if (!payload?.ok || payload.value.prevHash !== prevHash) return fail('edited', row.seq);
    previousSeq = row.seq;
    previousHash = hex(row.hash);
  }
  if (headValue === undefined) {
    return rows.length === 0
      ? { ok: true, value: { ok: true, entries: 0 } }
      : fail('head-mismatch', previousSeq);
  }
  const head = await openAuditHead(key, headValue);
  if (!head.ok) return fail('head-mismatch', previousSeq);
  if (head.value.seq > previousSeq) return fail('missing', previousSeq + 1);
  if (head.value.seq !== previousSeq || head.value.hash !== previousHash) {
    return fail('head-mismatch', previousSeq);
  }
  if (core.isLocked()) return locked();
  return { ok: true, value: { ok: true, entries: rows.length } };
}

export class AuditLog implements AuditRepository {
  constructor(private readonly core: SessionCore) {}

  async list(
    options: { readonly limit?: number | undefined; readonly beforeSeq?: number | undefined } = {},
  ): Promise<Result<readonly AuditEntry[], ReadFailure>> {
    const key = this.core.currentKey();
    if (!key) return locked();
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_PAGE, 10_000));
    const collection =
      options.beforeSeq === undefined
        ? this.core.db.audit.orderBy('seq')
        : this.core.db.audit.where('seq').below(options.beforeSeq);
    const rows = await collection.reverse().limit(limit).toArray();
    const out: AuditEntry[] = [];
    for (const row of rows) {
      const opened = await openAuditRow(key, row);
      if (!opened.ok) return { ok: false, error: { code: 'tampered', table: 'audit', id: row.id } };
      out.push(entryOf(opened.value));
    }
    if (this.core.isLocked()) return locked();
    return { ok: true, value: out };
  }

  verifyChain(): Promise<Result<AuditVerification, Failure<'locked' | 'unavailable'>>> {
    return verifyChain(this.core);
  }

  async record(input: AuditRecordInput, now: Date): Promise<Result<AuditEntry, WriteFailure>> {
    if (this.core.isLocked()) return locked();
    const parsed = AuditRecordInputSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return this.core.recordAudit(input, now);
  }
}
