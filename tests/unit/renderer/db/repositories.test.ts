import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Session } from '../../../../renderer/src/db';
import { IV_BYTES } from '../../../../renderer/src/db/sealing/seal';
import type { SealedRow } from '../../../../renderer/src/db/database';
import {
  addAssessment,
  addHousehold,
  addPerson,
  containsText,
  dexieOf,
  errorOf,
  freshVault,
  later,
  NOW,
  ok,
  rawDump,
  type Vault,
} from './helpers';

const SENTINEL = 'Zoë Sentinelli-Çakır';

describe('repositories', () => {
  let vault: Vault;
  let session: Session;

  beforeAll(async () => {
    vault = await freshVault();
    session = vault.session;
  });

  it('creates with id, timestamps and rev 1, and reads the same record back', async () => {
    const household = await addHousehold(session, 'Gezin Bakkal', {
      address: 'Kerkstraat 12, Maassluis',
    });
    expect(household).toMatchObject({
      label: 'Gezin Bakkal',
      rev: 1,
      createdAt: NOW.toISOString(),
    });
    expect(household.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok(await session.households.get(household.id, NOW))).toEqual(household);
  });

  it('increments rev on update, keeps createdAt, and refuses a stale rev as a conflict', async () => {
    const household = await addHousehold(session, 'Gezin Jansen');
    const updated = ok(
      await session.households.update(
        { ...household, label: 'Gezin Jansen-Zoë', createdAt: later(-999).toISOString() },
        later(1),
      ),
    );
    expect(updated).toMatchObject({
      rev: 2,
      label: 'Gezin Jansen-Zoë',
      createdAt: household.createdAt,
    });
    expect(updated.updatedAt).toBe(later(1).toISOString());
    const stale = errorOf(
      await session.households.update({ ...household, label: 'Oud' }, later(2)),
    );
    expect(stale.code).toBe('conflict');
    expect(ok(await session.households.get(household.id, NOW)).label).toBe('Gezin Jansen-Zoë');
  });

  it('never lets updatedAt run backwards when the clock does', async () => {
    const household = await addHousehold(session, 'Gezin Klok');
    const updated = ok(
      await session.households.update({ ...household, label: 'Gezin Klok 2' }, later(-60)),
    );
    expect(updated.updatedAt).toBe(household.updatedAt);
  });

  it('returns field issues for invalid input and writes nothing', async () => {
    const before = await dexieOf(session).households.count();
    const error = errorOf(await session.households.create({ label: '' }, NOW));
    expect(error).toMatchObject({ code: 'invalid', issues: [{ path: 'label' }] });
    expect(await dexieOf(session).households.count()).toBe(before);
  });

  it('soft-deletes: the record stays, lists leave it out unless asked', async () => {
    const household = await addHousehold(session, 'Gezin Weg');
    const person = await addPerson(session, household.id, 'Henk Weg');
    const deleted = ok(await session.persons.softDelete(person.id, 1, later(3)));
    expect(deleted).toMatchObject({ rev: 2, deletedAt: later(3).toISOString() });
    expect(ok(await session.persons.listByHousehold(household.id, NOW))).toEqual([]);
    expect(
      ok(await session.persons.listByHousehold(household.id, NOW, { includeDeleted: true })),
    ).toHaveLength(1);
    expect(errorOf(await session.persons.softDelete(person.id, 1, later(4))).code).toBe('conflict');
    expect(errorOf(await session.persons.softDelete(crypto.randomUUID(), 1, later(4))).code).toBe(
      'not-found',
    );
  });

  it('opens a household dossier with its members and history, newest first', async () => {
    const household = await addHousehold(session, 'Gezin Dossier');
    const person = await addPerson(session, household.id);
    await addAssessment(session, household.id, person.id, '2024-01-10');
    await addAssessment(session, household.id, person.id, '2024-03-10');
    const dossier = ok(await session.openHousehold(household.id, NOW));
    expect(dossier.household.id).toBe(household.id);
    expect(dossier.persons.map((p) => p.id)).toEqual([person.id]);
    expect(dossier.assessments.map((a) => a.takenAt)).toEqual(['2024-03-10', '2024-01-10']);
    expect(ok(await session.assessments.listByPerson(person.id, NOW))).toHaveLength(2);
    expect(errorOf(await session.openHousehold(crypto.randomUUID(), NOW)).code).toBe('not-found');
  });

  it('stores plans, suggestions and decisions with a caller schema, parsed on every read', async () => {
    const household = await addHousehold(session, 'Gezin Plan');
    const PlanSchema = z.strictObject({ goal: z.string().min(1) });
    const plan = ok(
      await session.plans.create(
        PlanSchema,
        { householdId: household.id, data: { goal: 'Zoë naar zwemles 🏊' } },
        NOW,
      ),
    );
    expect(plan).toMatchObject({
      rev: 1,
      householdId: household.id,
      data: { goal: 'Zoë naar zwemles 🏊' },
    });
    expect(
      errorOf(
        await session.plans.create(
          PlanSchema,
          { householdId: household.id, data: { goal: '' } },
          NOW,
        ),
      ).code,
    ).toBe('invalid');
    const updated = ok(
      await session.plans.update(
        PlanSchema,
        { ...plan, data: { goal: 'Zwemdiploma A' } },
        later(1),
      ),
    );
    expect(updated.rev).toBe(2);
    expect(ok(await session.plans.get(PlanSchema, plan.id, NOW)).data.goal).toBe('Zwemdiploma A');
    expect(ok(await session.plans.listByHousehold(PlanSchema, household.id, NOW))).toHaveLength(1);
    const Other = z.strictObject({ decision: z.boolean() });
    expect(errorOf(await session.plans.get(Other, plan.id, NOW)).code).toBe('invalid');
    ok(
      await session.decisions.create(
        Other,
        { householdId: household.id, data: { decision: true } },
        NOW,
      ),
    );
    ok(
      await session.suggestions.create(
        Other,
        { householdId: household.id, data: { decision: false } },
        NOW,
      ),
    );
  });

  it('writes one audit entry per change and per read, ids only', async () => {
    const household = await addHousehold(session, 'Gezin Log');
    await session.households.get(household.id, NOW);
    const [read, create] = ok(await session.audit.list({ limit: 2 }));
    expect(create).toMatchObject({
      action: 'create',
      objectType: 'household',
      objectIds: [household.id],
      outcome: 'success',
      actorId: session.actorId,
    });
    expect(read).toMatchObject({
      action: 'read',
      objectType: 'household',
      objectIds: [household.id],
    });
    expect(containsText(await session.audit.list({ limit: 1000 }), 'Gezin Log')).toBe(false);
  });

  it('refuses a purpose that is not a code, so no content can enter the log', async () => {
    const error = errorOf(
      await session.households.create({ label: 'Gezin Doel' }, NOW, {
        purpose: 'gesprek met Fatma',
      }),
    );
    expect(error.code).toBe('invalid');
    ok(await session.households.create({ label: 'Gezin Doel' }, NOW, { purpose: 'huisbezoek' }));
  });
});

