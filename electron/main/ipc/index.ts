import type { IpcMain } from 'electron';
import { registerAppHandlers, type AppHandlerDependencies } from './app';
import { registerFileHandlers, type FileHandlerDependencies } from './files';
import type { SenderPolicy } from './handle';
import { registerPrintHandlers, type PrintHandlerDependencies } from './print';

export type IpcDependencies = AppHandlerDependencies &
  FileHandlerDependencies &
  PrintHandlerDependencies;

/** Registers a handler for every invoke channel of the contract. */
export function registerIpcHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  policy: SenderPolicy,
  dependencies: IpcDependencies,
): void {
  registerAppHandlers(ipc, policy, dependencies);
  registerFileHandlers(ipc, policy, dependencies);
  registerPrintHandlers(ipc, policy, dependencies);
}

export { checkSender, type SenderPolicy, type SenderRejection } from './handle';
