import { useId, useMemo } from 'react';
import { t } from '../app/i18n';
import { assessPassphrase, type PassphraseStrength } from '../db';
import { fieldError, type FormError } from './ErrorSummary';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

export interface NewPassphraseValue {
  passphrase: string;
  repeat: string;
}

interface NewPassphraseFieldsProps {
  idPrefix: string;
  value: NewPassphraseValue;
  onChange: (value: NewPassphraseValue) => void;
  errors: readonly FormError[];
  label: string;
  repeatLabel: string;
}

/** The rule stated up front, the new passphrase with its strength in words, and the repeat. */
export function NewPassphraseFields({
  idPrefix,
  value,
  onChange,
  errors,
  label,
  repeatLabel,
}: NewPassphraseFieldsProps) {
  const ruleId = useId();
  const strengthId = `${idPrefix}-strength`;
  const strength = useMemo(
    () => (value.passphrase === '' ? null : assessPassphrase(value.passphrase)),
    [value.passphrase],
  );
  return (
    <>
      <div className="rule" id={ruleId}>
        <p>{t('passphrase.rule')}</p>
      </div>
      <PassphraseField
        id={`${idPrefix}-new`}
        label={label}
        value={value.passphrase}
        autoComplete="new-password"
        describedByIds={[ruleId, strengthId]}
        error={fieldError(errors, `${idPrefix}-new`)}
        onChange={(passphrase) => {
          onChange({ ...value, passphrase });
        }}
      >
        <StrengthMeter id={strengthId} strength={strength} />
      </PassphraseField>
      <PassphraseField
        id={`${idPrefix}-repeat`}
        label={repeatLabel}
        value={value.repeat}
        autoComplete="new-password"
        error={fieldError(errors, `${idPrefix}-repeat`)}
        onChange={(repeat) => {
          onChange({ ...value, repeat });
        }}
      />
    </>
  );
}

/** The problems with a new passphrase before anything is sent to the storage core. */
export function checkNewPassphrase(idPrefix: string, value: NewPassphraseValue): FormError[] {
  const errors: FormError[] = [];
  const newId = `${idPrefix}-new`;
  if (value.passphrase === '') {
    errors.push({ fieldId: newId, message: t('passphrase.empty') });
  } else {
    const strength = assessPassphrase(value.passphrase);
    if (!strength.acceptable) errors.push(weakPassphraseError(idPrefix, strength));
  }
  if (value.passphrase !== '' && value.repeat === '') {
    errors.push({ fieldId: `${idPrefix}-repeat`, message: t('passphrase.repeatEmpty') });
  } else if (value.passphrase !== value.repeat) {
    errors.push({ fieldId: `${idPrefix}-repeat`, message: t('passphrase.mismatch') });
  }
  return errors;
}

/**
 * The weak-passphrase error. Its advice is not repeated here: the strength meter right under the
 * field already lists it, and one sentence in the summary reads better.
 */
export function weakPassphraseError(idPrefix: string, _strength: PassphraseStrength): FormError {
  return { fieldId: `${idPrefix}-new`, message: t('storage.error.weak-passphrase') };
}
