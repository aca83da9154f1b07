// Recovery code: 160 random bits as 32 Crockford base32 characters plus 4 check characters
// (20 bits of SHA-256), shown as nine groups of four. The check catches typos before any
// key derivation, so a typo is "malformed", not "wrong code".

import { sha256 } from '@noble/hashes/sha2.js';
import type { Result } from '../types';
import { randomBytes } from './bytes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_BYTES = 20;
const DATA_CHARS = 32;
const CHECK_CHARS = 4;

/** Crockford base32 of the first `chars * 5` bits of `bytes` (also used by the handover code). */
export function encodeBits(bytes: Uint8Array, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  let index = 0;
  while (out.length < chars) {
    if (bits < 5) {
      buffer = (buffer << 8) | (bytes[index++] ?? 0);
      bits += 8;
    }
    bits -= 5;
    out += ALPHABET.charAt((buffer >> bits) & 31);
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** The bytes of Crockford base32 text (whole bytes only); null on a character outside the alphabet. */
export function decodeChars(text: string): Uint8Array<ArrayBuffer> | null {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 255;
      buffer &= (1 << bits) - 1;
    }
  }
  return out;
}

function checkChars(bytes: Uint8Array): string {
  return encodeBits(sha256(bytes), CHECK_CHARS);
}

/** Upper case, no spaces or dashes; the Crockford look-alikes O, I and L read as 0, 1 and 1. */
export function normalizeRecoveryCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function formatRecoveryCode(code: string): string {
  const normalized = normalizeRecoveryCode(code);
  return (normalized.match(/.{1,4}/g) ?? []).join('-');
}

export interface RecoveryCode {
  /** The code to show, nine groups of four. */
  readonly text: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

export function newRecoveryCode(): RecoveryCode {
  const bytes = randomBytes(RECOVERY_CODE_BYTES);
  return { text: formatRecoveryCode(encodeBits(bytes, DATA_CHARS) + checkChars(bytes)), bytes };
}

export function parseRecoveryCode(input: string): Result<Uint8Array<ArrayBuffer>, 'malformed'> {
  const normalized = normalizeRecoveryCode(input);
  if (normalized.length !== DATA_CHARS + CHECK_CHARS) return { ok: false, error: 'malformed' };
  const bytes = decodeChars(normalized.slice(0, DATA_CHARS));
  if (bytes?.byteLength !== RECOVERY_CODE_BYTES) return { ok: false, error: 'malformed' };
  if (checkChars(bytes) !== normalized.slice(DATA_CHARS)) return { ok: false, error: 'malformed' };
  return { ok: true, value: bytes };
}
