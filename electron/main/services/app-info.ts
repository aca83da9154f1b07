import type { App } from 'electron';
import type { AppInfo } from '../../../shared/ipc/contract';

export interface RuntimeFacts {
  readonly platform: string;
  readonly versions: Readonly<Partial<Record<string, string>>>;
}

const RUNTIME_PARTS = ['electron', 'chrome', 'node', 'v8'] as const;

/** What the "Over" screen shows: name, version, platform and the runtime's version strings. */
export function collectAppInfo(
  app: Pick<App, 'getName' | 'getVersion'>,
  facts: RuntimeFacts,
): AppInfo {
  const runtime: Record<string, string> = {};
  for (const part of RUNTIME_PARTS) {
    const version = facts.versions[part];
    if (version !== undefined && version !== '') runtime[part] = version.slice(0, 50);
  }
  return {
    name: app.getName(),
    version: app.getVersion(),
    host: 'desktop',
    platform: facts.platform,
    runtime,
  };
}
