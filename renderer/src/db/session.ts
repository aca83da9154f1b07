// Assembles a Session from an unlocked key: repositories, drafts, audit, caseload, settings, lock.

import type { Conversation } from '../../../shared/schemas/conversation';
import type { Household } from '../../../shared/schemas/household';
import type { Person } from '../../../shared/schemas/person';
import { AuditLog } from './audit-log';
import { CaseloadIndex } from './caseload';
import { invalid, locked, readHead, SessionCore } from './core';
import type { KeukentafelDexie, RecordTable } from './database';
import { DraftStore } from './drafts';
import { ExitGuard } from './exit-pin';
import { DEFAULT_SETTINGS, META_KEYS, SettingsSchema } from './meta';
import { ProfileStore } from './profiles';
import {
  assessmentRepository,
  assessmentSpec,
  byConversationDate,
  conversationRepository,
  conversationSpec,
  genericRepository,
  genericSpec,
  householdRepository,
  householdSpec,
  personRepository,
  personSpec,
  SealedTableAccess,
  type GenericEnvelope,
} from './repositories';
import type {
  AuditContext,
  HouseholdDossier,
  Id,
  LockReason,
  ReadFailure,
  Result,
  Session,
  SettingsPatch,
  SettingsRepository,
} from './types';

const BEFORE_LOCK_BUDGET_MS = 2_000;

export interface SessionInternals {
  readonly core: SessionCore;
  readonly access: {
    readonly households: SealedTableAccess<Household>;
    readonly persons: SealedTableAccess<Person>;
  };
}

const internals = new WeakMap<Session, SessionInternals>();

/** The engine behind a session, for backup and the bench; never exported from index.ts. */
export function sessionInternals(session: Session): SessionInternals | undefined {
  return internals.get(session);
}

function settingsRepository(core: SessionCore): SettingsRepository {
  return {
    async get() {
      if (core.isLocked()) return locked();
      const row = await core.db.meta.get(META_KEYS.settings);
      const parsed = SettingsSchema.safeParse(row?.value);
      return { ok: true, value: parsed.success ? parsed.data : DEFAULT_SETTINGS };
    },
    update(patch: SettingsPatch, now: Date) {
      return core.serialize(async () => {
        if (core.isLocked()) return locked();
        const row = await core.db.meta.get(META_KEYS.settings);
        const current = SettingsSchema.safeParse(row?.value);
        const next = SettingsSchema.safeParse({
          ...(current.success ? current.data : DEFAULT_SETTINGS),
          ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
        });
        if (!next.success) return invalid(next.error);
        const committed = await core.commit(
          {
            rows: [],
            audit: [{ action: 'settings', objectType: 'settings', objectIds: [] }],
            meta: [{ key: META_KEYS.settings, value: next.data }],
          },
          now,
        );
        if (!committed.ok) return committed;
        return { ok: true, value: next.data };
      });
    },
  };
}

export async function createSession(
  db: KeukentafelDexie,
  key: CryptoKey,
  actorId: string,
): Promise<Session> {
  const core = new SessionCore(db, key, actorId, await readHead(db));
  const exitGuard = new ExitGuard(core);
  let caseload: CaseloadIndex | null = null;
  const onChange = (table: RecordTable, record: object) => {
    if (table === 'households') caseload?.applyHousehold(record as Household);
    if (table === 'persons') caseload?.applyPerson(record as Person);
    if (table === 'conversations') caseload?.applyConversation(record as Conversation);
    if (table === 'plans') caseload?.applyPlan(record as GenericEnvelope);
  };
  const households = new SealedTableAccess(core, householdSpec(), onChange);
  const persons = new SealedTableAccess(core, personSpec(), onChange);
  const assessments = new SealedTableAccess(core, assessmentSpec(), onChange);
  const conversations = new SealedTableAccess(core, conversationSpec(), onChange);
  const plans = new SealedTableAccess(core, genericSpec('plans'), onChange);
  caseload = new CaseloadIndex(core, households, persons, conversations, plans);
  const beforeLock = new Set<() => Promise<unknown> | undefined>();
  const lockListeners = new Set<(reason: LockReason) => void>();
  let locking: Promise<void> | null = null;
  const index = caseload;

  async function openHousehold(
    householdId: Id,
    now: Date,
    context?: AuditContext,
  ): Promise<Result<HouseholdDossier, ReadFailure>> {
    const [household, members, history, talks] = await Promise.all([
      households.openOne(householdId),
      persons.openWhere('householdId', householdId, undefined),
      assessments.openWhere('householdId', householdId, undefined),
      conversations.openWhere('householdId', householdId, undefined),
    ]);
    const ok = household.ok && members.ok && history.ok && talks.ok;
    if (ok || (!household.ok && household.error.code !== 'not-found')) {
      await households.logRead(
        'household',
        [householdId],
        now,
        context,
        ok ? 'success' : 'failure',
      );
    }
    if (!household.ok) return household;
    if (!members.ok) return members;
    if (!history.ok) return history;
    if (!talks.ok) return talks;
    if (core.isLocked()) return locked();
    return {
      ok: true,
      value: {
        household: household.value,
        persons: members.value,
        assessments: history.value.sort((a, b) => b.takenAt.localeCompare(a.takenAt)),
        conversations: talks.value.sort(byConversationDate),
      },
    };
  }

  async function lock(reason: LockReason, now: Date): Promise<void> {
    if (core.isLocked()) return;
    if (locking) return locking;
    locking = (async () => {
      // Screens seal unsaved input as drafts first; a hanging handler cannot keep the key alive.
      const handlers = [...beforeLock].map((handler) => Promise.resolve().then(handler));
      await Promise.race([
        Promise.allSettled(handlers),
        new Promise((resolve) => setTimeout(resolve, BEFORE_LOCK_BUDGET_MS)),
      ]);
      await core.recordAudit({ action: 'lock', objectType: 'vault', objectIds: [], reason }, now);
      core.dropKey();
      index.clear();
      for (const listener of [...lockListeners]) {
        try {
          listener(reason);
        } catch {
          // One failing screen must not keep the others from clearing their data.
        }
      }
    })();
    return locking;
  }

  const session: Session = {
    actorId,
    households: householdRepository(households),
    persons: personRepository(persons),
    assessments: assessmentRepository(assessments),
    conversations: conversationRepository(conversations),
    plans: genericRepository(plans),
    suggestions: genericRepository(
      new SealedTableAccess(core, genericSpec('suggestions'), onChange),
    ),
    decisions: genericRepository(new SealedTableAccess(core, genericSpec('decisions'), onChange)),
    drafts: new DraftStore(core),
    audit: new AuditLog(core),
    caseload: index,
    settings: settingsRepository(core),
    exitPin: exitGuard.exitPin,
    verifyPassphrase: (passphrase, now) => exitGuard.verifyPassphrase(passphrase, now),
    profiles: new ProfileStore(core),
    openHousehold,
    isLocked: () => core.isLocked(),
    lock,
    onBeforeLock(handler) {
      beforeLock.add(handler);
      return () => {
        beforeLock.delete(handler);
      };
    },
    onLock(listener) {
      lockListeners.add(listener);
      return () => {
        lockListeners.delete(listener);
      };
    },
  };
  internals.set(session, { core, access: { households, persons } });
  return session;
}
