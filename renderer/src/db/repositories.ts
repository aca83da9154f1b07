// Repositories: the only door to sealed records. Writes parse the next record with its zod
// schema, seal it, and commit it with its audit entry; reads open, parse and log one 'read'.

import { z } from 'zod';
import { AssessmentSchema, type Assessment } from '../../../shared/schemas/assessment';
import { checkSyncOrder, syncShape } from '../../../shared/schemas/common';
import { ConversationSchema, type Conversation } from '../../../shared/schemas/conversation';
import { HouseholdSchema, type Household } from '../../../shared/schemas/household';
import { PersonSchema, type Person } from '../../../shared/schemas/person';
import { invalid, locked, type RowColumns, type SessionCore } from './core';
import type { RecordTable, SealedRow } from './database';
import type {
  AssessmentRepository,
  AuditContext,
  AuditObjectType,
  ConversationRepository,
  GenericRecordRepository,
  HouseholdRepository,
  Id,
  ListOptions,
  NewRecord,
  NewStoredRecord,
  PersonRepository,
  ReadFailure,
  RecordRepository,
  Result,
  StoredRecord,
  WriteFailure,
} from './types';

/** Told about every committed household or person write, to keep the caseload index current. */
export type ChangeListener = (table: RecordTable, record: RowColumns & object) => void;

interface TableSpec<T extends RowColumns> {
  readonly table: RecordTable;
  readonly objectType: AuditObjectType;
  readonly schema: z.ZodType<T>;
  /** The audit object ids of a record: the record and the household (and person) it belongs to. */
  readonly objectIds: (record: T) => Id[];
}

function withPurpose(context: AuditContext | undefined): { purpose?: string } {
  return context?.purpose === undefined ? {} : { purpose: context.purpose };
}

function columnsOf(record: RowColumns): RowColumns {
  return {
    id: record.id,
    updatedAt: record.updatedAt,
    rev: record.rev,
    householdId: record.householdId,
    personId: record.personId,
    deletedAt: record.deletedAt,
  };
}

function dropUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}

/** The engine shared by every sealed record table. */
export class SealedTableAccess<T extends RowColumns & { createdAt: string }> {
  constructor(
    private readonly core: SessionCore,
    readonly spec: TableSpec<T>,
    private readonly onChange: ChangeListener,
  ) {}

  private async readRow(id: Id): Promise<SealedRow | undefined> {
    return this.core.db.sealedTable(this.spec.table).get(id);
  }

  async openOne(id: Id): Promise<Result<T, ReadFailure>> {
    if (this.core.isLocked()) return locked();
    const row = await this.readRow(id);
    if (!row) return { ok: false, error: { code: 'not-found' } };
    return this.core.openRow(this.spec.table, row, this.spec.schema);
  }

  async openWhere(
    index: 'householdId' | 'personId' | null,
    value: Id | null,
    options: ListOptions | undefined,
  ): Promise<Result<T[], ReadFailure>> {
    if (this.core.isLocked()) return locked();
    const table = this.core.db.sealedTable(this.spec.table);
    // Whole-table scans (caseload, list) authenticate; household-sized reads parse again too.
    // Deleted rows are opened as well: a deletedAt column forged on disk must not hide a record.
    const opened =
      index === null || value === null
        ? await this.core.scanTable(this.spec.table, this.spec.schema, 'authenticate')
        : await this.core.openRows(
            this.spec.table,
            await table.where(index).equals(value).toArray(),
            this.spec.schema,
            'parse',
          );
    if (!opened.ok || options?.includeDeleted) return opened;
    return { ok: true, value: opened.value.filter((record) => record.deletedAt === undefined) };
  }

  /** Parses, seals and commits one write; `expectedRev` null means "must be new". */
  private async write(
    next: unknown,
    expectedRev: number | null,
    action: 'create' | 'update' | 'delete',
    now: Date,
    context: AuditContext | undefined,
  ): Promise<Result<T, WriteFailure>> {
    const parsed = this.spec.schema.safeParse(next);
    if (!parsed.success) return invalid(parsed.error);
    const record = parsed.data;
    const sealed = await this.core.sealRow(this.spec.table, columnsOf(record), record);
    if (!sealed.ok) return sealed;
    const committed = await this.core.commit(
      {
        rows: [{ table: this.spec.table, row: sealed.value, expectedRev }],
        audit: [
          {
            action,
            objectType: this.spec.objectType,
            objectIds: this.spec.objectIds(record),
            ...withPurpose(context),
          },
        ],
      },
      now,
    );
    if (!committed.ok) return committed;
    this.onChange(this.spec.table, record);
    return { ok: true, value: record };
  }

