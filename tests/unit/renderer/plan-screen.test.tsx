import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../../shared/plan';
import type { Conversation } from '../../../shared/schemas/conversation';
import { PlatformProvider } from '../../../renderer/src/app/platform-context';
import type { Session } from '../../../renderer/src/db';
import { PlanScreen } from '../../../renderer/src/features/plan/PlanScreen';
import { setSession } from '../../../renderer/src/features/session/current-session';
import { forgetAllDrafts } from '../../../renderer/src/features/session/draft-autosave';
import { testHost, type TestHost } from './support/app-harness';
import { addHousehold, addPerson, freshVault, NOW, ok } from './db/helpers';

let session: Session;
let householdId: string;
let fatmaId: string;
let host: TestHost;

async function addConversation(): Promise<Conversation> {
  return ok(
    await session.conversations.create(
      {
        householdId,
        kind: 'intake',
        date: '2024-04-30',
        question: 'Ik wil weer grip op mijn geld',
        strengths: 'De kinderen gaan graag naar school.',
        network: [
          {
            id: crypto.randomUUID(),
            name: 'Els',
            relation: 'buurvrouw',
            kind: 'informeel',
            status: 'helpt',
          },
        ],
        changes: [
          {
            personId: fatmaId,
            dimensionId: 'dagelijks-functioneren',
            words: 'Zelf mijn post openen en betalen',
          },
        ],
        agreements: [
          {
            id: crypto.randomUUID(),
            what: 'Fatma maakt een afspraak bij Grip op de knip',
            actor: 'inwoner',
            due: '2024-05-14',
          },
        ],
        avePhase: 2,
        assessmentIds: [],
      },
      NOW,
    ),
  );
}

function renderPlan() {
  const router = createMemoryRouter(
    [
      { path: '/huishouden/:householdId/plan', element: <PlanScreen /> },
      { path: '*', element: <p>elders</p> },
    ],
    { initialEntries: [`/huishouden/${householdId}/plan`] },
  );
  return render(
    <PlatformProvider value={{ kind: 'web', api: host }}>
      <RouterProvider router={router} />
    </PlatformProvider>,
  );
}

async function storedPlan() {
  const plans = ok(await session.plans.listByHousehold(PlanDataSchema, householdId, NOW));
  return plans[0];
}

beforeEach(async () => {
  ({ session } = await freshVault());
  setSession(session);
  householdId = (await addHousehold(session, 'Gezin Yilmaz')).id;
  fatmaId = (await addPerson(session, householdId, 'Fatma Yilmaz')).id;
  host = testHost();
});

afterEach(() => {
  forgetAllDrafts();
  setSession(null);
});

