// An in-memory stand-in for renderer/src/db with the same exports the screens use. Component tests
// mock the db module with it (vi.mock), so they run fast and can provoke every failure code;
// the real storage core is exercised in tests/unit/renderer/db and in the e2e suite.
import type {
  BackupPreview,
  BackupSecret,
  DraftSummary,
  KeukentafelDatabase,
  LockReason,
  Result,
  Session,
  StorageErrorCode,
  VaultState,
} from '../../../../renderer/src/db';

export {
  assessPassphrase,
  PASSPHRASE_MIN_LENGTH,
  PASSPHRASE_MIN_WORDS,
} from '../../../../shared/security/passphrase-strength';
import { assessPassphrase } from '../../../../shared/security/passphrase-strength';
import { fakeRecordParts, resetFakeRecords } from './fake-records';

export const IDLE_LOCK_MIN_MINUTES = 1;
export const IDLE_LOCK_MAX_MINUTES = 30;
export const IDLE_LOCK_DEFAULT_MINUTES = 5;
export const BACKUP_FILE_FILTERS = [{ name: 'Keukentafel back-up', extensions: ['ktbk'] }] as const;

type Operation =
  | 'createVault'
  | 'drafts.save'
  | 'settings.get'
  | 'settings.update'
  | 'exportBackup'
  | 'restoreBackup'
  | 'changePassphrase'
  | 'profiles.save'
  | 'profiles.remove';

interface FakeVault {
  passphrase: string;
  recoveryCode: string;
  failedAttempts: number;
  retryUntil: number;
}

interface FakeState {
  vault: FakeVault | null;
  idleLockMinutes: number;
  gemeenteProfileId: string | undefined;
  drafts: Map<string, { value: unknown; updatedAt: string }>;
  /** Imported gemeente profiles by id (session.profiles); they survive lock and unlock. */
  profiles: Map<string, unknown>;
  failures: Map<Operation, StorageErrorCode>;
  /** Ordered record of what happened, to check e.g. "drafts sealed before the key was dropped". */
  log: string[];
  sessions: FakeSession[];
  records: number;
}

export const fake: FakeState = {
  vault: null,
  idleLockMinutes: 5,
  gemeenteProfileId: undefined,
  drafts: new Map(),
  profiles: new Map(),
  failures: new Map(),
  log: [],
  sessions: [],
  records: 0,
};

export const RECOVERY_CODE = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ23';
const database: KeukentafelDatabase = { name: 'fake', close: () => undefined };

export function resetFake(): void {
  fake.vault = null;
  fake.idleLockMinutes = 5;
  fake.gemeenteProfileId = undefined;
  fake.drafts = new Map();
  fake.profiles = new Map();
  fake.failures = new Map();
  fake.log = [];
  fake.sessions = [];
  fake.records = 0;
  resetFakeRecords();
}

/** Sets up a locked vault, as on a laptop that was used before. */
export function givenVault(passphrase: string): void {
  fake.vault = { passphrase, recoveryCode: RECOVERY_CODE, failedAttempts: 0, retryUntil: 0 };
}

/** The next call of `operation` fails with `code` (once). */
export function failNext(operation: Operation, code: StorageErrorCode): void {
  fake.failures.set(operation, code);
}

function takeFailure(operation: Operation): StorageErrorCode | undefined {
  const code = fake.failures.get(operation);
  fake.failures.delete(operation);
  return code;
}

const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

export interface FakeSession extends Session {
  readonly lockedWith: LockReason | null;
}

