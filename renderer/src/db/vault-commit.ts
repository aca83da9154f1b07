import type { SessionCore } from './core';
import type { MetaRow } from './database';
import type { AuditRecordInput, Result } from './types';

/** Meta rows (key wraps, settings) and their audit entries in one transaction. */
export async function commitWithAudit(
  core: SessionCore,
  audit: readonly AuditRecordInput[],
  meta: readonly MetaRow[],
  now: Date,
): Promise<Result<void, 'storage-full' | 'unavailable'>> {
  const result = await core.serialize(() => core.commit({ rows: [], audit, meta }, now));
  if (result.ok) return { ok: true, value: undefined };
  return {
    ok: false,
    error: result.error.code === 'storage-full' ? 'storage-full' : 'unavailable',
  };
}
