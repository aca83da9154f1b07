import type { StateCreator } from 'zustand';
import type { MessageKey } from '../../../shared/messages/nl';

/** A one-off confirmation shown at the top of the next screen, e.g. after a restore. */
export interface Flash {
  key: MessageKey;
  values?: Readonly<Record<string, string | number>>;
}

export interface FlashSlice {
  flash: Flash | null;
  showFlash: (flash: Flash) => void;
  clearFlash: () => void;
}

export const flashPersonalDefaults = { flash: null } satisfies Partial<FlashSlice>;

export const createFlashSlice: StateCreator<FlashSlice, [], [], FlashSlice> = (set) => ({
  ...flashPersonalDefaults,
  showFlash: (flash) => {
    set({ flash });
  },
  clearFlash: () => {
    set({ flash: null });
  },
});
