import { useEffect, useState } from 'react';
import type { CaseloadEntry, Session, StorageErrorCode } from '../../db';
import { requireSession } from '../session/current-session';
import { ensurePracticeHousehold } from './practice';

export type CaseloadState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly code: StorageErrorCode }
  | {
      readonly status: 'ready';
      readonly entries: readonly CaseloadEntry[];
      readonly version: number;
    };

const loading = new WeakMap<Session, ReturnType<Session['caseload']['load']>>();

/** One load per session, however many screens ask at once (StrictMode mounts twice). */
function loadOnce(session: Session, now: Date) {
  let running = loading.get(session);
  if (!running) {
    running = session.caseload.load(now).then((result) => {
      // A failed load may be tried again by the next screen that asks.
      if (!result.ok) loading.delete(session);
      return result;
    });
    loading.set(session, running);
  }
  return running;
}

/**
 * The in-memory caseload index of the unlocked session: loaded after unlock when no screen did
 * yet, kept current by the session's writes. On the first day it also makes the oefendossier.
 */
export function useCaseload(): { state: CaseloadState; session: Session } {
  const session = requireSession();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<StorageErrorCode | null>(null);

  useEffect(() => {
    const stop = session.caseload.subscribe(() => {
      setVersion((value) => value + 1);
    });
    let active = true;
    const ready = session.caseload.isLoaded()
      ? Promise.resolve(true)
      : loadOnce(session, new Date()).then((result) => {
          if (!result.ok && active) setFailure(result.error.code);
          return result.ok;
        });
    void ready.then((ok) => {
      if (active) setVersion((value) => value + 1);
      if (ok) void ensurePracticeHousehold(session, new Date());
    });
    return () => {
      active = false;
      stop();
    };
  }, [session]);

  if (failure !== null) return { state: { status: 'failed', code: failure }, session };
  if (!session.caseload.isLoaded()) return { state: { status: 'loading' }, session };
  return { state: { status: 'ready', entries: session.caseload.entries(), version }, session };
}
