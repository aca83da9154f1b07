// Public types of the storage core. Screens import them through './index' (renderer/src/db).
// Every expected failure is a value with a code; `storageMessageKey(code)` gives its Dutch text.

import type { z } from 'zod';
import type {
  CaseloadEntry,
  CaseloadHit,
  CaseloadSearchOptions,
} from '../../../shared/caseload/caseload-index';
import type { Profile } from '../../../shared/profiles/schema';
import type { Assessment } from '../../../shared/schemas/assessment';
import type { Conversation } from '../../../shared/schemas/conversation';
import type { Household } from '../../../shared/schemas/household';
import type { Person } from '../../../shared/schemas/person';
import type { FieldIssue } from '../../../shared/schemas/zod-messages';
import type { PassphraseStrength } from '../../../shared/security/passphrase-strength';
import type { ExitPinRepository, VerifyPassphraseFailure } from './exit-pin';

/** A value or a typed failure. Expected outcomes never throw. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Every failure code the storage core returns; each has a Dutch text in nl-storage.ts. */
export const STORAGE_ERROR_CODES = [
  'locked',
  'storage-full',
  'conflict',
  'not-found',
  'invalid',
  'tampered',
  'unavailable',
  'newer-version',
  'upgrade-failed',
  'no-vault',
  'vault-exists',
  'corrupt',
  'wrong-passphrase',
  'throttled',
  'weak-passphrase',
  'same-passphrase',
  'malformed-recovery-code',
  'wrong-recovery-code',
  'not-a-backup',
  'unsupported-backup-version',
  'damaged-backup',
  'invalid-backup-content',
  'newer-backup',
  'new-passphrase-required',
] as const;

export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

/** A failure with nothing more to say than its code. */
export interface Failure<C extends StorageErrorCode> {
  readonly code: C;
}

/** The input broke a schema; `issues` name each field in Dutch through `formatFieldIssue`. */
export interface InvalidFailure {
  readonly code: 'invalid';
  readonly issues: readonly FieldIssue[];
}

/** Too many wrong attempts: the next attempt is accepted after `retryAfterMs`. */
export interface ThrottledFailure {
  readonly code: 'throttled';
  readonly retryAfterMs: number;
  readonly failedAttempts: number;
}

/** The passphrase was wrong; nothing was deleted. `retryAfterMs` is 0 while attempts are free. */
export interface WrongPassphraseFailure {
  readonly code: 'wrong-passphrase';
  readonly failedAttempts: number;
  readonly retryAfterMs: number;
}

export interface WrongRecoveryCodeFailure {
  readonly code: 'wrong-recovery-code';
  readonly failedAttempts: number;
  readonly retryAfterMs: number;
}

/** The new passphrase is too weak; `strength` carries the feedback codes to show. */
export interface WeakPassphraseFailure {
  readonly code: 'weak-passphrase';
  readonly strength: PassphraseStrength;
}

/**
 * A stored record failed to open (flipped byte, swapped or replayed ciphertext) or broke its schema.
 * Never skipped silently: the whole call fails with this code.
 */
export interface TamperedFailure {
  readonly code: 'tampered';
  readonly table: string;
  readonly id: string;
}

export type StorageFailure =
  | Failure<
      Exclude<
        StorageErrorCode,
        | 'invalid'
        | 'throttled'
        | 'wrong-passphrase'
        | 'wrong-recovery-code'
        | 'weak-passphrase'
        | 'tampered'
      >
    >
  | InvalidFailure
  | ThrottledFailure
  | WrongPassphraseFailure
  | WrongRecoveryCodeFailure
  | WeakPassphraseFailure
  | TamperedFailure;

/** What any read of sealed data can fail with. */
export type ReadFailure = Failure<'locked' | 'not-found' | 'unavailable'> | TamperedFailure;

/**
 * What any write can fail with. 'conflict': the record changed since it was read (stale `rev`);
 * 'storage-full': the disk or the browser quota is full, nothing was written, keep the input.
 */
export type WriteFailure =
  | Failure<'locked' | 'not-found' | 'conflict' | 'storage-full' | 'unavailable'>
  | InvalidFailure
  | TamperedFailure;

export type Id = string;

