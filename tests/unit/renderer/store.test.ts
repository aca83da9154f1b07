import { beforeEach, describe, expect, it } from 'vitest';
import {
  LOCK_SURVIVING_KEYS,
  resetPersonalData,
  useAppStore,
  type AppState,
} from '../../../renderer/src/store';

const SENTINEL = 'SENTINEL-Fatma-Yilmaz-1980-03-12';
const initial = useAppStore.getState();

/** Every state field (not the actions) of the store, as it is now. */
function dataKeys(state: AppState): string[] {
  return Object.entries(state)
    .filter(([, value]) => typeof value !== 'function')
    .map(([key]) => key);
}

describe('resetPersonalData', () => {
  beforeEach(() => {
    useAppStore.setState(initial, true);
  });

  it('exempts only the reviewed fields without personal data', () => {
    // Adding a field here needs a reviewer to agree that it can never hold personal data.
    expect([...LOCK_SURVIVING_KEYS].sort()).toEqual(['appInfo', 'idleMinutes', 'vault']);
  });

  it('empties every other field of every slice, including slices added later', () => {
    // Fill every field that may hold personal data with the sentinel, whatever its type.
    const personalKeys = dataKeys(useAppStore.getState()).filter(
      (key) => !(LOCK_SURVIVING_KEYS as readonly string[]).includes(key),
    );
    expect(personalKeys.length).toBeGreaterThan(0);
    useAppStore.setState(
      Object.fromEntries(personalKeys.map((key) => [key, [{ key: SENTINEL, name: SENTINEL }]])),
    );
    expect(JSON.stringify(useAppStore.getState())).toContain(SENTINEL);

    resetPersonalData();

    const after = useAppStore.getState();
    expect(JSON.stringify(after)).not.toContain(SENTINEL);
    for (const key of personalKeys) {
      expect(after[key as keyof AppState], key).toEqual(initial[key as keyof AppState]);
    }
  });

  it('keeps the lock status and the idle minutes, which are not personal', () => {
    useAppStore.setState({ idleMinutes: 12, vault: { status: 'locked', reason: 'idle' } });
    resetPersonalData();
    expect(useAppStore.getState().idleMinutes).toBe(12);
    expect(useAppStore.getState().vault).toEqual({ status: 'locked', reason: 'idle' });
  });

  it('leaves the actions working after a reset', () => {
    resetPersonalData();
    useAppStore.getState().setResumeOffer([{ key: 'a', createdAt: 'x', updatedAt: 'x' }]);
    expect(useAppStore.getState().resumeOffer).toHaveLength(1);
  });
});
