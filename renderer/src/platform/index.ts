import { APP_SCHEME, DESKTOP_API_GLOBAL, type DesktopApi } from '../../../shared/ipc';
import { createDesktopHost, isDesktopApi } from './desktop';
import { createWebHost } from './web';

export type HostKind = 'desktop' | 'web';

export type HostChoice =
  | { kind: HostKind; api: DesktopApi }
  // Inside the desktop app without its preload object: locking on suspend and saving files would
  // silently not work, so the app must refuse to start rather than fall back to the web host.
  | { kind: 'missing-bridge' };

/** Desktop when the preload object exists, the web host otherwise. Decided once, at start. */
export function pickHost(target: Window): HostChoice {
  const bridge: unknown = Reflect.get(target, DESKTOP_API_GLOBAL);
  if (isDesktopApi(bridge)) return { kind: 'desktop', api: createDesktopHost(bridge) };
  if (target.location.protocol === `${APP_SCHEME}:`) return { kind: 'missing-bridge' };
  return { kind: 'web', api: createWebHost(target) };
}
