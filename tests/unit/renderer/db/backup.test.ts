import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backupFileName,
  exportBackup,
  inspectBackup,
  restoreBackup,
  unlockWithPassphrase,
  type Session,
} from '../../../../renderer/src/db';
import { BACKUP_MAGIC } from '../../../../renderer/src/db/backup';
import { bulkCreate } from '../../../../renderer/src/db/bulk';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import {
  addAssessment,
  addHousehold,
  addPerson,
  containsText,
  errorOf,
  freshVault,
  NOW,
  ok,
  openFresh,
  PASSPHRASE,
  rawDump,
  type Vault,
} from './helpers';

const PlanSchema = z.strictObject({ goal: z.string() });
const NEW_PASSPHRASE = 'zon maan ster wolk regen';

/** Text the way professionals and residents really write it. */
const textArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.constantFrom(
      'Çelik',
      'Jansen-Zoë',
      'Ünal',
      "in 't Veld",
      'Nguyễn Thảo',
      'Łukasz',
      '👨‍👩‍👧 gezin',
      'ß ø æ œ',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.string({ minLength: 150, maxLength: 200 }),
  )
  .filter((text) => text.length >= 1 && text.length <= 200);

const householdArb = fc.record({
  id: fc.uuid({ version: 4 }),
  label: textArb,
  address: fc.option(textArb, { nil: undefined }),
});

async function snapshotCounts(name: string): Promise<string> {
  const dump = await rawDump(name);
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(dump).map(([store, rows]) => [
        store,
        rows.map((row) =>
          JSON.stringify(row, (_key, value: unknown) =>
            ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value,
          ),
        ),
      ]),
    ),
  );
}