describe('no plaintext at rest', () => {
  it('keeps names, addresses and answers out of IndexedDB (bare IndexedDB read)', async () => {
    const { db, session } = await freshVault();
    const household = await addHousehold(session, `Gezin ${SENTINEL}`, {
      address: 'Sentinelstraat 99',
    });
    const person = await addPerson(session, household.id, SENTINEL, '1980-03-12');
    await addAssessment(session, household.id, person.id);
    ok(await session.drafts.save(`intake:${household.id}:1`, { naam: SENTINEL }, NOW));
    const dump = await rawDump(db.name);
    expect(dump.households).toHaveLength(1);
    expect(containsText(dump, 'Sentinelli')).toBe(false);
    expect(containsText(dump, 'Sentinelstraat')).toBe(false);
    expect(containsText(dump, '1980-03-12')).toBe(false);
    expect(containsText(dump, 'positieve-gezondheid')).toBe(false);
    expect(containsText(dump, 'intake:')).toBe(false);
    // Only opaque ids, foreign ids, timestamps, revs, the schema version and ciphertext.
    for (const table of ['households', 'persons', 'assessments', 'drafts']) {
      for (const row of dump[table] ?? []) {
        expect(Object.keys(row as object).sort()).toEqual(
          expect.arrayContaining(['box', 'id', 'rev', 'updatedAt', 'v']),
        );
        for (const key of Object.keys(row as object)) {
          expect([
            'id',
            'householdId',
            'personId',
            'updatedAt',
            'deletedAt',
            'rev',
            'v',
            'box',
          ]).toContain(key);
        }
      }
    }
    // The sentinel is really there behind the key.
    expect(ok(await session.persons.get(person.id, NOW)).displayName).toBe(SENTINEL);
  });
});

