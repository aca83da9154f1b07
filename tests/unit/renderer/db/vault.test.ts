import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createVault,
  inspectVault,
  openDatabase,
  readSettings,
  recoverWithCode,
  unlockWithPassphrase,
} from '../../../../renderer/src/db';
import { CURRENT_KDF, PBKDF2_MIN_ITERATIONS } from '../../../../renderer/src/db/sealing/keys';
import { META_KEYS, VaultMetaSchema, throttleDelayMs } from '../../../../renderer/src/db/meta';
import {
  addHousehold,
  dexieOf,
  errorOf,
  freshVault,
  later,
  NOW,
  ok,
  openFresh,
  PASSPHRASE,
  rawDump,
  type Vault,
} from './helpers';

const NEW_PASSPHRASE = 'tafel stoel kast lamp deur';

async function rowCounts(name: string): Promise<Record<string, number>> {
  const dump = await rawDump(name);
  return Object.fromEntries(
    Object.entries(dump)
      .filter(([store]) => store !== 'meta')
      .map(([store, rows]) => [store, rows.length]),
  );
}

describe('first run', () => {
  it('reports a new database as new, and a created vault as locked', async () => {
    const db = await openFresh();
    expect(await inspectVault(db, NOW)).toEqual({ status: 'new' });
    const created = ok(await createVault(db, PASSPHRASE, NOW));
    expect(created.session.isLocked()).toBe(false);
    const state = await inspectVault(db, NOW);
    expect(state).toMatchObject({ status: 'locked', failedAttempts: 0, retryAfterMs: 0 });
  });

  it('shows a recovery code of nine groups of four Crockford characters', async () => {
    const { recoveryCode } = await freshVault();
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('refuses a weak passphrase with feedback and stores nothing', async () => {
    const db = await openFresh();
    const error = errorOf(await createVault(db, 'wachtwoord12', NOW));
    expect(error.code).toBe('weak-passphrase');
    if (error.code === 'weak-passphrase') {
      expect(error.strength.feedback).toContain('common-password');
    }
    expect(await inspectVault(db, NOW)).toEqual({ status: 'new' });
  });

  it('refuses a second vault', async () => {
    const { db } = await freshVault();
    expect(errorOf(await createVault(db, NEW_PASSPHRASE, NOW)).code).toBe('vault-exists');
  });

  it('stores the KDF parameters with the wrapped key, at or above the floor (real defaults)', async () => {
    const { db, session } = await freshVault();
    expect(PBKDF2_MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(CURRENT_KDF.iterations).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS);
    const row = await dexieOf(session).meta.get(META_KEYS.vault);
    const meta = VaultMetaSchema.parse(row?.value);
    expect(meta.passphrase.kdf).toEqual({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(meta.passphrase.salt.byteLength).toBe(16);
    expect(meta.passphrase.iv.byteLength).toBe(12);
    expect(meta.passphrase.wrapped.byteLength).toBe(48);
    expect(await inspectVault(db, NOW)).toMatchObject({
      kdf: { algorithm: 'PBKDF2-SHA256', iterations: 600_000 },
    });
  });

  it('writes default settings: idle lock 5 minutes', async () => {
    const { db } = await freshVault();
    expect(ok(await readSettings(db))).toEqual({ idleLockMinutes: 5 });
  });
});

describe('unlock and throttling', () => {
  let vault: Vault;
  let householdId: string;

  beforeAll(async () => {
    vault = await freshVault();
    householdId = (await addHousehold(vault.session, 'Gezin Throttle')).id;
    await vault.session.lock('user', NOW);
  });

  it('unlocks with the passphrase and reads the data', async () => {
    const session = ok(await unlockWithPassphrase(vault.db, PASSPHRASE, NOW));
    expect(ok(await session.households.get(householdId, NOW)).label).toBe('Gezin Throttle');
    await session.lock('user', NOW);
  });

  it('keys the data with a non-extractable CryptoKey', async () => {
    const { sessionInternals } = await import('../../../../renderer/src/db/session');
    const session = ok(await unlockWithPassphrase(vault.db, PASSPHRASE, NOW));
    const key = sessionInternals(session)?.core.currentKey();
    expect(key?.extractable).toBe(false);
    expect(key?.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key as CryptoKey)).rejects.toThrow();
    await session.lock('user', NOW);
  });

  it('never deletes on wrong passphrases, and slows down after three', async () => {
    const before = await rowCounts(vault.db.name);
    const t = later(10);
    const attempts = [];
    for (let i = 0; i < 3; i++)
      attempts.push(errorOf(await unlockWithPassphrase(vault.db, `fout ${String(i)} xx yy zz`, t)));
    expect(attempts.map((error) => error.code)).toEqual([
      'wrong-passphrase',
      'wrong-passphrase',
      'wrong-passphrase',
    ]);
    expect(attempts[2]).toMatchObject({ failedAttempts: 3, retryAfterMs: 0 });
    const fourth = errorOf(await unlockWithPassphrase(vault.db, 'nog steeds fout xx', t));
    expect(fourth).toEqual({ code: 'wrong-passphrase', failedAttempts: 4, retryAfterMs: 1000 });
    // Even the right passphrase waits its turn; no key derivation happens meanwhile.
    const throttled = errorOf(
      await unlockWithPassphrase(vault.db, PASSPHRASE, new Date(t.getTime() + 400)),
    );
    expect(throttled).toEqual({ code: 'throttled', retryAfterMs: 600, failedAttempts: 4 });
    expect(await rowCounts(vault.db.name)).toEqual(before);
  });

  it('keeps the counter across a restart (it lives in meta)', async () => {
    vault.db.close();
    const reopened = ok(await openDatabase({ name: vault.db.name }));
    vault = { ...vault, db: reopened };
    expect(await inspectVault(reopened, later(10))).toMatchObject({
      status: 'locked',
      failedAttempts: 4,
      retryAfterMs: 1000,
    });
  });

  it('does not shorten the wait when the clock is set back', async () => {
    const state = await inspectVault(vault.db, later(-60));
    expect(state).toMatchObject({ retryAfterMs: 1000 });
  });

  it('resets the counter on success and logs the failures in the audit log', async () => {
    const session = ok(await unlockWithPassphrase(vault.db, PASSPHRASE, later(11)));
    expect(await inspectVault(vault.db, later(11))).toMatchObject({ failedAttempts: 0 });
    const entries = ok(await session.audit.list({ limit: 3 }));
    expect(entries[0]).toMatchObject({ action: 'unlock', outcome: 'success' });
    expect(entries[1]).toMatchObject({
      action: 'unlock',
      outcome: 'failure',
      reason: 'failed-attempts-4',
    });
    await session.lock('user', later(11));
  });

  it('grows the delay exponentially up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 12, 13, 40].map(throttleDelayMs)).toEqual([
      0, 0, 0, 0, 1_000, 2_000, 4_000, 64_000, 256_000, 300_000, 300_000,
    ]);
  });
});

