// The exit PIN of the zelfinvulmodus and the passphrase check that leaves it. Neither is a key:
// they only guard leaving the resident's screen in a running, unlocked app. The records stay
// encrypted under the data key, which only the passphrase (or the recovery code) unwraps.
//
// The PIN is kept in meta as a salted PBKDF2-SHA256 hash (100,000 rounds, ~0.1 s per check).
// A 4-8 digit PIN has at most 10^8 values, so no round count makes an offline guess slow; the
// hash is there so the PIN (often the same as a bank card's) is never readable from the disk.
// What really stops guessing is the limit: after 5 wrong PINs the PIN stops working until the
// passphrase is used. That counter lives in this session's memory on purpose: a new session
// only comes from the passphrase or the recovery code, which is exactly "the passphrase was used".

import { z } from 'zod';
import { checkExitPin, type ExitPinProblem } from '../../../shared/security/exit-pin-rules';
import { locked, type SessionCore } from './core';
import { readThrottle, readVaultMeta, retryAfterMs, throttleKey } from './meta';
import { equalBytes, isBytes, randomBytes, toBytes, utf8 } from './sealing/bytes';
import { unwrapWithPassphrase } from './sealing/keys';
import type {
  AuditRecordInput,
  Failure,
  Result,
  ThrottledFailure,
  WriteFailure,
  WrongPassphraseFailure,
} from './types';

export const EXIT_PIN_META_KEY = 'self-entry.exit-pin';
export const EXIT_PIN_ITERATIONS = 100_000;
/** Wrong PINs in a row after which only the passphrase opens the way back. */
export const EXIT_PIN_MAX_FAILURES = 5;
const SALT_BYTES = 16;
const HASH_BITS = 256;

const BytesSchema = z.custom<Uint8Array<ArrayBuffer>>((value) => isBytes(value));

const ExitPinRowSchema = z.strictObject({
  format: z.literal(1),
  /** null: the professional removed the PIN (meta rows are only ever put, never deleted). */
  pin: z
    .strictObject({
      iterations: z.number().int().min(1).max(10_000_000),
      salt: BytesSchema,
      hash: BytesSchema,
    })
    .nullable(),
});
type ExitPinRow = z.infer<typeof ExitPinRowSchema>;

/** The PIN broke the rules of shared/security/exit-pin-rules.ts. */
export interface InvalidPinFailure {
  readonly code: 'invalid-pin';
  readonly problem: ExitPinProblem;
}

/** A wrong PIN; after `attemptsLeft` more the PIN stops working until the passphrase is used. */
export interface WrongPinFailure {
  readonly code: 'wrong-pin';
  readonly failedAttempts: number;
  readonly attemptsLeft: number;
}

/** Five wrong PINs: only the passphrase works now. */
export interface PinLockedOutFailure {
  readonly code: 'pin-locked-out';
}

/** No PIN is set: the way back asks for the passphrase. */
export interface NoPinFailure {
  readonly code: 'no-pin';
}

export type ExitPinSetFailure = InvalidPinFailure | WriteFailure;

export type ExitPinVerifyFailure =
  | WrongPinFailure
  | PinLockedOutFailure
  | NoPinFailure
  | Failure<'locked' | 'unavailable' | 'corrupt'>;

export type VerifyPassphraseFailure =
  WrongPassphraseFailure | ThrottledFailure | Failure<'locked' | 'unavailable' | 'corrupt'>;

export interface ExitPinStatus {
  readonly isSet: boolean;
  /** True after five wrong PINs, until the passphrase is used. */
  readonly lockedOut: boolean;
}

/**
 * A short PIN that lets the professional leave the zelfinvulmodus without typing the passphrase.
 * Setting or removing it logs 'settings'; a wrong PIN logs an 'unlock' failure (never the PIN).
 */
export interface ExitPinRepository {
  isSet(): Promise<Result<boolean, Failure<'locked' | 'unavailable'>>>;
  status(): Promise<Result<ExitPinStatus, Failure<'locked' | 'unavailable'>>>;
  /** Sets (4-8 digits, not 0000 or 1234) or, with null, removes the PIN. */
  set(pin: string | null, now: Date): Promise<Result<void, ExitPinSetFailure>>;
  verify(pin: string, now: Date): Promise<Result<void, ExitPinVerifyFailure>>;
}

async function hashPin(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', utf8(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    HASH_BITS,
  );
  return toBytes(bits);
}

async function readRow(core: SessionCore): Promise<Result<ExitPinRow['pin'], 'unavailable'>> {
  try {
    const row = await core.db.meta.get(EXIT_PIN_META_KEY);
    if (!row) return { ok: true, value: null };
    const parsed = ExitPinRowSchema.safeParse(row.value);
    // A damaged row must not open the way back: treat it as "no PIN", so the passphrase is asked.
    return { ok: true, value: parsed.success ? parsed.data.pin : null };
  } catch {
    return { ok: false, error: 'unavailable' };
  }
}

