import { DESKTOP_API_GLOBAL, type DesktopApi } from '../../../shared/ipc';
import { createDesktopHost, isDesktopApi } from './desktop';
import { createWebHost } from './web';

export type HostKind = 'desktop' | 'web';

/** Desktop when the preload object exists, the web host otherwise. Decided once, at start. */
export function pickHost(target: Window): { kind: HostKind; api: DesktopApi } {
  const bridge: unknown = Reflect.get(target, DESKTOP_API_GLOBAL);
  if (isDesktopApi(bridge)) return { kind: 'desktop', api: createDesktopHost(bridge) };
  return { kind: 'web', api: createWebHost(target) };
}
