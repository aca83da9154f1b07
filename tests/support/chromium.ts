import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it exists (CI and these build machines cannot download Playwright's
 * browser); CHROMIUM_PATH overrides; otherwise Playwright's own browser on a developer's laptop.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

/** Flags that keep Chromium from phoning home on a machine without network. */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
