// The storage core's public API: the only door to IndexedDB. Screens import from here, never from
// the files beside it. Types and their doc comments live in ./types.ts.
//
// Flow: openDatabase() -> inspectVault(db) -> 'new': createVault / restoreBackup, 'locked':
// unlockWithPassphrase / recoverWithCode -> Session (repositories) -> session.lock().

import type {
  BackupPreview,
  BackupSecret,
  ChangePassphraseFailure,
  CreatedVault,
  CreateVaultFailure,
  OpenDatabaseFailure,
  RecoveredVault,
  RecoverFailure,
  RestoreFailure,
  RestoreOptions,
  RestoreOutcome,
  Result,
  Session,
  UnlockFailure,
  VaultSettings,
  VaultState,
  BackupFailure,
  Failure,
  AuditVerification,
  StorageErrorCode,
} from './types';

import {
  exportBackup as exportBackupImpl,
  inspectBackup as inspectBackupImpl,
  restoreBackup as restoreBackupImpl,
  backupFileName as backupFileNameImpl,
} from './backup';
import { formatRecoveryCode as formatRecoveryCodeImpl } from './sealing/recovery-code';
import { sessionInternals } from './session';
import {
  changePassphrase as changePassphraseImpl,
  createVault as createVaultImpl,
  DatabaseHandle,
  inspectVault as inspectVaultImpl,
  openDatabaseHandle,
  readSettings as readSettingsImpl,
  recoverWithCode as recoverImpl,
  unlockWithPassphrase as unlockImpl,
} from './vault';
import type { KeukentafelDexie } from './database';

export type * from './types';
export type {
  ExitPinRepository,
  ExitPinSetFailure,
  ExitPinStatus,
  ExitPinVerifyFailure,
  VerifyPassphraseFailure,
} from './exit-pin';
export { EXIT_PIN_MAX_FAILURES } from './exit-pin';
export {
  IDLE_LOCK_DEFAULT_MINUTES,
  IDLE_LOCK_MAX_MINUTES,
  IDLE_LOCK_MIN_MINUTES,
  STORAGE_ERROR_CODES,
} from './types';

/** An open database handle. Opaque: pass it to the functions below. */
export interface KeukentafelDatabase {
  /** The IndexedDB name ('keukentafel' in the app; tests and the bench use their own). */
  readonly name: string;
  /** Closes the connection; the handle is unusable afterwards. */
  close(): void;
}

export interface OpenDatabaseOptions {
  /** IndexedDB database name; default 'keukentafel'. */
  readonly name?: string;
}

/** The IndexedDB name the app uses. */
export { DEFAULT_DATABASE_NAME } from './vault';

const handles = new WeakMap<KeukentafelDexie, DatabaseHandle>();

function asHandle(db: KeukentafelDatabase): DatabaseHandle {
  if (!(db instanceof DatabaseHandle)) throw new TypeError('Not a database opened by openDatabase');
  handles.set(db.dexie, db);
  return db;
}

function handleOf(dexie: KeukentafelDexie): DatabaseHandle {
  const known = handles.get(dexie);
  if (known) return known;
  const handle = new DatabaseHandle(dexie);
  handles.set(dexie, handle);
  return handle;
}

/**
 * Opens (and if needed creates or upgrades) the database. A failed upgrade leaves the old data
 * untouched and gives 'upgrade-failed'; a database from a newer app gives 'newer-version'.
 */
export async function openDatabase(
  options: OpenDatabaseOptions = {},
): Promise<Result<KeukentafelDatabase, OpenDatabaseFailure>> {
  const opened = await openDatabaseHandle({ name: options.name });
  if (opened.ok) handles.set(opened.value.dexie, opened.value);
  return opened;
}

/**
 * 'new' (no vault yet: first run or restore), 'locked' with the throttle state (failed attempts,
 * ms until the next attempt is allowed), or 'corrupt' (key material unreadable).
 */
export function inspectVault(db: KeukentafelDatabase, now: Date): Promise<VaultState> {
  return inspectVaultImpl(asHandle(db), now);
}

/**
 * First run: checks the passphrase (assessPassphrase), makes the data key, wraps it with the
 * passphrase and with a fresh recovery code, and returns the unlocked session and the code.
 * Takes about a second (key derivation).
 */
export function createVault(
  db: KeukentafelDatabase,
  passphrase: string,
  now: Date,
): Promise<Result<CreatedVault, CreateVaultFailure>> {
  return createVaultImpl(asHandle(db), passphrase, now);
}

/**
 * Unlocks with the passphrase. A wrong passphrase deletes nothing; after 3 failures each next
 * attempt waits longer (1 s doubling, at most 5 min), counted in meta so a restart does not reset
 * it. Raises the stored key-derivation parameters to the current floor when they are lower.
 */
export function unlockWithPassphrase(
  db: KeukentafelDatabase,
  passphrase: string,
  now: Date,
): Promise<Result<Session, UnlockFailure>> {
  return unlockImpl(asHandle(db), passphrase, now);
}

/**
 * Unlocks with the recovery code (case, spaces and dashes ignored; 'O' reads as 0, 'I'/'L' as 1)
 * and sets `newPassphrase`. By default the used code is replaced by a new one to show once.
 */
