import type { StateCreator } from 'zustand';
import type { AppInfo, DesktopApi } from '../../../shared/ipc';

export type AppInfoState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed' };

export interface AppInfoSlice {
  appInfo: AppInfoState;
  loadAppInfo: (api: DesktopApi) => Promise<void>;
}

export const createAppInfoSlice: StateCreator<AppInfoSlice, [], [], AppInfoSlice> = (set, get) => ({
  appInfo: { status: 'idle' },
  loadAppInfo: async (api) => {
    const current = get().appInfo.status;
    if (current === 'loading' || current === 'ready') return;
    set({ appInfo: { status: 'loading' } });
    try {
      set({ appInfo: { status: 'ready', info: await api.appInfo() } });
    } catch {
      set({ appInfo: { status: 'failed' } });
    }
  },
});
