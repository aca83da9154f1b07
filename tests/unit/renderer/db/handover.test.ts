import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import {
  applyHandoverImport,
  exportHandover,
  formatHandoverCode,
  handoverFileName,
  inspectHandover,
  parseHandoverCode,
  planHandoverImport,
  type HandoverImportPlan,
  type Session,
} from '../../../../renderer/src/db';
import { HANDOVER_MAGIC } from '../../../../renderer/src/db/handover';
import { newHandoverCode } from '../../../../renderer/src/db/sealing/handover-code';
import { emptyPlan, PlanDataSchema } from '../../../../shared/plan/plan-schema';
import {
  SuggestionDecisionSchema,
  type SuggestionDecision,
} from '../../../../shared/prevention/decision';
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
  rawDump,
  type Vault,
} from './helpers';

/** Everything a vault holds of one household, deleted records included, sorted by id. */
async function household(session: Session, householdId: string) {
  const all = { includeDeleted: true };
  const byId = <T extends { id: string }>(records: readonly T[]) =>
    [...records].sort((a, b) => a.id.localeCompare(b.id));
  return {
    household: ok(await session.households.get(householdId, NOW)),
    persons: byId(ok(await session.persons.listByHousehold(householdId, NOW, all))),
    assessments: byId(ok(await session.assessments.listByHousehold(householdId, NOW, all))),
    conversations: byId(ok(await session.conversations.listByHousehold(householdId, NOW, all))),
    plans: byId(ok(await session.plans.listByHousehold(PlanDataSchema, householdId, NOW, all))),
    decisions: byId(
      ok(await session.decisions.listByHousehold(SuggestionDecisionSchema, householdId, NOW, all)),
    ),
  };
}

function addedDecision(householdId: string, personId: string): SuggestionDecision {
  return SuggestionDecisionSchema.parse({
    id: crypto.randomUUID(),
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    rev: 1,
    householdId,
    personIds: [personId],
    decidedAt: NOW.toISOString(),
    profileId: 'maassluis',
    profileVersion: '1.0.0',
    engineVersion: '1.0.0',
    kind: 'added',
    catalogueId: null,
    level: null,
    theme: null,
    opgave: null,
    planAction: {
      id: crypto.randomUUID(),
      title: 'Samen naar het buurthuis',
      actor: 'inwoner',
      status: 'concept',
    },
  });
}

/** A household with one member of each kind of record, and one soft-deleted member. */
async function seedDossier(session: Session) {
  const home = await addHousehold(session, 'Gezin Çelik', { address: 'Dijk 12, Maassluis' });
  const fatma = await addPerson(session, home.id, 'Fatma Çelik');
  const gone = await addPerson(session, home.id, 'Oud lid', '1950-01-01');
  ok(await session.persons.softDelete(gone.id, gone.rev, later(1)));
  await addAssessment(session, home.id, fatma.id);
  ok(
    await session.conversations.create(
      {
        householdId: home.id,
        kind: 'intake',
        date: '2024-04-30',
        question: 'Meer rust in huis',
        strengths: 'Goede buren',
        network: [],
        changes: [],
        agreements: [],
        assessmentIds: [],
      },
      NOW,
    ),
  );
  ok(
    await session.plans.create(
      PlanDataSchema,
      { householdId: home.id, data: { ...emptyPlan(), krachten: 'Humor' } },
      NOW,
    ),
  );
  ok(
    await session.decisions.create(
      SuggestionDecisionSchema,
      { householdId: home.id, data: addedDecision(home.id, fatma.id) },
      NOW,
    ),
  );
  return { home, fatma };
}

async function handOver(from: Vault, householdId: string, to: Vault, now = later(10)) {
  const exported = ok(await exportHandover(from.session, householdId, now));
  const opened = ok(await inspectHandover(exported.bytes, exported.code));
  return { exported, opened, plan: ok(await planHandoverImport(to.session, opened.payload, now)) };
}

function conflictIds(plan: HandoverImportPlan): string[] {
  return plan.items.filter((item) => item.status === 'conflict').map((item) => item.id);
}

describe('handover code', () => {
  it('has 80 random bits in four groups of five, with check characters', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const code = newHandoverCode();
      expect(code.text).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
      expect(code.bytes.byteLength).toBe(10);
      expect(ok(parseHandoverCode(code.text))).toEqual(code.bytes);
      codes.add(code.text);
    }
    expect(codes.size).toBe(50);
  });

  it('reads spaces, lower case and look-alikes, and refuses a typo', () => {
    const code = newHandoverCode().text;
    const spoken = code.replace(/-/g, ' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(formatHandoverCode(spoken)).toBe(code);
    expect(parseHandoverCode(spoken).ok).toBe(true);
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    expect(parseHandoverCode(code.slice(0, -1) + last)).toEqual({ ok: false, error: 'malformed' });
    expect(parseHandoverCode(code.slice(0, -1)).ok).toBe(false);
  });

  it('names the file without personal data', () => {
    expect(handoverFileName(new Date(2024, 4, 1, 12))).toBe(
      'keukentafel-overdracht-2024-05-01.ktov',
    );
  });
});

