// The vault: opening the database, first run, unlock, recovery, passphrase change, throttling.
// Nothing here ever deletes records: a wrong secret only bumps a counter in meta.

import Dexie from 'dexie';
import { assessPassphrase } from '../../../shared/security/passphrase-strength';
import {
  CURRENT_KDF,
  importDataKey,
  kdfAtFloor,
  newRawDataKey,
  unwrapRawWithPassphrase,
  unwrapRawWithRecoveryCode,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
  type PassphraseWrap,
} from './sealing/keys';
import { newRecoveryCode, parseRecoveryCode } from './sealing/recovery-code';
import { commitWithAudit } from './vault-commit';
import { KeukentafelDexie, SCHEMA_VERSIONS, UpgradeFailed, type SchemaVersion } from './database';
import { isQuotaExceeded } from './errors';
import {
  DEFAULT_SETTINGS,
  META_KEYS,
  readSettingsRow,
  readThrottle,
  readVaultMeta,
  retryAfterMs,
  throttleKey,
  type ThrottleKind,
  type VaultMeta,
} from './meta';
import { createSession, sessionInternals } from './session';
import type {
  ChangePassphraseFailure,
  CreatedVault,
  CreateVaultFailure,
  Failure,
  OpenDatabaseFailure,
  RecoveredVault,
  RecoverFailure,
  Result,
  Session,
  ThrottledFailure,
  UnlockFailure,
  VaultSettings,
  VaultState,
} from './types';

export const DEFAULT_DATABASE_NAME = 'keukentafel';

/** An open database handle; the Dexie instance never leaves renderer/src/db. */
export class DatabaseHandle {
  private mutex: Promise<unknown> = Promise.resolve();

  constructor(readonly dexie: KeukentafelDexie) {}

  get name(): string {
    return this.dexie.name;
  }

  close(): void {
    this.dexie.close();
  }

  /** Vault operations one at a time: two unlock clicks must not race the throttle counter. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.mutex.then(task, task);
    this.mutex = run.catch(() => undefined);
    return run;
  }
}

export interface OpenOptions {
  readonly name?: string | undefined;
  /** Tests only: a schema list with an extra (possibly failing) version. */
  readonly versions?: readonly SchemaVersion[] | undefined;
}

export async function openDatabaseHandle(
  options: OpenOptions = {},
): Promise<Result<DatabaseHandle, OpenDatabaseFailure>> {
  const versions = options.versions ?? SCHEMA_VERSIONS;
  const latest = Math.max(...versions.map((entry) => entry.version));
  const dexie = new KeukentafelDexie(options.name ?? DEFAULT_DATABASE_NAME, versions);
  try {
    await dexie.open();
  } catch (error) {
    dexie.close();
    const name = error instanceof Error ? error.name : '';
    if (name === Dexie.errnames.Version) return { ok: false, error: { code: 'newer-version' } };
    if (isUpgradeFailure(error)) return { ok: false, error: { code: 'upgrade-failed' } };
    return { ok: false, error: { code: 'unavailable' } };
  }
  // Dexie 4 opens a database from a newer app at its own version instead of failing.
  if (dexie.backendDB().version / 10 > latest) {
    dexie.close();
    return { ok: false, error: { code: 'newer-version' } };
  }
  return { ok: true, value: new DatabaseHandle(dexie) };
}

function isUpgradeFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof UpgradeFailed) return true;
    if (current instanceof Error && current.name === Dexie.errnames.Upgrade) return true;
    current = Reflect.get(current, 'inner') ?? Reflect.get(current, 'cause');
  }
  return false;
}

async function throttleState(
  handle: DatabaseHandle,
  kind: ThrottleKind,
  now: Date,
): Promise<ThrottledFailure | null> {
  const throttle = await readThrottle(handle.dexie, kind);
  const wait = retryAfterMs(throttle, now);
  return wait > 0
    ? { code: 'throttled', retryAfterMs: wait, failedAttempts: throttle.failedAttempts }
    : null;
}

