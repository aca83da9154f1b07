import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../renderer/src/db';
import { setSession } from '../../../../renderer/src/features/session/current-session';
import { resetPersonalData } from '../../../../renderer/src/store';
import { BRUG } from '../../../../shared/instruments/brug';
import { DRAAGKRACHT_DRAAGLAST } from '../../../../shared/instruments/draagkracht-draaglast';
import { KANSENCIRKEL } from '../../../../shared/instruments/kansencirkel';
import { PG_VOLWASSENEN } from '../../../../shared/instruments/positieve-gezondheid';
import type { Assessment } from '../../../../shared/schemas/assessment';
import { addHousehold, freshVault, ok, renderAt } from './harness';

const findTitle = (name: string) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });

const pgScores = (value: number) =>
  Object.fromEntries(PG_VOLWASSENEN.dimensions.map((dimension) => [dimension.id, value]));

async function assess(
  session: Session,
  input: Omit<Assessment, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt' | 'status'>,
) {
  return ok(await session.assessments.create({ ...input, status: 'final' }, new Date()));
}

async function seedFamily(session: Session) {
  const { household, persons } = await addHousehold(
    session,
    { label: 'Gezin El Amrani', address: 'Singel 3, Wijk bij Duurstede' },
    [
      { displayName: 'Samira El Amrani', role: 'volwassene', birthDate: '1985-02-10' },
      { displayName: 'Youssef El Amrani', role: 'volwassene' },
      { displayName: 'Nadia El Amrani', role: 'jongere', birthDate: '2007-05-20' },
      { displayName: 'Amir El Amrani', role: 'kind', birthDate: '2017-08-30' },
    ],
  );
  const [samira, youssef, , amir] = persons;
  if (!samira || !youssef || !amir) throw new Error('seed failed');
  const base = { householdId: household.id };
  const pg = { instrumentId: PG_VOLWASSENEN.id, instrumentVersion: PG_VOLWASSENEN.version };
  await assess(session, {
    ...base,
    ...pg,
    personId: samira.id,
    takenAt: '2025-01-15',
    answers: { kind: 'positieve-gezondheid', scores: pgScores(4) },
  });
  const latestPg = await assess(session, {
    ...base,
    ...pg,
    personId: samira.id,
    takenAt: '2025-06-01',
    answers: { kind: 'positieve-gezondheid', scores: pgScores(7) },
  });
  const brug = await assess(session, {
    ...base,
    instrumentId: BRUG.id,
    instrumentVersion: BRUG.version,
    personId: samira.id,
    takenAt: '2025-06-01',
    answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 3, gezondheid: 2 } },
  });
  await assess(session, {
    ...base,
    instrumentId: DRAAGKRACHT_DRAAGLAST.id,
    instrumentVersion: DRAAGKRACHT_DRAAGLAST.version,
    personId: youssef.id,
    takenAt: '2025-06-01',
    answers: {
      kind: 'draagkracht-draaglast',
      factors: [{ factorId: 'lichamelijk-gezond', weight: 2, duration: 'permanent' }],
    },
  });
  await assess(session, {
    ...base,
    instrumentId: KANSENCIRKEL.id,
    instrumentVersion: KANSENCIRKEL.version,
    personId: amir.id,
    takenAt: '2025-06-01',
    answers: {
      kind: 'kansencirkel',
      areas: { veilig: 'zorg', actief: 'gaat-goed', gezond: 'aandacht' },
    },
  });
  ok(
    await session.conversations.create(
      {
        householdId: household.id,
        kind: 'intake',
        date: '2025-06-01',
        question: 'Wij willen minder zorgen over geld.',
        strengths: 'De familie helpt.',
        network: [],
        changes: [],
        agreements: [
          {
            id: crypto.randomUUID(),
            what: 'Samira belt het spreekuur Grip op de knip.',
            actor: 'inwoner',
            due: '2025-06-15',
          },
        ],
        avePhase: 2,
        assessmentIds: [latestPg.id, brug.id],
      },
      new Date(),
    ),
  );
  return { household, samira };
}