/** Fields the repository sets on every write; callers never fill them in for a new record. */
export type SyncField = 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt';

/** A new record: the domain fields, optionally with a caller-chosen UUID. */
export type NewRecord<T> = Omit<T, SyncField> & { readonly id?: Id | undefined };

/** Optional context a write or read records in the audit log (NEN 7513 "purpose"), a kebab-case code. */
export interface AuditContext {
  readonly purpose?: string | undefined;
}

export interface ListOptions {
  /** Also return soft-deleted records (default false). */
  readonly includeDeleted?: boolean | undefined;
}

/**
 * A sealed table of one domain type. `update` and `softDelete` take the rev the caller read; a
 * different stored rev gives 'conflict' and writes nothing. Each read of personal data writes one
 * 'read' audit entry; each write writes its audit entry in the same transaction.
 */
export interface RecordRepository<T> {
  create(input: NewRecord<T>, now: Date, context?: AuditContext): Promise<Result<T, WriteFailure>>;
  /** Saves `record` (whose `rev` must be the stored rev) as the next rev. */
  update(record: T, now: Date, context?: AuditContext): Promise<Result<T, WriteFailure>>;
  get(id: Id, now: Date, context?: AuditContext): Promise<Result<T, ReadFailure>>;
  /** Sets deletedAt; the record stays until erasure. */
  softDelete(
    id: Id,
    expectedRev: number,
    now: Date,
    context?: AuditContext,
  ): Promise<Result<T, WriteFailure>>;
}

export interface HouseholdRepository extends RecordRepository<Household> {
  /** Every household (one 'read' audit entry for the caseload). */
  list(now: Date, options?: ListOptions): Promise<Result<readonly Household[], ReadFailure>>;
}

export interface PersonRepository extends RecordRepository<Person> {
  listByHousehold(
    householdId: Id,
    now: Date,
    options?: ListOptions,
  ): Promise<Result<readonly Person[], ReadFailure>>;
}

export interface AssessmentRepository extends RecordRepository<Assessment> {
  listByHousehold(
    householdId: Id,
    now: Date,
    options?: ListOptions,
  ): Promise<Result<readonly Assessment[], ReadFailure>>;
  listByPerson(
    personId: Id,
    now: Date,
    options?: ListOptions,
  ): Promise<Result<readonly Assessment[], ReadFailure>>;
}

/** Finished intake and evaluation conversations (ConversationSchema); audit object 'conversation'. */
export interface ConversationRepository extends RecordRepository<Conversation> {
  /** The household's conversations, newest `date` first (one 'read' audit entry). */
  listByHousehold(
    householdId: Id,
    now: Date,
    options?: ListOptions,
  ): Promise<Result<readonly Conversation[], ReadFailure>>;
}

/** What `profiles.list()` found: the usable profiles, and the ids of stored ones that no longer parse. */
export interface ImportedProfiles {
  /** Parsed with `parseProfile` (shape and references), sorted by name. */
  readonly profiles: readonly Profile[];
  /**
   * Ids of stored profiles that opened (so nothing was tampered with) but break the profile rules
   * of this app version; they are left out and stay stored until removed or imported again.
   */
  readonly unusable: readonly string[];
}

/**
 * Gemeente profiles a beheerder imported, sealed like every record though they hold no personal
 * data. Keyed by the profile id: saving a profile with a known id replaces it. Reads are not
 * audited (no personal data); writes log 'create' / 'update' / 'delete' on object type 'profile'.
 */
export interface ProfileRepository {
  /** Checks `profile` with `parseProfile` and stores it, replacing one with the same id. */
  save(profile: Profile, now: Date): Promise<Result<Profile, WriteFailure>>;
  list(): Promise<Result<ImportedProfiles, ReadFailure>>;
  /** Removes the profile (a tombstone, so a backup merge does not bring it back); 'not-found' when absent. */
  remove(profileId: string, now: Date): Promise<Result<void, WriteFailure>>;
}

/** A record of a type not yet modelled in shared/schemas: sync fields + foreign ids + `data`. */
export interface StoredRecord<T> {
  readonly id: Id;
  readonly householdId: Id;
  readonly personId?: Id | undefined;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly rev: number;
  readonly deletedAt?: string | undefined;
  readonly data: T;
}

