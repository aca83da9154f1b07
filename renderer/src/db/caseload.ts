// The caseload index: names, birth dates and household summaries decrypted into memory after
// unlock, searched per keystroke, never persisted, dropped on lock.

import {
  buildCaseloadIndex,
  searchCaseload,
  type CaseloadEntry,
  type CaseloadHit,
  type CaseloadPerson,
  type CaseloadSearchIndex,
  type CaseloadSearchOptions,
} from '../../../shared/caseload/caseload-index';
import type { Household } from '../../../shared/schemas/household';
import type { Person } from '../../../shared/schemas/person';
import { locked, type SessionCore } from './core';
import type { SealedTableAccess } from './repositories';
import type { CaseloadIndexHandle, ReadFailure, Result } from './types';

function personEntry(person: Person): CaseloadPerson {
  return {
    personId: person.id,
    displayName: person.displayName,
    role: person.role,
    ...(person.birthDate === undefined ? {} : { birthDate: person.birthDate }),
  };
}

export class CaseloadIndex implements CaseloadIndexHandle {
  private households = new Map<string, Household>();
  private persons = new Map<string, Person>();
  private index: CaseloadSearchIndex | null = null;
  private loaded = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly core: SessionCore,
    private readonly householdAccess: SealedTableAccess<Household>,
    private readonly personAccess: SealedTableAccess<Person>,
  ) {}

  async load(now: Date): Promise<Result<readonly CaseloadEntry[], ReadFailure>> {
    const [households, persons] = await Promise.all([
      this.householdAccess.openWhere(null, null, undefined),
      this.personAccess.openWhere(null, null, undefined),
    ]);
    const ok = households.ok && persons.ok;
    await this.core.recordAudit(
      {
        action: 'read',
        objectType: 'caseload',
        objectIds: [],
        outcome: ok ? 'success' : 'failure',
      },
      now,
    );
    if (!households.ok) return households;
    if (!persons.ok) return persons;
    if (this.core.isLocked()) return locked();
    this.households = new Map(households.value.map((record) => [record.id, record]));
    this.persons = new Map(persons.value.map((record) => [record.id, record]));
    this.loaded = true;
    this.invalidate();
    return { ok: true, value: this.entries() };
  }

  isLoaded(): boolean {
    return this.loaded && !this.core.isLocked();
  }

  private current(): CaseloadSearchIndex {
    if (this.index) return this.index;
    const members = new Map<string, CaseloadPerson[]>();
    for (const person of this.persons.values()) {
      const list = members.get(person.householdId) ?? [];
      list.push(personEntry(person));
      members.set(person.householdId, list);
    }
    const entries: CaseloadEntry[] = [];
    for (const household of this.households.values()) {
      entries.push({
        householdId: household.id,
        label: household.label,
        ...(household.address === undefined ? {} : { address: household.address }),
        persons: members.get(household.id) ?? [],
        updatedAt: household.updatedAt,
      });
    }
    this.index = buildCaseloadIndex(entries);
    return this.index;
  }

  entries(): readonly CaseloadEntry[] {
    if (!this.isLoaded()) return [];
    return this.current().entries;
  }

  search(query: string, options?: CaseloadSearchOptions): readonly CaseloadHit[] {
    if (!this.isLoaded()) return [];
    return searchCaseload(this.current(), query, options);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private invalidate(): void {
    this.index = null;
    for (const listener of [...this.listeners]) listener();
  }

  /** Keeps the index current after a committed write through this session. */
  applyHousehold(record: Household): void {
    if (!this.loaded) return;
    if (record.deletedAt === undefined) this.households.set(record.id, record);
    else this.households.delete(record.id);
    this.invalidate();
  }

  applyPerson(record: Person): void {
    if (!this.loaded) return;
    if (record.deletedAt === undefined) this.persons.set(record.id, record);
    else this.persons.delete(record.id);
    this.invalidate();
  }

  /** Forgets everything it decrypted (on lock). */
  clear(): void {
    this.households = new Map();
    this.persons = new Map();
    this.index = null;
    this.loaded = false;
    for (const listener of [...this.listeners]) listener();
  }
}
