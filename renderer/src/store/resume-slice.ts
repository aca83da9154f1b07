import type { StateCreator } from 'zustand';
import type { DraftSummary } from '../db';

/** Drafts found after unlock, offered as "Verder waar u was". Their keys can name a household. */
export interface ResumeSlice {
  resumeOffer: readonly DraftSummary[];
  setResumeOffer: (drafts: readonly DraftSummary[]) => void;
  dropFromResumeOffer: (key: string) => void;
}

export const resumePersonalDefaults = { resumeOffer: [] } satisfies Partial<ResumeSlice>;

export const createResumeSlice: StateCreator<ResumeSlice, [], [], ResumeSlice> = (set) => ({
  ...resumePersonalDefaults,
  setResumeOffer: (resumeOffer) => {
    set({ resumeOffer });
  },
  dropFromResumeOffer: (key) => {
    set((state) => ({ resumeOffer: state.resumeOffer.filter((draft) => draft.key !== key) }));
  },
});
