// Imported gemeente profiles, sealed like every record although they hold no personal data. The
// row id is the profile's own kebab-case id, so a backup merge lines up the same profile from two
// laptops; removal leaves a tombstone (no content) so a merge does not bring it back.

import { z } from 'zod';
import { parseProfile } from '../../../shared/profiles/parse';
import type { Profile } from '../../../shared/profiles/schema';
import { checkSyncOrder, IsoDateTimeSchema, KebabIdSchema } from '../../../shared/schemas/common';
import type { FieldIssue } from '../../../shared/schemas/zod-messages';
import { locked, tampered, type SessionCore } from './core';
import type {
  ImportedProfiles,
  ProfileRepository,
  ReadFailure,
  Result,
  WriteFailure,
} from './types';

/**
 * The sealed payload. `profile` is checked with `parseProfile` on every read, not here: a profile
 * that the rules of a later app version refuse must not make the whole table unreadable.
 */
export const ProfileRecordSchema = z
  .strictObject({
    id: KebabIdSchema,
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    rev: z.number().int().min(1),
    deletedAt: IsoDateTimeSchema.optional(),
    /** The profile as imported; null once removed. */
    profile: z.unknown(),
  })
  .superRefine(checkSyncOrder);
export type ProfileRecord = z.infer<typeof ProfileRecordSchema>;

function laterIso(now: Date, previous: string): string {
  const at = now.toISOString();
  return Date.parse(at) < Date.parse(previous) ? previous : at;
}

/** Screens parse a file with parseProfile and show its own issues; here only the paths matter. */
function profileIssues(issues: readonly { readonly path: string }[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path,
    problem: 'schema.problem.invalid',
    values: {},
  }));
}

export class ProfileStore implements ProfileRepository {
  constructor(private readonly core: SessionCore) {}

  private async openAll(): Promise<Result<ProfileRecord[], ReadFailure>> {
    if (this.core.isLocked()) return locked();
    const rows = await this.core.db.profiles.toArray();
    return this.core.openRows('profiles', rows, ProfileRecordSchema);
  }

  private async openOne(id: string): Promise<Result<ProfileRecord | null, ReadFailure>> {
    if (this.core.isLocked()) return locked();
    const row = await this.core.db.profiles.get(id);
    if (!row) return { ok: true, value: null };
    return this.core.openRow('profiles', row, ProfileRecordSchema);
  }

  async list(): Promise<Result<ImportedProfiles, ReadFailure>> {
    const all = await this.openAll();
    if (!all.ok) return all;
    const profiles: Profile[] = [];
    const unusable: string[] = [];
    for (const record of all.value) {
      if (record.deletedAt !== undefined) continue;
      const parsed = parseProfile(record.profile);
      // A payload that opened but names another id was not written by save(): tampered.
      if (parsed.ok && parsed.profile.id !== record.id) return tampered('profiles', record.id);
      if (parsed.ok) profiles.push(parsed.profile);
      else unusable.push(record.id);
    }
    profiles.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
    unusable.sort();
    return { ok: true, value: { profiles, unusable } };
  }

  save(profile: Profile, now: Date): Promise<Result<Profile, WriteFailure>> {
    return this.core.serialize(async () => {
      const parsed = parseProfile(profile);
      if (!parsed.ok) {
        return { ok: false, error: { code: 'invalid', issues: profileIssues(parsed.issues) } };
      }
      const current = await this.openOne(parsed.profile.id);
      if (!current.ok) return current;
      const at = now.toISOString();
      const previous = current.value;
      const record: ProfileRecord = {
        id: parsed.profile.id,
        createdAt: previous?.createdAt ?? at,
        updatedAt: previous ? laterIso(now, previous.updatedAt) : at,
        rev: (previous?.rev ?? 0) + 1,
        profile: parsed.profile,
      };
      const action = previous && previous.deletedAt === undefined ? 'update' : 'create';
      const written = await this.write(record, previous?.rev ?? null, action, now);
      return written.ok ? { ok: true, value: parsed.profile } : written;
    });
  }

  remove(profileId: string, now: Date): Promise<Result<void, WriteFailure>> {
    return this.core.serialize(async () => {
      const current = await this.openOne(profileId);
      if (!current.ok) return current;
      const previous = current.value;
      if (!previous || previous.deletedAt !== undefined) {
        return { ok: false, error: { code: 'not-found' } };
      }
      const at = laterIso(now, previous.updatedAt);
      const record: ProfileRecord = {
        id: previous.id,
        createdAt: previous.createdAt,
        updatedAt: at,
        deletedAt: at,
        rev: previous.rev + 1,
        profile: null,
      };
      const written = await this.write(record, previous.rev, 'delete', now);
      return written.ok ? { ok: true, value: undefined } : written;
    });
  }

  private async write(
    record: ProfileRecord,
    expectedRev: number | null,
    action: 'create' | 'update' | 'delete',
    now: Date,
  ): Promise<Result<readonly unknown[], WriteFailure>> {
    const sealed = await this.core.sealRow('profiles', record, record);
    if (!sealed.ok) return sealed;
    return this.core.commit(
      {
        rows: [{ table: 'profiles', row: sealed.value, expectedRev }],
        audit: [{ action, objectType: 'profile', objectIds: [] }],
      },
      now,
    );
  }
}
