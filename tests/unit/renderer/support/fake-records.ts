// In-memory households, persons, assessments, conversations, audit and caseload for fake-db.ts,
// so screens behind the vault gate (the caseload start screen first) work in component tests.
// Records live until resetFakeRecords(), across lock and unlock, like a real vault.
import {
  buildCaseloadIndex,
  searchCaseload,
  type CaseloadEntry,
} from '../../../../shared/caseload/caseload-index';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { Conversation } from '../../../../shared/schemas/conversation';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import type { AuditRecordInput, Result } from '../../../../renderer/src/db';

interface Sync {
  id: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  deletedAt?: string | undefined;
}

export const fakeRecords = {
  households: new Map<string, Household>(),
  persons: new Map<string, Person>(),
  assessments: new Map<string, Assessment>(),
  conversations: new Map<string, Conversation>(),
  audit: [] as AuditRecordInput[],
};

const listeners = new Set<() => void>();

export function resetFakeRecords(): void {
  fakeRecords.households = new Map();
  fakeRecords.persons = new Map();
  fakeRecords.assessments = new Map();
  fakeRecords.conversations = new Map();
  fakeRecords.audit = [];
}

const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
const notFound = { ok: false as const, error: { code: 'not-found' as const } };
const conflict = { ok: false as const, error: { code: 'conflict' as const } };

function changed(): void {
  for (const listener of [...listeners]) listener();
}

function table<T extends Sync>(rows: () => Map<string, T>) {
  return {
    create: (input: Omit<T, keyof Sync> & { id?: string }, now: Date) => {
      const at = now.toISOString();
      const record = {
        ...input,
        id: input.id ?? crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        rev: 1,
      } as T;
      rows().set(record.id, record);
      changed();
      return Promise.resolve(ok(record));
    },
    update: (record: T, now: Date) => {
      const current = rows().get(record.id);
      if (!current) return Promise.resolve(notFound);
      if (current.rev !== record.rev) return Promise.resolve(conflict);
      const next = { ...record, updatedAt: now.toISOString(), rev: record.rev + 1 };
      rows().set(record.id, next);
      changed();
      return Promise.resolve(ok(next));
    },
    get: (id: string) => {
      const record = rows().get(id);
      return Promise.resolve(record ? ok(record) : notFound);
    },
    softDelete: (id: string, expectedRev: number, now: Date) => {
      const current = rows().get(id);
      if (!current) return Promise.resolve(notFound);
      if (current.rev !== expectedRev) return Promise.resolve(conflict);
      const at = now.toISOString();
      const next = { ...current, updatedAt: at, deletedAt: at, rev: expectedRev + 1 };
      rows().set(id, next);
      changed();
      return Promise.resolve(ok(next));
    },
  };
}

const live = <T extends Sync>(records: Iterable<T>, includeDeleted = false) =>
  [...records].filter((record) => includeDeleted || record.deletedAt === undefined);

function entries(): CaseloadEntry[] {
  return live(fakeRecords.households.values()).map((household) => ({
    householdId: household.id,
    label: household.label,
    ...(household.address === undefined ? {} : { address: household.address }),
    persons: live(fakeRecords.persons.values())
      .filter((person) => person.householdId === household.id)
      .map((person) => ({
        personId: person.id,
        displayName: person.displayName,
        role: person.role,
        ...(person.birthDate === undefined ? {} : { birthDate: person.birthDate }),
      })),
    updatedAt: household.updatedAt,
    ...(household.practice ? { practice: true as const } : {}),
  }));
}

let snapshot: { key: number; entries: readonly CaseloadEntry[] } | null = null;
let version = 0;
listeners.add(() => {
  version += 1;
});

/** The parts of a Session this module fakes; `isLocked` comes from the fake session. */
export function fakeRecordParts(isLocked: () => boolean) {
  // Each session loads its own caseload index after unlock, as the real one does.
  let loaded = false;
  const byHousehold = <T extends Sync & { householdId: string }>(
    rows: () => Map<string, T>,
    householdId: string,
    includeDeleted = false,
  ) => live(rows().values(), includeDeleted).filter((row) => row.householdId === householdId);
  return {
    households: {
      ...table(() => fakeRecords.households),
      list: (_now: Date, options?: { includeDeleted?: boolean }) =>
        Promise.resolve(ok(live(fakeRecords.households.values(), options?.includeDeleted))),
    },
    persons: {
      ...table(() => fakeRecords.persons),
      listByHousehold: (id: string, _now: Date, options?: { includeDeleted?: boolean }) =>
        Promise.resolve(ok(byHousehold(() => fakeRecords.persons, id, options?.includeDeleted))),
    },
    assessments: {
      ...table(() => fakeRecords.assessments),
      listByHousehold: (id: string, _now: Date, options?: { includeDeleted?: boolean }) =>
        Promise.resolve(
          ok(byHousehold(() => fakeRecords.assessments, id, options?.includeDeleted)),
        ),
      listByPerson: (id: string) =>
        Promise.resolve(
          ok(live(fakeRecords.assessments.values()).filter((row) => row.personId === id)),
        ),
    },
    conversations: {
      ...table(() => fakeRecords.conversations),
      listByHousehold: (id: string, _now: Date, options?: { includeDeleted?: boolean }) =>
        Promise.resolve(
          ok(byHousehold(() => fakeRecords.conversations, id, options?.includeDeleted)),
        ),
    },
    audit: {
      record: (input: AuditRecordInput, now: Date) => {
        fakeRecords.audit.push(input);
        return Promise.resolve(
          ok({
            ...input,
            seq: fakeRecords.audit.length,
            id: crypto.randomUUID(),
            at: now.toISOString(),
            actorId: 'actor-1',
            outcome: input.outcome ?? 'success',
          }),
        );
      },
      list: () => Promise.resolve(ok([])),
      verifyChain: () => Promise.resolve(ok({ ok: true as const, entries: 0 })),
    },
    caseload: {
      load: () => {
        loaded = true;
        changed();
        return Promise.resolve(ok(entries()));
      },
      isLoaded: () => loaded && !isLocked(),
      entries: () => {
        if (!loaded || isLocked()) return [];
        if (snapshot?.key !== version) {
          snapshot = { key: version, entries: buildCaseloadIndex(entries()).entries };
        }
        return snapshot.entries;
      },
      search: (query: string, options?: { limit?: number }) =>
        loaded && !isLocked() ? searchCaseload(buildCaseloadIndex(entries()), query, options) : [],
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    },
    openHousehold: (householdId: string) => {
      const household = fakeRecords.households.get(householdId);
      if (!household) return Promise.resolve(notFound);
      return Promise.resolve(
        ok({
          household,
          persons: byHousehold(() => fakeRecords.persons, householdId),
          assessments: byHousehold(() => fakeRecords.assessments, householdId),
          conversations: byHousehold(() => fakeRecords.conversations, householdId),
        }),
      );
    },
  };
}
