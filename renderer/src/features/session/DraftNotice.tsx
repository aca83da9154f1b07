import { storageText, t } from '../../app/i18n';
import { FormAlert } from '../../components/FormAlert';
import type { DraftStatus } from './useDraft';

/**
 * What happened to the autosave of a form using useDraft: a quiet status line while it saves,
 * and an alert when the disk is full (the input stays in the form).
 */
export function DraftNotice({ status }: { status: DraftStatus }) {
  const failure =
    status === 'storage-full'
      ? storageText('storage-full')
      : status === 'failed'
        ? storageText('unavailable')
        : null;
  return (
    <>
      <FormAlert message={failure} />
      <p className="field__hint" role="status">
        {status === 'saving' ? t('draft.saving') : status === 'saved' ? t('draft.saved') : null}
      </p>
    </>
  );
}