describe('backup round trip', () => {
  it('brings generated records with diacritics, emoji and long texts back deep-equal', async () => {
    const { session } = await freshVault();
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(householdArb, { minLength: 1, maxLength: 6, selector: (h) => h.id }),
        async (generated) => {
          const at = NOW.toISOString();
          const households: Household[] = generated.map((h) => ({
            id: h.id,
            label: h.label,
            ...(h.address === undefined ? {} : { address: h.address }),
            createdAt: at,
            updatedAt: at,
            rev: 1,
          }));
          const persons: Person[] = households.map((h) => ({
            id: crypto.randomUUID(),
            householdId: h.id,
            role: 'volwassene',
            displayName: h.label,
            createdAt: at,
            updatedAt: at,
            rev: 1,
          }));
          ok(await bulkCreate(session, 'households', households, NOW));
          ok(await bulkCreate(session, 'persons', persons, NOW));
          const bytes = ok(await exportBackup(session, NOW));
          const target = await openFresh();
          const restored = ok(await restoreBackup(target, bytes, { passphrase: PASSPHRASE }, NOW));
          for (const household of households) {
            expect(ok(await restored.session.households.get(household.id, NOW))).toEqual(household);
          }
          for (const person of persons) {
            expect(ok(await restored.session.persons.get(person.id, NOW))).toEqual(person);
          }
          await restored.session.lock('user', NOW);
          target.close();
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('backup', () => {
  let vault: Vault;
  let bytes: Uint8Array;
  let householdId: string;

  beforeAll(async () => {
    vault = await freshVault();
    const household = await addHousehold(vault.session, 'Gezin Reservekopie', {
      address: 'Havenkade 3',
    });
    householdId = household.id;
    const person = await addPerson(vault.session, household.id, 'Noëlle Backup');
    await addAssessment(vault.session, household.id, person.id);
    ok(
      await vault.session.plans.create(
        PlanSchema,
        { householdId, data: { goal: 'Samen koken 🍲' } },
        NOW,
      ),
    );
    ok(await vault.session.drafts.save(`intake:${householdId}:2`, { naam: 'Noëlle' }, NOW));
    bytes = ok(await exportBackup(vault.session, NOW));
  });

  it('is one envelope with magic and no plaintext', () => {
    expect(Array.from(bytes.subarray(0, 8))).toEqual(Array.from(BACKUP_MAGIC));
    expect(containsText(bytes, 'Noëlle')).toBe(false);
    expect(containsText(bytes, 'Reservekopie')).toBe(false);
    expect(containsText(bytes, 'Havenkade')).toBe(false);
    expect(backupFileName(new Date(2024, 4, 1, 12))).toBe(
      'keukentafel-reservekopie-2024-05-01.ktbk',
    );
  });

  it('previews what a restore would bring, with the passphrase or the recovery code', async () => {
    const preview = ok(await inspectBackup(bytes, { passphrase: PASSPHRASE }));
    expect(preview).toMatchObject({
      createdAt: NOW.toISOString(),
      formatVersion: 1,
      schemaVersion: 1,
      counts: {
        households: 1,
        persons: 1,
        assessments: 1,
        plans: 1,
        suggestions: 0,
        decisions: 0,
        drafts: 1,
      },
    });
    expect(preview.counts.audit).toBeGreaterThan(5);
    expect(
      ok(await inspectBackup(bytes, { recoveryCode: vault.recoveryCode.toLowerCase() })),
    ).toEqual(preview);
  });

  it('refuses a wrong passphrase or code with a typed code', async () => {
    expect(errorOf(await inspectBackup(bytes, { passphrase: 'niet goed genoeg hoor' })).code).toBe(
      'wrong-passphrase',
    );
    expect(errorOf(await inspectBackup(bytes, { recoveryCode: 'AAAA' })).code).toBe(
      'malformed-recovery-code',
    );
    const other = await freshVault();
    expect(errorOf(await inspectBackup(bytes, { recoveryCode: other.recoveryCode })).code).toBe(
      'wrong-recovery-code',
    );
    expect(
      errorOf(
        await inspectBackup(new TextEncoder().encode('{"households":[]}'), {
          passphrase: PASSPHRASE,
        }),
      ).code,
    ).toBe('not-a-backup');
    expect(errorOf(await inspectBackup(new Uint8Array(), { passphrase: PASSPHRASE })).code).toBe(
      'not-a-backup',
    );
  });

  it('restores on a new laptop with the recovery code and a new passphrase, audit log included', async () => {
    const target = await openFresh();
    expect(
      errorOf(await restoreBackup(target, bytes, { recoveryCode: vault.recoveryCode }, NOW)).code,
    ).toBe('new-passphrase-required');
    const restored = ok(
      await restoreBackup(target, bytes, { recoveryCode: vault.recoveryCode }, NOW, {
        newPassphrase: NEW_PASSPHRASE,
      }),
    );
    expect(restored.mode).toBe('new-vault');
    expect(restored.session.actorId).toBe(vault.session.actorId);
    const dossier = ok(await restored.session.openHousehold(householdId, NOW));
    expect(dossier.persons[0]?.displayName).toBe('Noëlle Backup');
    expect(
      ok(await restored.session.plans.listByHousehold(PlanSchema, householdId, NOW))[0]?.data.goal,
    ).toBe('Samen koken 🍲');
    expect(ok(await restored.session.drafts.list()).map((d) => d.key)).toEqual([
      `intake:${householdId}:2`,
    ]);
    const chain = ok(await restored.session.audit.verifyChain());
    expect(chain.ok).toBe(true);
    const [last] = ok(await restored.session.audit.list({ limit: 2 }));
    expect(last).toBeDefined();
    const entries = ok(await restored.session.audit.list({ limit: 1000 }));
    expect(entries.some((entry) => entry.action === 'restore')).toBe(true);
    expect(entries.some((entry) => entry.action === 'export')).toBe(true);
    await restored.session.lock('user', NOW);
    ok(await unlockWithPassphrase(target, NEW_PASSPHRASE, NOW));
  });

  it('merges into an existing vault: adds missing, replaces older revs, deletes nothing', async () => {
    const target = await freshVault();
    const own = await addHousehold(target.session, 'Gezin Eigen');
    const merged = ok(
      await restoreBackup(target.db, bytes, { passphrase: PASSPHRASE }, NOW, {
        session: target.session,
      }),
    );
    expect(merged).toMatchObject({ mode: 'merge', added: 5, updated: 0, unchanged: 0 });
    expect(ok(await target.session.households.get(own.id, NOW)).label).toBe('Gezin Eigen');
    expect(ok(await target.session.households.get(householdId, NOW)).label).toBe(
      'Gezin Reservekopie',
    );
    const again = ok(
      await restoreBackup(target.db, bytes, { passphrase: PASSPHRASE }, NOW, {
        session: target.session,
      }),
    );
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    expect(ok(await target.session.audit.verifyChain()).ok).toBe(true);
    expect(
      errorOf(await restoreBackup(target.db, bytes, { passphrase: PASSPHRASE }, NOW)).code,
    ).toBe('locked');
  });
});

describe('import fuzzing', () => {
  let target: Vault;
  let session: Session;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const source = await freshVault();
    const household = await addHousehold(source.session, 'Gezin Fuzz');
    await addPerson(source.session, household.id, 'Ënis Fuzz');
    bytes = ok(await exportBackup(source.session, NOW));
    target = await freshVault();
    session = target.session;
    await addHousehold(session, 'Gezin Blijft');
  });

  it('rejects every bit flip with a typed code and leaves the database as it was', async () => {
    const before = await snapshotCounts(target.db.name);
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length * 8 - 1 }), async (bit) => {
        const flipped = new Uint8Array(bytes);
        const index = Math.floor(bit / 8);
        flipped[index] = (flipped[index] ?? 0) ^ (1 << (bit % 8));
        const result = await restoreBackup(target.db, flipped, { passphrase: PASSPHRASE }, NOW, {
          session,
        });
        const error = errorOf(result);
        expect(['not-a-backup', 'unsupported-backup-version', 'damaged-backup']).toContain(
          error.code,
        );
        codes.add(error.code);
      }),
      { numRuns: 150 },
    );
    // Flips in the magic and the version bytes, and everywhere else.
    for (const [index, code] of [
      [0, 'not-a-backup'],
      [9, 'unsupported-backup-version'],
      [bytes.length - 1, 'damaged-backup'],
      [20, 'damaged-backup'],
    ] as const) {
      const flipped = new Uint8Array(bytes);
      flipped[index] = (flipped[index] ?? 0) ^ 0x80;
      expect(errorOf(await inspectBackup(flipped, { passphrase: PASSPHRASE })).code).toBe(code);
    }
    expect(codes.has('damaged-backup')).toBe(true);
    expect(await snapshotCounts(target.db.name)).toBe(before);
  });

  it('rejects every truncation with a typed code and leaves the database as it was', async () => {
    const before = await snapshotCounts(target.db.name);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), async (length) => {
        const result = await restoreBackup(
          target.db,
          bytes.slice(0, length),
          { passphrase: PASSPHRASE },
          NOW,
          { session },
        );
        expect(['not-a-backup', 'damaged-backup']).toContain(errorOf(result).code);
      }),
      { numRuns: 100 },
    );
    expect(await snapshotCounts(target.db.name)).toBe(before);
  });

  it('rejects a file rewritten with a fresh hash (the AEAD tag catches it)', async () => {
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const forged = new Uint8Array(bytes);
    forged[forged.length - 100] = (forged[forged.length - 100] ?? 0) ^ 1;
    forged.set(sha256(forged.subarray(0, forged.length - 32)), forged.length - 32);
    expect(errorOf(await inspectBackup(forged, { passphrase: PASSPHRASE })).code).toBe(
      'damaged-backup',
    );
  });

  it('rejects well-encrypted content that breaks the schemas, naming the field', async () => {
    const { sessionInternals } = await import('../../../../renderer/src/db/session');
    const { sealBytes } = await import('../../../../renderer/src/db/sealing/seal');
    const { concat, utf8 } = await import('../../../../renderer/src/db/sealing/bytes');
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const key = sessionInternals(session)?.core.currentKey();
    const mine = ok(await exportBackup(session, NOW));
    if (!key) throw new Error('no key');
    const view = new DataView(mine.buffer, mine.byteOffset);
    const prefixEnd = 14 + view.getUint32(10);
    const prefix = mine.subarray(0, prefixEnd);
    const content = {
      vault: { actorId: session.actorId, createdAt: NOW.toISOString() },
      settings: { idleLockMinutes: 5 },
      households: [{ label: 'Geen id' }],
      persons: [],
      assessments: [],
      plans: [],
      suggestions: [],
      decisions: [],
      drafts: [],
      audit: [],
    };
    const box = await sealBytes(
      key,
      concat(utf8('keukentafel/backup/v1|'), prefix),
      utf8(JSON.stringify(content)),
    );
    const body = concat(prefix, box);
    const forged = concat(body, sha256(body));
    const error = errorOf(await inspectBackup(forged, { passphrase: PASSPHRASE }));
    expect(error.code).toBe('invalid-backup-content');
    expect('issues' in error ? error.issues[0]?.path : '').toBe('households.0.id');
  });
});
