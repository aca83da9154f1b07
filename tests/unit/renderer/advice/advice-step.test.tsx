import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AdviceStep, groupByLevel } from '../../../../renderer/src/features/advice/AdviceStep';
import {
  AdviceDraftSchema,
  emptyAdviceDraft,
  type AdviceDraft,
} from '../../../../renderer/src/features/advice/advice-draft';
import { adviceFor, DEBTS, loadCase, NO_WORRIES, NOW, profile, SAFETY } from './support';

function renderStep(file: string, options: { safetyConcern?: boolean; profileId?: string } = {}) {
  const input = loadCase(file);
  const changes: AdviceDraft[] = [];
  function Host() {
    const [value, setValue] = useState<AdviceDraft>(emptyAdviceDraft());
    return (
      <AdviceStep
        household={input.household}
        persons={input.persons}
        assessments={input.assessments}
        safetyConcern={options.safetyConcern ?? false}
        profile={profile(options.profileId)}
        now={NOW}
        value={value}
        onChange={(next) => {
          // Every value handed out must be storable in the intake draft.
          changes.push(AdviceDraftSchema.parse(next));
          setValue(next);
        }}
      />
    );
  }
  const view = render(<Host />);
  return { ...view, changes, user: userEvent.setup() };
}

const groupTitles = () =>
  screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

const card = (title: string) => {
  const found = screen
    .getAllByRole('article')
    .find((article) => within(article).queryByRole('heading', { level: 5, name: title }));
  if (found === undefined) throw new Error(`no card ${title}`);
  return found;
};

async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => violation.id);
}

// A full advice renders a long page; typing and axe take a while on a shared build machine.
vi.setConfig({ testTimeout: 30_000 });

