// Schema version 2: sealed conversations (per household) and imported gemeente profiles, their
// audit entries, the dossier, and both in backups (including a backup made before they existed).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportBackup,
  inspectBackup,
  restoreBackup,
  type Session,
} from '../../../../renderer/src/db';
import type { SealedRow } from '../../../../renderer/src/db/database';
import { sessionInternals } from '../../../../renderer/src/db/session';
import { MAASSLUIS, parseProfile, type Profile } from '../../../../shared/profiles';
import type { Conversation } from '../../../../shared/schemas/conversation';
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
  openFresh,
  PASSPHRASE,
  rawDump,
  type Vault,
} from './helpers';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../../docs/examples/profiles');

function exampleProfile(): Profile {
  const parsed = parseProfile(readFileSync(path.join(EXAMPLE, 'voorbeeldstad.json'), 'utf8'));
  if (!parsed.ok) throw new Error('example profile does not parse');
  return parsed.profile;
}

function conversationInput(householdId: string, date: string, question = 'Meer rust thuis') {
  return {
    householdId,
    kind: 'intake' as const,
    date,
    question,
    strengths: 'Sterke band met oma',
    network: [],
    changes: [],
    agreements: [
      {
        id: crypto.randomUUID(),
        what: 'Bellen met het buurtteam',
        actor: 'inwoner' as const,
      },
    ],
    assessmentIds: [],
  };
}

async function lastAudit(session: Session, count = 1) {
  return ok(await session.audit.list({ limit: count }));
}

describe('conversations', () => {
  let vault: Vault;
  let householdId: string;
  let otherHouseholdId: string;

  beforeAll(async () => {
    vault = await freshVault();
    householdId = (await addHousehold(vault.session, 'Gezin Gesprek')).id;
    otherHouseholdId = (await addHousehold(vault.session, 'Gezin Anders')).id;
  });

  it('creates, reads, updates and soft-deletes, each write audited as a conversation', async () => {
    const { session } = vault;
    const created = ok(
      await session.conversations.create(
        conversationInput(householdId, '2024-04-01', 'Zoë wil weer naar school'),
        NOW,
      ),
    );
    expect(created).toMatchObject({ rev: 1, householdId, question: 'Zoë wil weer naar school' });
    const [createEntry] = await lastAudit(session);
    expect(createEntry).toMatchObject({
      action: 'create',
      objectType: 'conversation',
      objectIds: [created.id, householdId],
    });
    expect(ok(await session.conversations.get(created.id, NOW))).toEqual(created);
    const updated = ok(
      await session.conversations.update({ ...created, summaryNote: 'Afspraak gemaakt' }, later(1)),
    );
    expect(updated.rev).toBe(2);
    expect(errorOf(await session.conversations.update(created, later(2))).code).toBe('conflict');
    const deleted = ok(await session.conversations.softDelete(created.id, 2, later(3)));
    expect(deleted.deletedAt).toBeDefined();
    const [deleteEntry] = await lastAudit(session);
    expect(deleteEntry).toMatchObject({ action: 'delete', objectType: 'conversation' });
  });

  it('refuses a conversation that breaks the schema, naming the field', async () => {
    const error = errorOf(
      await vault.session.conversations.create(
        { ...conversationInput(householdId, '2024-13-40'), avePhase: 7 } as never,
        NOW,
      ),
    );
    expect(error.code).toBe('invalid');
    const paths = 'issues' in error ? error.issues.map((issue) => issue.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['date', 'avePhase']));
  });

  it('lists per household, newest date first, without deleted ones unless asked', async () => {
    const { session } = vault;
    const older = ok(
      await session.conversations.create(conversationInput(householdId, '2024-02-01'), NOW),
    );
    const newer = ok(
      await session.conversations.create(conversationInput(householdId, '2024-03-01'), NOW),
    );
    ok(await session.conversations.create(conversationInput(otherHouseholdId, '2024-03-15'), NOW));
    const listed = ok(await session.conversations.listByHousehold(householdId, NOW));
    expect(listed.map((item) => item.id)).toEqual([newer.id, older.id]);
    const withDeleted = ok(
      await session.conversations.listByHousehold(householdId, NOW, { includeDeleted: true }),
    );
    expect(withDeleted).toHaveLength(3);
  });

  it('comes with the dossier: sorted, non-deleted, one read audit entry', async () => {
    const { session } = vault;
    const person = await addPerson(session, householdId, 'Noor Gesprek');
    await addAssessment(session, householdId, person.id);
    const before = (await lastAudit(session))[0]?.seq ?? 0;
    const dossier = ok(await session.openHousehold(householdId, NOW));
    expect(dossier.conversations.map((item) => item.date)).toEqual(['2024-03-01', '2024-02-01']);
    expect(dossier.conversations.every((item) => item.householdId === householdId)).toBe(true);
    const entries = ok(await session.audit.list({ limit: 5 })).filter(
      (entry) => entry.seq > before,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'read', objectType: 'household' });
  });

  it('is sealed: the text is nowhere in IndexedDB, and a flipped byte fails the dossier', async () => {
    const { session } = vault;
    const secret = ok(
      await session.conversations.create(
        conversationInput(householdId, '2024-04-10', 'Geheime vraag van Ümmühan'),
        NOW,
      ),
    );
    expect(containsText(await rawDump(vault.db.name), 'Ümmühan')).toBe(false);
    const table = dexieOf(session).conversations;
    const row = await table.get(secret.id);
    if (!row) throw new Error('missing row');
    const box = new Uint8Array(row.box);
    box[30] = (box[30] ?? 0) ^ 1;
    await table.put({ ...row, box } satisfies SealedRow);
    expect(errorOf(await session.openHousehold(householdId, NOW))).toEqual({
      code: 'tampered',
      table: 'conversations',
      id: secret.id,
    });
    await table.put(row);
    expect(ok(await session.openHousehold(householdId, NOW)).conversations).toHaveLength(3);
  });
});