describe('tampering fails loudly', () => {
  let vault: Vault;
  let a: string;
  let b: string;

  beforeAll(async () => {
    vault = await freshVault();
    a = (await addHousehold(vault.session, 'Gezin A')).id;
    b = (await addHousehold(vault.session, 'Gezin B')).id;
  });

  async function edit(
    id: string,
    change: (row: SealedRow) => SealedRow,
  ): Promise<() => Promise<void>> {
    const table = dexieOf(vault.session).households;
    const original = await table.get(id);
    if (!original) throw new Error('missing row');
    await table.put(change(original));
    return async () => {
      await table.put(original);
    };
  }

  it.each([
    ['a flipped ciphertext byte', (row: SealedRow) => flip(row, row.box.length - 20)],
    ['a flipped tag byte', (row: SealedRow) => flip(row, row.box.length - 1)],
    ['a flipped IV byte', (row: SealedRow) => flip(row, 0)],
    ['a truncated box', (row: SealedRow) => ({ ...row, box: row.box.slice(0, 20) })],
    ['a changed rev', (row: SealedRow) => ({ ...row, rev: row.rev + 1 })],
    ['a changed schema version', (row: SealedRow) => ({ ...row, v: 2 })],
    [
      'a changed updatedAt column',
      (row: SealedRow) => ({ ...row, updatedAt: '2030-01-01T00:00:00.000Z' }),
    ],
    [
      'a deletedAt column added',
      (row: SealedRow) => ({ ...row, deletedAt: '2030-01-01T00:00:00.000Z' }),
    ],
  ])('refuses %s as tampered', async (_label, change) => {
    const restore = await edit(a, change);
    const result = await vault.session.households.get(a, NOW);
    expect(errorOf(result)).toEqual({ code: 'tampered', table: 'households', id: a });
    // A list never skips it silently either.
    expect(errorOf(await vault.session.households.list(NOW)).code).toBe('tampered');
    await restore();
    expect(ok(await vault.session.households.get(a, NOW)).label).toBe('Gezin A');
  });

  it('refuses a ciphertext swapped between two records', async () => {
    const table = dexieOf(vault.session).households;
    const rowA = await table.get(a);
    const rowB = await table.get(b);
    if (!rowA || !rowB) throw new Error('missing rows');
    await table.bulkPut([
      { ...rowA, box: rowB.box },
      { ...rowB, box: rowA.box },
    ]);
    expect(errorOf(await vault.session.households.get(a, NOW)).code).toBe('tampered');
    expect(errorOf(await vault.session.households.get(b, NOW)).code).toBe('tampered');
    await table.bulkPut([rowA, rowB]);
  });

  it('refuses an older ciphertext of the same record replayed under the new rev', async () => {
    const table = dexieOf(vault.session).households;
    const old = await table.get(a);
    const current = ok(await vault.session.households.get(a, NOW));
    ok(await vault.session.households.update({ ...current, label: 'Gezin A2' }, later(1)));
    const fresh = await table.get(a);
    if (!old || !fresh) throw new Error('missing rows');
    await table.put({ ...fresh, box: old.box });
    expect(errorOf(await vault.session.households.get(a, NOW)).code).toBe('tampered');
    await table.put(fresh);
  });

  it('logs a failed read of a tampered record', async () => {
    const restore = await edit(b, (row) => flip(row, 30));
    await vault.session.households.get(b, NOW);
    const [entry] = ok(await vault.session.audit.list({ limit: 1 }));
    expect(entry).toMatchObject({ action: 'read', outcome: 'failure', objectIds: [b] });
    await restore();
  });
});

function flip(row: SealedRow, index: number): SealedRow {
  const box = new Uint8Array(row.box);
  box[index] = (box[index] ?? 0) ^ 0x01;
  return { ...row, box };
}

describe('fresh IV per write', () => {
  it('never repeats an IV over many writes of the same record and of many records', async () => {
    const { session } = await freshVault();
    const dexie = dexieOf(session);
    const ivs = new Set<string>();
    let household = await addHousehold(session, 'Gezin IV');
    const take = async (id: string) => {
      const row = await dexie.households.get(id);
      if (!row) throw new Error('missing');
      ivs.add(Array.from(row.box.subarray(0, IV_BYTES)).join(','));
    };
    await take(household.id);
    for (let i = 0; i < 150; i++) {
      household = ok(await session.households.update({ ...household, label: 'Gezin IV' }, NOW));
      await take(household.id);
    }
    const { bulkCreate } = await import('../../../../renderer/src/db/bulk');
    const many = Array.from({ length: 1000 }, () => ({
      id: crypto.randomUUID(),
      label: 'Zelfde tekst',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      rev: 1,
    }));
    ok(await bulkCreate(session, 'households', many, NOW));
    for (const row of await dexie.households.toArray()) {
      if (row.id !== household.id) ivs.add(Array.from(row.box.subarray(0, IV_BYTES)).join(','));
    }
    for (const row of await dexie.audit.toArray())
      ivs.add(Array.from(row.box.subarray(0, IV_BYTES)).join(','));
    const audits = await dexie.audit.count();
    expect(ivs.size).toBe(151 + 1000 + audits);
  });
});
