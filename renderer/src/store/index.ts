import { create } from 'zustand';
import { createSessionSlice, type SessionSlice } from './session-slice';

// UI and session state only: database rows never get a second copy here.
export type AppState = SessionSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createSessionSlice(...args),
}));
