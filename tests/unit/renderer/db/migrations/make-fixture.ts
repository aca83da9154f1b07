// Makes fixtures/v<N>.json from a real database written by the current code:
//   npx tsx tests/unit/renderer/db/migrations/make-fixture.ts
// Run it once when a schema version is released, commit the file, and never regenerate an old one.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createVault, openDatabase } from '../../../../../renderer/src/db';
import {
  LATEST_SCHEMA_VERSION,
  PAYLOAD_SCHEMA_VERSION,
} from '../../../../../renderer/src/db/database';
import { parseProfile } from '../../../../../shared/profiles/parse';
import { dumpDatabase, type DatabaseFixture } from './fixture-format';

const PASSPHRASE = 'migratie fixture tafel stoel';
const NOW = new Date('2024-05-01T10:00:00Z');

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function main(): Promise<void> {
  const name = `fixture-v${String(LATEST_SCHEMA_VERSION)}`;
  const db = must(await openDatabase({ name }));
  const { session, recoveryCode } = must(await createVault(db, PASSPHRASE, NOW));
  const celik = must(
    await session.households.create(
      { label: 'Gezin Çelik', address: 'Kerkstraat 12, Maassluis' },
      NOW,
    ),
  );
  const vries = must(await session.households.create({ label: 'Gezin de Vries-Zoë' }, NOW));
  const ayse = must(
    await session.persons.create(
      {
        householdId: celik.id,
        role: 'volwassene',
        displayName: 'Ayşe Çelik',
        birthDate: '1980-03-12',
      },
      NOW,
    ),
  );
  const kind = must(
    await session.persons.create(
      { householdId: celik.id, role: 'kind', displayName: 'Emre Çelik', birthDate: '2016-09-30' },
      NOW,
    ),
  );
  const zoe = must(
    await session.persons.create(
      {
        householdId: vries.id,
        role: 'jongere',
        displayName: 'Zoë de Vries',
        birthDate: '2008-01-15',
      },
      NOW,
    ),
  );
  const pg = must(
    await session.assessments.create(
      {
        householdId: celik.id,
        personId: ayse.id,
        instrumentId: 'positieve-gezondheid',
        instrumentVersion: '1.0.0',
        takenAt: '2024-04-30',
        status: 'final',
        answers: {
          kind: 'positieve-gezondheid',
          scores: { 'mentaal-welbevinden': 4, meedoen: 6 },
          focus: ['meedoen'],
        },
      },
      NOW,
    ),
  );
  const kc = must(
    await session.assessments.create(
      {
        householdId: celik.id,
        personId: kind.id,
        instrumentId: 'kansencirkel',
        instrumentVersion: '1.0.0',
        takenAt: '2024-04-30',
        status: 'draft',
        answers: { kind: 'kansencirkel', areas: {} },
      },
      NOW,
    ),
  );
  const updated = must(
    await session.households.update(
      { ...vries, label: 'Gezin de Vries' },
      new Date('2024-05-02T09:00:00Z'),
    ),
  );
  const plan = must(
    await session.plans.create(
      z.strictObject({ goal: z.string() }),
      { householdId: celik.id, data: { goal: 'Taalcafé op dinsdag ☕' } },
      NOW,
    ),
  );
  // Schema version 2: a finished intake conversation and an imported gemeente profile.
  const conversation = must(
    await session.conversations.create(
      {
        householdId: celik.id,
        kind: 'intake',
        date: '2024-04-30',
        question: 'Ayşe wil meer meedoen in de wijk.',
        strengths: 'Goed contact met de buurvrouw.',
        network: [
          {
            id: '5d0c7f0e-3a57-4c1e-9d35-2f3b8c7a9e01',
            name: 'Buurvrouw Els',
            kind: 'informeel',
            status: 'helpt',
          },
        ],
        changes: [{ personId: ayse.id, dimensionId: 'meedoen', words: 'Vaker naar buiten ☀' }],
        agreements: [
          {
            id: '0b3d9a52-6f1e-4b8a-a2c4-7e9f1d3c5b77',
            what: 'Samen naar het taalcafé',
            actor: 'inwoner',
          },
        ],
        avePhase: 1,
        assessmentIds: [pg.id, kc.id],
        profileId: 'voorbeeldstad',
      },
      NOW,
    ),
  );
  const example = parseProfile(
    readFileSync(
      path.resolve(import.meta.dirname, '../../../../../docs/examples/profiles/voorbeeldstad.json'),
      'utf8',
    ),
  );
  if (!example.ok) throw new Error('docs/examples/profiles/voorbeeldstad.json does not parse');
  must(await session.profiles.save(example.profile, NOW));
  const profiles = must(await session.profiles.list()).profiles;
  must(
    await session.drafts.save(
      `intake:${vries.id}:2`,
      { notitie: 'Zoë wil naar de huiswerkklas' },
      NOW,
    ),
  );
  const settings = must(
    await session.settings.update({ idleLockMinutes: 10, gemeenteProfileId: 'maassluis' }, NOW),
  );
  const audit = must(await session.audit.list({ limit: 1000 }));
  await session.lock('user', NOW);
  db.close();
  const dump = await dumpDatabase(name);
  const fixture: DatabaseFixture = {
    schemaVersion: LATEST_SCHEMA_VERSION,
    payloadVersion: PAYLOAD_SCHEMA_VERSION,
    idbVersion: dump.idbVersion,
    passphrase: PASSPHRASE,
    recoveryCode,
    stores: dump.stores,
    expected: {
      households: [celik, updated],
      persons: [ayse, kind, zoe],
      assessments: [pg, kc],
      plans: [plan],
      conversations: [conversation],
      profiles,
      drafts: [{ key: `intake:${vries.id}:2`, value: { notitie: 'Zoë wil naar de huiswerkklas' } }],
      settings,
      auditEntries: audit.length + 1,
    },
  };
  const file = path.join(import.meta.dirname, 'fixtures', `v${String(LATEST_SCHEMA_VERSION)}.json`);
  writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  process.stdout.write(`wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
