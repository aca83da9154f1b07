import { createContext, useContext, type ReactNode } from 'react';
import type { DesktopApi } from '../../../shared/ipc';
import type { HostKind } from '../platform';

interface PlatformValue {
  kind: HostKind;
  api: DesktopApi;
}

const PlatformContext = createContext<PlatformValue | null>(null);

export function PlatformProvider({
  value,
  children,
}: {
  value: PlatformValue;
  children: ReactNode;
}) {
  return <PlatformContext.Provider value={value}>{children}</PlatformContext.Provider>;
}

/** The host the app runs in; every OS request goes through its DesktopApi. */
export function usePlatform(): PlatformValue {
  const value = useContext(PlatformContext);
  if (!value) throw new Error('usePlatform needs a PlatformProvider above it');
  return value;
}
