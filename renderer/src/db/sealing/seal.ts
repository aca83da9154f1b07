import type { Result } from '../types';
import { concat, fromUtf8, randomBytes, toBytes, utf8 } from './bytes';

export const IV_BYTES = 12;

/** What the associated data binds: a ciphertext opens only under the same table, id, rev, version. */
export interface SealContext {
  readonly table: string;
  readonly id: string;
  readonly rev: number;
  readonly schemaVersion: number;
}

export function associatedData(context: SealContext): Uint8Array<ArrayBuffer> {
  return utf8(
    `keukentafel/seal/v1|${context.table}|${context.id}|${String(context.rev)}|${String(context.schemaVersion)}`,
  );
}

/** AES-256-GCM over the JSON of `value`, with a fresh 96-bit IV. Returns iv || ciphertext+tag. */
export async function seal(
  key: CryptoKey,
  context: SealContext,
  value: unknown,
): Promise<Uint8Array<ArrayBuffer>> {
  return sealBytes(key, associatedData(context), utf8(JSON.stringify(value)));
}

export async function sealBytes(
  key: CryptoKey,
  additionalData: Uint8Array<ArrayBuffer>,
  plaintext: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData },
    key,
    plaintext,
  );
  return concat(iv, toBytes(ciphertext));
}

/** Opens a sealed box; any mismatch (key, context, a flipped bit) is one typed failure. */
export async function open(
  key: CryptoKey,
  context: SealContext,
  box: Uint8Array<ArrayBuffer>,
): Promise<Result<unknown, 'unreadable'>> {
  const plaintext = await openBytes(key, associatedData(context), box);
  if (!plaintext.ok) return plaintext;
  try {
    return { ok: true, value: JSON.parse(fromUtf8(plaintext.value)) as unknown };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

export async function openBytes(
  key: CryptoKey,
  additionalData: Uint8Array<ArrayBuffer>,
  box: Uint8Array<ArrayBuffer>,
): Promise<Result<Uint8Array<ArrayBuffer>, 'unreadable'>> {
  if (box.byteLength < IV_BYTES + 16) return { ok: false, error: 'unreadable' };
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: box.subarray(0, IV_BYTES), additionalData },
      key,
      box.subarray(IV_BYTES),
    );
    return { ok: true, value: toBytes(plaintext) };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}
