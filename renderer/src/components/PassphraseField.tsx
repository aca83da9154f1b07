import { useState, type ReactNode, type Ref } from 'react';
import { t } from '../app/i18n';
import { FieldError, describedBy } from './FieldMessage';

interface PassphraseFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password' | 'off';
  error?: string | undefined;
  hint?: string;
  /** Ids of extra descriptions, e.g. the strength meter. */
  describedByIds?: readonly string[];
  /** A recovery code: monospace, the toggle says "code" instead of "wachtwoord". */
  variant?: 'passphrase' | 'code';
  inputRef?: Ref<HTMLInputElement>;
  children?: ReactNode;
}

/** A secret field with a show/hide toggle; its hint and error are tied to it for screen readers. */
export function PassphraseField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  error,
  hint,
  describedByIds = [],
  variant = 'passphrase',
  inputRef,
  children,
}: PassphraseFieldProps) {
  const [visible, setVisible] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const isCode = variant === 'code';
  const toggleLabel = isCode
    ? t(visible ? 'passphrase.hideCode' : 'passphrase.showCode')
    : t(visible ? 'passphrase.hide' : 'passphrase.show');

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId} message={error} />
      <div className="field__row">
        <input
          ref={inputRef}
          id={id}
          className={isCode ? 'input input--code' : 'input'}
          type={visible ? 'text' : 'password'}
          value={value}
          autoComplete={autoComplete}
          autoCapitalize={isCode ? 'characters' : 'off'}
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && hintId, ...describedByIds, error && errorId)}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        <button
          type="button"
          className="button"
          aria-controls={id}
          onClick={() => {
            setVisible((shown) => !shown);
          }}
        >
          {toggleLabel}
        </button>
      </div>
      {children}
    </div>
  );
}