  create(input: object & { id?: Id | undefined }, now: Date, context?: AuditContext) {
    return this.core.serialize(async () => {
      const at = now.toISOString();
      const next = dropUndefined({
        ...input,
        id: input.id ?? crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        rev: 1,
      });
      return this.write(next, null, 'create', now, context);
    });
  }

  update(record: T, now: Date, context?: AuditContext) {
    return this.core.serialize(async () => {
      // The stored record decides createdAt; the caller cannot rewrite history.
      const current = await this.openOne(record.id);
      if (!current.ok) return current;
      if (current.value.rev !== record.rev) {
        return { ok: false as const, error: { code: 'conflict' as const } };
      }
      const next = dropUndefined({
        ...record,
        createdAt: current.value.createdAt,
        updatedAt: laterIso(now, current.value.updatedAt),
        rev: record.rev + 1,
      });
      return this.write(next, record.rev, 'update', now, context);
    });
  }

  softDelete(id: Id, expectedRev: number, now: Date, context?: AuditContext) {
    return this.core.serialize(async () => {
      const current = await this.openOne(id);
      if (!current.ok) return current;
      if (current.value.rev !== expectedRev) {
        return { ok: false as const, error: { code: 'conflict' as const } };
      }
      const at = laterIso(now, current.value.updatedAt);
      const next = { ...current.value, updatedAt: at, deletedAt: at, rev: expectedRev + 1 };
      return this.write(next, expectedRev, 'delete', now, context);
    });
  }

  /** Logs one 'read' of these records; a failed log does not hide data already read. */
  async logRead(
    objectType: AuditObjectType,
    objectIds: readonly Id[],
    now: Date,
    context: AuditContext | undefined,
    outcome: 'success' | 'failure' = 'success',
  ): Promise<void> {
    await this.core.recordAudit(
      { action: 'read', objectType, objectIds, outcome, ...withPurpose(context) },
      now,
    );
  }

  async get(id: Id, now: Date, context?: AuditContext): Promise<Result<T, ReadFailure>> {
    const result = await this.openOne(id);
    if (result.ok) {
      await this.logRead(this.spec.objectType, this.spec.objectIds(result.value), now, context);
    } else if (result.error.code === 'tampered') {
      await this.logRead(this.spec.objectType, [id], now, context, 'failure');
    }
    if (this.core.isLocked()) return locked();
    return result;
  }
}

/** updatedAt never goes backwards, even when the laptop clock does. */
function laterIso(now: Date, previous: string): string {
  const at = now.toISOString();
  return Date.parse(at) < Date.parse(previous) ? previous : at;
}

function recordRepository<T extends RowColumns & { createdAt: string }>(
  access: SealedTableAccess<T>,
): RecordRepository<T> {
  return {
    create: (input: NewRecord<T>, now, context) => access.create(input, now, context),
    update: (record, now, context) => access.update(record, now, context),
    get: (id, now, context) => access.get(id, now, context),
    softDelete: (id, expectedRev, now, context) => access.softDelete(id, expectedRev, now, context),
  };
}

function idsOf(record: { id: Id; householdId?: Id | undefined; personId?: Id | undefined }): Id[] {
  return [record.id, record.householdId, record.personId].filter(
    (value): value is Id => value !== undefined,
  );
}

async function listAndLog<T extends RowColumns & { createdAt: string }>(
  access: SealedTableAccess<T>,
  index: 'householdId' | 'personId' | null,
  value: Id | null,
  now: Date,
  options: ListOptions | undefined,
  objectType: AuditObjectType,
): Promise<Result<readonly T[], ReadFailure>> {
  const result = await access.openWhere(index, value, options);
  const ids = value === null ? [] : [value];
  await access.logRead(objectType, ids, now, undefined, result.ok ? 'success' : 'failure');
  return result;
}

export function householdSpec(): TableSpec<Household> {
  return {
    table: 'households',
    objectType: 'household',
    schema: HouseholdSchema,
    objectIds: (record) => [record.id],
  };
}

export function personSpec(): TableSpec<Person> {
  return { table: 'persons', objectType: 'person', schema: PersonSchema, objectIds: idsOf };
}

export function assessmentSpec(): TableSpec<Assessment> {
  return {
    table: 'assessments',
    objectType: 'assessment',
    schema: AssessmentSchema,
    objectIds: idsOf,
  };
}

export function conversationSpec(): TableSpec<Conversation> {
  return {
    table: 'conversations',
    objectType: 'conversation',
    schema: ConversationSchema,
    objectIds: idsOf,
  };
}

