import { t } from '../app/i18n';

/** Jumps to the main content. The hash belongs to the router, so it moves focus itself. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#inhoud"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('inhoud')?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
