import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { createWebHost } from '../../../renderer/src/platform/web';

describe('App shell', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('shows the Dutch first screen', async () => {
    render(<App host={{ kind: 'web', api: createWebHost(window) }} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens the about screen by keyboard and moves focus to its heading', async () => {
    const user = userEvent.setup();
    render(<App host={{ kind: 'web', api: createWebHost(window) }} />);
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' });
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Over Keukentafel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Over Keukentafel' });
    expect(heading).toHaveFocus();
    expect(await screen.findByText('Proefversie in de browser')).toBeInTheDocument();
    expect(document.title).toBe('Over Keukentafel – Keukentafel');
  });
});
