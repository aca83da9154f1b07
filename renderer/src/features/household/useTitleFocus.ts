import { useEffect } from 'react';

/**
 * The frame moves focus to the h1 on a route change, but a screen that loads on first visit (or
 * loads its data) has no h1 yet then. Once `ready`, the title takes the focus, unless the
 * professional already moved on.
 */
export function useTitleFocus(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active === null || active === document.body || active.id === 'inhoud') {
      document.querySelector<HTMLElement>('#inhoud h1')?.focus();
    }
  }, [ready]);
}
