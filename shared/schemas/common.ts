import { z } from 'zod';
import { problemParams } from './zod-messages';

export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A moment with a time zone, e.g. `2024-05-01T10:00:00Z` or `2024-05-01T12:00:00+02:00`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Stable ids of definitions and catalogue entries: lower case words joined by hyphens. */
export const KebabIdSchema = z
  .string()
  .min(1)
  .max(80)
  .refine((value) => KEBAB.test(value), { params: problemParams('schema.problem.kebabId') });

const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
export const VersionSchema = z
  .string()
  .refine((value) => VERSION.test(value), { params: problemParams('schema.problem.version') });

/** A number within [min, max], reported as one Dutch sentence naming both bounds. */
export function numberInRange(min: number, max: number) {
  return z.number().refine((value) => value >= min && value <= max, {
    params: problemParams('schema.problem.numberRange', { min, max }),
  });
}

/** Fields every stored record carries, so records can be synchronised and soft-deleted later. */
export const syncShape = {
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Incremented by every write; starts at 1. */
  rev: z.number().int().min(1),
  deletedAt: IsoDateTimeSchema.optional(),
};

interface SyncTimes {
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt?: string | undefined;
}

/** Refinement for records: a record cannot change or disappear before it exists. */
export function checkSyncOrder<T extends SyncTimes>(record: T, ctx: z.RefinementCtx<T>): void {
  const created = Date.parse(record.createdAt);
  for (const field of ['updatedAt', 'deletedAt'] as const) {
    const value = record[field];
    if (value !== undefined && Date.parse(value) < created) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'before createdAt',
        params: problemParams('schema.problem.beforeCreatedAt'),
      });
    }
  }
}