describe('plan screen', () => {
  it('asks for a conversation first when there is none', async () => {
    renderPlan();
    expect(
      await screen.findByText('Voer eerst een gesprek. Daarna maakt u hier het plan.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gesprek starten' })).toHaveAttribute(
      'href',
      `/huishouden/${householdId}/gesprek/vraag`,
    );
  });

  it('makes the plan from the conversation without retyping anything', async () => {
    await addConversation();
    const user = userEvent.setup();
    renderPlan();
    await user.click(await screen.findByRole('button', { name: 'Plan maken uit het gesprek' }));
    await screen.findByRole('button', { name: 'Plan opslaan' });

    const plan = await storedPlan();
    expect(plan?.data.goals.map((goal) => goal.words)).toEqual([
      'Zelf mijn post openen en betalen',
    ]);
    expect(plan?.data.actions.map((action) => action.what)).toEqual([
      'Fatma maakt een afspraak bij Grip op de knip',
    ]);
    expect(plan?.data.krachten).toBe('De kinderen gaan graag naar school.');
    expect(plan?.data.avePhase).toBe(2);
    expect(plan?.data.evaluationDates).toEqual(['2024-07-30']);
    expect(screen.getByLabelText('Het doel in eigen woorden')).toHaveValue(
      'Zelf mijn post openen en betalen',
    );
    // What is still missing before the family can agree is named.
    const gaps = screen.getByRole('region', { name: 'Nog niet klaar' });
    expect(within(gaps).getByText('Er is nog geen regisseur gekozen.')).toBeInTheDocument();
  });

  it('refuses an empty action with a Dutch message and stores nothing', async () => {
    await addConversation();
    const user = userEvent.setup();
    renderPlan();
    await user.click(await screen.findByRole('button', { name: 'Plan maken uit het gesprek' }));
    await screen.findByRole('button', { name: 'Plan opslaan' });
    const before = await storedPlan();

    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    const message = 'Schrijf bij actie 2 op wat er gaat gebeuren.';
    expect(await screen.findByRole('link', { name: message })).toBeInTheDocument();
    expect((await storedPlan())?.rev).toBe(before?.rev);
  });

  it('saves the regisseur chosen from the family and the agreement under protest', async () => {
    await addConversation();
    const user = userEvent.setup();
    renderPlan();
    await user.click(await screen.findByRole('button', { name: 'Plan maken uit het gesprek' }));
    await screen.findByRole('button', { name: 'Plan opslaan' });

    await user.selectOptions(screen.getByLabelText('Wie is de regisseur?'), 'gezinslid');
    await user.selectOptions(screen.getByLabelText('Welk gezinslid?'), fatmaId);
    await user.selectOptions(
      screen.getByLabelText('Is het gezin akkoord?'),
      'akkoord-onder-protest',
    );
    await user.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    expect(
      await screen.findByRole('link', { name: 'Schrijf op waar het gezin het niet mee eens is.' }),
    ).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('Waar is het gezin het niet mee eens?'),
      'Het gaat te langzaam',
    );
    await user.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    await waitFor(async () => {
      expect((await storedPlan())?.data.agreement?.note).toBe('Het gaat te langzaam');
    });
    const plan = await storedPlan();
    expect(plan?.data.regisseur).toEqual({
      kind: 'gezinslid',
      personId: fatmaId,
      name: 'Fatma Yilmaz',
    });
  });

  it('writes the plan text from the record, editable, and prints with an audit entry', async () => {
    await addConversation();
    const user = userEvent.setup();
    renderPlan();
    await user.click(await screen.findByRole('button', { name: 'Plan maken uit het gesprek' }));
    await screen.findByRole('button', { name: 'Plan opslaan' });

    const planTexts = screen.getAllByRole('button', { name: 'Tekst maken' });
    await user.click(planTexts[1] as HTMLElement);
    const text = screen.getByLabelText('Plantekst');
    expect((text as HTMLTextAreaElement).value).toContain(
      'Dagelijks leven, voor Fatma Yilmaz: "Zelf mijn post openen en betalen"',
    );
    expect((text as HTMLTextAreaElement).value).not.toMatch(/\{\w+\}/);

    await user.click(screen.getByRole('button', { name: 'Plan afdrukken of als PDF bewaren' }));
    await waitFor(() => {
      expect(host.pdfPrint).toHaveBeenCalledWith({ pageSize: 'A4', landscape: false });
    });
    await waitFor(async () => {
      const entries = ok(await session.audit.list({ limit: 10 }));
      expect(entries.some((entry) => entry.action === 'print' && entry.objectType === 'plan')).toBe(
        true,
      );
    });
  });

  it('prints the gespreksverslag on request, then the plan again', async () => {
    await addConversation();
    const user = userEvent.setup();
    let printedHeading: string | undefined;
    let printedText = '';
    host.pdfPrint.mockImplementation(() => {
      const article = document.querySelector('article.plan-print');
      printedHeading = article?.querySelector('h1')?.textContent;
      printedText = article?.textContent ?? '';
      return Promise.resolve({ status: 'printed-by-browser' });
    });
    renderPlan();
    await user.click(await screen.findByRole('button', { name: 'Plan maken uit het gesprek' }));
    await screen.findByRole('button', { name: 'Plan opslaan' });

    await user.click(screen.getByRole('button', { name: 'Verslag afdrukken of als PDF bewaren' }));
    await waitFor(() => {
      expect(printedHeading).toBe('Gespreksverslag');
    });
    expect(printedText).toContain('"Ik wil weer grip op mijn geld"');
    expect(printedText).toContain('Fatma maakt een afspraak bij Grip op de knip');
    expect(printedText).not.toMatch(/\{\w+\}/);
    await waitFor(() => {
      expect(document.querySelector('article.plan-print h1')?.textContent).toBe(
        'Plan van Gezin Yilmaz',
      );
    });
  });

  it('links each gap to its field and marks a refused field in place', async () => {
    await addConversation();
    const user = userEvent.setup();
    renderPlan();
    await user.click(await screen.findByRole('button', { name: 'Plan maken uit het gesprek' }));
    await screen.findByRole('button', { name: 'Plan opslaan' });
    expect(screen.getByText('Het plan is opgeslagen.')).toBeInTheDocument();

    const gaps = screen.getByRole('region', { name: 'Nog niet klaar' });
    await user.click(within(gaps).getByRole('link', { name: 'Er is nog geen regisseur gekozen.' }));
    expect(screen.getByLabelText('Wie is de regisseur?')).toHaveFocus();
    await user.click(
      within(gaps).getByRole('link', {
        name: 'Het gezin heeft nog niet gezegd of het akkoord is.',
      }),
    );
    expect(screen.getByLabelText('Is het gezin akkoord?')).toHaveFocus();

    // A change makes "opgeslagen" untrue; a refused field says why, next to itself.
    await user.clear(screen.getByLabelText('Het doel in eigen woorden'));
    expect(screen.queryByText('Het plan is opgeslagen.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    const field = screen.getByLabelText('Het doel in eigen woorden');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Schrijf doel 1 op in de woorden van het gezin.');
  });

  it('prints the plan with a heading per section and the family overview', async () => {
    await addConversation();
    const user = userEvent.setup();
    const { container } = renderPlan();
    await user.click(await screen.findByRole('button', { name: 'Plan maken uit het gesprek' }));
    await screen.findByRole('button', { name: 'Plan opslaan' });

    const printout = container.querySelector('.plan-print');
    expect(printout).not.toBeNull();
    const headings = [...(printout?.querySelectorAll('h2') ?? [])].map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining(['Regisseur', 'Doelen', 'Wat gaan we doen', 'Akkoord']),
    );
    expect(printout?.querySelector('h1')?.textContent).toBe('Plan van Gezin Yilmaz');
    expect(printout?.textContent).toContain('Overzicht voor Gezin Yilmaz');
    expect(printout?.textContent).toContain('Zelf mijn post openen en betalen');
    expect(printout?.textContent).not.toMatch(/\{\w+\}/);

    // A text the professional edited is printed as written, still with its section headings.
    const planTexts = screen.getAllByRole('button', { name: 'Tekst maken' });
    await user.click(planTexts[1] as HTMLElement);
    const text = screen.getByLabelText('Plantekst');
    await user.type(text, '{Enter}{Enter}Fatma belt zelf op maandag.');
    expect(printout?.textContent).toContain('Fatma belt zelf op maandag.');
    const after = [...(printout?.querySelectorAll('h2') ?? [])].map((h) => h.textContent);
    expect(after).toEqual(expect.arrayContaining(['Regisseur', 'Doelen', 'Akkoord']));
  });
});