/** Newest conversation first: by the day it took place, then by when it was saved. */
export function byConversationDate(a: Conversation, b: Conversation): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

export function householdRepository(access: SealedTableAccess<Household>): HouseholdRepository {
  return {
    ...recordRepository(access),
    list: (now, options) => listAndLog(access, null, null, now, options, 'caseload'),
  };
}

export function personRepository(access: SealedTableAccess<Person>): PersonRepository {
  return {
    ...recordRepository(access),
    listByHousehold: (householdId, now, options) =>
      listAndLog(access, 'householdId', householdId, now, options, 'household'),
  };
}

export function assessmentRepository(access: SealedTableAccess<Assessment>): AssessmentRepository {
  return {
    ...recordRepository(access),
    listByHousehold: (householdId, now, options) =>
      listAndLog(access, 'householdId', householdId, now, options, 'household'),
    listByPerson: (personId, now, options) =>
      listAndLog(access, 'personId', personId, now, options, 'person'),
  };
}

export function conversationRepository(
  access: SealedTableAccess<Conversation>,
): ConversationRepository {
  return {
    ...recordRepository(access),
    async listByHousehold(householdId, now, options) {
      const result = await listAndLog(
        access,
        'householdId',
        householdId,
        now,
        options,
        'household',
      );
      return result.ok ? { ok: true, value: [...result.value].sort(byConversationDate) } : result;
    },
  };
}

/** Envelope of records whose `data` schema the caller supplies (plans, suggestions, decisions). */
export const GenericEnvelopeSchema = z
  .strictObject({
    ...syncShape,
    householdId: syncShape.id,
    personId: syncShape.id.optional(),
    data: z.unknown(),
  })
  .superRefine(checkSyncOrder);
export type GenericEnvelope = z.infer<typeof GenericEnvelopeSchema>;

export function genericSpec(
  table: 'plans' | 'suggestions' | 'decisions',
): TableSpec<GenericEnvelope> {
  const objectType = ({ plans: 'plan', suggestions: 'suggestion', decisions: 'decision' } as const)[
    table
  ];
  return { table, objectType, schema: GenericEnvelopeSchema, objectIds: idsOf };
}

function parseData<T>(
  schema: z.ZodType<T>,
  envelope: GenericEnvelope,
): Result<StoredRecord<T>, ReturnType<typeof invalid>['error']> {
  const data = schema.safeParse(envelope.data);
  if (!data.success) return invalid(data.error);
  return { ok: true, value: { ...envelope, data: data.data } };
}

export function genericRepository(
  access: SealedTableAccess<GenericEnvelope>,
): GenericRecordRepository {
  return {
    async create<T>(
      schema: z.ZodType<T>,
      input: NewStoredRecord<T>,
      now: Date,
      context?: AuditContext,
    ) {
      const data = schema.safeParse(input.data);
      if (!data.success) return invalid(data.error);
      const next = { ...input, data: data.data };
      const result = await access.create(next, now, context);
      if (!result.ok) return result;
      return { ok: true, value: { ...result.value, data: data.data } as StoredRecord<T> };
    },
    async update<T>(
      schema: z.ZodType<T>,
      record: StoredRecord<T>,
      now: Date,
      context?: AuditContext,
    ) {
      const data = schema.safeParse(record.data);
      if (!data.success) return invalid(data.error);
      const result = await access.update(
        dropUndefined({ ...record, data: data.data }),
        now,
        context,
      );
      if (!result.ok) return result;
      return { ok: true, value: { ...result.value, data: data.data } as StoredRecord<T> };
    },
    async get<T>(schema: z.ZodType<T>, id: Id, now: Date, context?: AuditContext) {
      const result = await access.get(id, now, context);
      if (!result.ok) return result;
      return parseData(schema, result.value);
    },
    async listByHousehold<T>(
      schema: z.ZodType<T>,
      householdId: Id,
      now: Date,
      options?: ListOptions,
    ) {
      const result = await listAndLog(
        access,
        'householdId',
        householdId,
        now,
        options,
        'household',
      );
      if (!result.ok) return result;
      const out: StoredRecord<T>[] = [];
      for (const envelope of result.value) {
        const parsed = parseData(schema, envelope);
        if (!parsed.ok) return parsed;
        out.push(parsed.value);
      }
      return { ok: true, value: out };
    },
    async softDelete(id: Id, expectedRev: number, now: Date, context?: AuditContext) {
      const result = await access.softDelete(id, expectedRev, now, context);
      if (!result.ok) return result;
      return { ok: true, value: result.value };
    },
  };
}
