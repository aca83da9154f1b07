import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain, type Session } from '../../../../renderer/src/db';
import type { AuditRow } from '../../../../renderer/src/db/database';
import { addHousehold, containsText, dexieOf, errorOf, freshVault, NOW, ok } from './helpers';

// One vault per file (key derivation is slow); each test restores the log it changed.
let session: Session | undefined;
let snapshot: AuditRow[];

function current(): Session {
  if (!session) throw new Error('no session yet');
  return session;
}

async function rows(): Promise<AuditRow[]> {
  return dexieOf(current()).audit.orderBy('seq').toArray();
}

async function restoreLog(): Promise<void> {
  const audit = dexieOf(current()).audit;
  await audit.clear();
  await audit.bulkPut(snapshot);
}

describe('audit log', () => {
  beforeEach(async () => {
    if (!session) {
      const created = (await freshVault()).session;
      session = created;
      for (const label of ['Gezin Een', 'Gezin Twee', 'Gezin Drie', 'Gezin Vier']) {
        const household = await addHousehold(created, label);
        await created.households.get(household.id, NOW);
      }
      snapshot = await rows();
    } else {
      await restoreLog();
    }
  });

  it('records NEN 7513 fields and no content', async () => {
    const entries = ok(await current().audit.list({ limit: 100 }));
    expect(entries.length).toBe(9);
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(
        expect.arrayContaining([
          'action',
          'actorId',
          'at',
          'id',
          'objectIds',
          'objectType',
          'outcome',
          'seq',
        ]),
      );
      expect(entry.actorId).toBe(current().actorId);
    }
    expect(entries.map((e) => e.seq)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(entries.at(-1)).toMatchObject({ action: 'create', objectType: 'vault' });
    expect(containsText(entries, 'Gezin')).toBe(false);
    expect(containsText(await dexieOf(current()).audit.toArray(), 'create')).toBe(false);
  });

  it('verifies an untouched chain', async () => {
    expect(ok(await verifyAuditChain(current()))).toEqual({ ok: true, entries: 9 });
  });

  it('detects an edited entry', async () => {
    const row = snapshot[4];
    if (!row) throw new Error('no row');
    const box = new Uint8Array(row.box);
    box[20] = (box[20] ?? 0) ^ 1;
    await dexieOf(current()).audit.put({ ...row, box });
    expect(ok(await current().audit.verifyChain())).toEqual({
      ok: false,
      problem: 'edited',
      atSeq: 5,
    });
  });

  it('detects an edited entry whose hash was recomputed to match', async () => {
    const { chainHash } = await import('../../../../renderer/src/db/audit-chain');
    const row = snapshot[2];
    const other = snapshot[6];
    if (!row || !other) throw new Error('no row');
    // Content of entry 7 under seq 3 with a correct-looking hash: the AEAD (seq bound) refuses it.
    const box = other.box;
    const hash = chainHash(row.prevHash, row.seq, row.id, box);
    await dexieOf(current()).audit.put({ ...row, box, hash });
    const result = ok(await current().audit.verifyChain());
    expect(result).toMatchObject({ ok: false, atSeq: 3 });
  });

  it('detects a deleted entry in the middle', async () => {
    await dexieOf(current()).audit.delete(4);
    expect(ok(await current().audit.verifyChain())).toEqual({
      ok: false,
      problem: 'missing',
      atSeq: 4,
    });
  });

  it('detects deleted entries at the end (the sealed head remembers)', async () => {
    await dexieOf(current()).audit.bulkDelete([8, 9]);
    expect(ok(await current().audit.verifyChain())).toEqual({
      ok: false,
      problem: 'missing',
      atSeq: 8,
    });
  });

  it('detects reordered entries', async () => {
    const a = snapshot[2];
    const b = snapshot[5];
    if (!a || !b) throw new Error('no rows');
    await dexieOf(current()).audit.bulkPut([
      { ...b, seq: a.seq },
      { ...a, seq: b.seq },
    ]);
    expect(ok(await current().audit.verifyChain())).toEqual({
      ok: false,
      problem: 'reordered',
      atSeq: 3,
    });
  });

  it('detects a renumbered log after a deletion', async () => {
    const audit = dexieOf(current()).audit;
    await audit.clear();
    await audit.bulkPut(
      snapshot
        .filter((row) => row.seq !== 5)
        .map((row) => (row.seq > 5 ? { ...row, seq: row.seq - 1 } : row)),
    );
    expect(ok(await current().audit.verifyChain())).toEqual({
      ok: false,
      problem: 'missing',
      atSeq: 5,
    });
  });

  it('writes the entry in the same transaction as the change: a conflict leaves neither', async () => {
    const household = ok(await current().households.list(NOW))[0];
    if (!household) throw new Error('no household');
    const before = await dexieOf(current()).audit.count();
    expect(errorOf(await current().households.update({ ...household, rev: 99 }, NOW)).code).toBe(
      'conflict',
    );
    expect(await dexieOf(current()).audit.count()).toBe(before);
    expect(ok(await current().audit.verifyChain()).ok).toBe(true);
  });

  it('lets screens log search and print with ids only', async () => {
    const household = ok(await current().households.list(NOW))[0];
    if (!household) throw new Error('no household');
    ok(
      await current().audit.record(
        {
          action: 'print',
          objectType: 'household',
          objectIds: [household.id],
          purpose: 'huisbezoek',
        },
        NOW,
      ),
    );
    const bad = errorOf(
      await current().audit.record(
        { action: 'search', objectType: 'caseload', objectIds: ['Fatma'] },
        NOW,
      ),
    );
    expect(bad.code).toBe('invalid');
    expect(ok(await current().audit.verifyChain()).ok).toBe(true);
  });

  it('continues the chain correctly when two writes race', async () => {
    const results = await Promise.all(
      ['Race 1', 'Race 2', 'Race 3'].map((label) => current().households.create({ label }, NOW)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(ok(await current().audit.verifyChain()).ok).toBe(true);
    // Keep the snapshot current for the tests after this one.
    snapshot = await rows();
  });
});
