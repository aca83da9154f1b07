// Maps what IndexedDB and Dexie throw onto the storage core's failure codes.

/** Thrown inside a transaction to abort it with a typed outcome; never leaves this folder. */
export class AbortWith extends Error {
  constructor(readonly code: 'conflict' | 'not-found' | 'audit-moved' | 'vault-exists') {
    super(code);
    this.name = 'AbortWith';
  }
}

function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth++) {
    chain.push(current);
    if (typeof current !== 'object') break;
    const next: unknown = Reflect.get(current, 'inner') ?? Reflect.get(current, 'cause');
    current = next;
  }
  return chain;
}

function nameOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name: unknown = Reflect.get(error, 'name');
  return typeof name === 'string' ? name : '';
}

/**
 * Dexie reports a full disk as AbortError with the QuotaExceededError in `inner` (sometimes as
 * its own QuotaExceededError); either way the transaction was aborted and nothing was written.
 */
export function isQuotaExceeded(error: unknown): boolean {
  return errorChain(error).some((link) => {
    const name = nameOf(link);
    if (name === 'QuotaExceededError') return true;
    const code: unknown =
      typeof link === 'object' && link !== null ? Reflect.get(link, 'code') : undefined;
    return code === 22; // legacy DOMException.QUOTA_EXCEEDED_ERR
  });
}

export function abortCode(error: unknown): AbortWith['code'] | null {
  for (const link of errorChain(error)) {
    if (link instanceof AbortWith) return link.code;
  }
  return null;
}

export type WriteErrorCode = 'storage-full' | 'conflict' | 'not-found' | 'unavailable';

/** The typed outcome of a failed write transaction. */
export function classifyWriteError(
  error: unknown,
): WriteErrorCode | 'audit-moved' | 'vault-exists' {
  const code = abortCode(error);
  if (code) return code;
  if (isQuotaExceeded(error)) return 'storage-full';
  // Programming errors must surface, not pass as a storage failure.
  if (
    error instanceof TypeError ||
    error instanceof ReferenceError ||
    error instanceof RangeError
  ) {
    throw error;
  }
  return 'unavailable';
}
