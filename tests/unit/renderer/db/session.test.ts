import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unlockWithPassphrase, type Session } from '../../../../renderer/src/db';
import { sessionInternals } from '../../../../renderer/src/db/session';
import {
  addAssessment,
  addHousehold,
  addPerson,
  containsText,
  errorOf,
  freshVault,
  later,
  NOW,
  ok,
  PASSPHRASE,
  type Vault,
} from './helpers';

const IntakeDraftSchema = z.strictObject({ naam: z.string(), stap: z.number().int() });
const SENTINEL = 'Ümmühan Sentinella-Öztürk';

describe('drafts', () => {
  let vault: Vault;

  beforeAll(async () => {
    vault = await freshVault();
  });

  it('autosaves per form key, replaces on each save and lists newest first', async () => {
    const { session } = vault;
    const first = ok(await session.drafts.save('intake:h1:1', { naam: 'Zoë', stap: 1 }, NOW));
    expect(first).toEqual({
      key: 'intake:h1:1',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    ok(await session.drafts.save('intake:h1:1', { naam: 'Zoë de Vries', stap: 2 }, later(1)));
    ok(await session.drafts.save('plan:h1', { naam: 'plan', stap: 0 }, later(2)));
    const draft = ok(await session.drafts.get('intake:h1:1', IntakeDraftSchema));
    expect(draft).toEqual({
      key: 'intake:h1:1',
      value: { naam: 'Zoë de Vries', stap: 2 },
      createdAt: NOW.toISOString(),
      updatedAt: later(1).toISOString(),
    });
    expect(ok(await session.drafts.list()).map((d) => d.key)).toEqual(['plan:h1', 'intake:h1:1']);
    expect(ok(await session.drafts.get('onbekend', IntakeDraftSchema))).toBeNull();
    expect(
      errorOf(await session.drafts.get('plan:h1', z.strictObject({ ander: z.string() }))).code,
    ).toBe('invalid');
  });

  it('refuses values that are not plain JSON', async () => {
    expect(errorOf(await vault.session.drafts.save('x', undefined, NOW)).code).toBe('invalid');
    expect(errorOf(await vault.session.drafts.save('x', { at: Number.NaN }, NOW)).code).toBe(
      'invalid',
    );
    expect(errorOf(await vault.session.drafts.save('', {}, NOW)).code).toBe('invalid');
  });

  it('discards a draft', async () => {
    ok(await vault.session.drafts.save('weg', { naam: 'x', stap: 1 }, NOW));
    ok(await vault.session.drafts.discard('weg'));
    expect(ok(await vault.session.drafts.get('weg', IntakeDraftSchema))).toBeNull();
    ok(await vault.session.drafts.discard('bestaat-niet'));
  });

  it('survives a lock: unsaved input sealed before the key goes, offered after unlock', async () => {
    const { session, db } = vault;
    let typed = { naam: SENTINEL, stap: 3 };
    session.onBeforeLock(async () => {
      await session.drafts.save('intake:h2:3', typed, later(5));
    });
    typed = { naam: SENTINEL, stap: 4 };
    await session.lock('idle', later(5));
    const again = ok(await unlockWithPassphrase(db, PASSPHRASE, later(6)));
    const summaries = ok(await again.drafts.list());
    expect(summaries[0]?.key).toBe('intake:h2:3');
    expect(ok(await again.drafts.get('intake:h2:3', IntakeDraftSchema))?.value).toEqual({
      naam: SENTINEL,
      stap: 4,
    });
    vault = { ...vault, session: again };
  });
});

describe('lock', () => {
  let session: Session;
  let householdId: string;
  let personId: string;

  beforeAll(async () => {
    session = (await freshVault()).session;
    const household = await addHousehold(session, `Gezin ${SENTINEL}`);
    householdId = household.id;
    personId = (await addPerson(session, household.id, SENTINEL)).id;
    await addAssessment(session, household.id, personId);
    ok(await session.caseload.load(NOW));
  });

  it('drops the key and the caseload index, and calls the lock listeners once', async () => {
    const internals = sessionInternals(session);
    expect(session.caseload.search('sentinella')).toHaveLength(1);
    const reasons: string[] = [];
    let cleared = 0;
    session.onLock((reason) => reasons.push(reason));
    session.caseload.subscribe(() => {
      cleared += 1;
    });
    const before = ok(await session.audit.list({ limit: 1 }));
    await Promise.all([session.lock('screen-lock', NOW), session.lock('user', NOW)]);
    await session.lock('user', NOW);
    expect(reasons).toEqual(['screen-lock']);
    expect(cleared).toBe(1);
    expect(session.isLocked()).toBe(true);
    expect(internals?.core.currentKey()).toBeNull();
    expect(session.caseload.entries()).toEqual([]);
    expect(session.caseload.search('sentinella')).toEqual([]);
    expect(session.caseload.isLoaded()).toBe(false);
    expect(containsText(session, 'Sentinella')).toBe(false);
    expect(before.length).toBe(1);
  });

  it('answers every repository call with a typed "locked"', async () => {
    const calls: Promise<{ ok: boolean; error?: unknown }>[] = [
      session.households.create({ label: 'x' }, NOW),
      session.households.get(householdId, NOW),
      session.households.list(NOW),
      session.households.softDelete(householdId, 1, NOW),
      session.persons.get(personId, NOW),
      session.persons.listByHousehold(householdId, NOW),
      session.assessments.listByHousehold(householdId, NOW),
      session.assessments.listByPerson(personId, NOW),
      session.plans.listByHousehold(z.unknown(), householdId, NOW),
      session.drafts.save('k', {}, NOW),
      session.drafts.list(),
      session.drafts.get('k', z.unknown()),
      session.audit.list(),
      session.audit.verifyChain(),
      session.audit.record({ action: 'print', objectType: 'household', objectIds: [] }, NOW),
      session.caseload.load(NOW),
      session.openHousehold(householdId, NOW),
      session.settings.get(),
      session.settings.update({ idleLockMinutes: 3 }, NOW),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result).toEqual({ ok: false, error: { code: 'locked' } });
    }
  });
});

describe('caseload index', () => {
  it('loads after unlock, follows writes, and finds names without diacritics', async () => {
    const { session } = await freshVault();
    const celik = await addHousehold(session, 'Gezin Çelik', {
      address: 'Kerkstraat 12, Maassluis',
    });
    await addPerson(session, celik.id, 'Ayşe Çelik', '1980-03-12');
    const vries = await addHousehold(session, 'Gezin de Vries');
    await addPerson(session, vries.id, 'Zoë de Vries', '2015-07-01');
    expect(session.caseload.search('celik')).toEqual([]);
    const entries = ok(await session.caseload.load(NOW));
    expect(entries.map((entry) => entry.label)).toEqual(['Gezin Çelik', 'Gezin de Vries']);
    expect(session.caseload.search('ayse celik')[0]?.entry.householdId).toBe(celik.id);
    expect(session.caseload.search('12-3-1980')[0]?.entry.householdId).toBe(celik.id);
    expect(session.caseload.search('kerkstr')[0]?.matchedFields).toContain('address');
    expect(session.caseload.search('zoe')[0]?.entry.householdId).toBe(vries.id);
    // Writes through the session keep the index current.
    const unal = await addHousehold(session, 'Gezin Ünal');
    await addPerson(session, unal.id, 'Ömer Ünal');
    expect(session.caseload.search('omer unal')[0]?.entry.householdId).toBe(unal.id);
    ok(await session.households.softDelete(unal.id, 1, NOW));
    expect(session.caseload.search('unal')).toEqual([]);
    const [load] = ok(await session.audit.list({ limit: 100 })).filter(
      (entry) => entry.objectType === 'caseload',
    );
    expect(load).toMatchObject({ action: 'read', objectIds: [] });
  });
});
