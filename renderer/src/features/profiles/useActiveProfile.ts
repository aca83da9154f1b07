import { useEffect, useState } from 'react';
import { findProfile, resolveProfile, type Profile } from '../../../../shared/profiles';
import { requireSession } from '../session/current-session';

// The gemeente profile the app uses now: the one the settings name, looked up among the imported
// profiles (sealed, session.profiles) and the shipped ones. When the named profile is gone (an
// imported profile removed, or unreadable) the default is used and `fallback` says so. When the
// settings themselves cannot be read the default is used too, and `settingsUnavailable` says so.

export type ActiveProfileState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly profile: Profile;
      readonly fallback: boolean;
      /** The settings could not be read: the default stands in for a choice nobody can see. */
      readonly settingsUnavailable: boolean;
    };

/** What the settings chose and which imported profiles exist, read once from storage. */
export interface ProfileChoice {
  /** The id the settings name; undefined when nothing was chosen yet (then the default is used). */
  readonly chosenId: string | undefined;
  readonly imported: readonly Profile[];
  /** Ids of stored imported profiles this app version cannot use (see ImportedProfiles). */
  readonly unusable: readonly string[];
  /** True when the imported profiles could not be read; only shipped profiles are available. */
  readonly importedUnavailable: boolean;
  /** True when the settings could not be read; the chosen id is unknown, the default is used. */
  readonly settingsUnavailable?: boolean | undefined;
}

/** The profile to use for `choice`, and whether it stands in for a chosen one that is gone. */
export function activeProfileOf(choice: ProfileChoice): { profile: Profile; fallback: boolean } {
  const { chosenId, imported } = choice;
  return {
    profile: resolveProfile(chosenId, imported),
    fallback: chosenId !== undefined && findProfile(chosenId, imported) === undefined,
  };
}

/** Reads the settings and the imported profiles. Storage failures leave the shipped profiles. */
export async function loadProfileChoice(): Promise<ProfileChoice> {
  const session = requireSession();
  const [settings, stored] = await Promise.all([session.settings.get(), session.profiles.list()]);
  return {
    chosenId: settings.ok ? settings.value.gemeenteProfileId : undefined,
    imported: stored.ok ? stored.value.profiles : [],
    unusable: stored.ok ? stored.value.unusable : [],
    importedUnavailable: !stored.ok,
    settingsUnavailable: !settings.ok,
  };
}

const listeners = new Set<() => void>();

/** Call after the choice or the imported profiles changed, so mounted hooks read them again. */
export function notifyProfilesChanged(): void {
  for (const listener of [...listeners]) listener();
}

/**
 * `{ status: 'loading' }` until read, then the active profile. Only for screens behind the vault
 * gate (it reads through the unlocked session).
 */
export function useActiveProfile(): ActiveProfileState {
  const [state, setState] = useState<ActiveProfileState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () => {
      loadProfileChoice().then(
        (choice) => {
          if (live) {
            setState({
              status: 'ready',
              ...activeProfileOf(choice),
              settingsUnavailable: choice.settingsUnavailable === true,
            });
          }
        },
        () => undefined, // Locked meanwhile: the vault gate unmounts this screen.
      );
    };
    load();
    listeners.add(load);
    return () => {
      live = false;
      listeners.delete(load);
    };
  }, []);
  return state;
}
