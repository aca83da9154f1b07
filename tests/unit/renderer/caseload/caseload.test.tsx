import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockWithPassphrase } from '../../../../renderer/src/db';
import { setSession } from '../../../../renderer/src/features/session/current-session';
import { resetPersonalData } from '../../../../renderer/src/store';
import { formatDate } from '../../../../renderer/src/app/i18n';
import { localIsoDay } from '../../../../shared/household/birth-date';
import { emptyPlan, PlanDataSchema } from '../../../../shared/plan';
import { addHousehold, freshVault, ok, PASSPHRASE, renderAt } from './harness';

const PRACTICE = 'Oefendossier: gezin Jansen';
const BADGE = 'Oefendossier – verzonnen gegevens';

// The dossier screen loads on first visit (lazy); the first import is slow under jsdom.
const findTitle = (name: string) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
const searchBox = () => screen.getByRole('searchbox', { name: 'Zoek een huishouden' });
const resultLinks = () =>
  within(screen.getByRole('region', { name: 'Gevonden huishoudens' })).queryAllByRole('link');

async function seedTwo() {
  const vault = await freshVault();
  const devries = await addHousehold(
    vault.session,
    { label: 'Gezin De Vries', address: 'Kerkstraat 5, Wijk bij Duurstede' },
    [
      { displayName: 'Fatma Çelik', role: 'volwassene', birthDate: '1980-03-12' },
      { displayName: 'Daan de Vries', role: 'kind', birthDate: '2015-06-01' },
    ],
  );
  const bakker = await addHousehold(
    vault.session,
    { label: 'Gezin Bakker', address: 'Molenweg 2, Maassluis' },
    [{ displayName: 'Jan Bakker', role: 'volwassene', birthDate: '1975-01-01' }],
  );
  return { ...vault, devries, bakker };
}

