import type { StateCreator } from 'zustand';

/** What the resident fills in on their own: the spinnenweb or the Brug. */
export type SelfEntryInstrument = 'pg' | 'brug';

/**
 * The zelfinvulmodus is on: Layout shows nothing but this person's self-entry screen and sends
 * every other route back to it. Ids only; it names a person, so it is personal and goes on lock.
 */
export interface SelfEntry {
  readonly householdId: string;
  readonly personId: string;
  readonly instrument: SelfEntryInstrument;
}

export interface SelfEntrySlice {
  selfEntry: SelfEntry | null;
  startSelfEntry: (entry: SelfEntry) => void;
  endSelfEntry: () => void;
}

export const selfEntryPersonalDefaults = { selfEntry: null } satisfies Partial<SelfEntrySlice>;

export const createSelfEntrySlice: StateCreator<SelfEntrySlice, [], [], SelfEntrySlice> = (
  set,
) => ({
  ...selfEntryPersonalDefaults,
  startSelfEntry: (selfEntry) => {
    set({ selfEntry });
  },
  endSelfEntry: () => {
    set({ selfEntry: null });
  },
});

/** The one route the resident may see while the zelfinvulmodus is on. */
export const selfEntryPath = (entry: Pick<SelfEntry, 'householdId' | 'personId'>): string =>
  `/huishouden/${entry.householdId}/zelf/${entry.personId}`;