describe('handover between two fresh vaults', () => {
  it('reproduces the household in every table, deep-equal, and logs export and import', async () => {
    const sender = await freshVault();
    const receiver = await freshVault();
    const { home } = await seedDossier(sender.session);
    const before = await household(sender.session, home.id);

    const { exported, opened, plan } = await handOver(sender, home.id, receiver);
    expect(exported.code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(Array.from(exported.bytes.subarray(0, 8))).toEqual(Array.from(HANDOVER_MAGIC));
    expect(containsText(exported.bytes, 'Çelik')).toBe(false);
    expect(opened.preview).toEqual({
      householdId: home.id,
      householdLabel: 'Gezin Çelik',
      memberCount: 1,
      counts: {
        households: 1,
        persons: 2,
        assessments: 1,
        conversations: 1,
        plans: 1,
        decisions: 1,
      },
      exportedAt: later(10).toISOString(),
    });
    expect(plan.counts).toEqual({ new: 7, same: 0, conflict: 0 });

    const outcome = ok(await applyHandoverImport(receiver.session, opened.payload, {}, later(11)));
    expect(outcome).toEqual({ householdId: home.id, added: 7, replaced: 0, kept: 0, unchanged: 0 });
    expect(await household(receiver.session, home.id)).toEqual(before);

    // The code is never stored, on either side.
    const code = exported.code.replace(/-/g, '');
    expect(containsText(await rawDump(sender.db.name), code)).toBe(false);
    expect(containsText(await rawDump(receiver.db.name), code)).toBe(false);

    const sent = ok(await sender.session.audit.list());
    expect(sent.some((e) => e.action === 'export' && e.objectIds[0] === home.id)).toBe(true);
    const received = ok(await receiver.session.audit.list());
    const restore = received.find((e) => e.action === 'restore' && e.objectType === 'household');
    expect(restore?.objectIds).toHaveLength(7);
    expect(restore?.objectIds[0]).toBe(home.id);
    expect(restore?.reason).toBe('handover');
    expect(ok(await receiver.session.audit.verifyChain())).toMatchObject({ ok: true });

    // Imported a second time: everything is the same, nothing to choose.
    const again = ok(await planHandoverImport(receiver.session, opened.payload, later(12)));
    expect(again.counts).toEqual({ new: 0, same: 7, conflict: 0 });
  });

  it('reports a conflict without writing it, and applies the choice made per record', async () => {
    const sender = await freshVault();
    const receiver = await freshVault();
    const { home, fatma } = await seedDossier(sender.session);
    const first = await handOver(sender, home.id, receiver);
    ok(await applyHandoverImport(receiver.session, first.opened.payload, {}, later(11)));

    // Both sides change the household and the member after the first handover; here the
    // household twice, so this copy has the higher rev (3) and the file's copy rev 2.
    const theirHome = ok(
      await sender.session.households.update({ ...home, label: 'Gezin Çelik-Jansen' }, later(20)),
    );
    expect(theirHome.rev).toBe(2);
    ok(await sender.session.persons.update({ ...fatma, displayName: 'Fatma C.' }, later(20)));
    const myHome = ok(await receiver.session.households.get(home.id, NOW));
    const firstEdit = ok(
      await receiver.session.households.update({ ...myHome, label: 'Familie Celik' }, later(21)),
    );
    const mine = ok(
      await receiver.session.households.update({ ...firstEdit, label: 'Familie Çelik' }, later(21)),
    );
    const myFatma = ok(await receiver.session.persons.get(fatma.id, NOW));
    ok(await receiver.session.persons.update({ ...myFatma, displayName: 'Fatma Ç.' }, later(21)));

    const second = await handOver(sender, home.id, receiver, later(30));
    expect(second.plan.counts).toEqual({ new: 0, same: 5, conflict: 2 });
    expect(conflictIds(second.plan).sort()).toEqual([home.id, fatma.id].sort());
    const homeItem = second.plan.items.find((item) => item.id === home.id);
    if (homeItem?.status !== 'conflict') expect.fail('household conflict expected');
    expect(homeItem.mine.label).toBe('Familie Çelik');
    expect(homeItem.theirs.label).toBe('Gezin Çelik-Jansen');
    expect(homeItem.differences.map((d) => d.field)).toEqual(
      expect.arrayContaining(['label', 'rev', 'updatedAt']),
    );

    // No choice, or only one: refused, and nothing written.
    const dump = await rawDump(receiver.db.name);
    const payload = second.opened.payload;
    expect(errorOf(await applyHandoverImport(receiver.session, payload, {}, later(31)))).toEqual({
      code: 'choice-missing',
    });
    expect(
      errorOf(
        await applyHandoverImport(receiver.session, payload, { [home.id]: 'theirs' }, later(31)),
      ),
    ).toEqual({ code: 'choice-missing' });
    expect(await rawDump(receiver.db.name)).toEqual(dump);

    const outcome = ok(
      await applyHandoverImport(
        receiver.session,
        payload,
        { [home.id]: 'theirs', [fatma.id]: 'mine' },
        later(31),
      ),
    );
    expect(outcome).toMatchObject({ added: 0, replaced: 1, kept: 1, unchanged: 5 });
    const taken = ok(await receiver.session.households.get(home.id, NOW));
    expect(taken.label).toBe('Gezin Çelik-Jansen');
    // rev = max(mine 3, theirs 2) + 1, above both copies; updatedAt moves on to the import.
    expect(mine.rev).toBe(3);
    expect(taken.rev).toBe(4);
    expect(taken.updatedAt).toBe(later(31).toISOString());
    expect(ok(await receiver.session.persons.get(fatma.id, NOW)).displayName).toBe('Fatma Ç.');

    // The other way round for the member: the file's copy replaces mine, rev 2 -> 3.
    const third = ok(await planHandoverImport(receiver.session, payload, later(32)));
    expect(conflictIds(third).sort()).toEqual([home.id, fatma.id].sort());
    ok(
      await applyHandoverImport(
        receiver.session,
        payload,
        { [home.id]: 'mine', [fatma.id]: 'theirs' },
        later(32),
      ),
    );
    const person = ok(await receiver.session.persons.get(fatma.id, NOW));
    expect(person).toMatchObject({ displayName: 'Fatma C.', rev: 3 });
    expect(ok(await receiver.session.households.get(home.id, NOW)).label).toBe(
      'Gezin Çelik-Jansen',
    );
    const restores = ok(await receiver.session.audit.list()).filter((e) => e.action === 'restore');
    expect(restores).toHaveLength(3);
  });

  it('refuses a record id that belongs to another household here', async () => {
    const sender = await freshVault();
    const receiver = await freshVault();
    const { home } = await seedDossier(sender.session);
    const { opened } = await handOver(sender, home.id, receiver);
    const other = await addHousehold(receiver.session, 'Ander gezin');
    const person = opened.payload.persons[0];
    if (!person) expect.fail('person expected');
    ok(
      await receiver.session.persons.create(
        { id: person.id, householdId: other.id, role: 'volwassene', displayName: 'Iemand' },
        NOW,
      ),
    );
    const dump = await rawDump(receiver.db.name);
    expect(errorOf(await planHandoverImport(receiver.session, opened.payload, NOW))).toEqual({
      code: 'id-clash',
    });
    expect(errorOf(await applyHandoverImport(receiver.session, opened.payload, {}, NOW))).toEqual({
      code: 'id-clash',
    });
    expect(await rawDump(receiver.db.name)).toEqual(dump);
  });

  it('says not-found for an unknown household and locked after lock', async () => {
    const sender = await freshVault();
    expect(errorOf(await exportHandover(sender.session, crypto.randomUUID(), NOW))).toEqual({
      code: 'not-found',
    });
    await sender.session.lock('user', NOW);
    expect(errorOf(await exportHandover(sender.session, crypto.randomUUID(), NOW))).toEqual({
      code: 'locked',
    });
  });
});

describe('a handover file that is wrong', () => {
  it('is refused, with the receiving database byte-for-byte unchanged', async () => {
    const sender = await freshVault();
    const receiver = await freshVault();
    const { home } = await seedDossier(sender.session);
    await addHousehold(receiver.session, 'Al aanwezig');
    const { bytes, code } = ok(await exportHandover(sender.session, home.id, later(10)));
    const before = await rawDump(receiver.db.name);

    const otherCode = newHandoverCode().text;
    const typo = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    const flipped = (at: number) => {
      const copy = new Uint8Array(bytes);
      copy[at] = (copy[at] ?? 0) ^ 0x01;
      return copy;
    };
    // Altered on purpose: a byte of the ciphertext changed and the trailing hash made to fit.
    const forged = flipped(bytes.byteLength - 40);
    forged.set(sha256(forged.subarray(0, forged.byteLength - 32)), forged.byteLength - 32);

    const cases: [string, Uint8Array, string, string][] = [
      ['wrong code', bytes, otherCode, 'wrong-code'],
      ['mistyped code', bytes, typo, 'malformed-code'],
      ['flipped header byte', flipped(20), code, 'damaged-handover'],
      ['flipped ciphertext byte', flipped(bytes.byteLength - 50), code, 'damaged-handover'],
      ['flipped hash byte', flipped(bytes.byteLength - 1), code, 'damaged-handover'],
      ['format version', flipped(9), code, 'unsupported-handover-version'],
      ['truncated', bytes.subarray(0, bytes.byteLength - 10), code, 'damaged-handover'],
      ['cut in half', bytes.subarray(0, bytes.byteLength >> 1), code, 'damaged-handover'],
      ['not a handover', new TextEncoder().encode('hallo'), code, 'not-a-handover'],
      ['forged', forged, code, 'wrong-code'],
    ];
    for (const [name, file, secret, expected] of cases) {
      const result = await inspectHandover(file, secret);
      expect({ name, code: result.ok ? 'ok' : result.error.code }).toEqual({
        name,
        code: expected,
      });
    }
    expect(await rawDump(receiver.db.name)).toEqual(before);
    // The untouched file still opens: the refusals were about the changes, not the file.
    expect((await inspectHandover(bytes, code)).ok).toBe(true);
  });
});
