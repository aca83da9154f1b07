import { StrictMode, useState } from 'react';
import { createHashRouter } from 'react-router';
import type { DesktopApi } from '../../../shared/ipc';
import { VaultGate } from '../features/session/VaultGate';
import type { HostKind } from '../platform';
import { PlatformProvider } from './platform-context';
import { routes } from './routes';

// Hash routes work the same under app:// and `vite preview`, with no server-side fallback needed.
// Routes never load personal data through loaders: the router outlives a lock, screens do not.
export function App({ host }: { host: { kind: HostKind; api: DesktopApi } }) {
  const [router] = useState(() => createHashRouter(routes));
  return (
    <StrictMode>
      <PlatformProvider value={host}>
        <VaultGate router={router} />
      </PlatformProvider>
    </StrictMode>
  );
}