function makeSession(): FakeSession {
  let lockedWith: LockReason | null = null;
  const beforeLock = new Set<() => Promise<unknown> | undefined>();
  const lockListeners = new Set<(reason: LockReason) => void>();
  const guard = () => (lockedWith === null ? null : fail({ code: 'locked' as const }));

  const session = {
    actorId: 'actor-1',
    ...fakeRecordParts(() => lockedWith !== null),
    get lockedWith() {
      return lockedWith;
    },
    drafts: {
      save: (key: string, value: unknown, now: Date) => {
        const locked = guard();
        if (locked) return Promise.resolve(locked);
        const failure = takeFailure('drafts.save');
        if (failure) return Promise.resolve(fail({ code: failure }));
        const updatedAt = now.toISOString();
        fake.drafts.set(key, { value, updatedAt });
        fake.log.push(`draft-saved:${key}`);
        return Promise.resolve(ok({ key, createdAt: updatedAt, updatedAt }));
      },
      get: (key: string) => {
        const locked = guard();
        if (locked) return Promise.resolve(locked);
        const draft = fake.drafts.get(key);
        return Promise.resolve(
          ok(
            draft
              ? { key, value: draft.value, createdAt: draft.updatedAt, updatedAt: draft.updatedAt }
              : null,
          ),
        );
      },
      list: () => {
        const locked = guard();
        if (locked) return Promise.resolve(locked);
        const list: DraftSummary[] = [...fake.drafts].map(([key, draft]) => ({
          key,
          createdAt: draft.updatedAt,
          updatedAt: draft.updatedAt,
        }));
        return Promise.resolve(ok(list));
      },
      discard: (key: string) => {
        fake.drafts.delete(key);
        fake.log.push(`draft-discarded:${key}`);
        return Promise.resolve(ok(undefined));
      },
    },
    profiles: {
      save: (profile: { id: string }) => {
        const locked = guard();
        if (locked) return Promise.resolve(locked);
        const failure = takeFailure('profiles.save');
        if (failure) return Promise.resolve(fail({ code: failure }));
        fake.profiles.set(profile.id, structuredClone(profile));
        fake.log.push(`profile-saved:${profile.id}`);
        return Promise.resolve(ok(profile));
      },
      list: () => {
        const locked = guard();
        if (locked) return Promise.resolve(locked);
        const profiles = [...fake.profiles.values()].map((profile) => structuredClone(profile));
        return Promise.resolve(ok({ profiles, unusable: [] }));
      },
      remove: (profileId: string) => {
        const locked = guard();
        if (locked) return Promise.resolve(locked);
        const failure = takeFailure('profiles.remove');
        if (failure) return Promise.resolve(fail({ code: failure }));
        if (!fake.profiles.delete(profileId)) return Promise.resolve(fail({ code: 'not-found' }));
        fake.log.push(`profile-removed:${profileId}`);
        return Promise.resolve(ok(undefined));
      },
    },
    settings: {
      get: () => {
        const failure = takeFailure('settings.get');
        return Promise.resolve(failure ? fail({ code: failure }) : ok(currentSettings()));
      },
      update: (patch: { idleLockMinutes?: number; gemeenteProfileId?: string }) => {
        const failure = takeFailure('settings.update');
        if (failure) return Promise.resolve(fail({ code: failure }));
        if (patch.idleLockMinutes !== undefined) fake.idleLockMinutes = patch.idleLockMinutes;
        if (patch.gemeenteProfileId !== undefined) fake.gemeenteProfileId = patch.gemeenteProfileId;
        return Promise.resolve(ok(currentSettings()));
      },
    },
    isLocked: () => lockedWith !== null,
    lock: async (reason: LockReason) => {
      if (lockedWith !== null) return;
      fake.log.push('before-lock');
      await Promise.all(
        [...beforeLock].map(async (handler) => {
          await handler();
        }),
      );
      lockedWith = reason;
      fake.log.push(`keys-dropped:${reason}`);
      for (const listener of lockListeners) listener(reason);
    },
    onBeforeLock: (handler: () => Promise<unknown> | undefined) => {
      beforeLock.add(handler);
      return () => {
        beforeLock.delete(handler);
      };
    },
    onLock: (listener: (reason: LockReason) => void) => {
      lockListeners.add(listener);
      return () => {
        lockListeners.delete(listener);
      };
    },
  };
  const typed = session as unknown as FakeSession;
  fake.sessions.push(typed);
  return typed;
}

export function openDatabase() {
  return Promise.resolve(ok(database));
}

export function inspectVault(_db: KeukentafelDatabase, now: Date): Promise<VaultState> {
  const vault = fake.vault;
  if (!vault) return Promise.resolve({ status: 'new' });
  return Promise.resolve({
    status: 'locked',
    createdAt: '2024-05-01T10:00:00.000Z',
    failedAttempts: vault.failedAttempts,
    retryAfterMs: Math.max(0, vault.retryUntil - now.getTime()),
    kdf: { algorithm: 'PBKDF2-SHA256', iterations: 600_000 },
  });
}

