// Key management: a random 256-bit data key, wrapped (AES-256-GCM) by a key derived from the
// passphrase (PBKDF2-SHA256) and by one derived from the recovery code (HKDF-SHA256; the code
// already carries 160 random bits). Unwrapped keys are non-extractable CryptoKeys.

import type { KdfParams, Result } from '../types';
import { randomBytes, toBytes, utf8 } from './bytes';
import { IV_BYTES } from './seal';

/** The floor of DESIGN.md. Vaults below it are re-wrapped at the next unlock. */
export const PBKDF2_MIN_ITERATIONS = 600_000;

/** Parameters for new wraps; may be raised later, never lowered below the floor. */
export const CURRENT_KDF: KdfParams = { algorithm: 'PBKDF2-SHA256', iterations: 600_000 };

export const SALT_BYTES = 16;
export const DATA_KEY_BYTES = 32;

/** A wrapped data key as stored in meta and in backup headers. */
export interface WrappedKey {
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly wrapped: Uint8Array<ArrayBuffer>;
}

export interface PassphraseWrap extends WrappedKey {
  readonly kdf: KdfParams;
}

const PASS_AAD = utf8('keukentafel/wrap/v1|passphrase');
const RECOVERY_AAD = utf8('keukentafel/wrap/v1|recovery');
const RECOVERY_INFO = utf8('keukentafel/recovery/v1');

const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/** Typing the same passphrase on another keyboard may give other Unicode forms; NFC unifies. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export function kdfAtFloor(params: KdfParams): boolean {
  return params.iterations >= PBKDF2_MIN_ITERATIONS;
}

async function passphraseKek(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    utf8(normalizePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'unwrapKey'],
  );
}

async function recoveryKek(
  code: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', code, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: RECOVERY_INFO },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'unwrapKey'],
  );
}

async function wrapWith(
  kek: CryptoKey,
  aad: Uint8Array<ArrayBuffer>,
  rawKey: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
): Promise<WrappedKey> {
  const iv = randomBytes(IV_BYTES);
  const wrapped = toBytes(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, kek, rawKey),
  );
  return { salt, iv, wrapped };
}

/** A fresh raw data key. Callers wipe it (`fill(0)`) as soon as it is wrapped and imported. */
export function newRawDataKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(DATA_KEY_BYTES);
}

export async function importDataKey(rawKey: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', rawKey, { name: 'AES-GCM' }, false, DATA_KEY_USAGES);
}

export async function wrapWithPassphrase(
  rawKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  params: KdfParams = CURRENT_KDF,
): Promise<PassphraseWrap> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await passphraseKek(passphrase, salt, params);
  return { kdf: params, ...(await wrapWith(kek, PASS_AAD, rawKey, salt)) };
}

export async function wrapWithRecoveryCode(
  rawKey: Uint8Array<ArrayBuffer>,
  code: Uint8Array<ArrayBuffer>,
): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  return wrapWith(await recoveryKek(code, salt), RECOVERY_AAD, rawKey, salt);
}

async function unwrapRaw(
  kek: CryptoKey,
  aad: Uint8Array<ArrayBuffer>,
  wrap: WrappedKey,
): Promise<Result<Uint8Array<ArrayBuffer>, 'wrong-secret'>> {
  try {
    const raw = toBytes(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: wrap.iv, additionalData: aad },
        kek,
        wrap.wrapped,
      ),
    );
    if (raw.byteLength !== DATA_KEY_BYTES) return { ok: false, error: 'wrong-secret' };
    return { ok: true, value: raw };
  } catch {
    return { ok: false, error: 'wrong-secret' };
  }
}

async function unwrapKey(
  kek: CryptoKey,
  aad: Uint8Array<ArrayBuffer>,
  wrap: WrappedKey,
): Promise<Result<CryptoKey, 'wrong-secret'>> {
  try {
    // unwrapKey keeps the raw key out of JavaScript memory entirely.
    const key = await crypto.subtle.unwrapKey(
      'raw',
      wrap.wrapped,
      kek,
      { name: 'AES-GCM', iv: wrap.iv, additionalData: aad },
      { name: 'AES-GCM' },
      false,
      DATA_KEY_USAGES,
    );
    return { ok: true, value: key };
  } catch {
    return { ok: false, error: 'wrong-secret' };
  }
}

/** The data key as a non-extractable CryptoKey, or 'wrong-secret'. */
export async function unwrapWithPassphrase(
  wrap: PassphraseWrap,
  passphrase: string,
): Promise<Result<CryptoKey, 'wrong-secret'>> {
  return unwrapKey(await passphraseKek(passphrase, wrap.salt, wrap.kdf), PASS_AAD, wrap);
}

export async function unwrapWithRecoveryCode(
  wrap: WrappedKey,
  code: Uint8Array<ArrayBuffer>,
): Promise<Result<CryptoKey, 'wrong-secret'>> {
  return unwrapKey(await recoveryKek(code, wrap.salt), RECOVERY_AAD, wrap);
}

/** Raw data key bytes, only to re-wrap them (passphrase change, recovery, KDF upgrade). */
export async function unwrapRawWithPassphrase(
  wrap: PassphraseWrap,
  passphrase: string,
): Promise<Result<Uint8Array<ArrayBuffer>, 'wrong-secret'>> {
  return unwrapRaw(await passphraseKek(passphrase, wrap.salt, wrap.kdf), PASS_AAD, wrap);
}

export async function unwrapRawWithRecoveryCode(
  wrap: WrappedKey,
  code: Uint8Array<ArrayBuffer>,
): Promise<Result<Uint8Array<ArrayBuffer>, 'wrong-secret'>> {
  return unwrapRaw(await recoveryKek(code, wrap.salt), RECOVERY_AAD, wrap);
}