describe('caseload lastConversation', () => {
  it('gives each household the day of its latest conversation, following writes and deletes', async () => {
    const { session } = await freshVault();
    const a = await addHousehold(session, 'Gezin Alfa');
    const b = await addHousehold(session, 'Gezin Beta');
    const early = ok(
      await session.conversations.create(conversationInput(a.id, '2024-01-10'), NOW),
    );
    ok(await session.caseload.load(NOW));
    const entry = (id: string) =>
      session.caseload.entries().find((item) => item.householdId === id);
    expect(entry(a.id)?.lastConversation).toBe('2024-01-10');
    expect(entry(b.id)).toBeDefined();
    expect(entry(b.id)?.lastConversation).toBeUndefined();
    const late = ok(await session.conversations.create(conversationInput(a.id, '2024-03-05'), NOW));
    expect(entry(a.id)?.lastConversation).toBe('2024-03-05');
    ok(await session.conversations.softDelete(late.id, late.rev, later(1)));
    expect(entry(a.id)?.lastConversation).toBe('2024-01-10');
    ok(await session.conversations.softDelete(early.id, early.rev, later(2)));
    expect(entry(a.id)?.lastConversation).toBeUndefined();
    // Reloading after unlock reads them from storage again.
    ok(await session.conversations.create(conversationInput(b.id, '2024-02-02'), NOW));
    ok(await session.caseload.load(later(3)));
    expect(entry(b.id)?.lastConversation).toBe('2024-02-02');
    await session.lock('user', NOW);
    expect(session.caseload.entries()).toEqual([]);
  });
});

