import type { Ref } from 'react';
import { describedBy } from '../../components/FieldMessage';

interface SecretFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'pin': digits only (a numeric keypad on touch screens); 'passphrase': any text. */
  kind: 'pin' | 'passphrase';
  visible?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  autoComplete: 'new-password' | 'current-password' | 'off';
  inputRef?: Ref<HTMLInputElement>;
}

/** A PIN or passphrase input in NL Design System classes, with its hint and error tied to it. */
export function SecretField({
  id,
  label,
  value,
  onChange,
  kind,
  visible = false,
  hint,
  error,
  autoComplete,
  inputRef,
}: SecretFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div
      className={
        error
          ? 'utrecht-form-field utrecht-form-field--invalid secret-field'
          : 'utrecht-form-field secret-field'
      }
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div id={hintId} className="utrecht-form-field-description">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="utrecht-form-field-error-message">
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          ref={inputRef}
          id={id}
          className={[
            'utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password',
            kind === 'pin' ? 'secret-field__pin' : 'secret-field__passphrase',
            error ? 'utrecht-textbox--invalid' : '',
          ].join(' ')}
          type={visible ? 'text' : 'password'}
          inputMode={kind === 'pin' ? 'numeric' : undefined}
          maxLength={kind === 'pin' ? 8 : undefined}
          value={value}
          autoComplete={autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && hintId, error && errorId)}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      </div>
    </div>
  );
}
