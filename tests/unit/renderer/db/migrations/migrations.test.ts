import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  openDatabase,
  recoverWithCode,
  unlockWithPassphrase,
} from '../../../../../renderer/src/db';
import {
  LATEST_SCHEMA_VERSION,
  PAYLOAD_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../../../../renderer/src/db/database';
import { migratePayload } from '../../../../../renderer/src/db/payload-migrations';
import { openDatabaseHandle } from '../../../../../renderer/src/db/vault';
import { errorOf, later, NOW, ok, uniqueName } from '../helpers';
import { dumpDatabase, loadFixture, type DatabaseFixture } from './fixture-format';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function readFixture(file: string): DatabaseFixture {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as DatabaseFixture;
}

const fixtureFiles = readdirSync(FIXTURES)
  .filter((file) => /^v\d+\.json$/.test(file))
  .sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)));

describe('migration harness', () => {
  it('has a fixture for every released schema version, so each new version must add its own', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(fixtureFiles).toEqual(versions.map((version) => `v${String(version)}.json`));
    expect(readFixture(`v${String(LATEST_SCHEMA_VERSION)}.json`).payloadVersion).toBe(
      PAYLOAD_SCHEMA_VERSION,
    );
  });

  it('keeps schema versions append-only and increasing', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
  });

  describe.each(fixtureFiles)('%s upgraded to the latest version', (file) => {
    it('opens, unlocks with its passphrase and yields every record unchanged', async () => {
      const fixture = readFixture(file);
      const name = uniqueName('fixture');
      await loadFixture(name, fixture);
      const db = ok(await openDatabase({ name }));
      const session = ok(await unlockWithPassphrase(db, fixture.passphrase, NOW));
      const { expected } = fixture;
      for (const household of expected.households as { id: string }[]) {
        expect(ok(await session.households.get(household.id, NOW))).toEqual(household);
      }
      for (const person of expected.persons as { id: string }[]) {
        expect(ok(await session.persons.get(person.id, NOW))).toEqual(person);
      }
      for (const assessment of expected.assessments as { id: string }[]) {
        expect(ok(await session.assessments.get(assessment.id, NOW))).toEqual(assessment);
      }
      for (const plan of expected.plans as { id: string }[]) {
        expect(ok(await session.plans.get(z.unknown(), plan.id, NOW))).toEqual(plan);
      }
      for (const conversation of (expected.conversations ?? []) as { id: string }[]) {
        expect(ok(await session.conversations.get(conversation.id, NOW))).toEqual(conversation);
      }
      expect(ok(await session.profiles.list())).toEqual({
        profiles: expected.profiles ?? [],
        unusable: [],
      });
      // Every household opens as a dossier, with the conversations it had (none before v2).
      for (const household of expected.households as { id: string }[]) {
        const dossier = ok(await session.openHousehold(household.id, NOW));
        expect(dossier.conversations).toEqual(
          ((expected.conversations ?? []) as { householdId: string }[]).filter(
            (conversation) => conversation.householdId === household.id,
          ),
        );
      }
      for (const draft of expected.drafts) {
        expect(ok(await session.drafts.get(draft.key, z.unknown()))?.value).toEqual(draft.value);
      }
      expect(ok(await session.settings.get())).toEqual(expected.settings);
      const chain = ok(await session.audit.verifyChain());
      expect(chain.ok).toBe(true);
      // And the upgraded database keeps working: a write, then the recovery code still opens it.
      const household = ok(await session.households.create({ label: 'Gezin Na Upgrade' }, NOW));
      await session.lock('user', NOW);
      const recovered = ok(
        await recoverWithCode(db, fixture.recoveryCode, 'nieuw wachtwoord na upgrade', later(1)),
      );
      expect(ok(await recovered.session.households.get(household.id, NOW)).label).toBe(
        'Gezin Na Upgrade',
      );
      await recovered.session.lock('user', NOW);
      db.close();
    });
  });
});

