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
import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/schemas/common';
import type { Conversation } from '../../../shared/schemas/conversation';
import type { Household } from '../../../shared/schemas/household';
import type { Person } from '../../../shared/schemas/person';
import { locked, type SessionCore } from './core';
import type { GenericEnvelope, SealedTableAccess } from './repositories';
import type { CaseloadIndexHandle, ReadFailure, Result } from './types';

/** Only the evaluation days of a plan: the rest of PlanData is the plan screen's to parse. */
const PlanEvaluationSchema = z.object({ evaluationDates: z.array(IsoDateSchema).max(20) });

interface PlanSummary {
  readonly householdId: string;
  readonly createdAt: string;
  readonly evaluationDates: readonly string[];
}

function planSummary(record: GenericEnvelope): PlanSummary | undefined {
  const parsed = PlanEvaluationSchema.safeParse(record.data);
  if (!parsed.success) return undefined;
  return {
    householdId: record.householdId,
    createdAt: record.createdAt,
    evaluationDates: parsed.data.evaluationDates,
  };
}

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
  /** Only the household and the day of each conversation: the "recent" list needs no more. */
  private conversations = new Map<
    string,
    { householdId: string; date: string; kind: Conversation['kind'] }
  >();
  /** Per plan only the household and its evaluation days, for the evaluation badge. */
  private plans = new Map<string, PlanSummary>();
  private index: CaseloadSearchIndex | null = null;
  private loaded = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly core: SessionCore,
    private readonly householdAccess: SealedTableAccess<Household>,
    private readonly personAccess: SealedTableAccess<Person>,
    private readonly conversationAccess: SealedTableAccess<Conversation>,
    private readonly planAccess: SealedTableAccess<GenericEnvelope>,
  ) {}

  async load(now: Date): Promise<Result<readonly CaseloadEntry[], ReadFailure>> {
    const [households, persons, conversations, plans] = await Promise.all([
      this.householdAccess.openWhere(null, null, undefined),
      this.personAccess.openWhere(null, null, undefined),
      this.conversationAccess.openWhere(null, null, undefined),
      this.planAccess.openWhere(null, null, undefined),
    ]);
    const ok = households.ok && persons.ok && conversations.ok && plans.ok;
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
    if (!conversations.ok) return conversations;
    if (!plans.ok) return plans;
    if (this.core.isLocked()) return locked();
    this.households = new Map(households.value.map((record) => [record.id, record]));
    this.persons = new Map(persons.value.map((record) => [record.id, record]));
    this.conversations = new Map(
      conversations.value.map((record) => [
        record.id,
        { householdId: record.householdId, date: record.date, kind: record.kind },
      ]),
    );
    this.plans = new Map();
    for (const record of plans.value) {
      const summary = record.deletedAt === undefined ? planSummary(record) : undefined;
      if (summary) this.plans.set(record.id, summary);
    }
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
    const lastConversation = new Map<string, string>();
    const lastEvaluation = new Map<string, string>();
    for (const { householdId, date, kind } of this.conversations.values()) {
      const known = lastConversation.get(householdId);
      if (known === undefined || date > known) lastConversation.set(householdId, date);
      const evaluated = lastEvaluation.get(householdId);
      if (kind === 'evaluatie' && (evaluated === undefined || date > evaluated)) {
        lastEvaluation.set(householdId, date);
      }
    }
    // One plan per household: the oldest live record is the plan (as the plan screen reads it).
    const planOf = new Map<string, PlanSummary>();
    for (const plan of this.plans.values()) {
      const known = planOf.get(plan.householdId);
      if (known === undefined || plan.createdAt < known.createdAt)
        planOf.set(plan.householdId, plan);
    }
    const entries: CaseloadEntry[] = [];
    for (const household of this.households.values()) {
      const last = lastConversation.get(household.id);
      const evaluated = lastEvaluation.get(household.id);
      const plan = planOf.get(household.id);
      entries.push({
        householdId: household.id,
        label: household.label,
        ...(household.address === undefined ? {} : { address: household.address }),
        persons: members.get(household.id) ?? [],
        updatedAt: household.updatedAt,
        ...(household.practice === true ? { practice: true as const } : {}),
        ...(last === undefined ? {} : { lastConversation: last }),
        ...(plan === undefined ? {} : { evaluationDates: plan.evaluationDates }),
        ...(evaluated === undefined ? {} : { lastEvaluation: evaluated }),
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

  applyConversation(record: Conversation): void {
    if (!this.loaded) return;
    if (record.deletedAt === undefined) {
      this.conversations.set(record.id, {
        householdId: record.householdId,
        date: record.date,
        kind: record.kind,
      });
    } else {
      this.conversations.delete(record.id);
    }
    this.invalidate();
  }

  applyPlan(record: GenericEnvelope): void {
    if (!this.loaded) return;
    const summary = record.deletedAt === undefined ? planSummary(record) : undefined;
    if (summary) this.plans.set(record.id, summary);
    else this.plans.delete(record.id);
    this.invalidate();
  }

  /** Forgets everything it decrypted (on lock). */
  clear(): void {
    this.households = new Map();
    this.persons = new Map();
    this.conversations = new Map();
    this.plans = new Map();
    this.index = null;
    this.loaded = false;
    for (const listener of [...this.listeners]) listener();
  }
}
