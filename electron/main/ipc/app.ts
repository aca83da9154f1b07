import type { IpcMain } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { AppInfo } from '../../../shared/ipc/contract';
import { handle, type SenderPolicy } from './handle';

export interface AppHandlerDependencies {
  readonly getAppInfo: () => AppInfo;
}

export function registerAppHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  policy: SenderPolicy,
  dependencies: AppHandlerDependencies,
): void {
  handle(ipc, INVOKE_CHANNELS.appInfo, () => Promise.resolve(dependencies.getAppInfo()), policy);
}
