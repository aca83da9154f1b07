import { StrictMode, useState } from 'react';
import { RouterProvider, createHashRouter } from 'react-router';
import type { DesktopApi } from '../../../shared/ipc';
import type { HostKind } from '../platform';
import { PlatformProvider } from './platform-context';
import { routes } from './routes';

// Hash routes work the same under app:// and `vite preview`, with no server-side fallback needed.
export function App({ host }: { host: { kind: HostKind; api: DesktopApi } }) {
  const [router] = useState(() => createHashRouter(routes));
  return (
    <StrictMode>
      <PlatformProvider value={host}>
        <RouterProvider router={router} />
      </PlatformProvider>
    </StrictMode>
  );
}