describe('imported gemeente profiles', () => {
  let vault: Vault;
  const example = exampleProfile();

  beforeAll(async () => {
    vault = await freshVault();
  });

  it('saves, lists (sorted by name), replaces by id and removes, all audited', async () => {
    const { session } = vault;
    expect(ok(await session.profiles.list())).toEqual({ profiles: [], unusable: [] });
    ok(await session.profiles.save(example, NOW));
    expect((await lastAudit(session))[0]).toMatchObject({
      action: 'create',
      objectType: 'profile',
      objectIds: [],
    });
    const copy: Profile = { ...MAASSLUIS, id: 'maassluis-eigen', name: 'Aaa Maassluis eigen' };
    ok(await session.profiles.save(copy, NOW));
    expect(ok(await session.profiles.list()).profiles.map((p) => p.id)).toEqual([
      'maassluis-eigen',
      example.id,
    ]);
    ok(await session.profiles.save({ ...example, version: '9.9.9' }, later(1)));
    expect((await lastAudit(session))[0]).toMatchObject({ action: 'update' });
    const listed = ok(await session.profiles.list()).profiles;
    expect(listed.find((p) => p.id === example.id)?.version).toBe('9.9.9');
    ok(await session.profiles.remove('maassluis-eigen', later(2)));
    expect((await lastAudit(session))[0]).toMatchObject({ action: 'delete' });
    expect(ok(await session.profiles.list()).profiles.map((p) => p.id)).toEqual([example.id]);
    expect(errorOf(await session.profiles.remove('maassluis-eigen', later(3))).code).toBe(
      'not-found',
    );
    // Imported again after removal: back, with a higher rev than the tombstone.
    ok(await session.profiles.save(copy, later(4)));
    expect(ok(await session.profiles.list()).profiles).toHaveLength(2);
    ok(await session.profiles.remove('maassluis-eigen', later(5)));
  });

  it('refuses a profile that breaks the profile rules and stores nothing', async () => {
    const broken = { ...example, routes: { ...example.routes, warmeOverdracht: 'bestaat-niet' } };
    expect(errorOf(await vault.session.profiles.save(broken, NOW)).code).toBe('invalid');
    expect(ok(await vault.session.profiles.list()).profiles.map((p) => p.version)).toEqual([
      '9.9.9',
    ]);
  });

  it('is sealed, and a tampered row fails the list instead of being skipped', async () => {
    const dump = await rawDump(vault.db.name);
    expect(containsText(dump.profiles, example.name)).toBe(false);
    const table = dexieOf(vault.session).profiles;
    const row = await table.get(example.id);
    if (!row) throw new Error('missing row');
    const box = new Uint8Array(row.box);
    box[20] = (box[20] ?? 0) ^ 1;
    await table.put({ ...row, box });
    expect(errorOf(await vault.session.profiles.list())).toEqual({
      code: 'tampered',
      table: 'profiles',
      id: example.id,
    });
    await table.put(row);
    expect(ok(await vault.session.profiles.list()).profiles).toHaveLength(1);
  });

  it('reports a stored profile that no longer passes the rules as unusable, keeping the others', async () => {
    const core = sessionInternals(vault.session)?.core;
    if (!core) throw new Error('no core');
    const at = NOW.toISOString();
    // As if a later rule refused what an earlier app version accepted: sealed correctly.
    const record = {
      id: 'oud-profiel',
      createdAt: at,
      updatedAt: at,
      rev: 1,
      profile: { ...example, id: 'oud-profiel', catalogue: [] },
    };
    const sealed = ok(await core.sealRow('profiles', record, record));
    await dexieOf(vault.session).profiles.put(sealed);
    const listed = ok(await vault.session.profiles.list());
    expect(listed.unusable).toEqual(['oud-profiel']);
    expect(listed.profiles.map((p) => p.id)).toEqual([example.id]);
    ok(await vault.session.profiles.remove('oud-profiel', later(10)));
    expect(ok(await vault.session.profiles.list()).unusable).toEqual([]);
  });

  it('answers "locked" after lock', async () => {
    const other = await freshVault();
    await other.session.lock('user', NOW);
    expect(errorOf(await other.session.profiles.list()).code).toBe('locked');
    expect(errorOf(await other.session.profiles.save(example, NOW)).code).toBe('locked');
    expect(errorOf(await other.session.profiles.remove(example.id, NOW)).code).toBe('locked');
    expect(
      errorOf(await other.session.conversations.listByHousehold(crypto.randomUUID(), NOW)).code,
    ).toBe('locked');
  });
});

