import { z } from 'zod';
import { AuditActionSchema, AuditObjectTypeSchema, PurposeSchema } from './audit-chain';

/** What a screen may log: ids and codes only, so no content can enter the log by accident. */
export const AuditRecordInputSchema = z.strictObject({
  action: AuditActionSchema,
  objectType: AuditObjectTypeSchema,
  objectIds: z.array(z.uuid()).max(1000),
  outcome: z.enum(['success', 'failure']).optional(),
  purpose: PurposeSchema.optional(),
  reason: PurposeSchema.optional(),
});