describe('recovery and passphrase change', () => {
  let vault: Vault;
  let householdId: string;

  beforeAll(async () => {
    vault = await freshVault();
    householdId = (await addHousehold(vault.session, 'Gezin Herstel')).id;
    await vault.session.lock('user', NOW);
  });

  it('refuses a mistyped code as malformed before any key derivation', async () => {
    const typo = vault.recoveryCode.replace(/^./, (char) => (char === 'A' ? 'B' : 'A'));
    expect(errorOf(await recoverWithCode(vault.db, typo, NEW_PASSPHRASE, NOW)).code).toBe(
      'malformed-recovery-code',
    );
    expect(await inspectVault(vault.db, NOW)).toMatchObject({ failedAttempts: 0 });
  });

  it('recovers with the code typed loosely, sets the new passphrase and rotates the code', async () => {
    const typed = vault.recoveryCode.toLowerCase().replace(/-/g, ' ');
    const recovered = ok(await recoverWithCode(vault.db, typed, NEW_PASSPHRASE, NOW));
    expect(ok(await recovered.session.households.get(householdId, NOW)).label).toBe(
      'Gezin Herstel',
    );
    expect(recovered.newRecoveryCode).toBeDefined();
    expect(recovered.newRecoveryCode).not.toBe(vault.recoveryCode);
    await recovered.session.lock('user', NOW);
    expect(errorOf(await unlockWithPassphrase(vault.db, PASSPHRASE, NOW)).code).toBe(
      'wrong-passphrase',
    );
    await ok(await unlockWithPassphrase(vault.db, NEW_PASSPHRASE, NOW)).lock('user', NOW);
    // The used code no longer opens anything; the new one does.
    expect(errorOf(await recoverWithCode(vault.db, vault.recoveryCode, PASSPHRASE, NOW)).code).toBe(
      'wrong-recovery-code',
    );
    const again = ok(
      await recoverWithCode(vault.db, recovered.newRecoveryCode ?? '', PASSPHRASE, NOW, {
        rotateRecoveryCode: false,
      }),
    );
    expect(again.newRecoveryCode).toBeUndefined();
    await again.session.lock('user', NOW);
  });

  it('changes the passphrase by re-wrapping the key only: no record changes', async () => {
    const session = ok(await unlockWithPassphrase(vault.db, PASSPHRASE, NOW));
    const dexie = dexieOf(session);
    const boxesBefore = (await dexie.households.toArray()).map((row) => Array.from(row.box));
    const metaBefore = VaultMetaSchema.parse((await dexie.meta.get(META_KEYS.vault))?.value);
    expect(
      errorOf(await changePassphrase(session, 'niet het wachtwoord', NEW_PASSPHRASE, NOW)).code,
    ).toBe('wrong-passphrase');
    expect(errorOf(await changePassphrase(session, PASSPHRASE, PASSPHRASE, NOW)).code).toBe(
      'same-passphrase',
    );
    expect(errorOf(await changePassphrase(session, PASSPHRASE, 'kort', NOW)).code).toBe(
      'weak-passphrase',
    );
    ok(await changePassphrase(session, PASSPHRASE, NEW_PASSPHRASE, NOW));
    const metaAfter = VaultMetaSchema.parse((await dexie.meta.get(META_KEYS.vault))?.value);
    expect((await dexie.households.toArray()).map((row) => Array.from(row.box))).toEqual(
      boxesBefore,
    );
    expect(metaAfter.recovery).toEqual(metaBefore.recovery);
    expect(metaAfter.passphrase.wrapped).not.toEqual(metaBefore.passphrase.wrapped);
    await session.lock('user', NOW);
    expect(errorOf(await unlockWithPassphrase(vault.db, PASSPHRASE, NOW)).code).toBe(
      'wrong-passphrase',
    );
    const reopened = ok(await unlockWithPassphrase(vault.db, NEW_PASSPHRASE, NOW));
    expect(ok(await reopened.households.get(householdId, NOW)).label).toBe('Gezin Herstel');
    await reopened.lock('user', NOW);
  });
});