/** The exit PIN and the passphrase check of one session; both share its one queue. */
export class ExitGuard {
  private failures = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly core: SessionCore) {}

  /** One check at a time: two quick clicks must not both slip under the limit. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async logFailure(reason: string, now: Date): Promise<void> {
    const entry: AuditRecordInput = {
      action: 'unlock',
      objectType: 'vault',
      objectIds: [],
      outcome: 'failure',
      reason,
    };
    // A full disk must not turn a wrong secret into something else; the check still failed.
    await this.core.recordAudit(entry, now);
  }

  readonly exitPin: ExitPinRepository = {
    isSet: async () => {
      const status = await this.exitPin.status();
      return status.ok ? { ok: true, value: status.value.isSet } : status;
    },
    status: async () => {
      if (this.core.isLocked()) return locked();
      const row = await readRow(this.core);
      if (!row.ok) return { ok: false, error: { code: 'unavailable' } };
      return {
        ok: true,
        value: { isSet: row.value !== null, lockedOut: this.failures >= EXIT_PIN_MAX_FAILURES },
      };
    },
    set: (pin, now) =>
      this.exclusive(async (): Promise<Result<void, ExitPinSetFailure>> => {
        if (this.core.isLocked()) return locked();
        let value: ExitPinRow;
        if (pin === null) {
          value = { format: 1, pin: null };
        } else {
          const problem = checkExitPin(pin);
          if (problem) return { ok: false, error: { code: 'invalid-pin', problem } };
          const salt = randomBytes(SALT_BYTES);
          const hash = await hashPin(pin, salt, EXIT_PIN_ITERATIONS);
          value = { format: 1, pin: { iterations: EXIT_PIN_ITERATIONS, salt, hash } };
        }
        const committed = await this.core.serialize(() =>
          this.core.commit(
            {
              rows: [],
              audit: [
                {
                  action: 'settings',
                  objectType: 'settings',
                  objectIds: [],
                  reason: pin === null ? 'exit-pin-removed' : 'exit-pin-set',
                },
              ],
              meta: [{ key: EXIT_PIN_META_KEY, value }],
            },
            now,
          ),
        );
        if (!committed.ok) return committed;
        // A new PIN starts with a clean slate; the professional chose it just now.
        this.failures = 0;
        return { ok: true, value: undefined };
      }),
    verify: (pin, now) =>
      this.exclusive(async (): Promise<Result<void, ExitPinVerifyFailure>> => {
        if (this.core.isLocked()) return locked();
        if (this.failures >= EXIT_PIN_MAX_FAILURES) {
          return { ok: false, error: { code: 'pin-locked-out' } };
        }
        const row = await readRow(this.core);
        if (!row.ok) return { ok: false, error: { code: 'unavailable' } };
        if (row.value === null) return { ok: false, error: { code: 'no-pin' } };
        const stored = row.value;
        const hash = await hashPin(pin, stored.salt, stored.iterations);
        if (equalBytes(hash, stored.hash)) {
          this.failures = 0;
          return { ok: true, value: undefined };
        }
        this.failures += 1;
        const lockedOut = this.failures >= EXIT_PIN_MAX_FAILURES;
        await this.logFailure(lockedOut ? 'exit-pin-locked-out' : 'exit-pin', now);
        if (lockedOut) return { ok: false, error: { code: 'pin-locked-out' } };
        return {
          ok: false,
          error: {
            code: 'wrong-pin',
            failedAttempts: this.failures,
            attemptsLeft: EXIT_PIN_MAX_FAILURES - this.failures,
          },
        };
      }),
  };

  /**
   * Checks `passphrase` against the wrapped data key without touching the session. Uses the
   * unlock screen's failure counter in meta, so guessing here is slowed down exactly as there.
   */
  verifyPassphrase(passphrase: string, now: Date): Promise<Result<void, VerifyPassphraseFailure>> {
    return this.exclusive(async (): Promise<Result<void, VerifyPassphraseFailure>> => {
      if (this.core.isLocked()) return locked();
      const db = this.core.db;
      let vault: Awaited<ReturnType<typeof readVaultMeta>>;
      let throttle: Awaited<ReturnType<typeof readThrottle>>;
      try {
        vault = await readVaultMeta(db);
        throttle = await readThrottle(db, 'passphrase');
      } catch {
        return { ok: false, error: { code: 'unavailable' } };
      }
      if (vault.status !== 'ok') return { ok: false, error: { code: 'corrupt' } };
      const wait = retryAfterMs(throttle, now);
      if (wait > 0) {
        return {
          ok: false,
          error: {
            code: 'throttled',
            retryAfterMs: wait,
            failedAttempts: throttle.failedAttempts,
          },
        };
      }
      const key = await unwrapWithPassphrase(vault.meta.passphrase, passphrase);
      if (!key.ok) {
        // The same row and the same rule as a failed unlock (vault.ts recordFailure).
        const next = { failedAttempts: throttle.failedAttempts + 1, lastFailureAt: now.getTime() };
        try {
          await db.transaction('rw', db.meta, () =>
            db.meta.put({ key: throttleKey('passphrase'), value: next }),
          );
        } catch {
          // A full disk must not turn a wrong passphrase into something else; the wait still applies.
        }
        await this.logFailure('verify-passphrase', now);
        return {
          ok: false,
          error: {
            code: 'wrong-passphrase',
            failedAttempts: next.failedAttempts,
            retryAfterMs: retryAfterMs(next, now),
          },
        };
      }
      if (throttle.failedAttempts > 0) {
        try {
          await db.transaction('rw', db.meta, () => db.meta.delete(throttleKey('passphrase')));
        } catch {
          // Not fatal: the counter stays and only slows the next wrong attempt.
        }
      }
      // The passphrase was used: the PIN works again.
      this.failures = 0;
      return { ok: true, value: undefined };
    });
  }
}