/** Counts a failed attempt; returns the new count and wait. Strict durability: a crash keeps it. */
async function recordFailure(
  handle: DatabaseHandle,
  kind: ThrottleKind,
  now: Date,
): Promise<{ failedAttempts: number; retryAfterMs: number }> {
  const db = handle.dexie;
  const current = await readThrottle(db, kind);
  const next = { failedAttempts: current.failedAttempts + 1, lastFailureAt: now.getTime() };
  try {
    await db.transaction('rw', db.meta, () => db.meta.put({ key: throttleKey(kind), value: next }));
  } catch {
    // A full disk must not turn a wrong passphrase into something else; the wait still applies.
  }
  return { failedAttempts: next.failedAttempts, retryAfterMs: retryAfterMs(next, now) };
}

async function clearFailures(handle: DatabaseHandle, kind: ThrottleKind): Promise<number> {
  const db = handle.dexie;
  const current = await readThrottle(db, kind);
  if (current.failedAttempts === 0) return 0;
  try {
    await db.transaction('rw', db.meta, () => db.meta.delete(throttleKey(kind)));
  } catch {
    // Not fatal: the counter stays and only slows the next wrong attempt.
  }
  return current.failedAttempts;
}

export async function inspectVault(handle: DatabaseHandle, now: Date): Promise<VaultState> {
  const vault = await readVaultMeta(handle.dexie);
  if (vault.status === 'none') return { status: 'new' };
  if (vault.status === 'corrupt') return { status: 'corrupt' };
  const throttle = await readThrottle(handle.dexie, 'passphrase');
  return {
    status: 'locked',
    createdAt: vault.meta.createdAt,
    failedAttempts: throttle.failedAttempts,
    retryAfterMs: retryAfterMs(throttle, now),
    kdf: vault.meta.passphrase.kdf,
  };
}

function toPassphraseMeta(wrap: PassphraseWrap): VaultMeta['passphrase'] {
  return { kdf: wrap.kdf, salt: wrap.salt, iv: wrap.iv, wrapped: wrap.wrapped };
}

/** New key material for a vault: data key, both wraps, and the recovery code to show once. */
export async function newKeyMaterial(
  passphrase: string,
  now: Date,
  actorId: string = crypto.randomUUID(),
): Promise<{ meta: VaultMeta; key: CryptoKey; recoveryCode: string }> {
  const raw = newRawDataKey();
  const code = newRecoveryCode();
  try {
    const [passphraseWrap, recoveryWrap, key] = await Promise.all([
      wrapWithPassphrase(raw, passphrase),
      wrapWithRecoveryCode(raw, code.bytes),
      importDataKey(raw),
    ]);
    return {
      meta: {
        format: 1,
        createdAt: now.toISOString(),
        actorId,
        passphrase: toPassphraseMeta(passphraseWrap),
        recovery: recoveryWrap,
      },
      key,
      recoveryCode: code.text,
    };
  } finally {
    raw.fill(0);
    code.bytes.fill(0);
  }
}

export function createVault(
  handle: DatabaseHandle,
  passphrase: string,
  now: Date,
): Promise<Result<CreatedVault, CreateVaultFailure>> {
  return handle.exclusive(async () => {
    const strength = assessPassphrase(passphrase);
    if (!strength.acceptable) return { ok: false, error: { code: 'weak-passphrase', strength } };
    const existing = await readVaultMeta(handle.dexie);
    if (existing.status !== 'none') return { ok: false, error: { code: 'vault-exists' } };
    const material = await newKeyMaterial(passphrase, now);
    const db = handle.dexie;
    try {
      await db.transaction('rw', db.meta, async () => {
        // Re-checked inside the transaction: a second window may have created one meanwhile.
        if (await db.meta.get(META_KEYS.vault)) throw new VaultExists();
        await db.meta.put({ key: META_KEYS.vault, value: material.meta });
        await db.meta.put({ key: META_KEYS.settings, value: DEFAULT_SETTINGS });
      });
    } catch (error) {
      if (error instanceof VaultExists || hasInner(error, VaultExists)) {
        return { ok: false, error: { code: 'vault-exists' } };
      }
      return {
        ok: false,
        error: { code: isQuotaExceeded(error) ? 'storage-full' : 'unavailable' },
      };
    }
    const session = await createSession(db, material.key, material.meta.actorId);
    await sessionInternals(session)?.core.recordAudit(
      { action: 'create', objectType: 'vault', objectIds: [] },
      now,
    );
    return { ok: true, value: { session, recoveryCode: material.recoveryCode } };
  });
}