describe('caseload (start screen)', { timeout: 30_000 }, () => {
  afterEach(() => {
    // Unmount first: the screens need a session while they are mounted.
    cleanup();
    setSession(null);
    resetPersonalData();
  });

  it('makes the oefendossier once on the first day and marks it in the list', async () => {
    const { session } = await freshVault();
    renderAt('/');
    const recent = await screen.findByRole('region', { name: 'Recent' });
    const link = await within(recent).findByRole('link', { name: PRACTICE }, { timeout: 5000 });
    const item = link.closest('li');
    expect(item).not.toBeNull();
    expect(within(item as HTMLElement).getByText(BADGE)).toBeInTheDocument();
    expect(
      await within(item as HTMLElement).findByText(/Noor Jansen \(kind, /),
    ).toBeInTheDocument();

    // StrictMode mounted the screen twice: still one practice household, with its PG score.
    const households = ok(await session.households.list(new Date(), { includeDeleted: true }));
    expect(households).toHaveLength(1);
    expect(households[0]?.practice).toBe(true);
    const dossier = ok(await session.openHousehold(households[0]?.id ?? '', new Date()));
    expect(dossier.persons.map((person) => person.role).sort()).toEqual([
      'kind',
      'volwassene',
      'volwassene',
    ]);
    // Two PG measurements (T0 and T1) of one adult, so the dossier shows a comparison. They are
    // written after the people, so wait for them.
    await waitFor(async () => {
      const opened = ok(await session.openHousehold(households[0]?.id ?? '', new Date()));
      expect(opened.assessments).toHaveLength(2);
    });
    const withScores = ok(await session.openHousehold(households[0]?.id ?? '', new Date()));
    expect(withScores.assessments).toHaveLength(2);
    expect(withScores.assessments.map((assessment) => assessment.instrumentId)).toEqual([
      'positieve-gezondheid-volwassenen',
      'positieve-gezondheid-volwassenen',
    ]);
    expect(new Set(withScores.assessments.map((assessment) => assessment.personId)).size).toBe(1);
  });

  it('makes no oefendossier when households exist', async () => {
    const seeded = await seedTwo();
    renderAt('/');
    await screen.findByRole('link', { name: 'Gezin Bakker' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText(BADGE)).not.toBeInTheDocument();
    expect(
      ok(await seeded.session.households.list(new Date(), { includeDeleted: true })),
    ).toHaveLength(2);
  });

  it('never makes the oefendossier again after it was deleted', async () => {
    const first = await freshVault();
    const view = renderAt('/');
    await screen.findByRole('link', { name: PRACTICE }, { timeout: 5000 });
    const [practice] = ok(await first.session.households.list(new Date()));
    ok(
      await first.session.households.softDelete(practice?.id ?? '', practice?.rev ?? 0, new Date()),
    );
    view.unmount();

    // A new session on the same laptop (after a lock): the caseload is empty, nothing is re-made.
    await first.session.lock('user', new Date());
    const again = ok(await unlockWithPassphrase(first.db, PASSPHRASE, new Date()));
    setSession(again);
    renderAt('/');
    expect(
      await screen.findByText('U hebt nog geen huishoudens. Kies Nieuw huishouden om te beginnen.'),
    ).toBeInTheDocument();
    // Give a (wrong) re-seed every chance to happen before checking it did not.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ok(await again.households.list(new Date(), { includeDeleted: true }))).toHaveLength(1);
    expect(screen.queryByRole('link', { name: PRACTICE })).not.toBeInTheDocument();
  });

  it('filters as you type on name, birth date and address, and says why', async () => {
    await seedTwo();
    const user = userEvent.setup();
    renderAt('/');
    await screen.findByRole('link', { name: 'Gezin Bakker' });

    await user.type(searchBox(), 'fat');
    expect(resultLinks().map((link) => link.textContent)).toEqual(['Gezin De Vries']);
    expect(screen.getByText('Gevonden op: naam.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Recent' })).not.toBeInTheDocument();

    await user.type(searchBox(), 'ma xyz');
    expect(resultLinks()).toHaveLength(0);
    expect(screen.getAllByText('Geen huishoudens gevonden.').length).toBeGreaterThan(0);

    await user.clear(searchBox());
    await user.type(searchBox(), '12-03-1980');
    expect(resultLinks().map((link) => link.textContent)).toEqual(['Gezin De Vries']);
    expect(screen.getByText('Gevonden op: geboortedatum.')).toBeInTheDocument();

    await user.clear(searchBox());
    await user.type(searchBox(), 'molenw');
    expect(resultLinks().map((link) => link.textContent)).toEqual(['Gezin Bakker']);
    expect(screen.getByText('Gevonden op: adres.')).toBeInTheDocument();
    expect(screen.getByText('Jan Bakker (volwassene, 01-01-1975)')).toBeInTheDocument();

    // The live region speaks after a pause in typing.
    const live = screen
      .getAllByRole('status')
      .find((element) => element.classList.contains('visually-hidden'));
    expect(live).toBeDefined();
    await waitFor(() => {
      expect(live).toHaveTextContent('1 huishouden gevonden.');
    });

    await user.clear(searchBox());
    expect(await screen.findByRole('region', { name: 'Recent' })).toBeInTheDocument();
    expect(live).toHaveTextContent('');
  });

  it('logs a search (without the query) when a hit is opened, not when a recent one is', async () => {
    const { session, bakker } = await seedTwo();
    const user = userEvent.setup();
    renderAt('/');
    await screen.findByRole('link', { name: 'Gezin Bakker' });

    await user.click(
      within(screen.getByRole('region', { name: 'Recent' })).getByRole('link', {
        name: 'Gezin Bakker',
      }),
    );
    await findTitle('Gezin Bakker');
    let entries = ok(await session.audit.list({ limit: 50 }));
    expect(entries.filter((entry) => entry.action === 'search')).toHaveLength(0);

    await user.click(
      screen.getAllByRole('link', { name: 'Terug naar het overzicht' })[0] as HTMLElement,
    );
    await user.type(
      await screen.findByRole('searchbox', { name: 'Zoek een huishouden' }),
      'bakker',
    );
    await user.click(resultLinks()[0] as HTMLElement);
    await findTitle('Gezin Bakker');
    await waitFor(async () => {
      entries = ok(await session.audit.list({ limit: 50 }));
      expect(entries.filter((entry) => entry.action === 'search')).toHaveLength(1);
    });
    const search = entries.find((entry) => entry.action === 'search');
    expect(search).toMatchObject({
      objectType: 'caseload',
      objectIds: [bakker.household.id],
      outcome: 'success',
    });
    expect(JSON.stringify(entries).toLowerCase()).not.toContain('bakker');

    // Back from the dossier, the search and its hits are still there.
    await user.click(
      screen.getAllByRole('link', { name: 'Terug naar het overzicht' })[0] as HTMLElement,
    );
    expect(await screen.findByRole('searchbox', { name: 'Zoek een huishouden' })).toHaveValue(
      'bakker',
    );
    expect(resultLinks().map((link) => link.textContent)).toEqual(['Gezin Bakker']);
  });

  it('shows at most 10 recent households, the last changed first', async () => {
    const { session } = await freshVault();
    const start = Date.now() - 60 * 60_000;
    for (let index = 1; index <= 12; index++) {
      ok(
        await session.households.create(
          { label: `Huishouden ${String(index).padStart(2, '0')}` },
          new Date(start + index * 60_000),
        ),
      );
    }
    renderAt('/');
    const recent = await screen.findByRole('region', { name: 'Recent' });
    await within(recent).findByRole('link', { name: 'Huishouden 12' });
    const names = within(recent)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual([
      'Huishouden 12',
      'Huishouden 11',
      'Huishouden 10',
      'Huishouden 09',
      'Huishouden 08',
      'Huishouden 07',
      'Huishouden 06',
      'Huishouden 05',
      'Huishouden 04',
      'Huishouden 03',
    ]);
    expect(screen.getByRole('link', { name: 'Nieuw huishouden' })).toHaveAttribute(
      'href',
      '/huishouden/nieuw',
    );
  });

  it('moves from the search box into the results with the arrow keys', async () => {
    await seedTwo();
    const user = userEvent.setup();
    renderAt('/');
    await screen.findByRole('link', { name: 'Gezin Bakker' });
    await user.type(searchBox(), 'gezin');
    expect(resultLinks()).toHaveLength(2);
    await user.keyboard('{ArrowDown}');
    expect(resultLinks()[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(resultLinks()[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(searchBox()).toHaveFocus();
  });
  it('shows when the plan is to be evaluated, in the list, the results and the dossier', async () => {
    const { session, devries, bakker } = await seedTwo();
    const today = localIsoDay(new Date());
    const dayFromNow = (days: number) => localIsoDay(new Date(Date.now() + days * 86_400_000));
    const planFor = (householdId: string, evaluationDates: string[]) =>
      session.plans.create(
        PlanDataSchema,
        { householdId, data: { ...emptyPlan(), evaluationDates } },
        new Date(),
      );
    ok(await planFor(devries.household.id, [dayFromNow(-3), dayFromNow(40)]));
    const future = dayFromNow(20);
    const bakkerPlan = ok(await planFor(bakker.household.id, [future]));
    const user = userEvent.setup();
    renderAt('/');
    const recent = await screen.findByRole('region', { name: 'Recent' });
    // The bench marker is there as soon as the list shows.
    expect(document.querySelector('[data-bench="caseload-list"]')).not.toBeNull();
    const item = (name: string) =>
      within(recent).getByRole('link', { name }).closest('li') as HTMLElement;
    await within(item('Gezin De Vries')).findByText('Evaluatie nu');
    const [year = 0, month = 1, day = 1] = future.split('-').map(Number);
    const futureText = `Evaluatie gepland op ${formatDate(new Date(year, month - 1, day))}`;
    expect(within(item('Gezin Bakker')).getByText(futureText)).toBeInTheDocument();
    expect(within(item('Gezin Bakker')).queryByText('Evaluatie nu')).not.toBeInTheDocument();

    // A plan write updates the index: Bakker's evaluation day is today now.
    ok(
      await session.plans.update(
        PlanDataSchema,
        { ...bakkerPlan, data: { ...bakkerPlan.data, evaluationDates: [today] } },
        new Date(),
      ),
    );
    await within(item('Gezin Bakker')).findByText('Evaluatie nu');

    await user.type(searchBox(), 'bakker');
    const results = screen.getByRole('region', { name: 'Gevonden huishoudens' });
    expect(results).toHaveAttribute('data-bench-query', 'bakker');
    expect(within(results).getByText('Evaluatie nu')).toBeInTheDocument();
    expect(results.querySelectorAll('a[data-result]')).toHaveLength(1);

    await user.click(within(results).getByRole('link', { name: 'Gezin Bakker' }));
    await findTitle('Gezin Bakker');
    const plan = screen.getByRole('region', { name: 'Plan' });
    expect(await within(plan).findByText('Evaluatie nu')).toBeInTheDocument();
  });

  it('counts an evaluation conversation on or after the day: no longer due', async () => {
    const { session, bakker } = await seedTwo();
    ok(
      await session.plans.create(
        PlanDataSchema,
        {
          householdId: bakker.household.id,
          data: { ...emptyPlan(), evaluationDates: ['2025-01-10'] },
        },
        new Date(),
      ),
    );
    renderAt('/');
    const recent = await screen.findByRole('region', { name: 'Recent' });
    const item = () => within(recent).getByRole('link', { name: 'Gezin Bakker' }).closest('li');
    await within(item() as HTMLElement).findByText('Evaluatie nu');
    ok(
      await session.conversations.create(
        {
          householdId: bakker.household.id,
          kind: 'evaluatie',
          date: '2025-01-12',
          question: '',
          strengths: '',
          network: [],
          changes: [],
          agreements: [],
          assessmentIds: [],
        },
        new Date(),
      ),
    );
    await waitFor(() => {
      expect(within(item() as HTMLElement).queryByText('Evaluatie nu')).not.toBeInTheDocument();
    });
  });
});