export function recoverWithCode(
  db: KeukentafelDatabase,
  recoveryCode: string,
  newPassphrase: string,
  now: Date,
  options: { readonly rotateRecoveryCode?: boolean } = {},
): Promise<Result<RecoveredVault, RecoverFailure>> {
  return recoverImpl(asHandle(db), recoveryCode, newPassphrase, now, options);
}

/** Re-wraps the data key with a new passphrase; records are not touched. Needs the current one. */
export function changePassphrase(
  session: Session,
  currentPassphrase: string,
  newPassphrase: string,
  now: Date,
): Promise<Result<void, ChangePassphraseFailure>> {
  const core = sessionInternals(session)?.core;
  if (!core) return Promise.resolve({ ok: false, error: { code: 'locked' } });
  return changePassphraseImpl(handleOf(core.db), session, currentPassphrase, newPassphrase, now);
}

/** Settings readable while locked (idle lock minutes for the timer, gemeente profile). */
export function readSettings(
  db: KeukentafelDatabase,
): Promise<Result<VaultSettings, Failure<'unavailable'>>> {
  return readSettingsImpl(asHandle(db));
}

/** Same as `session.audit.verifyChain()`. */
export function verifyAuditChain(
  session: Session,
): Promise<Result<AuditVerification, Failure<'locked' | 'unavailable'>>> {
  return session.audit.verifyChain();
}

/**
 * The whole database as one encrypted file (hand the bytes to DesktopApi.fileSave with
 * `backupFileName(now)` and `BACKUP_FILE_FILTERS`). It opens with the passphrase in use now, or
 * with the recovery code. Logs an 'export' audit entry.
 */
export function exportBackup(
  session: Session,
  now: Date,
): Promise<
  Result<
    Uint8Array,
    | Failure<'locked' | 'unavailable' | 'storage-full'>
    | { readonly code: 'tampered'; readonly table: string; readonly id: string }
  >
> {
  return exportBackupImpl(session, now);
}

/**
 * Checks and decrypts a backup without writing anything, and says what it holds. Every flipped
 * bit or missing byte gives a typed failure ('damaged-backup', 'not-a-backup', ...).
 */
export function inspectBackup(
  bytes: Uint8Array,
  secret: BackupSecret,
): Promise<Result<BackupPreview, BackupFailure>> {
  return inspectBackupImpl(bytes, secret);
}

/**
 * Restores in one transaction, all or nothing. On a laptop without a vault it sets up the
 * backup's vault; with a vault it needs `options.session` and merges (adds missing records,
 * replaces older revs, deletes nothing). On failure the database is exactly as before.
 */
export function restoreBackup(
  db: KeukentafelDatabase,
  bytes: Uint8Array,
  secret: BackupSecret,
  now: Date,
  options: RestoreOptions = {},
): Promise<Result<RestoreOutcome, RestoreFailure>> {
  return restoreBackupImpl(asHandle(db), bytes, secret, now, options);
}

/** File name for a backup made at `now`, e.g. 'keukentafel-reservekopie-2024-05-01.ktbk'. */
export function backupFileName(now: Date): string {
  return backupFileNameImpl(now);
}

/** The file filter for DesktopApi.fileSave / fileOpen. */
export const BACKUP_FILE_FILTERS = [{ name: 'Keukentafel back-up', extensions: ['ktbk'] }] as const;

/** The message key (shared/messages/nl-storage.ts) of a failure code, for `formatMessage`. */
export function storageMessageKey(code: StorageErrorCode): `storage.error.${StorageErrorCode}` {
  return `storage.error.${code}`;
}

/** Formats a recovery code for display: groups of four, e.g. 'ABCD-EFGH-…'. Idempotent. */
export function formatRecoveryCode(code: string): string {
  return formatRecoveryCodeImpl(code);
}

export {
  assessPassphrase,
  PASSPHRASE_MIN_LENGTH,
  PASSPHRASE_MIN_WORDS,
  type PassphraseFeedbackCode,
  type PassphraseStrength,
} from '../../../shared/security/passphrase-strength';

/**
 * Household handover to a colleague (handover.ts): `exportHandover` makes the encrypted file and
 * a one-time code to read out by phone; `inspectHandover` opens it with that code (writes
 * nothing); `planHandoverImport` compares it with this laptop; `applyHandoverImport` writes it,
 * conflicts resolved by the professional's choice, in one transaction.
 */
export {
  applyHandoverImport,
  exportHandover,
  handoverFileName,
  HANDOVER_TABLES,
  inspectHandover,
  planHandoverImport,
  type HandoverPayload,
} from './handover';
export {
  formatHandoverCode,
  HANDOVER_CODE_GROUP,
  HANDOVER_CODE_LENGTH,
  normalizeHandoverCode,
  parseHandoverCode,
} from './sealing/handover-code';
export { HANDOVER_ERROR_CODES } from './types';

/** The file filter for DesktopApi.fileSave / fileOpen of a handover file. */
export const HANDOVER_FILE_FILTERS = [
  { name: 'Keukentafel overdracht', extensions: ['ktov'] },
] as const;