class VaultExists extends Error {}

function hasInner(error: unknown, type: new () => Error): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const inner: unknown = Reflect.get(error, 'inner');
  return inner instanceof type;
}

/** After a successful unlock: log it (and the failures before it), and lift weak KDF params. */
async function afterUnlock(
  session: Session,
  meta: VaultMeta,
  passphrase: string | null,
  failuresBefore: number,
  action: 'unlock' | 'recover',
  now: Date,
): Promise<Result<void, Failure<'storage-full' | 'unavailable'>>> {
  const core = sessionInternals(session)?.core;
  if (!core) return { ok: false, error: { code: 'unavailable' } };
  const audit = [];
  if (failuresBefore > 0) {
    audit.push({
      action,
      objectType: 'vault' as const,
      objectIds: [],
      outcome: 'failure' as const,
      reason: `failed-attempts-${String(failuresBefore)}`,
    });
  }
  audit.push({ action, objectType: 'vault' as const, objectIds: [] });
  const metaRows = [];
  if (passphrase !== null && !kdfAtFloor(meta.passphrase.kdf)) {
    // Parameters below today's floor: re-wrap the same data key with the current ones.
    const raw = await unwrapRawWithPassphrase(meta.passphrase, passphrase);
    if (raw.ok) {
      try {
        const wrap = await wrapWithPassphrase(raw.value, passphrase, CURRENT_KDF);
        metaRows.push({
          key: META_KEYS.vault,
          value: { ...meta, passphrase: toPassphraseMeta(wrap) },
        });
      } finally {
        raw.value.fill(0);
      }
    }
  }
  const result = await commitWithAudit(core, audit, metaRows, now);
  return result.ok ? result : { ok: false, error: { code: result.error } };
}

export function unlockWithPassphrase(
  handle: DatabaseHandle,
  passphrase: string,
  now: Date,
): Promise<Result<Session, UnlockFailure>> {
  return handle.exclusive(async () => {
    const vault = await readVaultMeta(handle.dexie);
    if (vault.status === 'none') return { ok: false, error: { code: 'no-vault' } };
    if (vault.status === 'corrupt') return { ok: false, error: { code: 'corrupt' } };
    const throttled = await throttleState(handle, 'passphrase', now);
    if (throttled) return { ok: false, error: throttled };
    const key = await unwrapWithPassphrase(vault.meta.passphrase, passphrase);
    if (!key.ok) {
      const failure = await recordFailure(handle, 'passphrase', now);
      return { ok: false, error: { code: 'wrong-passphrase', ...failure } };
    }
    const failuresBefore = await clearFailures(handle, 'passphrase');
    const session = await createSession(handle.dexie, key.value, vault.meta.actorId);
    const logged = await afterUnlock(
      session,
      vault.meta,
      passphrase,
      failuresBefore,
      'unlock',
      now,
    );
    // Unlocking must work on a full disk too: reading needs no space, the log entry waits.
    if (!logged.ok && logged.error.code !== 'storage-full') {
      sessionInternals(session)?.core.dropKey();
      return { ok: false, error: logged.error };
    }
    return { ok: true, value: session };
  });
}