describe('KDF floor', () => {
  it('re-wraps a vault stored below the floor at the next unlock', async () => {
    const { wrapWithPassphrase, unwrapRawWithPassphrase } =
      await import('../../../../renderer/src/db/sealing/keys');
    const vault = await freshVault();
    const dexie = dexieOf(vault.session);
    const meta = VaultMetaSchema.parse((await dexie.meta.get(META_KEYS.vault))?.value);
    const raw = ok(await unwrapRawWithPassphrase(meta.passphrase, PASSPHRASE));
    const weak = await wrapWithPassphrase(raw, PASSPHRASE, {
      algorithm: 'PBKDF2-SHA256',
      iterations: 1_000,
    });
    await dexie.meta.put({ key: META_KEYS.vault, value: { ...meta, passphrase: weak } });
    await vault.session.lock('user', NOW);
    expect(await inspectVault(vault.db, NOW)).toMatchObject({ kdf: { iterations: 1_000 } });
    const session = ok(await unlockWithPassphrase(vault.db, PASSPHRASE, NOW));
    expect(await inspectVault(vault.db, NOW)).toMatchObject({ kdf: { iterations: 600_000 } });
    await session.lock('user', NOW);
    await ok(await unlockWithPassphrase(vault.db, PASSPHRASE, NOW)).lock('user', NOW);
  });
});

describe('settings', () => {
  it('keeps idle lock minutes within 1-30 and stores the gemeente profile', async () => {
    const { db, session } = await freshVault();
    const invalid = errorOf(await session.settings.update({ idleLockMinutes: 31 }, NOW));
    expect(invalid.code).toBe('invalid');
    expect(errorOf(await session.settings.update({ idleLockMinutes: 0 }, NOW)).code).toBe(
      'invalid',
    );
    ok(await session.settings.update({ idleLockMinutes: 12, gemeenteProfileId: 'maassluis' }, NOW));
    expect(ok(await readSettings(db))).toEqual({
      idleLockMinutes: 12,
      gemeenteProfileId: 'maassluis',
    });
  });
});
