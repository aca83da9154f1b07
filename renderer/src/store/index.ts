import { create } from 'zustand';
import { createAppInfoSlice, type AppInfoSlice } from './app-info-slice';
import {
  caseloadPersonalDefaults,
  createCaseloadSlice,
  type CaseloadSlice,
} from './caseload-slice';
import { createFlashSlice, flashPersonalDefaults, type FlashSlice } from './flash-slice';
import { createResumeSlice, resumePersonalDefaults, type ResumeSlice } from './resume-slice';
import {
  createSelfEntrySlice,
  selfEntryPersonalDefaults,
  type SelfEntrySlice,
} from './self-entry-slice';
import { createVaultSlice, type VaultSlice } from './vault-slice';

// UI and session status only: database rows never get a second copy here, and the unlocked
// session (which holds the keys) lives in features/session/current-session.ts, not in a store.
export type AppState = AppInfoSlice &
  VaultSlice &
  ResumeSlice &
  FlashSlice &
  SelfEntrySlice &
  CaseloadSlice;

/** The state fields (not the actions) of the store. */
export type AppData = {
  [
    K in keyof AppState as AppState[K] extends (...args: never[]) => unknown ? never : K
  ]: AppState[K];
};

/**
 * Fields that hold no personal data and so survive a lock. Everything else is personal by default
 * and must be listed in `personalDefaults` below, or this file does not compile.
 */
export const LOCK_SURVIVING_KEYS = [
  'appInfo',
  'vault',
  'idleMinutes',
] as const satisfies readonly (keyof AppData)[];

type PersonalKey = Exclude<keyof AppData, (typeof LOCK_SURVIVING_KEYS)[number]>;

// Every slice that may hold personal data joins here with its empty state. A new slice that adds
// a field and forgets this line breaks the type check (and tests/unit/renderer/store.test.ts).
const personalDefaults: { [K in PersonalKey]: AppData[K] } = {
  ...resumePersonalDefaults,
  ...flashPersonalDefaults,
  ...selfEntryPersonalDefaults,
  ...caseloadPersonalDefaults,
};

export const useAppStore = create<AppState>()((...args) => ({
  ...createAppInfoSlice(...args),
  ...createVaultSlice(...args),
  ...createResumeSlice(...args),
  ...createFlashSlice(...args),
  ...createSelfEntrySlice(...args),
  ...createCaseloadSlice(...args),
}));

/** Empties every field that may hold personal data. Called by the lock sequence. */
export function resetPersonalData(): void {
  useAppStore.setState({ ...personalDefaults });
}
