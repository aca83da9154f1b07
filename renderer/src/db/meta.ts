// Plain-text meta rows: wrapped keys with their KDF parameters, the throttle counters, settings,
// and the sealed head of the audit chain. Every read is parsed; a bad row is 'corrupt'.

import { z } from 'zod';
import type { KeukentafelDexie } from './database';
import { isBytes } from './sealing/bytes';
import {
  IDLE_LOCK_DEFAULT_MINUTES,
  IDLE_LOCK_MAX_MINUTES,
  IDLE_LOCK_MIN_MINUTES,
  type VaultSettings,
} from './types';
import { KebabIdSchema } from '../../../shared/schemas/common';

const BytesSchema = z.custom<Uint8Array<ArrayBuffer>>((value) => isBytes(value));

export const KdfParamsSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(1).max(100_000_000),
});

const WrappedKeySchema = z.strictObject({
  salt: BytesSchema,
  iv: BytesSchema,
  wrapped: BytesSchema,
});

export const VaultMetaSchema = z.strictObject({
  format: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  actorId: z.uuid(),
  passphrase: WrappedKeySchema.extend({ kdf: KdfParamsSchema }),
  recovery: WrappedKeySchema,
});
export type VaultMeta = z.infer<typeof VaultMetaSchema>;

export const ThrottleSchema = z.strictObject({
  failedAttempts: z.number().int().min(0),
  lastFailureAt: z.number(),
});
export type Throttle = z.infer<typeof ThrottleSchema>;

export const IdleLockMinutesSchema = z
  .number()
  .int()
  .min(IDLE_LOCK_MIN_MINUTES)
  .max(IDLE_LOCK_MAX_MINUTES);

export const SettingsSchema = z.strictObject({
  idleLockMinutes: IdleLockMinutesSchema,
  gemeenteProfileId: KebabIdSchema.optional(),
});

export const DEFAULT_SETTINGS: VaultSettings = { idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES };

/** The audit head is sealed so the tail of the chain cannot be cut off unnoticed. */
export const AuditHeadRowSchema = z.strictObject({
  seq: z.number().int().min(0),
  v: z.number().int().min(1),
  box: BytesSchema,
});

export const META_KEYS = {
  vault: 'vault',
  passphraseThrottle: 'throttle.passphrase',
  recoveryThrottle: 'throttle.recovery',
  settings: 'settings',
  auditHead: 'audit.head',
} as const;

export type ThrottleKind = 'passphrase' | 'recovery';

export function throttleKey(kind: ThrottleKind): string {
  return kind === 'passphrase' ? META_KEYS.passphraseThrottle : META_KEYS.recoveryThrottle;
}

export async function readVaultMeta(
  db: KeukentafelDexie,
): Promise<{ status: 'none' } | { status: 'ok'; meta: VaultMeta } | { status: 'corrupt' }> {
  const row = await db.meta.get(META_KEYS.vault);
  if (!row) return { status: 'none' };
  const parsed = VaultMetaSchema.safeParse(row.value);
  return parsed.success ? { status: 'ok', meta: parsed.data } : { status: 'corrupt' };
}

export async function readThrottle(db: KeukentafelDexie, kind: ThrottleKind): Promise<Throttle> {
  const row = await db.meta.get(throttleKey(kind));
  const parsed = ThrottleSchema.safeParse(row?.value);
  // A damaged counter must not unlock free attempts: assume the worst recorded state.
  if (row && !parsed.success)
    return { failedAttempts: FREE_ATTEMPTS + 8, lastFailureAt: Date.now() };
  return parsed.success ? parsed.data : { failedAttempts: 0, lastFailureAt: 0 };
}

/** Attempts without any delay; after them the delay doubles from 1 s up to 5 minutes. */
export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 5 * 60_000;

export function throttleDelayMs(failedAttempts: number): number {
  if (failedAttempts <= FREE_ATTEMPTS) return 0;
  const exponent = Math.min(failedAttempts - FREE_ATTEMPTS - 1, 20);
  return Math.min(FIRST_DELAY_MS * 2 ** exponent, MAX_DELAY_MS);
}

/** Milliseconds until the next attempt; a clock set back never shortens the wait. */
export function retryAfterMs(throttle: Throttle, now: Date): number {
  const delay = throttleDelayMs(throttle.failedAttempts);
  if (delay === 0) return 0;
  const elapsed = Math.max(0, now.getTime() - throttle.lastFailureAt);
  return Math.max(0, delay - elapsed);
}

export async function readSettingsRow(db: KeukentafelDexie): Promise<VaultSettings> {
  const row = await db.meta.get(META_KEYS.settings);
  const parsed = SettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
