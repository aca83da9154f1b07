import { z } from 'zod';
import { checkSyncOrder, IdSchema, IsoDateSchema, syncShape } from './common';

/** Decides which instrument version fits a person; never used to derive signals (MAG kader K9). */
export const PersonRoleSchema = z.enum(['volwassene', 'jongere', 'kind']);
export type PersonRole = z.infer<typeof PersonRoleSchema>;

export const personShape = {
  ...syncShape,
  householdId: IdSchema,
  role: PersonRoleSchema,
  displayName: z.string().min(1).max(200),
  birthDate: IsoDateSchema.optional(),
};

export const PersonSchema = z.strictObject(personShape).superRefine(checkSyncOrder);
export type Person = z.infer<typeof PersonSchema>;
