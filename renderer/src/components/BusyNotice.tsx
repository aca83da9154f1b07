/**
 * A live region that is always in the page, so the "even geduld" text is announced when it
 * appears (a region inserted together with its text is often missed by screen readers).
 */
export function BusyNotice({ busy, text }: { busy: boolean; text: string }) {
  return (
    <div role="status" aria-live="polite">
      {busy ? <p className="busy">{text}</p> : null}
    </div>
  );
}