describe('household dossier', { timeout: 30_000 }, () => {
  afterEach(() => {
    // Unmount first: the screens need a session while they are mounted.
    cleanup();
    setSession(null);
    resetPersonalData();
  });

  it('shows members by group with age, latest scores, AVE phase, agreements and the timeline', async () => {
    const { session } = await freshVault();
    const { household } = await seedFamily(session);
    renderAt(`/huishouden/${household.id}`);
    await findTitle('Gezin El Amrani');
    expect(screen.getByText('Adres: Singel 3, Wijk bij Duurstede')).toBeInTheDocument();
    expect(screen.queryByText('Oefendossier – verzonnen gegevens')).not.toBeInTheDocument();

    const members = screen.getByRole('region', { name: 'Leden van het huishouden' });
    const groups = within(members)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual(['Volwassenen', 'Jongeren', 'Kinderen']);
    const adults = within(members).getByRole('region', { name: 'Volwassenen' });
    expect(within(adults).getByText(/, geboren op 10 februari 1985$/)).toBeInTheDocument();
    expect(within(adults).getByText('geboortedatum niet bekend')).toBeInTheDocument();
    // Latest PG as a read-only web, with the earlier one behind it; the Brug as a compact chart.
    const web = within(adults).getByRole('group', {
      name: 'Spinnenweb van Samira El Amrani, ingevuld op 1 juni 2025',
    });
    expect(web).toBeInTheDocument();
    expect(within(adults).queryAllByRole('slider')).toHaveLength(0);
    expect(within(adults).getByRole('heading', { name: BRUG.title })).toBeInTheDocument();
    expect(
      within(adults).getByRole('heading', { name: DRAAGKRACHT_DRAAGLAST.title }),
    ).toBeInTheDocument();
    const children = within(members).getByRole('region', { name: 'Kinderen' });
    expect(
      within(children).getByText('1 gaat goed, 1 aandacht nodig, 1 zorg.'),
    ).toBeInTheDocument();
    expect(
      within(children).getByText('Aandacht of zorg bij: Veilig (zorg), Gezond (aandacht nodig).'),
    ).toBeInTheDocument();
    const youth = within(members).getByRole('region', { name: 'Jongeren' });
    expect(within(youth).getByText('Nog geen vragenlijsten ingevuld.')).toBeInTheDocument();

    const ave = screen.getByRole('region', { name: 'Fase van het huishouden (AVE)' });
    expect(within(ave).getByText('Fase 2: Een vraag of probleem')).toBeInTheDocument();
    expect(within(ave).getByText(/Kleur: geel\./)).toBeInTheDocument();

    const plan = screen.getByRole('region', { name: 'Plan' });
    expect(
      within(plan).getByText('Samira belt het spreekuur Grip op de knip.'),
    ).toBeInTheDocument();
    expect(
      within(plan).getByText('Wie: De inwoner zelf · Klaar op: 15 juni 2025'),
    ).toBeInTheDocument();

    const timeline = within(screen.getByRole('region', { name: 'Tijdlijn' })).getAllByRole(
      'listitem',
    );
    // Newest first: the conversation (with its two assessments), then the assessments of that
    // day outside it, then the earlier PG.
    expect(timeline[0]).toHaveTextContent('1 juni 2025Intakegesprek2 vragenlijsten, 1 afspraak');
    expect(timeline[timeline.length - 1]).toHaveTextContent(
      `15 januari 2025${PG_VOLWASSENEN.title}: Samira El Amrani`,
    );

    expect(screen.getByRole('link', { name: 'Gesprek starten' })).toHaveAttribute(
      'href',
      `/huishouden/${household.id}/gesprek/vraag`,
    );
    expect(within(plan).getByRole('link', { name: 'Plan openen' })).toHaveAttribute(
      'href',
      `/huishouden/${household.id}/plan`,
    );
    expect(within(plan).getByRole('link', { name: 'Overdragen aan een collega' })).toHaveAttribute(
      'href',
      `/huishouden/${household.id}/overdragen`,
    );
    // The bench waits for this marker: only once the dossier's data has rendered.
    expect(document.querySelector('[data-bench="dossier"]')).toHaveAttribute(
      'data-household-id',
      household.id,
    );
  });

  it('shows the bench marker only after loading', async () => {
    const { session } = await freshVault();
    const { household } = await seedFamily(session);
    renderAt(`/huishouden/${household.id}`);
    expect(screen.getByText('Het dossier wordt geopend.')).toBeInTheDocument();
    expect(document.querySelector('[data-bench="dossier"]')).toBeNull();
    await findTitle('Gezin El Amrani');
    expect(document.querySelector('[data-bench="dossier"]')).not.toBeNull();
  });

  it('shows the change between T0 and T1 per instrument, against a chosen earlier measurement', async () => {
    const { session } = await freshVault();
    const { household, persons } = await addHousehold(session, { label: 'Gezin Bakker' }, [
      { displayName: 'Eva Bakker', role: 'volwassene', birthDate: '1980-01-01' },
      { displayName: 'Tim Bakker', role: 'kind', birthDate: '2017-03-03' },
    ]);
    const [eva, tim] = persons;
    if (!eva || !tim) throw new Error('seed failed');
    const base = { householdId: household.id, personId: eva.id };
    const pg = { instrumentId: PG_VOLWASSENEN.id, instrumentVersion: PG_VOLWASSENEN.version };
    const scores = (meedoen: number, zingeving: number) => ({
      kind: 'positieve-gezondheid' as const,
      scores: { ...pgScores(6), meedoen, zingeving },
    });
    await assess(session, { ...base, ...pg, takenAt: '2025-01-10', answers: scores(4, 8) });
    await assess(session, { ...base, ...pg, takenAt: '2025-03-10', answers: scores(6, 8) });
    await assess(session, { ...base, ...pg, takenAt: '2025-06-10', answers: scores(7, 5) });
    const brug = { instrumentId: BRUG.id, instrumentVersion: BRUG.version };
    await assess(session, {
      ...base,
      ...brug,
      takenAt: '2025-01-10',
      answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 4, gezondheid: 2 } },
    });
    await assess(session, {
      ...base,
      ...brug,
      takenAt: '2025-06-10',
      answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 3, gezondheid: 2 } },
    });
    const balance = {
      instrumentId: DRAAGKRACHT_DRAAGLAST.id,
      instrumentVersion: DRAAGKRACHT_DRAAGLAST.version,
    };
    await assess(session, {
      ...base,
      ...balance,
      takenAt: '2025-01-10',
      answers: {
        kind: 'draagkracht-draaglast',
        factors: [
          { factorId: 'schulden', weight: 3, duration: 'permanent' },
          { factorId: 'lichamelijk-gezond', weight: 1, duration: 'permanent' },
        ],
      },
    });
    await assess(session, {
      ...base,
      ...balance,
      takenAt: '2025-06-10',
      answers: {
        kind: 'draagkracht-draaglast',
        factors: [
          { factorId: 'schulden', weight: 1, duration: 'permanent' },
          { factorId: 'lichamelijk-gezond', weight: 3, duration: 'permanent' },
        ],
      },
    });
    const circle = { instrumentId: KANSENCIRKEL.id, instrumentVersion: KANSENCIRKEL.version };
    await assess(session, {
      ...circle,
      householdId: household.id,
      personId: tim.id,
      takenAt: '2025-01-10',
      answers: { kind: 'kansencirkel', areas: { veilig: 'zorg', actief: 'gaat-goed' } },
    });
    await assess(session, {
      ...circle,
      householdId: household.id,
      personId: tim.id,
      takenAt: '2025-06-10',
      answers: { kind: 'kansencirkel', areas: { veilig: 'gaat-goed', actief: 'gaat-goed' } },
    });

    const user = userEvent.setup();
    renderAt(`/huishouden/${household.id}`);
    await findTitle('Gezin Bakker');
    const adults = screen.getByRole('region', { name: 'Volwassenen' });
    // Default: compared with the first measurement (T0).
    const titles = within(adults).getAllByRole('heading', {
      level: 5,
      name: 'Wat is er veranderd sinds 10 januari 2025?',
    });
    expect(titles).toHaveLength(3);
    expect(within(adults).getByText('Meedoen: van 4 naar 7,')).toHaveTextContent(
      'Meedoen: van 4 naar 7, beter',
    );
    expect(within(adults).getByText('Zingeving: van 8 naar 5,')).toHaveTextContent(
      'Zingeving: van 8 naar 5, minder goed',
    );
    expect(within(adults).getByTestId('spiderweb-previous')).toBeInTheDocument();
    expect(within(adults).getByText('Schulden: van niveau 4 naar 3,')).toHaveTextContent(
      'Schulden: van niveau 4 naar 3, beter',
    );
    // Gezondheid stayed at level 2: not listed as moved.
    expect(within(adults).queryByText(/^Gezondheid: van niveau/)).not.toBeInTheDocument();
    expect(
      within(adults).getByText(/^Alles samen: draagkracht van 1 naar 3, draaglast van 3 naar 1\.$/),
    ).toBeInTheDocument();
    expect(within(adults).getByText(/^Conclusie: eerst /)).toBeInTheDocument();

    // Three PG measurements: the professional may compare with the second one instead.
    const choose = within(adults).getByRole('combobox', { name: 'Vergelijk met de meting van' });
    expect(
      within(choose)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['10 januari 2025', '10 maart 2025']);
    await user.selectOptions(choose, '10 maart 2025');
    expect(
      within(adults).getByRole('heading', {
        level: 5,
        name: 'Wat is er veranderd sinds 10 maart 2025?',
      }),
    ).toBeInTheDocument();
    // 6 -> 7 is exactly the minimal change of one point; 4 -> 7 is gone.
    expect(within(adults).getByText('Meedoen: van 6 naar 7,')).toBeInTheDocument();
    expect(within(adults).queryByText('Meedoen: van 4 naar 7,')).not.toBeInTheDocument();

    const children = screen.getByRole('region', { name: 'Kinderen' });
    expect(within(children).getByText('Veilig: van zorg naar gaat goed,')).toHaveTextContent(
      'Veilig: van zorg naar gaat goed, beter',
    );
    // Only one earlier measurement: nothing to choose.
    expect(within(children).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('offers to resume the conversation when an intake draft exists', async () => {
    const { session } = await freshVault();
    const { household } = await seedFamily(session);
    ok(await session.drafts.save(`intake:${household.id}`, { step: 'netwerk' }, new Date()));
    renderAt(`/huishouden/${household.id}`);
    await findTitle('Gezin El Amrani');
    expect(screen.getByRole('link', { name: 'Gesprek hervatten' })).toHaveAttribute(
      'href',
      `/huishouden/${household.id}/gesprek/verder`,
    );
  });

  it('says so in Dutch when the household does not exist', async () => {
    await freshVault();
    renderAt(`/huishouden/${crypto.randomUUID()}`);
    await findTitle('Dit huishouden is er niet');
    expect(screen.getByRole('link', { name: 'Terug naar het overzicht' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('deletes the oefendossier after confirmation', async () => {
    const { session } = await freshVault();
    const { household, persons } = await addHousehold(
      session,
      { label: 'Oefendossier: gezin Jansen', practice: true },
      [{ displayName: 'Sanne Jansen', role: 'volwassene' }],
    );
    const user = userEvent.setup();
    renderAt(`/huishouden/${household.id}`);
    await findTitle('Oefendossier: gezin Jansen');
    expect(screen.getByText('Oefendossier – verzonnen gegevens')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Oefendossier verwijderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Oefendossier verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Nee, bewaren' }));
    expect(ok(await session.households.get(household.id, new Date())).deletedAt).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Oefendossier verwijderen' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Oefendossier verwijderen?' })).getByRole(
        'button',
        { name: 'Ja, verwijderen' },
      ),
    );
    expect(await screen.findByText('Het oefendossier is verwijderd.')).toBeInTheDocument();
    await waitFor(async () => {
      expect(ok(await session.households.get(household.id, new Date())).deletedAt).toBeDefined();
    });
    expect(ok(await session.persons.get(persons[0]?.id ?? '', new Date())).deletedAt).toBeDefined();
    expect(
      screen.queryByRole('link', { name: 'Oefendossier: gezin Jansen' }),
    ).not.toBeInTheDocument();
  });

  it('corrects members and adds one through "Gegevens aanpassen"; errors save nothing', async () => {
    const { session } = await freshVault();
    const { household } = await seedFamily(session);
    const user = userEvent.setup();
    renderAt(`/huishouden/${household.id}`);
    await findTitle('Gezin El Amrani');
    await user.click(screen.getByRole('link', { name: 'Gegevens aanpassen' }));
    await findTitle('Gegevens van Gezin El Amrani aanpassen');
    const row = (position: number) =>
      screen.getByRole('group', { name: `Persoon ${String(position)}` });
    expect(within(row(1)).getByLabelText('Naam')).toHaveValue('Samira El Amrani');
    expect(within(row(1)).getByLabelText('Geboortedatum (niet verplicht)')).toHaveValue(
      '10-02-1985',
    );
    // Existing people cannot be taken out here.
    expect(screen.queryByRole('button', { name: /weghalen$/ })).not.toBeInTheDocument();

    await user.clear(within(row(2)).getByLabelText('Naam'));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(
      await screen.findByRole('link', { name: 'Vul de naam van persoon 2 in.' }),
    ).toBeInTheDocument();
    const unchanged = ok(await session.persons.listByHousehold(household.id, new Date()));
    expect(unchanged.map((person) => person.displayName)).toContain('Youssef El Amrani');

    await user.type(within(row(2)).getByLabelText('Naam'), 'Youssef El Amrani');
    await user.type(within(row(2)).getByLabelText('Geboortedatum (niet verplicht)'), '01-02-1983');
    await user.clear(screen.getByLabelText('Adres (niet verplicht)'));
    await user.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    await user.type(within(row(5)).getByLabelText('Naam'), 'Lina El Amrani');
    await user.selectOptions(within(row(5)).getByLabelText('Rol'), 'Kind');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    await findTitle('Gezin El Amrani');
    expect(screen.getByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    expect(screen.getByText('Geen adres ingevuld.')).toBeInTheDocument();
    const saved = ok(await session.openHousehold(household.id, new Date()));
    expect(saved.household.address).toBeUndefined();
    expect(saved.household.rev).toBe(2);
    const byName = new Map(saved.persons.map((person) => [person.displayName, person]));
    expect(byName.get('Youssef El Amrani')).toMatchObject({ birthDate: '1983-02-01', rev: 2 });
    expect(byName.get('Samira El Amrani')?.rev).toBe(1);
    expect(byName.get('Lina El Amrani')).toMatchObject({ role: 'kind', rev: 1 });
    expect(saved.persons).toHaveLength(5);
  });
});
