import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { completeFirstRun, renderApp, resetApp } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

describe('App shell', () => {
  beforeEach(() => {
    resetApp();
  });

  it('shows the Dutch first screen behind the vault gate', async () => {
    const user = userEvent.setup();
    renderApp();
    await completeFirstRun(user);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    // The start screen is the caseload: a search box and the way to a new household.
    expect(screen.getByRole('searchbox', { name: 'Zoek een huishouden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuw huishouden' })).toBeInTheDocument();
  });

  it('opens the about screen by keyboard and moves focus to its heading', async () => {
    const user = userEvent.setup();
    renderApp();
    await completeFirstRun(user);
    // After unlock the page title has the focus; the skip link and menu come first in the page.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ga naar de inhoud' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Instellingen' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Back-up' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Over Keukentafel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Over Keukentafel' });
    expect(heading).toHaveFocus();
    expect(await screen.findByText('Proefversie in de browser')).toBeInTheDocument();
    expect(document.title).toBe('Over Keukentafel – Keukentafel');
  });

  it('the skip link moves focus to the content without changing the route', async () => {
    const user = userEvent.setup();
    renderApp();
    await completeFirstRun(user);
    (document.activeElement as HTMLElement).blur();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(document.getElementById('inhoud')).toHaveFocus();
    expect(window.location.hash).not.toContain('inhoud');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
  });

  it('has the lock button with its shortcut after the menu', async () => {
    const user = userEvent.setup();
    renderApp();
    await completeFirstRun(user);
    const lock = screen.getByRole('button', { name: 'Vergrendelen Ctrl+L' });
    expect(lock).toHaveAttribute('aria-keyshortcuts', 'Control+L');
  });
});