function currentSettings(): { idleLockMinutes: number; gemeenteProfileId?: string } {
  return fake.gemeenteProfileId === undefined
    ? { idleLockMinutes: fake.idleLockMinutes }
    : { idleLockMinutes: fake.idleLockMinutes, gemeenteProfileId: fake.gemeenteProfileId };
}

export function readSettings() {
  return Promise.resolve(ok(currentSettings()));
}

export function createVault(_db: KeukentafelDatabase, passphrase: string) {
  const failure = takeFailure('createVault');
  if (failure) return Promise.resolve(fail({ code: failure }));
  const strength = assessPassphrase(passphrase);
  if (!strength.acceptable)
    return Promise.resolve(fail({ code: 'weak-passphrase' as const, strength }));
  givenVault(passphrase);
  fake.log.push('vault-created');
  return Promise.resolve(ok({ session: makeSession(), recoveryCode: RECOVERY_CODE }));
}

/** After 3 failures each attempt waits: 1 s, then doubling. A failure never deletes anything. */
function registerFailure(vault: FakeVault, now: Date): number {
  vault.failedAttempts += 1;
  const waitMs = vault.failedAttempts >= 3 ? 1000 * 2 ** (vault.failedAttempts - 3) : 0;
  vault.retryUntil = now.getTime() + waitMs;
  return waitMs;
}

export function unlockWithPassphrase(_db: KeukentafelDatabase, passphrase: string, now: Date) {
  const vault = fake.vault;
  if (!vault) return Promise.resolve(fail({ code: 'no-vault' as const }));
  const waiting = vault.retryUntil - now.getTime();
  if (waiting > 0) {
    return Promise.resolve(
      fail({
        code: 'throttled' as const,
        retryAfterMs: waiting,
        failedAttempts: vault.failedAttempts,
      }),
    );
  }
  if (passphrase !== vault.passphrase) {
    const retryAfterMs = registerFailure(vault, now);
    return Promise.resolve(
      fail({
        code: 'wrong-passphrase' as const,
        failedAttempts: vault.failedAttempts,
        retryAfterMs,
      }),
    );
  }
  vault.failedAttempts = 0;
  vault.retryUntil = 0;
  return Promise.resolve(ok(makeSession()));
}

const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export function recoverWithCode(
  _db: KeukentafelDatabase,
  code: string,
  newPassphrase: string,
  now: Date,
) {
  const vault = fake.vault;
  if (!vault) return Promise.resolve(fail({ code: 'no-vault' as const }));
  if (normalizeCode(code).length < 8) {
    return Promise.resolve(fail({ code: 'malformed-recovery-code' as const }));
  }
  if (normalizeCode(code) !== normalizeCode(vault.recoveryCode)) {
    const retryAfterMs = registerFailure(vault, now);
    return Promise.resolve(
      fail({
        code: 'wrong-recovery-code' as const,
        failedAttempts: vault.failedAttempts,
        retryAfterMs,
      }),
    );
  }
  const strength = assessPassphrase(newPassphrase);
  if (!strength.acceptable)
    return Promise.resolve(fail({ code: 'weak-passphrase' as const, strength }));
  vault.passphrase = newPassphrase;
  vault.recoveryCode = 'NEWC-ODE2-3456-789A-BCDE-FGHJ';
  return Promise.resolve(ok({ session: makeSession(), newRecoveryCode: vault.recoveryCode }));
}

export function changePassphrase(_session: Session, current: string, next: string) {
  const vault = fake.vault;
  const failure = takeFailure('changePassphrase');
  if (failure) return Promise.resolve(fail({ code: failure }));
  if (!vault) return Promise.resolve(fail({ code: 'locked' as const }));
  if (current !== vault.passphrase) {
    return Promise.resolve(
      fail({ code: 'wrong-passphrase' as const, failedAttempts: 1, retryAfterMs: 0 }),
    );
  }
  if (current === next) return Promise.resolve(fail({ code: 'same-passphrase' as const }));
  vault.passphrase = next;
  fake.log.push('passphrase-changed');
  return Promise.resolve(ok(undefined));
}

