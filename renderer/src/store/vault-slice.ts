import type { StateCreator } from 'zustand';
import type { LockReason, OpenDatabaseFailure } from '../db';

/** Where the app stands in front of the vault. The session itself (with the keys) is never here. */
export type VaultStatus =
  | { status: 'loading' }
  | { status: 'unavailable'; code: OpenDatabaseFailure['code'] }
  | { status: 'corrupt' }
  | { status: 'new' }
  | { status: 'locked'; reason: LockReason | null }
  | { status: 'unlocked' };

export interface VaultSlice {
  vault: VaultStatus;
  /** Minutes without use before the app locks itself (1-30). */
  idleMinutes: number;
  setVault: (vault: VaultStatus) => void;
  setIdleMinutes: (minutes: number) => void;
}

export const createVaultSlice: StateCreator<VaultSlice, [], [], VaultSlice> = (set) => ({
  vault: { status: 'loading' },
  idleMinutes: 5,
  setVault: (vault) => {
    set({ vault });
  },
  setIdleMinutes: (idleMinutes) => {
    set({ idleMinutes });
  },
});