export interface NewStoredRecord<T> {
  readonly id?: Id | undefined;
  readonly householdId: Id;
  readonly personId?: Id | undefined;
  readonly data: T;
}

/**
 * Plans, suggestions and decisions until their schemas exist: every call takes the zod schema of
 * `data`, which is parsed on write and again on every read.
 */
export interface GenericRecordRepository {
  create<T>(
    schema: z.ZodType<T>,
    input: NewStoredRecord<T>,
    now: Date,
    context?: AuditContext,
  ): Promise<Result<StoredRecord<T>, WriteFailure>>;
  update<T>(
    schema: z.ZodType<T>,
    record: StoredRecord<T>,
    now: Date,
    context?: AuditContext,
  ): Promise<Result<StoredRecord<T>, WriteFailure>>;
  get<T>(
    schema: z.ZodType<T>,
    id: Id,
    now: Date,
    context?: AuditContext,
  ): Promise<Result<StoredRecord<T>, ReadFailure | InvalidFailure>>;
  listByHousehold<T>(
    schema: z.ZodType<T>,
    householdId: Id,
    now: Date,
    options?: ListOptions,
  ): Promise<Result<readonly StoredRecord<T>[], ReadFailure | InvalidFailure>>;
  softDelete(
    id: Id,
    expectedRev: number,
    now: Date,
    context?: AuditContext,
  ): Promise<Result<StoredRecord<unknown>, WriteFailure>>;
}