describe('version 1 to 2', () => {
  it('adds the conversations and profiles tables, empty, and keeps every old row as it was', async () => {
    const fixture = readFixture('v1.json');
    const name = uniqueName('v1-to-v2');
    await loadFixture(name, fixture);
    const before = await dumpDatabase(name);
    // Exactly version 2, not the latest: a later version may add tables of its own.
    const db = ok(await openDatabaseHandle({ name, versions: SCHEMA_VERSIONS.slice(0, 2) }));
    db.close();
    const after = await dumpDatabase(name);
    expect(after.idbVersion).toBe(20);
    const added = after.stores.filter(
      (store) => !before.stores.some((old) => old.name === store.name),
    );
    expect(added.map((store) => [store.name, store.indexes.map((index) => index.name)])).toEqual([
      ['conversations', ['householdId', 'updatedAt']],
      ['profiles', ['updatedAt']],
    ]);
    expect(added.every((store) => store.rows.length === 0)).toBe(true);
    for (const store of before.stores) {
      expect(after.stores.find((other) => other.name === store.name)).toEqual(store);
    }
  });

  it('stores a conversation for a household written by version 1', async () => {
    const fixture = readFixture('v1.json');
    const name = uniqueName('v1-conversation');
    await loadFixture(name, fixture);
    const db = ok(await openDatabase({ name }));
    const session = ok(await unlockWithPassphrase(db, fixture.passphrase, NOW));
    const [household] = fixture.expected.households as { id: string }[];
    if (!household) throw new Error('fixture without households');
    const saved = ok(
      await session.conversations.create(
        {
          householdId: household.id,
          kind: 'intake',
          date: '2024-05-01',
          question: 'Na de upgrade',
          strengths: '',
          network: [],
          changes: [],
          agreements: [],
          assessmentIds: [],
        },
        NOW,
      ),
    );
    expect(ok(await session.openHousehold(household.id, NOW)).conversations).toEqual([saved]);
    await session.lock('user', NOW);
    db.close();
  });

  it('a failing step to version 2 leaves the version 1 database untouched and upgradable', async () => {
    const fixture = readFixture('v1.json');
    const name = uniqueName('v1-failing');
    await loadFixture(name, fixture);
    const before = await dumpDatabase(name);
    const [v1, v2] = SCHEMA_VERSIONS;
    if (!v1 || !v2) throw new Error('expected versions 1 and 2');
    const broken = [
      v1,
      {
        ...v2,
        upgrade: async (tx: import('dexie').Transaction) => {
          await tx.table('households').clear();
          throw new Error('upgrade step failed');
        },
      },
    ];
    expect(errorOf(await openDatabaseHandle({ name, versions: broken })).code).toBe(
      'upgrade-failed',
    );
    expect(await dumpDatabase(name)).toEqual(before);
    const db = ok(await openDatabase({ name }));
    const session = ok(await unlockWithPassphrase(db, fixture.passphrase, NOW));
    expect(ok(await session.households.list(NOW))).toHaveLength(fixture.expected.households.length);
    await session.lock('user', NOW);
    db.close();
  });
});

describe('a failing upgrade', () => {
  it('leaves the old data untouched and the old version usable', async () => {
    const fixture = readFixture(`v${String(LATEST_SCHEMA_VERSION)}.json`);
    const name = uniqueName('failing');
    await loadFixture(name, fixture);
    const before = await dumpDatabase(name);
    const broken = [
      ...SCHEMA_VERSIONS,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        stores: { households: 'id, updatedAt, label', extra: 'id' },
        upgrade: async (tx: import('dexie').Transaction) => {
          await tx.table('households').clear();
          throw new Error('upgrade step failed');
        },
      },
    ];
    expect(errorOf(await openDatabaseHandle({ name, versions: broken })).code).toBe(
      'upgrade-failed',
    );
    expect(await dumpDatabase(name)).toEqual(before);
    const db = ok(await openDatabase({ name }));
    const session = ok(await unlockWithPassphrase(db, fixture.passphrase, NOW));
    expect(ok(await session.households.list(NOW))).toHaveLength(fixture.expected.households.length);
    await session.lock('user', NOW);
    db.close();
  });

  it('refuses a database from a newer app without touching it', async () => {
    const fixture = readFixture(`v${String(LATEST_SCHEMA_VERSION)}.json`);
    const name = uniqueName('newer');
    await loadFixture(name, { ...fixture, idbVersion: (LATEST_SCHEMA_VERSION + 1) * 10 });
    const before = await dumpDatabase(name);
    expect(errorOf(await openDatabase({ name })).code).toBe('newer-version');
    expect(await dumpDatabase(name)).toEqual(before);
  });
});

describe('payload migrations', () => {
  const steps = {
    1: (_table: string, payload: unknown) => ({ ...(payload as object), upgradedTo2: true }),
    2: (_table: string, payload: unknown) => {
      if ((payload as { refuse?: boolean }).refuse) throw new Error('cannot');
      return { ...(payload as object), upgradedTo3: true };
    },
  };

  it('runs each step from the stored version to the latest, as pure functions', () => {
    expect(migratePayload('households', 1, { a: 1 }, steps, 3)).toEqual({
      ok: true,
      value: { a: 1, upgradedTo2: true, upgradedTo3: true },
    });
    expect(migratePayload('households', 3, { a: 1 }, steps, 3)).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });

  it('reports a failing step and an unknown version instead of guessing', () => {
    expect(migratePayload('households', 1, { refuse: true }, steps, 3)).toEqual({
      ok: false,
      error: 'failed',
    });
    expect(migratePayload('households', 4, {}, steps, 3)).toEqual({
      ok: false,
      error: 'unknown-version',
    });
    expect(migratePayload('households', 0, {}, steps, 3)).toEqual({
      ok: false,
      error: 'unknown-version',
    });
    expect(migratePayload('households', 1, {}, {}, 2)).toEqual({
      ok: false,
      error: 'unknown-version',
    });
  });
});
