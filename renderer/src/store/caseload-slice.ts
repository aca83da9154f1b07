import type { StateCreator } from 'zustand';

/** What the professional typed in the caseload search, so "back" from a dossier keeps the hits. */
export interface CaseloadSlice {
  caseloadQuery: string;
  setCaseloadQuery: (query: string) => void;
}

// A query can hold a name or a birth date: personal data, emptied on lock.
export const caseloadPersonalDefaults = { caseloadQuery: '' } satisfies Partial<CaseloadSlice>;

export const createCaseloadSlice: StateCreator<CaseloadSlice, [], [], CaseloadSlice> = (set) => ({
  ...caseloadPersonalDefaults,
  setCaseloadQuery: (caseloadQuery) => {
    set({ caseloadQuery });
  },
});
