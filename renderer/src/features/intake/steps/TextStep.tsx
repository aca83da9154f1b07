import { IsoDateSchema } from '../../../../../shared/schemas/common';
import { t } from '../../../app/i18n';
import type { StepProps } from '../intake-context';
import { TextAreaField, TextField } from '../fields';
import { localIsoDate } from '../intake-draft';

/** Steps 1 and 2: the question, and what goes well, in the resident's own words. */
export function TextStep({
  draft,
  update,
  field,
}: StepProps & { field: 'question' | 'strengths' }) {
  const question = field === 'question';
  return (
    <>
      <TextAreaField
        id={`intake-${field}`}
        label={t(question ? 'intake.vraag.label' : 'intake.goed.label')}
        hint={t(question ? 'intake.vraag.hint' : 'intake.goed.hint')}
        rows={7}
        maxLength={5000}
        value={draft[field]}
        onChange={(value) => {
          update((current) => ({ ...current, [field]: value }));
        }}
      />
      {question ? (
        <TextField
          id="intake-date"
          type="date"
          narrow
          label={t('intake.date')}
          value={draft.date}
          onChange={(value) => {
            // An emptied date input falls back to today: the draft always holds a real date.
            update((current) => ({
              ...current,
              date: IsoDateSchema.safeParse(value).success ? value : localIsoDate(new Date()),
            }));
          }}
        />
      ) : null}
      <p className="intake__hint">{t('intake.emptyAllowed')}</p>
    </>
  );
}
