import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { isQuotaExceeded } from '../../../../renderer/src/db/errors';
import { addHousehold, dexieOf, errorOf, freshVault, NOW, ok } from './helpers';

// fake-indexeddb has no quota, so the disk fills up by hand: the store's put fails the way
// Chromium fails it. The Chromium suite does the same with a real quota (CDP).
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to put it back
const originalPut = IDBObjectStore.prototype.put;
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to put it back
const originalAdd = IDBObjectStore.prototype.add;

function fillTheDisk(): void {
  const full = function (): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = full;
  IDBObjectStore.prototype.add = full;
}

afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
  IDBObjectStore.prototype.add = originalAdd;
});

describe('storage full', () => {
  it('recognises QuotaExceededError however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
  });

  it('says "storage-full", writes nothing, keeps the chain whole, and the same input saves later', async () => {
    const { session } = await freshVault();
    const household = await addHousehold(session, 'Gezin Vol');
    const dexie = dexieOf(session);
    const auditBefore = await dexie.audit.count();
    const rowBefore = await dexie.households.get(household.id);
    const input = { ...household, label: 'Gezin Vol — nieuwe naam met een lange toelichting 📦' };

    fillTheDisk();
    const update = errorOf(await session.households.update(input, NOW));
    expect(update.code).toBe('storage-full');
    expect(errorOf(await session.households.create({ label: 'Gezin Nieuw' }, NOW)).code).toBe(
      'storage-full',
    );
    expect(errorOf(await session.drafts.save('intake:x:1', { naam: 'Zoë' }, NOW)).code).toBe(
      'storage-full',
    );
    afterEachRestore();

    expect(await dexie.audit.count()).toBe(auditBefore);
    expect(await dexie.households.get(household.id)).toEqual(rowBefore);
    expect(await dexie.households.count()).toBe(1);
    expect(ok(await session.audit.verifyChain())).toEqual({ ok: true, entries: auditBefore });
    // The form kept its input; saving it again after space was freed just works.
    expect(input.label).toContain('nieuwe naam');
    expect(ok(await session.households.update(input, NOW)).rev).toBe(2);
  });
});

function afterEachRestore(): void {
  IDBObjectStore.prototype.put = originalPut;
  IDBObjectStore.prototype.add = originalAdd;
}
