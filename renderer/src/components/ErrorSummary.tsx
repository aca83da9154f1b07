import { useEffect, useId, useRef } from 'react';
import { t } from '../app/i18n';

export interface FormError {
  /** The id of the field to jump to, when the error belongs to one. */
  fieldId?: string;
  message: string;
}

/**
 * The list of problems after a failed submit. It takes focus each time a new list arrives, so a
 * screen reader reads it at once and a keyboard user can jump to each field from here.
 */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('form.errorSummaryTitle')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}:${error.message}`}>
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  // The hash belongs to the router: focus the field instead of following the link.
                  event.preventDefault();
                  if (error.fieldId) document.getElementById(error.fieldId)?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The error of one field, or undefined. */
export function fieldError(errors: readonly FormError[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.message;
}
