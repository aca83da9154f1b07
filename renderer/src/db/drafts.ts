// Sealed autosave drafts. The form key ('intake:<householdId>:<step>') is inside the sealed
// payload; rows carry a random id, so IndexedDB does not show which forms are in progress.

import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from '../../../shared/schemas/common';
import { invalid, locked, type SessionCore } from './core';
import type { SealedRow } from './database';
import type {
  Draft,
  DraftRepository,
  DraftSummary,
  ReadFailure,
  Result,
  WriteFailure,
} from './types';

const MAX_DRAFT_KEY = 300;

export const DraftPayloadSchema = z.strictObject({
  id: IdSchema,
  key: z.string().min(1).max(MAX_DRAFT_KEY),
  value: z.json(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  rev: z.number().int().min(1),
});
export type DraftPayload = z.infer<typeof DraftPayloadSchema>;

const DraftKeySchema = z.string().min(1).max(MAX_DRAFT_KEY);

function summary(payload: DraftPayload): DraftSummary {
  return { key: payload.key, createdAt: payload.createdAt, updatedAt: payload.updatedAt };
}

/** Plain JSON only (no undefined, NaN, functions or class instances): it must come back as saved. */
function asJson(value: unknown): Result<z.infer<ReturnType<typeof z.json>>, 'invalid'> {
  const parsed = z.json().safeParse(value);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  try {
    const text = JSON.stringify(parsed.data);
    return text === JSON.stringify(JSON.parse(text))
      ? { ok: true, value: parsed.data }
      : { ok: false, error: 'invalid' };
  } catch {
    return { ok: false, error: 'invalid' };
  }
}

export class DraftStore implements DraftRepository {
  constructor(private readonly core: SessionCore) {}

  private async openAll(): Promise<Result<DraftPayload[], ReadFailure>> {
    if (this.core.isLocked()) return locked();
    const rows: SealedRow[] = await this.core.db.drafts.toArray();
    return this.core.openRows('drafts', rows, DraftPayloadSchema);
  }

  private async find(key: string): Promise<Result<DraftPayload | null, ReadFailure>> {
    const all = await this.openAll();
    if (!all.ok) return all;
    return { ok: true, value: all.value.find((draft) => draft.key === key) ?? null };
  }

  save(key: string, value: unknown, now: Date): Promise<Result<DraftSummary, WriteFailure>> {
    return this.core.serialize(async () => {
      const validKey = DraftKeySchema.safeParse(key);
      if (!validKey.success) return invalid(validKey.error);
      const json = asJson(value);
      if (!json.ok) {
        return {
          ok: false,
          error: {
            code: 'invalid',
            issues: [{ path: 'value', problem: 'schema.problem.invalid', values: {} }],
          },
        };
      }
      const existing = await this.find(key);
      if (!existing.ok) return existing;
      const at = now.toISOString();
      const previous = existing.value;
      const payload: DraftPayload = {
        id: previous?.id ?? crypto.randomUUID(),
        key,
        value: json.value,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
        rev: (previous?.rev ?? 0) + 1,
      };
      const sealed = await this.core.sealRow(
        'drafts',
        { id: payload.id, updatedAt: payload.updatedAt, rev: payload.rev },
        payload,
      );
      if (!sealed.ok) return sealed;
      // Drafts are not audited: autosave would drown the log; the save they lead to is logged.
      const committed = await this.core.commit(
        {
          rows: [{ table: 'drafts', row: sealed.value, expectedRev: previous?.rev ?? null }],
          audit: [],
        },
        now,
      );
      if (!committed.ok) return committed;
      return { ok: true, value: summary(payload) };
    });
  }

  async get<T>(
    key: string,
    schema: z.ZodType<T>,
  ): Promise<Result<Draft<T> | null, ReadFailure | ReturnType<typeof invalid>['error']>> {
    const found = await this.find(key);
    if (!found.ok) return found;
    if (found.value === null) return { ok: true, value: null };
    const parsed = schema.safeParse(found.value.value);
    if (!parsed.success) return invalid(parsed.error);
    return { ok: true, value: { ...summary(found.value), value: parsed.data } };
  }

  async list(): Promise<Result<readonly DraftSummary[], ReadFailure>> {
    const all = await this.openAll();
    if (!all.ok) return all;
    return {
      ok: true,
      value: all.value.map(summary).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    };
  }

  discard(key: string): Promise<Result<void, WriteFailure>> {
    return this.core.serialize(async () => {
      const found = await this.find(key);
      if (!found.ok) return found;
      if (found.value === null) return { ok: true, value: undefined };
      const id = found.value.id;
      try {
        await this.core.db.transaction('rw', this.core.db.drafts, async () => {
          await this.core.db.drafts.delete(id);
        });
        return { ok: true, value: undefined };
      } catch {
        return { ok: false, error: { code: 'unavailable' } };
      }
    });
  }
}
