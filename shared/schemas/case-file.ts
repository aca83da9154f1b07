import { z } from 'zod';
import { AssessmentSchema } from './assessment';
import { HouseholdSchema } from './household';
import { PersonSchema } from './person';

/** A household with its members and their assessments, as the command line reads it. */
export const CaseFileSchema = z.strictObject({
  household: HouseholdSchema,
  persons: z.array(PersonSchema).min(1).max(50),
  assessments: z.array(AssessmentSchema).max(5000),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;
