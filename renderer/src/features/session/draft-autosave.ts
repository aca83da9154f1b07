import type { Session } from '../../db';

/** What happened to the last autosave of one draft. */
export type DraftSaveOutcome = 'saved' | 'storage-full' | 'failed' | 'locked';

type Listener = (outcome: DraftSaveOutcome) => void;

interface PendingDraft {
  value: unknown;
  timer: ReturnType<typeof setTimeout> | null;
  listener: Listener | undefined;
}

// Unsaved input waiting for its debounced write. Kept outside React so the lock sequence can
// still seal it after the screens that held it are gone.
const pending = new Map<string, PendingDraft>();

/** Waits `delayMs` after the last change, then seals `value` as the draft under `key`. */
export function queueDraft(
  key: string,
  value: unknown,
  delayMs: number,
  session: () => Session | null,
  listener?: Listener,
): void {
  const previous = pending.get(key);
  if (previous?.timer) clearTimeout(previous.timer);
  const entry: PendingDraft = { value, timer: null, listener };
  entry.timer = setTimeout(() => {
    entry.timer = null;
    void saveDraftNow(key, session());
  }, delayMs);
  pending.set(key, entry);
}

/** Seals the pending value of `key` now. Without a session it stays pending for the lock flush. */
export async function saveDraftNow(key: string, session: Session | null): Promise<void> {
  const entry = pending.get(key);
  if (!entry || !session) return;
  if (entry.timer) clearTimeout(entry.timer);
  pending.delete(key);
  const result = await session.drafts.save(key, entry.value, new Date());
  const outcome: DraftSaveOutcome = result.ok
    ? 'saved'
    : result.error.code === 'storage-full'
      ? 'storage-full'
      : result.error.code === 'locked'
        ? 'locked'
        : 'failed';
  // A failed write keeps the value pending, so the next change or the lock tries again.
  if (outcome !== 'saved' && !pending.has(key)) {
    pending.set(key, { value: entry.value, timer: null, listener: entry.listener });
  }
  entry.listener?.(outcome);
}

/** Seals every pending draft with `session`: the first step of locking, before the key goes. */
export async function flushAllDrafts(session: Session): Promise<void> {
  await Promise.all([...pending.keys()].map((key) => saveDraftNow(key, session)));
}

/** Forgets the pending value of one draft (the form was saved for real, or discarded). */
export function forgetDraft(key: string): void {
  const entry = pending.get(key);
  if (entry?.timer) clearTimeout(entry.timer);
  pending.delete(key);
}

/** Drops every pending value from memory; after a lock nothing of the input may stay here. */
export function forgetAllDrafts(): void {
  for (const key of [...pending.keys()]) forgetDraft(key);
}

export function hasPendingDraft(key: string): boolean {
  return pending.has(key);
}
