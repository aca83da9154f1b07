// One-time handover code: 80 random bits as 16 Crockford base32 characters plus 4 check
// characters (20 bits of SHA-256), read aloud as four groups of five. The check catches a
// mis-heard character before any key derivation, so a typo is "malformed", not "wrong code".

import { sha256 } from '@noble/hashes/sha2.js';
import type { Result } from '../types';
import { randomBytes } from './bytes';
import { decodeChars, encodeBits, normalizeRecoveryCode } from './recovery-code';

export const HANDOVER_CODE_BYTES = 10;
const DATA_CHARS = 16;
const CHECK_CHARS = 4;
export const HANDOVER_CODE_GROUP = 5;
export const HANDOVER_CODE_LENGTH = DATA_CHARS + CHECK_CHARS;

function checkChars(bytes: Uint8Array): string {
  return encodeBits(sha256(bytes), CHECK_CHARS);
}

/** Upper case without separators; O reads as 0, I and L as 1 (same rules as the recovery code). */
export function normalizeHandoverCode(input: string): string {
  return normalizeRecoveryCode(input);
}

/** Groups of five joined by dashes, e.g. 'ABCDE-FGHJK-MNPQR-STVWX'. Idempotent. */
export function formatHandoverCode(code: string): string {
  const normalized = normalizeHandoverCode(code);
  return (normalized.match(new RegExp(`.{1,${String(HANDOVER_CODE_GROUP)}}`, 'g')) ?? []).join('-');
}

export interface HandoverCode {
  /** Four groups of five, to read aloud; shown once and never stored. */
  readonly text: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

export function newHandoverCode(): HandoverCode {
  const bytes = randomBytes(HANDOVER_CODE_BYTES);
  return { text: formatHandoverCode(encodeBits(bytes, DATA_CHARS) + checkChars(bytes)), bytes };
}

/** The code's 80 secret bits, or 'malformed' when length, alphabet or check characters are off. */
export function parseHandoverCode(input: string): Result<Uint8Array<ArrayBuffer>, 'malformed'> {
  const normalized = normalizeHandoverCode(input);
  if (normalized.length !== HANDOVER_CODE_LENGTH) return { ok: false, error: 'malformed' };
  const bytes = decodeChars(normalized.slice(0, DATA_CHARS));
  if (bytes?.byteLength !== HANDOVER_CODE_BYTES) return { ok: false, error: 'malformed' };
  if (checkChars(bytes) !== normalized.slice(DATA_CHARS)) return { ok: false, error: 'malformed' };
  return { ok: true, value: bytes };
}