describe('backup with conversations and profiles', () => {
  let vault: Vault;
  let householdId: string;
  let conversation: Conversation;
  let bytes: Uint8Array;
  const example = exampleProfile();

  beforeAll(async () => {
    vault = await freshVault();
    householdId = (await addHousehold(vault.session, 'Gezin Reserve')).id;
    conversation = ok(
      await vault.session.conversations.create(
        conversationInput(householdId, '2024-04-20', 'Vraag in de back-up'),
        NOW,
      ),
    );
    ok(await vault.session.profiles.save(example, NOW));
    ok(await vault.session.profiles.save({ ...MAASSLUIS, id: 'weg-profiel' }, NOW));
    ok(await vault.session.profiles.remove('weg-profiel', later(1)));
    bytes = ok(await exportBackup(vault.session, later(2)));
  });

  it('counts them in the preview', async () => {
    const preview = ok(await inspectBackup(bytes, { passphrase: PASSPHRASE }));
    expect(preview.counts).toMatchObject({ conversations: 1, profiles: 2, households: 1 });
    expect(containsText(bytes, 'Vraag in de back-up')).toBe(false);
  });

  it('restores them on a new laptop, the removed profile staying removed', async () => {
    const target = await openFresh();
    const restored = ok(await restoreBackup(target, bytes, { passphrase: PASSPHRASE }, NOW));
    const { session } = restored;
    expect(ok(await session.openHousehold(householdId, NOW)).conversations).toEqual([conversation]);
    expect(ok(await session.profiles.list())).toEqual({ profiles: [example], unusable: [] });
    expect(ok(await session.audit.verifyChain()).ok).toBe(true);
  });

  it('merges them: a newer profile rev and a tombstone win, nothing is deleted', async () => {
    const target = await freshVault();
    ok(await target.session.profiles.save({ ...MAASSLUIS, id: 'weg-profiel' }, NOW));
    const own = ok(await target.session.profiles.save({ ...MAASSLUIS, id: 'eigen-profiel' }, NOW));
    const merged = ok(
      await restoreBackup(target.db, bytes, { passphrase: PASSPHRASE }, NOW, {
        session: target.session,
      }),
    );
    // household, conversation and the example profile added; the tombstone (rev 2) replaced rev 1.
    expect(merged).toMatchObject({ mode: 'merge', added: 3, updated: 1 });
    const ids = ok(await target.session.profiles.list()).profiles.map((p) => p.id);
    expect(ids.sort()).toEqual([own.id, example.id].sort());
    expect(ok(await target.session.conversations.get(conversation.id, NOW))).toEqual(conversation);
  });

  it('still restores a backup made before schema version 2 (no such keys)', async () => {
    const { sealBytes } = await import('../../../../renderer/src/db/sealing/seal');
    const { concat, utf8 } = await import('../../../../renderer/src/db/sealing/bytes');
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const key = sessionInternals(vault.session)?.core.currentKey();
    if (!key) throw new Error('no key');
    const household = ok(await vault.session.households.get(householdId, NOW));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const prefix = bytes.subarray(0, 14 + view.getUint32(10));
    // Exactly the payload keys of format 1 as version 1 of the app wrote them.
    const content = {
      vault: { actorId: vault.session.actorId, createdAt: NOW.toISOString() },
      settings: { idleLockMinutes: 5 },
      households: [household],
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
    const old = concat(body, sha256(body));
    const preview = ok(await inspectBackup(old, { passphrase: PASSPHRASE }));
    expect(preview.counts).toMatchObject({ households: 1, conversations: 0, profiles: 0 });
    const target = await openFresh();
    const restored = ok(await restoreBackup(target, old, { passphrase: PASSPHRASE }, NOW));
    const dossier = ok(await restored.session.openHousehold(householdId, NOW));
    expect(dossier.household).toEqual(household);
    expect(dossier.conversations).toEqual([]);
    expect(ok(await restored.session.profiles.list()).profiles).toEqual([]);
  });
});
