import type { Profile } from '../../../../shared/profiles';

// Profiles a beheerder read in during this run of the app. The storage API has no sealed place for
// them yet (settings hold only the chosen id; the generic repositories are per household), so they
// live in memory until the app closes. A profile holds no personal data.
let imported: readonly Profile[] = [];

export function getImportedProfiles(): readonly Profile[] {
  return imported;
}

/** Adds `profile`; a profile with the same id (imported earlier) is replaced. */
export function addImportedProfile(profile: Profile): readonly Profile[] {
  imported = [profile, ...imported.filter((other) => other.id !== profile.id)];
  return imported;
}

/** For tests: back to no imported profiles. */
export function forgetImportedProfiles(): void {
  imported = [];
}