/** Unsaved form input, sealed like every record. Keyed per form, e.g. 'intake:<householdId>:<step>'. */
export interface Draft<T = unknown> {
  readonly key: string;
  readonly value: T;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DraftSummary {
  readonly key: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Autosave store. Drafts are not audited (the save they lead to is); they survive lock and crash,
 * and after unlock `list()` tells the screen which forms it may offer to resume.
 */
export interface DraftRepository {
  /** Creates or replaces the draft under `key`; `value` must be JSON (no functions, no Dates). */
  save(key: string, value: unknown, now: Date): Promise<Result<DraftSummary, WriteFailure>>;
  /** The draft under `key` parsed with `schema`, or null when there is none. */
  get<T>(
    key: string,
    schema: z.ZodType<T>,
  ): Promise<Result<Draft<T> | null, ReadFailure | InvalidFailure>>;
  /** Every draft, newest first (keys and times only). */
  list(): Promise<Result<readonly DraftSummary[], ReadFailure>>;
  /** Removes the draft (after the real save, or when the professional chooses not to resume). */
  discard(key: string): Promise<Result<void, WriteFailure>>;
}

/** NEN 7513 actions. */
export type AuditAction =
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'export'
  | 'print'
  | 'search'
  | 'restore'
  | 'unlock'
  | 'lock'
  | 'change-passphrase'
  | 'recover'
  | 'settings';

export type AuditObjectType =
  | 'household'
  | 'person'
  | 'assessment'
  | 'plan'
  | 'suggestion'
  | 'decision'
  | 'caseload'
  | 'vault'
  | 'backup'
  | 'settings'
  /** A finished intake or evaluation conversation (schema version 2). */
  | 'conversation'
  /** An imported gemeente profile; its kebab-case id is not a UUID, so objectIds stay empty. */
  | 'profile';

export type AuditOutcome = 'success' | 'failure';

/** One audit log entry. No content: ids, codes and times only. */
export interface AuditEntry {
  /** Position in the chain, from 1, without gaps. */
  readonly seq: number;
  readonly id: Id;
  readonly at: string;
  readonly action: AuditAction;
  readonly objectType: AuditObjectType;
  /** The record ids involved (household, person, record); never names. */
  readonly objectIds: readonly Id[];
  /** The professional's local id (a UUID made when the vault was created). */
  readonly actorId: Id;
  readonly outcome: AuditOutcome;
  /** Kebab-case code of the purpose, when the screen gives one. */
  readonly purpose?: string | undefined;
  /** Kebab-case code with more detail, e.g. the lock reason or 'failed-attempts-3'. */
  readonly reason?: string | undefined;
}

/** What a screen may log itself: search, print, and exports through DesktopApi. */
export interface AuditRecordInput {
  readonly action: AuditAction;
  readonly objectType: AuditObjectType;
  readonly objectIds: readonly Id[];
  readonly outcome?: AuditOutcome | undefined;
  readonly purpose?: string | undefined;
  readonly reason?: string | undefined;
}

export type AuditChainProblem = 'edited' | 'missing' | 'reordered' | 'unreadable' | 'head-mismatch';

export type AuditVerification =
  | { readonly ok: true; readonly entries: number }
  | { readonly ok: false; readonly problem: AuditChainProblem; readonly atSeq: number };

export interface AuditRepository {
  /** Newest first; `beforeSeq` pages back. */
  list(options?: {
    readonly limit?: number | undefined;
    readonly beforeSeq?: number | undefined;
  }): Promise<Result<readonly AuditEntry[], ReadFailure>>;
  /** Walks the whole chain; finds an edited, deleted or reordered entry and a cut-off tail. */
  verifyChain(): Promise<Result<AuditVerification, Failure<'locked' | 'unavailable'>>>;
  /** Logs an action the storage core does not see itself (search, print, a file saved). */
  record(input: AuditRecordInput, now: Date): Promise<Result<AuditEntry, WriteFailure>>;
}

export interface CaseloadIndexHandle {
  /**
   * Decrypts names, birth dates and household summaries into memory (one 'read' audit entry).
   * Call after unlock; writes through this session keep the index current afterwards.
   */
  load(now: Date): Promise<Result<readonly CaseloadEntry[], ReadFailure>>;
  isLoaded(): boolean;
  /** Every entry, sorted by label; empty before `load` and after lock. */
  entries(): readonly CaseloadEntry[];
  /**
   * Pure in-memory search on names, birth dates (1980-03-12, 12-03-1980, 12-3-1980, 1980) and
   * address parts, ignoring case and diacritics. Not audited: log a 'search' with
   * `audit.record` when the professional opens a hit.
   */
  search(query: string, options?: CaseloadSearchOptions): readonly CaseloadHit[];
  /** Called after every change of the index (load, write, lock); returns unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A household with its members, assessments and conversations, as the dossier screen opens it. */
export interface HouseholdDossier {
  readonly household: Household;
  /** Non-deleted members. */
  readonly persons: readonly Person[];
  /** Non-deleted assessments, newest `takenAt` first. */
  readonly assessments: readonly Assessment[];
  /** Non-deleted conversations, newest `date` first (then newest `createdAt`). */
  readonly conversations: readonly Conversation[];
}

export const IDLE_LOCK_MIN_MINUTES = 1;
export const IDLE_LOCK_MAX_MINUTES = 30;
export const IDLE_LOCK_DEFAULT_MINUTES = 5;

/** Settings kept in meta, readable before unlock (they hold no personal data). */
export interface VaultSettings {
  /** Whole minutes 1-30, default 5. */
  readonly idleLockMinutes: number;
  /** Kebab-case id of the active gemeente profile; absent until chosen. */
  readonly gemeenteProfileId?: string | undefined;
}

export interface SettingsPatch {
  readonly idleLockMinutes?: number | undefined;
  readonly gemeenteProfileId?: string | undefined;
}

export interface SettingsRepository {
  get(): Promise<Result<VaultSettings, Failure<'locked' | 'unavailable'>>>;
  update(patch: SettingsPatch, now: Date): Promise<Result<VaultSettings, WriteFailure>>;
}

/** Why the app locks; the audit log records it. */
export type LockReason = 'idle' | 'screen-lock' | 'suspend' | 'menu' | 'user' | 'shortcut';

/**
 * The unlocked vault: holds the data key (a non-extractable CryptoKey) and is the only door to
 * personal data. After `lock()` every method fails with code 'locked'.
 */
export interface Session {
  /** The professional's local id, recorded as actor in the audit log. */
  readonly actorId: Id;
  readonly households: HouseholdRepository;
  readonly persons: PersonRepository;
  readonly assessments: AssessmentRepository;
  readonly conversations: ConversationRepository;
  readonly plans: GenericRecordRepository;
  readonly suggestions: GenericRecordRepository;
  readonly decisions: GenericRecordRepository;
  readonly drafts: DraftRepository;
  readonly audit: AuditRepository;
  readonly caseload: CaseloadIndexHandle;
  readonly settings: SettingsRepository;
  /** The zelfinvulmodus exit PIN (renderer/src/db/exit-pin.ts). */
  readonly exitPin: ExitPinRepository;
  /**
   * Checks the passphrase without changing the session (leaving the zelfinvulmodus). Shares the
   * unlock screen's failure counter and waits; a success makes a locked-out exit PIN work again.
   */
  verifyPassphrase(passphrase: string, now: Date): Promise<Result<void, VerifyPassphraseFailure>>;
  /** Imported gemeente profiles (the shipped ones are in shared/profiles). */
  readonly profiles: ProfileRepository;
  /**
   * Household, its (non-deleted) persons, assessments and conversations, decrypted; one 'read'
   * audit entry.
   */
  openHousehold(
    householdId: Id,
    now: Date,
    context?: AuditContext,
  ): Promise<Result<HouseholdDossier, ReadFailure>>;
  isLocked(): boolean;
  /**
   * Runs the before-lock handlers (screens save unsaved input as drafts; at most 2 s in all),
   * logs the lock, drops the key and the caseload index, then calls the lock listeners.
   * Safe to call twice.
   */
  lock(reason: LockReason, now: Date): Promise<void>;
  /** Registers a handler that lock() awaits first, e.g. to seal unsaved input as a draft. */
  onBeforeLock(handler: () => Promise<unknown> | undefined): () => void;
  /** Called once, after the key is gone: clear every store and screen holding personal data. */
  onLock(listener: (reason: LockReason) => void): () => void;
}

/** Key derivation parameters stored with the wrapped key, so they can be raised later. */
export interface KdfParams {
  readonly algorithm: 'PBKDF2-SHA256';
  readonly iterations: number;
}

export type VaultState =
  | { readonly status: 'new' }
  | {
      readonly status: 'locked';
      readonly createdAt: string;
      readonly failedAttempts: number;
      /** 0 when the next attempt is allowed now. */
      readonly retryAfterMs: number;
      readonly kdf: KdfParams;
    }
  | { readonly status: 'corrupt' };

export interface CreatedVault {
  readonly session: Session;
  /** Show once, offer to save or print through DesktopApi; it is never stored in plain text. */
  readonly recoveryCode: string;
}

export interface RecoveredVault {
  readonly session: Session;
  /** A fresh code replacing the used one (absent when rotation was turned off). */
  readonly newRecoveryCode?: string | undefined;
}

export type CreateVaultFailure =
  Failure<'vault-exists' | 'storage-full' | 'unavailable'> | WeakPassphraseFailure;

export type UnlockFailure =
  | Failure<'no-vault' | 'corrupt' | 'storage-full' | 'unavailable'>
  | WrongPassphraseFailure
  | ThrottledFailure;

export type RecoverFailure =
  | Failure<'no-vault' | 'corrupt' | 'malformed-recovery-code' | 'storage-full' | 'unavailable'>
  | WrongRecoveryCodeFailure
  | ThrottledFailure
  | WeakPassphraseFailure;

export type ChangePassphraseFailure =
  | Failure<'locked' | 'same-passphrase' | 'storage-full' | 'unavailable' | 'corrupt'>
  | WrongPassphraseFailure
  | ThrottledFailure
  | WeakPassphraseFailure;

export type OpenDatabaseFailure = Failure<'unavailable' | 'newer-version' | 'upgrade-failed'>;

/** The secret that opens a backup file: the passphrase at export time, or the recovery code. */
export type BackupSecret = { readonly passphrase: string } | { readonly recoveryCode: string };

export type BackupTable =
  | 'households'
  | 'persons'
  | 'assessments'
  | 'plans'
  | 'suggestions'
  | 'decisions'
  | 'conversations'
  | 'profiles'
  | 'drafts'
  | 'audit';

/** What a restore would bring in, shown before the professional confirms. */
export interface BackupPreview {
  readonly createdAt: string;
  readonly formatVersion: number;
  readonly schemaVersion: number;
  /** Conversations and profiles are 0 for a backup made before schema version 2 (no such tables). */
  readonly counts: Readonly<Record<BackupTable, number>>;
}

export type BackupFailure =
  | Failure<
      | 'not-a-backup'
      | 'unsupported-backup-version'
      | 'damaged-backup'
      | 'newer-backup'
      | 'malformed-recovery-code'
      | 'wrong-recovery-code'
      | 'wrong-passphrase'
      | 'invalid-backup-content'
    >
  | { readonly code: 'invalid-backup-content'; readonly issues: readonly FieldIssue[] };

export interface RestoreOptions {
  /**
   * Required when restoring with the recovery code into a new vault: the passphrase to set.
   * When restoring with the passphrase into a new vault it may replace that passphrase.
   */
  readonly newPassphrase?: string | undefined;
  /** Required when this laptop already has a vault: the unlocked session to merge into. */
  readonly session?: Session | undefined;
}

/**
 * 'new-vault': the laptop had no vault; the backup's vault (passphrase, recovery code, records,
 * audit log) was set up as is. 'merge': records missing here were added and older ones replaced by
 * newer revs; nothing here was deleted.
 */
export interface RestoreOutcome {
  readonly mode: 'new-vault' | 'merge';
  readonly session: Session;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

export type RestoreFailure =
  | BackupFailure
  | WeakPassphraseFailure
  | Failure<'new-passphrase-required' | 'locked' | 'storage-full' | 'unavailable' | 'corrupt'>;

export type { CaseloadEntry, CaseloadHit, CaseloadSearchOptions };

/** Every failure code of a household handover; each has a Dutch text in nl-handover.ts. */
export const HANDOVER_ERROR_CODES = [
  'locked',
  'not-found',
  'tampered',
  'storage-full',
  'unavailable',
  'not-a-handover',
  'unsupported-handover-version',
  'damaged-handover',
  'malformed-code',
  'wrong-code',
  'invalid-handover-content',
  'newer-handover',
  'id-clash',
  'choice-missing',
  'conflict',
] as const;
export type HandoverErrorCode = (typeof HANDOVER_ERROR_CODES)[number];

export type HandoverFailure =
  | { readonly code: Exclude<HandoverErrorCode, 'invalid-handover-content' | 'tampered'> }
  | { readonly code: 'invalid-handover-content'; readonly issues: readonly FieldIssue[] }
  | TamperedFailure;

/** The tables a handover file carries: one household and everything that belongs to it. */
export type HandoverTable =
  'households' | 'persons' | 'assessments' | 'conversations' | 'plans' | 'decisions';

/** A handover file just made: the bytes to save and the code to read out (never stored). */
export interface HandoverExport {
  readonly bytes: Uint8Array;
  /** Four groups of five characters, e.g. 'ABCDE-FGHJK-MNPQR-STVWX'. */
  readonly code: string;
}

/** What the file holds, shown before anything is written. */
export interface HandoverPreview {
  readonly householdId: Id;
  readonly householdLabel: string;
  /** Members not deleted. */
  readonly memberCount: number;
  /** Every record per table, soft-deleted ones included. */
  readonly counts: Readonly<Record<HandoverTable, number>>;
  readonly exportedAt: string;
}

/** One record of the file compared with this laptop. */
export type HandoverItem =
  | {
      readonly status: 'new' | 'same';
      readonly table: HandoverTable;
      readonly id: Id;
      readonly theirs: Readonly<Record<string, unknown>>;
    }
  | {
      readonly status: 'conflict';
      readonly table: HandoverTable;
      readonly id: Id;
      readonly theirs: Readonly<Record<string, unknown>>;
      readonly mine: Readonly<Record<string, unknown>>;
      /** The fields that differ ('data.goals' for plan and decision content), both values. */
      readonly differences: readonly {
        readonly field: string;
        readonly mine: unknown;
        readonly theirs: unknown;
      }[];
    };

export interface HandoverImportPlan {
  readonly householdId: Id;
  readonly items: readonly HandoverItem[];
  readonly counts: { readonly new: number; readonly same: number; readonly conflict: number };
}

/** Per conflicting record id: keep the copy on this laptop, or take the one from the file. */
export type HandoverChoice = 'mine' | 'theirs';

export interface HandoverImportOutcome {
  readonly householdId: Id;
  readonly added: number;
  readonly replaced: number;
  readonly kept: number;
  readonly unchanged: number;
}