export function recoverWithCode(
  handle: DatabaseHandle,
  recoveryCode: string,
  newPassphrase: string,
  now: Date,
  options: { readonly rotateRecoveryCode?: boolean | undefined } = {},
): Promise<Result<RecoveredVault, RecoverFailure>> {
  return handle.exclusive(async () => {
    const vault = await readVaultMeta(handle.dexie);
    if (vault.status === 'none') return { ok: false, error: { code: 'no-vault' } };
    if (vault.status === 'corrupt') return { ok: false, error: { code: 'corrupt' } };
    const code = parseRecoveryCode(recoveryCode);
    if (!code.ok) return { ok: false, error: { code: 'malformed-recovery-code' } };
    const strength = assessPassphrase(newPassphrase);
    if (!strength.acceptable) return { ok: false, error: { code: 'weak-passphrase', strength } };
    const throttled = await throttleState(handle, 'recovery', now);
    if (throttled) return { ok: false, error: throttled };
    const raw = await unwrapRawWithRecoveryCode(vault.meta.recovery, code.value);
    if (!raw.ok) {
      const failure = await recordFailure(handle, 'recovery', now);
      return { ok: false, error: { code: 'wrong-recovery-code', ...failure } };
    }
    try {
      const rotate = options.rotateRecoveryCode ?? true;
      const fresh = rotate ? newRecoveryCode() : null;
      const [passphraseWrap, recoveryWrap, key] = await Promise.all([
        wrapWithPassphrase(raw.value, newPassphrase),
        fresh ? wrapWithRecoveryCode(raw.value, fresh.bytes) : Promise.resolve(vault.meta.recovery),
        importDataKey(raw.value),
      ]);
      fresh?.bytes.fill(0);
      const meta: VaultMeta = {
        ...vault.meta,
        passphrase: toPassphraseMeta(passphraseWrap),
        recovery: recoveryWrap,
      };
      const failuresBefore = await clearFailures(handle, 'recovery');
      // A forgotten passphrase is replaced now, so its failures no longer count either.
      await clearFailures(handle, 'passphrase');
      const session = await createSession(handle.dexie, key, meta.actorId);
      const core = sessionInternals(session)?.core;
      if (!core) return { ok: false, error: { code: 'unavailable' } };
      const audit = [
        ...(failuresBefore > 0
          ? [
              {
                action: 'recover' as const,
                objectType: 'vault' as const,
                objectIds: [],
                outcome: 'failure' as const,
                reason: `failed-attempts-${String(failuresBefore)}`,
              },
            ]
          : []),
        { action: 'recover' as const, objectType: 'vault' as const, objectIds: [] },
      ];
      const committed = await commitWithAudit(
        core,
        audit,
        [{ key: META_KEYS.vault, value: meta }],
        now,
      );
      if (!committed.ok) {
        core.dropKey();
        return { ok: false, error: { code: committed.error } };
      }
      return {
        ok: true,
        value: { session, ...(fresh ? { newRecoveryCode: fresh.text } : {}) },
      };
    } finally {
      raw.value.fill(0);
    }
  });
}

export function changePassphrase(
  handle: DatabaseHandle,
  session: Session,
  currentPassphrase: string,
  newPassphrase: string,
  now: Date,
): Promise<Result<void, ChangePassphraseFailure>> {
  return handle.exclusive(async () => {
    const core = sessionInternals(session)?.core;
    if (!core || core.isLocked()) return { ok: false, error: { code: 'locked' } };
    const strength = assessPassphrase(newPassphrase);
    if (!strength.acceptable) return { ok: false, error: { code: 'weak-passphrase', strength } };
    if (currentPassphrase.normalize('NFC') === newPassphrase.normalize('NFC')) {
      return { ok: false, error: { code: 'same-passphrase' } };
    }
    const vault = await readVaultMeta(handle.dexie);
    if (vault.status !== 'ok') return { ok: false, error: { code: 'corrupt' } };
    const throttled = await throttleState(handle, 'passphrase', now);
    if (throttled) return { ok: false, error: throttled };
    const raw = await unwrapRawWithPassphrase(vault.meta.passphrase, currentPassphrase);
    if (!raw.ok) {
      const failure = await recordFailure(handle, 'passphrase', now);
      return { ok: false, error: { code: 'wrong-passphrase', ...failure } };
    }
    try {
      // Only the passphrase wrap changes; the data key, records and recovery wrap stay as they are.
      const wrap = await wrapWithPassphrase(raw.value, newPassphrase);
      await clearFailures(handle, 'passphrase');
      const committed = await commitWithAudit(
        core,
        [{ action: 'change-passphrase', objectType: 'vault', objectIds: [] }],
        [{ key: META_KEYS.vault, value: { ...vault.meta, passphrase: toPassphraseMeta(wrap) } }],
        now,
      );
      return committed.ok ? committed : { ok: false, error: { code: committed.error } };
    } finally {
      raw.value.fill(0);
    }
  });
}

export async function readSettings(
  handle: DatabaseHandle,
): Promise<Result<VaultSettings, Failure<'unavailable'>>> {
  try {
    return { ok: true, value: await readSettingsRow(handle.dexie) };
  } catch {
    return { ok: false, error: { code: 'unavailable' } };
  }
}
