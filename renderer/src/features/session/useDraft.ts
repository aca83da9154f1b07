import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { getSession } from './current-session';
import { forgetDraft, queueDraft, saveDraftNow, type DraftSaveOutcome } from './draft-autosave';

export type DraftStatus = 'idle' | 'restored' | 'saving' | DraftSaveOutcome;

export interface DraftHandle<T> {
  value: T;
  setValue: (next: T) => void;
  /** 'storage-full' means: show the message, the input stays where it is. */
  status: DraftStatus;
  /** Seals the current input now (e.g. before leaving the screen on purpose). */
  flush: () => Promise<void>;
  /** Removes the draft: after the real save, or when the professional does not want it. */
  clear: () => Promise<void>;
}

export const DRAFT_DELAY_MS = 800;

/**
 * Form input that survives a lock, a crash or a closed window: every change is sealed as a draft
 * under `key` after a short pause, pending input is sealed before the key is dropped on lock, and
 * an existing draft is loaded when the form opens. `schema` must be a stable (module-level) value.
 */
export function useDraft<T>(
  key: string,
  initial: T,
  schema: z.ZodType<T>,
  delayMs: number = DRAFT_DELAY_MS,
): DraftHandle<T> {
  const [value, setValueState] = useState<T>(initial);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const initialRef = useRef(initial);
  const touched = useRef(false);

  useEffect(() => {
    touched.current = false;
    const session = getSession();
    let active = true;
    if (session) {
      void session.drafts.get(key, schema).then((result) => {
        // Input typed while the draft was loading wins over the older draft.
        if (!active || touched.current || !result.ok || !result.value) return;
        setValueState(result.value.value);
        setStatus('restored');
      });
    }
    return () => {
      active = false;
      // Leaving the form (not locking): seal what is pending now rather than after the delay.
      void saveDraftNow(key, getSession());
    };
  }, [key, schema]);

  const setValue = useCallback(
    (next: T) => {
      touched.current = true;
      setValueState(next);
      setStatus('saving');
      queueDraft(key, next, delayMs, getSession, setStatus);
    },
    [key, delayMs],
  );

  const flush = useCallback(() => saveDraftNow(key, getSession()), [key]);

  const clear = useCallback(async () => {
    forgetDraft(key);
    setValueState(initialRef.current);
    setStatus('idle');
    await getSession()?.drafts.discard(key);
  }, [key]);

  return { value, setValue, status, flush, clear };
}
