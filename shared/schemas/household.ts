import { z } from 'zod';
import { checkSyncOrder, syncShape } from './common';

/** Unrefined fields, for schemas that extend a household (zod cannot extend a refined object). */
export const householdShape = {
  ...syncShape,
  /** How the professional names the household in the caseload, e.g. "Gezin De Vries". */
  label: z.string().min(1).max(200),
  /** Street, number and place as the professional writes it; the caseload search looks in it. */
  address: z.string().min(1).max(300).optional(),
  /** A fictional training household the app made on the first day; shown as "Oefendossier". */
  practice: z.literal(true).optional(),
};

export const HouseholdSchema = z.strictObject(householdShape).superRefine(checkSyncOrder);
export type Household = z.infer<typeof HouseholdSchema>;
