/**
 * A message about the whole form (storage full, storage unavailable...). The alert region stays
 * in the page while empty, so screen readers announce the message when it is filled in.
 */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'notice notice--danger' : undefined}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
