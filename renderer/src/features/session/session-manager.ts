import {
  IDLE_LOCK_DEFAULT_MINUTES,
  inspectVault,
  openDatabase,
  readSettings,
  type LockReason,
  type Session,
} from '../../db';
import { resetPersonalData, useAppStore } from '../../store';
import { getDatabase, getSession, setDatabase, setSession } from './current-session';
import { flushAllDrafts, forgetAllDrafts } from './draft-autosave';

let starting: Promise<void> | null = null;

/** Opens the database and finds out whether this laptop is new, locked or damaged. */
export function startVault(): Promise<void> {
  // One start at a time (StrictMode runs the gate's effect twice).
  starting ??= (async () => {
    if (getSession()) return;
    if (!getDatabase()) {
      const opened = await openDatabase();
      if (!opened.ok) {
        useAppStore.getState().setVault({ status: 'unavailable', code: opened.error.code });
        return;
      }
      setDatabase(opened.value);
    }
    await refreshVaultStatus(null);
  })().finally(() => {
    starting = null;
  });
  return starting;
}

/** Reads the vault state again, e.g. after a failed first run or when the lock screen opens. */
export async function refreshVaultStatus(reason: LockReason | null): Promise<void> {
  const database = getDatabase();
  if (!database) return;
  const state = await inspectVault(database, new Date());
  const { setVault, setIdleMinutes } = useAppStore.getState();
  if (state.status === 'locked') {
    const settings = await readSettings(database);
    setIdleMinutes(settings.ok ? settings.value.idleLockMinutes : IDLE_LOCK_DEFAULT_MINUTES);
  }
  setVault(state.status === 'locked' ? { status: 'locked', reason } : { status: state.status });
}

/**
 * Makes `session` the unlocked session and shows the app. Its lock listeners clear every store
 * and screen with personal data, whoever starts the lock.
 */
export function adoptSession(session: Session): void {
  setSession(session);
  const stopFlush = session.onBeforeLock(() => flushAllDrafts(session));
  session.onLock((reason) => {
    stopFlush();
    // A newer session (unlocked while this one was still locking) is left alone.
    const current = getSession();
    if (current !== null && current !== session) return;
    setSession(null);
    forgetAllDrafts();
    resetPersonalData();
    useAppStore.getState().setVault({ status: 'locked', reason });
  });
  useAppStore.getState().setVault({ status: 'unlocked' });
  void loadAfterUnlock(session);
}

async function loadAfterUnlock(session: Session): Promise<void> {
  const [settings, drafts] = await Promise.all([session.settings.get(), session.drafts.list()]);
  if (getSession() !== session) return;
  const store = useAppStore.getState();
  if (settings.ok) store.setIdleMinutes(settings.value.idleLockMinutes);
  if (drafts.ok) store.setResumeOffer(drafts.value);
}

/**
 * Locks now. The screens go first (the store flips to 'locked' at once, so nothing with personal
 * data stays mounted), then session.lock() seals pending drafts and only then drops the key.
 */
export async function lockNow(reason: LockReason): Promise<void> {
  const session = getSession();
  if (!session) return;
  setSession(null);
  resetPersonalData();
  useAppStore.getState().setVault({ status: 'locked', reason });
  try {
    await session.lock(reason, new Date());
  } finally {
    if (getSession() === null) forgetAllDrafts();
  }
}
