import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXIT_PIN_MAX_FAILURES,
  inspectVault,
  unlockWithPassphrase,
  type Session,
} from '../../../../renderer/src/db';
import { EXIT_PIN_ITERATIONS, EXIT_PIN_META_KEY } from '../../../../renderer/src/db/exit-pin';
import {
  containsText,
  dexieOf,
  errorOf,
  freshVault,
  later,
  NOW,
  ok,
  PASSPHRASE,
  rawDump,
  type Vault,
} from './helpers';

// Eight digits, so no UUID or timestamp in the dump contains it by chance.
const PIN = '25804613';

describe('exit PIN storage', () => {
  let vault: Vault;
  let session: Session;

  beforeAll(async () => {
    vault = await freshVault();
    session = vault.session;
  });

  it('is not set on a new vault; wrong format and simple PINs are refused and nothing is stored', async () => {
    expect(ok(await session.exitPin.isSet())).toBe(false);
    expect(errorOf(await session.exitPin.verify(PIN, NOW))).toEqual({ code: 'no-pin' });
    expect(errorOf(await session.exitPin.set('12', NOW))).toEqual({
      code: 'invalid-pin',
      problem: 'format',
    });
    expect(errorOf(await session.exitPin.set('1111', NOW))).toEqual({
      code: 'invalid-pin',
      problem: 'too-simple',
    });
    expect(await dexieOf(session).meta.get(EXIT_PIN_META_KEY)).toBeUndefined();
  });

  it('stores a salted PBKDF2 hash, never the PIN, and logs the change as settings', async () => {
    ok(await session.exitPin.set(PIN, NOW));
    expect(ok(await session.exitPin.isSet())).toBe(true);
    const row = await dexieOf(session).meta.get(EXIT_PIN_META_KEY);
    expect(row?.value).toMatchObject({ format: 1, pin: { iterations: EXIT_PIN_ITERATIONS } });
    expect(EXIT_PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    const dump = await rawDump(vault.db.name);
    expect(containsText(dump, PIN)).toBe(false);
    // A second set of the same PIN gets a new salt, so the stored hash differs.
    const first = JSON.stringify(row?.value);
    ok(await session.exitPin.set(PIN, NOW));
    const second = JSON.stringify((await dexieOf(session).meta.get(EXIT_PIN_META_KEY))?.value);
    expect(second).not.toBe(first);
    const [latest] = ok(await session.audit.list({ limit: 1 }));
    expect(latest).toMatchObject({
      action: 'settings',
      objectType: 'settings',
      outcome: 'success',
      reason: 'exit-pin-set',
    });
  });

  it('accepts the right PIN and refuses a wrong one with the attempts left, logging no PIN', async () => {
    ok(await session.exitPin.verify(PIN, NOW));
    expect(errorOf(await session.exitPin.verify('9999', NOW))).toEqual({
      code: 'wrong-pin',
      failedAttempts: 1,
      attemptsLeft: 4,
    });
    const [entry] = ok(await session.audit.list({ limit: 1 }));
    expect(entry).toMatchObject({ action: 'unlock', outcome: 'failure', reason: 'exit-pin' });
    expect(JSON.stringify(entry)).not.toContain('9999');
    // The right PIN resets the count of wrong ones.
    ok(await session.exitPin.verify(PIN, NOW));
    expect(errorOf(await session.exitPin.verify('9999', NOW))).toMatchObject({
      failedAttempts: 1,
    });
    ok(await session.exitPin.verify(PIN, NOW));
  });

  it('stops working after five wrong PINs, even for the right one, until the passphrase is used', async () => {
    const codes: string[] = [];
    for (let i = 0; i < EXIT_PIN_MAX_FAILURES; i++) {
      codes.push(errorOf(await session.exitPin.verify(`8${String(i)}46`, NOW)).code);
    }
    expect(codes).toEqual(['wrong-pin', 'wrong-pin', 'wrong-pin', 'wrong-pin', 'pin-locked-out']);
    expect(errorOf(await session.exitPin.verify(PIN, NOW))).toEqual({ code: 'pin-locked-out' });
    expect(ok(await session.exitPin.status())).toEqual({ isSet: true, lockedOut: true });
    const [entry] = ok(await session.audit.list({ limit: 1 }));
    expect(entry).toMatchObject({ reason: 'exit-pin-locked-out', outcome: 'failure' });

    // A wrong passphrase does not lift the lock-out.
    expect(errorOf(await session.verifyPassphrase('dit is niet het wachtwoord', NOW)).code).toBe(
      'wrong-passphrase',
    );
    expect(errorOf(await session.exitPin.verify(PIN, NOW))).toEqual({ code: 'pin-locked-out' });

    ok(await session.verifyPassphrase(PASSPHRASE, NOW));
    expect(ok(await session.exitPin.status()).lockedOut).toBe(false);
    ok(await session.exitPin.verify(PIN, NOW));
  });

  it('removes the PIN (logged as settings); then verify says there is none', async () => {
    ok(await session.exitPin.set(null, NOW));
    expect(ok(await session.exitPin.isSet())).toBe(false);
    expect(errorOf(await session.exitPin.verify(PIN, NOW))).toEqual({ code: 'no-pin' });
    const [entry] = ok(await session.audit.list({ limit: 1 }));
    expect(entry).toMatchObject({ action: 'settings', reason: 'exit-pin-removed' });
  });

  it('fails with locked after the session is locked', async () => {
    const other = await freshVault();
    ok(await other.session.exitPin.set(PIN, NOW));
    await other.session.lock('user', NOW);
    expect(errorOf(await other.session.exitPin.verify(PIN, NOW))).toEqual({ code: 'locked' });
    expect(errorOf(await other.session.verifyPassphrase(PASSPHRASE, NOW))).toEqual({
      code: 'locked',
    });
  });
});

describe('verifyPassphrase', () => {
  it('checks without changing the session and shares the unlock throttle', async () => {
    const vault = await freshVault();
    const session = vault.session;
    const t = later(5);
    for (let i = 0; i < 3; i++) {
      expect(errorOf(await session.verifyPassphrase(`fout ${String(i)} aa bb`, t))).toMatchObject({
        code: 'wrong-passphrase',
        failedAttempts: i + 1,
        retryAfterMs: 0,
      });
    }
    expect(errorOf(await session.verifyPassphrase('nog fout aa bb', t))).toEqual({
      code: 'wrong-passphrase',
      failedAttempts: 4,
      retryAfterMs: 1000,
    });
    // Even the right passphrase waits, exactly as on the unlock screen.
    expect(
      errorOf(await session.verifyPassphrase(PASSPHRASE, new Date(t.getTime() + 400))),
    ).toEqual({ code: 'throttled', retryAfterMs: 600, failedAttempts: 4 });
    const entries = ok(await session.audit.list({ limit: 4 }));
    expect(entries.every((entry) => entry.reason === 'verify-passphrase')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('fout');

    // The session still works: it was never touched.
    expect(session.isLocked()).toBe(false);
    ok(await session.verifyPassphrase(PASSPHRASE, later(6)));
    expect(session.isLocked()).toBe(false);
    ok(await session.households.create({ label: 'Gezin Na Controle' }, later(6)));

    // The right passphrase cleared the shared counter.
    await session.lock('user', later(6));
    expect(await inspectVault(vault.db, later(6))).toMatchObject({ failedAttempts: 0 });
    const again = ok(await unlockWithPassphrase(vault.db, PASSPHRASE, later(6)));
    await again.lock('user', later(6));
  });

  it('a failed check counts toward the unlock throttle after a lock', async () => {
    const vault = await freshVault();
    const t = later(1);
    for (let i = 0; i < 4; i++) await vault.session.verifyPassphrase(`fout ${String(i)} cc`, t);
    await vault.session.lock('user', t);
    expect(await inspectVault(vault.db, t)).toMatchObject({
      failedAttempts: 4,
      retryAfterMs: 1000,
    });
    expect(errorOf(await unlockWithPassphrase(vault.db, PASSPHRASE, t)).code).toBe('throttled');
  });
});
