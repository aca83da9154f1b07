import { MAASHORST } from './maashorst';
import { MAASSLUIS } from './maassluis';
import { MAASTRICHT } from './maastricht';
import type { Profile } from './schema';
import { WIJK_BIJ_DUURSTEDE } from './wijk-bij-duurstede';

/** Chosen at setup when nothing else is chosen; the most complete profile. */
export const DEFAULT_PROFILE_ID = WIJK_BIJ_DUURSTEDE.id;

/** The profiles the app ships, the default first; a beheerder may add imported ones. */
export const PROFILES: readonly Profile[] = [WIJK_BIJ_DUURSTEDE, MAASSLUIS, MAASHORST, MAASTRICHT];

/** Imported profiles go first, so an imported profile replaces a shipped one with the same id. */
export function findProfile(id: string, imported: readonly Profile[] = []): Profile | undefined {
  return [...imported, ...PROFILES].find((profile) => profile.id === id);
}

/** The profile to use: the chosen one when it exists, else the default. */
export function resolveProfile(id: string | undefined, imported: readonly Profile[] = []): Profile {
  return (id === undefined ? undefined : findProfile(id, imported)) ?? WIJK_BIJ_DUURSTEDE;
}