interface FakeBackup {
  /** 'fake-ktbk' in a file this module wrote. */
  magic: string;
  passphrase: string;
  recoveryCode: string;
  createdAt: string;
  counts: BackupPreview['counts'];
}

const counts: BackupPreview['counts'] = {
  households: 12,
  persons: 31,
  assessments: 1234,
  plans: 4,
  suggestions: 9,
  decisions: 2,
  conversations: 5,
  profiles: 1,
  drafts: 1,
  audit: 480,
};

export function exportBackup(_session: Session, now: Date) {
  const failure = takeFailure('exportBackup');
  if (failure) return Promise.resolve(fail({ code: failure }));
  const vault = fake.vault;
  const backup: FakeBackup = {
    magic: 'fake-ktbk',
    passphrase: vault?.passphrase ?? '',
    recoveryCode: vault?.recoveryCode ?? '',
    createdAt: now.toISOString(),
    counts,
  };
  return Promise.resolve(ok(new TextEncoder().encode(JSON.stringify(backup))));
}

function readBackup(bytes: Uint8Array, secret: BackupSecret) {
  let backup: FakeBackup;
  try {
    backup = JSON.parse(new TextDecoder().decode(bytes)) as FakeBackup;
  } catch {
    return fail({ code: 'damaged-backup' as const });
  }
  if (backup.magic !== 'fake-ktbk') return fail({ code: 'not-a-backup' as const });
  if ('passphrase' in secret && secret.passphrase !== backup.passphrase) {
    return fail({ code: 'wrong-passphrase' as const });
  }
  if (
    'recoveryCode' in secret &&
    normalizeCode(secret.recoveryCode) !== normalizeCode(backup.recoveryCode)
  ) {
    return fail({ code: 'wrong-recovery-code' as const });
  }
  return ok(backup);
}

/** Bytes of a backup as `exportBackup` would write them, for restore tests. */
export function backupBytes(
  passphrase: string,
  createdAt = '2024-05-01T10:00:00.000Z',
): Uint8Array {
  const backup: FakeBackup = {
    magic: 'fake-ktbk',
    passphrase,
    recoveryCode: RECOVERY_CODE,
    createdAt,
    counts,
  };
  return new TextEncoder().encode(JSON.stringify(backup));
}

export function inspectBackup(bytes: Uint8Array, secret: BackupSecret) {
  const read = readBackup(bytes, secret);
  if (!read.ok) return Promise.resolve(read);
  return Promise.resolve(
    ok({
      createdAt: read.value.createdAt,
      formatVersion: 1,
      schemaVersion: 1,
      counts: read.value.counts,
    }),
  );
}

export function restoreBackup(
  _db: KeukentafelDatabase,
  bytes: Uint8Array,
  secret: BackupSecret,
  _now: Date,
  options: { newPassphrase?: string; session?: Session } = {},
) {
  const failure = takeFailure('restoreBackup');
  if (failure) return Promise.resolve(fail({ code: failure }));
  const read = readBackup(bytes, secret);
  if (!read.ok) return Promise.resolve(read);
  if (fake.vault && !options.session) return Promise.resolve(fail({ code: 'locked' as const }));
  if (!fake.vault) {
    if ('recoveryCode' in secret && options.newPassphrase === undefined) {
      return Promise.resolve(fail({ code: 'new-passphrase-required' as const }));
    }
    givenVault(options.newPassphrase ?? read.value.passphrase);
  }
  fake.records += 1;
  fake.log.push(fake.vault && options.session ? 'restored:merge' : 'restored:new-vault');
  const session = options.session ?? makeSession();
  return Promise.resolve(
    ok({
      mode: options.session ? ('merge' as const) : ('new-vault' as const),
      session,
      added: 3,
      updated: 1,
      unchanged: 1290,
    }),
  );
}

export function backupFileName(now: Date): string {
  return `keukentafel-reservekopie-${now.toISOString().slice(0, 10)}.ktbk`;
}

export function formatRecoveryCode(code: string): string {
  return normalizeCode(code).replace(/(.{4})(?=.)/g, '$1-');
}