describe('AdviceStep', () => {
  it('names the profile on top and groups the suggestions by level in the engine order', () => {
    renderStep(DEBTS);
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Advies volgens het profiel Wijk bij Duurstede',
      }),
    ).toBeInTheDocument();
    const result = adviceFor(DEBTS);
    expect(groupTitles()).toEqual(
      groupByLevel(result.suggestions).map((group) =>
        group.level === 'selectief'
          ? 'Bij meer risico (selectief)'
          : group.level === 'maatwerk'
            ? 'Gespecialiseerde steun (maatwerk, toeleiding)'
            : 'Voor iedereen (universeel)',
      ),
    );
    // Debts first (rule 6), so the selective group leads; the universal options come last.
    expect(groupTitles()[0]).toBe('Bij meer risico (selectief)');
    const selective = screen.getByRole('region', { name: /Bij meer risico/ });
    const titles = within(selective)
      .getAllByRole('heading', { level: 5 })
      .map((heading) => heading.textContent);
    const expected = result.suggestions
      .filter((suggestion) => suggestion.level === 'selectief')
      .map((suggestion) => suggestion.title);
    expect(titles).toEqual(expected);
    expect(screen.getAllByRole('article')).toHaveLength(result.suggestions.length);
  });

  it('shows the level, limits and bestaanszekerheid in plain words', () => {
    renderStep(DEBTS);
    const level = screen.getByRole('region', { name: 'Preventieniveau van het huishouden' });
    expect(level).toHaveTextContent('Niveau: Gespecialiseerde steun');
    expect(level).toHaveTextContent('Lichte steun is niet genoeg.');
    expect(level).toHaveTextContent('Eerst de basis: wonen, inkomen en schulden');
    expect(level).toHaveTextContent('Marco Jansen: Wat iemand draagt');
    expect(level).toHaveTextContent('Er zijn schulden en er is geen overzicht.');
  });

  it('says why: the answers that triggered it, who acts, and the kaders with their summary', () => {
    renderStep(DEBTS);
    const maatje = card('Schuldhelpmaatje');
    expect(maatje).toHaveTextContent('Marco Jansen: Brug naar Zelfredzaamheid, Schulden: niveau 4');
    expect(maatje).toHaveTextContent('Wonen, inkomen of schulden zijn niet op orde.');
    expect(maatje).toHaveTextContent('Een partnerorganisatie');
    expect(maatje).toHaveTextContent('Voor één persoon of gezin');
    expect(maatje).toHaveTextContent('Voor wieMarco Jansen');
    expect(within(maatje).getByText('K6 Oog voor grenzen')).toBeInTheDocument();
    expect(maatje).toHaveTextContent('Wie schulden heeft, kan minder goed kiezen.');
    expect(card('Mensen om de inwoner heen')).toHaveTextContent(
      'Positieve Gezondheid, Mentaal welbevinden: 4 van 10',
    );
  });

  it('puts the safety route on top, above every prevention option', () => {
    renderStep(SAFETY, { safetyConcern: true });
    expect(groupTitles()[0]).toBe('Veiligheid eerst (meldcode)');
    const articles = screen.getAllByRole('article');
    expect(within(articles[0] as HTMLElement).getByRole('heading', { level: 5 })).toHaveTextContent(
      'Meldcode huiselijk geweld en kindermishandeling',
    );
    expect(within(articles[1] as HTMLElement).getByRole('heading', { level: 5 })).toHaveTextContent(
      'Veilig Thuis',
    );
    const notice = screen.getByText('Zorg over veiligheid: volg eerst de meldcode');
    const firstGroup = screen.getByRole('region', { name: /Veiligheid eerst/ });
    expect(
      notice.compareDocumentPosition(firstGroup) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(articles[0]).toHaveTextContent('Zorg over veiligheid, genoteerd in dit gesprek');
    expect(articles[0]).toHaveTextContent('Sem de Boer: Kansencirkel, Veilig: Zorg');
    expect(
      screen.getByRole('region', { name: 'Preventieniveau van het huishouden' }),
    ).toHaveTextContent('Niveau: Veiligheid eerst');
  });

  it('names ordinary life when the engine normalises', () => {
    renderStep(NO_WORRIES);
    expect(screen.getByText('Dit hoort bij het gewone leven')).toBeInTheDocument();
    expect(
      screen.getByText(/Het gaat goed. Er zijn geen zorgen die om hulp vragen./),
    ).toBeInTheDocument();
    expect(groupTitles()).toEqual(['Voor iedereen (universeel)']);
  });

  it('accepts and undoes by keyboard, and announces the choice', async () => {
    const { user, changes } = renderStep(DEBTS);
    const accept = screen.getByRole('button', { name: 'Schuldhelpmaatje overnemen' });
    accept.focus();
    await user.keyboard('{Enter}');
    expect(changes.at(-1)?.decisions).toEqual({ schuldhelpmaatje: { kind: 'accepted' } });
    expect(accept).toHaveAttribute('aria-pressed', 'true');
    expect(accept).toHaveFocus();
    expect(card('Schuldhelpmaatje')).toHaveTextContent(
      'Overgenomen. Dit wordt een afspraak in het plan.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Schuldhelpmaatje: overgenomen.');
    expect(screen.getByText('1 van 12 voorstellen gekozen.')).toBeInTheDocument();

    await user.keyboard(' ');
    expect(changes.at(-1)?.decisions).toEqual({});
    expect(accept).toHaveAttribute('aria-pressed', 'false');
  });

  it('declines only with a reason, in Dutch, by keyboard', async () => {
    const { user, changes } = renderStep(DEBTS);
    const decline = screen.getByRole('button', {
      name: 'Spreekuur Grip op de knip niet overnemen',
    });
    decline.focus();
    await user.keyboard('{Enter}');
    const group = screen.getByRole('radiogroup', {
      name: 'Waarom neemt u Spreekuur Grip op de knip niet over?',
    });
    // The first reason takes the focus; nothing is chosen yet.
    expect(within(group).getAllByRole('radio')[0]).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Reden opslaan' }));
    expect(group).toHaveAccessibleDescription('Kies een reden.');
    expect(changes).toHaveLength(0);

    // "Andere reden" needs the professional's own words.
    within(group).getAllByRole('radio')[0]?.focus();
    for (let step = 0; step < 6; step += 1) await user.keyboard('{ArrowDown}');
    expect(
      within(group).getByRole('radio', { name: 'Andere reden (schrijf op welke)' }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Reden opslaan' }));
    const note = screen.getByRole('textbox', { name: 'Toelichting' });
    expect(note).toHaveFocus();
    expect(note).toHaveAccessibleDescription(/Schrijf op waarom u dit niet overneemt./);
    expect(changes).toHaveLength(0);

    await user.type(note, 'Loopt al via de bewindvoerder.');
    await user.keyboard('{Tab}{Enter}');
    expect(changes.at(-1)?.decisions).toEqual({
      'grip-op-de-knip': {
        kind: 'declined',
        reason: 'anders',
        note: 'Loopt al via de bewindvoerder.',
      },
    });
    expect(screen.queryByRole('radiogroup', { name: /Grip op de knip/ })).not.toBeInTheDocument();
    expect(card('Spreekuur Grip op de knip')).toHaveTextContent(
      'Niet overgenomen. Reden: Andere reden (schrijf op welke). Toelichting: Loopt al via de bewindvoerder.',
    );
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(decline).toHaveFocus();
    expect(decline).toHaveAttribute('aria-pressed', 'true');

    await user.click(
      screen.getByRole('button', { name: 'Keuze ongedaan maken: Spreekuur Grip op de knip' }),
    );
    expect(changes.at(-1)?.decisions).toEqual({});
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(
      screen.getByRole('button', { name: 'Spreekuur Grip op de knip overnemen' }),
    ).toHaveFocus();
  });

  it('cancels a decline without a change', async () => {
    const { user, changes } = renderStep(DEBTS);
    await user.click(
      screen.getByRole('button', { name: 'Spreekuur Grip op de knip niet overnemen' }),
    );
    await user.click(screen.getByRole('radio', { name: 'De inwoner wil dit niet' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(changes).toHaveLength(0);
    expect(screen.queryByRole('radiogroup', { name: /Grip op de knip/ })).toBeNull();
  });

  it('adds an option from the catalogue and one in own words, and removes one', async () => {
    const { user, changes } = renderStep(DEBTS);
    const add = screen.getByRole('region', { name: 'Zelf iets toevoegen' });
    await user.click(within(add).getByRole('button', { name: 'Toevoegen' }));
    expect(within(add).getByRole('combobox', { name: 'Voorziening' })).toHaveAccessibleDescription(
      'Kies een voorziening.',
    );
    expect(changes).toHaveLength(0);

    const entries = within(add).getByRole('combobox', { name: 'Voorziening' });
    // Suggested options are not offered again.
    expect(within(entries).queryByRole('option', { name: /^Schuldhelpmaatje/ })).toBeNull();
    await user.selectOptions(entries, 'bibliotheek-taal-digitaal');
    await user.click(within(add).getByRole('button', { name: 'Toevoegen' }));
    expect(changes.at(-1)?.additions).toEqual([
      expect.objectContaining({
        catalogueId: 'bibliotheek-taal-digitaal',
        level: 'universeel',
        theme: 'T3',
        actor: profile().catalogue.find((entry) => entry.id === 'bibliotheek-taal-digitaal')?.actor,
      }),
    ]);

    // Own words, by keyboard: the second radio, a title, the actor.
    within(add).getByRole('radio', { name: 'Een voorziening van de gemeente' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(within(add).getByRole('radio', { name: 'Iets anders, in eigen woorden' })).toBeChecked();
    await user.type(
      within(add).getByRole('textbox', { name: 'Wat is de afspraak?' }),
      'Samen de post openen',
    );
    await user.selectOptions(
      within(add).getByRole('combobox', { name: 'Wie zet de stap?' }),
      'netwerk',
    );
    within(add).getByRole('textbox', { name: 'Wat is de afspraak?' }).focus();
    await user.keyboard('{Enter}');
    expect(changes.at(-1)?.additions.at(-1)).toMatchObject({
      catalogueId: null,
      title: 'Samen de post openen',
      actor: 'netwerk',
    });
    expect(
      within(add).getByText('Samen de post openen. Iemand uit de omgeving.'),
    ).toBeInTheDocument();

    await user.click(within(add).getByRole('button', { name: 'Samen de post openen weghalen' }));
    expect(changes.at(-1)?.additions).toHaveLength(1);
  });

  it('gives no advice on answers that do not fit, and says which field', () => {
    const input = loadCase(DEBTS);
    const [first, ...rest] = input.assessments;
    if (first === undefined) throw new Error('no assessment');
    render(
      <AdviceStep
        household={input.household}
        persons={input.persons}
        assessments={[{ ...first, personId: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f' }, ...rest]}
        safetyConcern={false}
        profile={profile()}
        now={NOW}
        value={emptyAdviceDraft()}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByText(/De app kan nog geen advies geven/)).toBeInTheDocument();
    expect(screen.getByText(/assessments\[1\]\.personId/)).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('has no axe violations, also with a decline form open', async () => {
    const { container, user } = renderStep(SAFETY, { safetyConcern: true });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Veilig Thuis niet overnemen' }));
    await user.click(screen.getByRole('button', { name: 'Reden opslaan' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
