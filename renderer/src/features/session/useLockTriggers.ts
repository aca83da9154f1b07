import { useEffect } from 'react';
import type { DesktopApi } from '../../../../shared/ipc';
import type { LockReason } from '../../db';

/** What counts as use of the app: pointer, keyboard, wheel, touch and focus moves. */
export const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'focusin',
] as const;

/** Ctrl+L everywhere, Cmd+L on macOS; also inside text fields. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'l'
  );
}

/**
 * Locks on idle, on the OS lock request (screen lock, suspend, menu) and on Ctrl+L. The idle
 * check compares Date.now() with the last activity instead of restarting a timer per event:
 * cheap on pointermove, correct after a suspend (timers pause, the clock does not), and
 * Playwright's page.clock can fast-forward it.
 */
export function useLockTriggers(
  api: DesktopApi,
  idleMinutes: number,
  lock: (reason: LockReason) => void,
): void {
  useEffect(
    () =>
      api.onLockRequest((request) => {
        lock(request.reason);
      }),
    [api, lock],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      lock('shortcut');
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, [lock]);

  useEffect(() => {
    const limitMs = idleMinutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      clearTimeout(timer);
      const idleMs = Date.now() - lastActivity;
      if (idleMs >= limitMs) {
        lock('idle');
        return;
      }
      timer = setTimeout(check, limitMs - idleMs);
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };

    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', onVisibility);
    timer = setTimeout(check, limitMs);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, onActivity, { capture: true });
      }
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [idleMinutes, lock]);
}
