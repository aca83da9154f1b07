// Bulk writes of new records (seeding the benchmark, future imports): parsed, sealed in parallel
// chunks before the transaction, then one transaction with one audit entry. All or nothing.

import type { z } from 'zod';
import { AssessmentSchema } from '../../../shared/schemas/assessment';
import { ConversationSchema } from '../../../shared/schemas/conversation';
import { HouseholdSchema } from '../../../shared/schemas/household';
import { PersonSchema } from '../../../shared/schemas/person';
import { invalid, locked, type RowColumns } from './core';
import type { RecordTable } from './database';
import { GenericEnvelopeSchema } from './repositories';
import { sessionInternals } from './session';
import type { AuditObjectType, Result, Session, WriteFailure } from './types';

const SCHEMAS: Readonly<Record<RecordTable, z.ZodType<RowColumns>>> = {
  households: HouseholdSchema,
  persons: PersonSchema,
  assessments: AssessmentSchema,
  plans: GenericEnvelopeSchema,
  suggestions: GenericEnvelopeSchema,
  decisions: GenericEnvelopeSchema,
  conversations: ConversationSchema,
};

const OBJECT_TYPES: Readonly<Record<RecordTable, AuditObjectType>> = {
  households: 'household',
  persons: 'person',
  assessments: 'assessment',
  plans: 'plan',
  suggestions: 'suggestion',
  decisions: 'decision',
  conversations: 'conversation',
};

export async function bulkCreate(
  session: Session,
  table: RecordTable,
  records: readonly unknown[],
  now: Date,
): Promise<Result<number, WriteFailure>> {
  const core = sessionInternals(session)?.core;
  if (!core || core.isLocked()) return locked();
  const schema = SCHEMAS[table];
  const parsed: RowColumns[] = [];
  for (const record of records) {
    const result = schema.safeParse(record);
    if (!result.success) return invalid(result.error);
    parsed.push(result.data);
  }
  const sealed = await core.bulkSealRows(
    table,
    parsed.map((record) => ({ columns: record, payload: record })),
  );
  if (!sealed.ok) return sealed;
  const result = await core.serialize(() =>
    core.commit(
      {
        rows: [],
        bulk: { table, rows: sealed.value },
        audit: [
          { action: 'create', objectType: OBJECT_TYPES[table], objectIds: [], reason: 'bulk' },
        ],
      },
      now,
    ),
  );
  return result.ok ? { ok: true, value: parsed.length } : result;
}
