import type { PowerMonitor, WebContents } from 'electron';
import { EVENT_CHANNELS } from '../../../shared/ipc/channels';
import { LockRequestSchema, type LockRequest } from '../../../shared/ipc/contract';

export type LockReason = LockRequest['reason'];

/** Asks the renderer to lock now; false when there is no live window to ask. */
export function sendLockRequest(
  contents: Pick<WebContents, 'isDestroyed' | 'send'> | null | undefined,
  reason: LockReason,
): boolean {
  if (!contents || contents.isDestroyed()) return false;
  contents.send(EVENT_CHANNELS.onLockRequest, LockRequestSchema.parse({ reason }));
  return true;
}

/** Locks when the OS locks the screen or goes to sleep; returns the function that stops it. */
export function watchPowerEvents(
  monitor: Pick<PowerMonitor, 'on' | 'removeListener'>,
  requestLock: (reason: LockReason) => void,
): () => void {
  const onLockScreen = () => {
    requestLock('screen-lock');
  };
  const onSuspend = () => {
    requestLock('suspend');
  };
  monitor.on('lock-screen', onLockScreen);
  monitor.on('suspend', onSuspend);
  return () => {
    monitor.removeListener('lock-screen', onLockScreen);
    monitor.removeListener('suspend', onSuspend);
  };
}
