/**
 * Moves focus to the screen's h1 once it is in `container`. A lazily loaded screen renders its
 * heading a moment after the route changed, so this waits for it (up to `timeoutMs`). Returns a
 * function that stops waiting (the effect's cleanup, when the route changes again).
 */
export function focusHeadingWhenShown(container: HTMLElement | null, timeoutMs = 3000): () => void {
  if (!container) return () => undefined;
  const focusHeading = (): boolean => {
    const heading = container.querySelector<HTMLElement>('h1');
    heading?.focus();
    return heading !== null;
  };
  if (focusHeading()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focusHeading()) stop();
  });
  const timer = window.setTimeout(() => {
    stop();
  }, timeoutMs);
  function stop(): void {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}
