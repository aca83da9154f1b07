import { useEffect, useId, useState } from 'react';
import { describedBy } from '../../../components/FieldMessage';

export type TextParse =
  | { readonly ok: true; readonly value: number | undefined }
  | { readonly ok: false; readonly message: string };

export interface NumberTextFieldProps {
  readonly label: string;
  readonly hint: string;
  /** The committed number; undefined when the field is empty. */
  readonly value: number | undefined;
  readonly format: (value: number) => string;
  readonly parse: (text: string) => TextParse;
  readonly onCommit: (value: number | undefined) => void;
  readonly inputMode: 'decimal' | 'numeric';
  readonly size?: 'amount' | 'count';
  /** Told whether the whole text is valid, so a caller can say why nothing can be computed yet. */
  readonly onValidityChange?: ((valid: boolean) => void) | undefined;
}

/**
 * A text field for a number typed the Dutch way. Only a wholly valid text commits its number; an
 * invalid text commits undefined (never a valid beginning such as 12 of "12.50") and stays on
 * screen with a message after leaving the field.
 */
export function NumberTextField({
  label,
  hint,
  value,
  format,
  parse,
  onCommit,
  inputMode,
  size = 'amount',
  onValidityChange,
}: NumberTextFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => (value === undefined ? '' : format(value)));
  const [left, setLeft] = useState(false);
  const [seen, setSeen] = useState(value);
  // An invalid text stands for "no value": that is what it committed.
  const meaning = (candidate: string): number | undefined => {
    const result = parse(candidate);
    return result.ok ? result.value : undefined;
  };
  // A value changed from outside (a restored draft) replaces the text, unless the text already says it.
  if (seen !== value) {
    setSeen(value);
    if (meaning(text) !== value) {
      setText(value === undefined ? '' : format(value));
      setLeft(false);
    }
  }
  const parsed = parse(text);
  const valid = parsed.ok;
  useEffect(() => {
    onValidityChange?.(valid);
  }, [valid, onValidityChange]);
  const error = !parsed.ok && left ? parsed.message : undefined;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div
      className={
        error === undefined
          ? 'utrecht-form-field brug-field'
          : 'utrecht-form-field utrecht-form-field--invalid brug-field'
      }
    >
      <label className="utrecht-form-label brug-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="utrecht-form-field-description" id={hintId}>
        {hint}
      </div>
      {error === undefined ? null : (
        <div className="utrecht-form-field-error-message brug-field__error" id={errorId}>
          {error}
        </div>
      )}
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        className={[
          'utrecht-textbox utrecht-textbox--html-input brug-field__input',
          size === 'count' ? 'brug-field__input--count' : '',
          error === undefined ? '' : 'utrecht-textbox--invalid',
        ].join(' ')}
        value={text}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(hintId, error !== undefined && errorId)}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          const result = parse(next);
          if (result.ok) setLeft(false);
          const committed = result.ok ? result.value : undefined;
          if (committed !== value) onCommit(committed);
        }}
        onBlur={() => {
          setLeft(true);
        }}
      />
    </div>
  );
}
