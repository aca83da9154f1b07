import { useId, type ReactNode } from 'react';

// Small labelled controls in NL Design System classes, shared by the intake steps.

interface BaseProps {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly id?: string | undefined;
}

export function TextAreaField({
  label,
  hint,
  id,
  value,
  onChange,
  rows = 4,
  maxLength,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength: number;
}) {
  const ownId = useId();
  const fieldId = id ?? ownId;
  const hintId = `${fieldId}-hint`;
  return (
    <div className="utrecht-form-field intake-field">
      <label className="utrecht-form-label intake-field__label" htmlFor={fieldId}>
        {label}
      </label>
      {hint !== undefined ? (
        <div className="utrecht-form-field-description intake-field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <textarea
        id={fieldId}
        className="utrecht-textarea utrecht-textarea--html-textarea intake-field__control"
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-describedby={hint !== undefined ? hintId : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

export function TextField({
  label,
  hint,
  id,
  value,
  onChange,
  type = 'text',
  maxLength,
  narrow = false,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  maxLength?: number;
  narrow?: boolean;
}) {
  const ownId = useId();
  const fieldId = id ?? ownId;
  const hintId = `${fieldId}-hint`;
  return (
    <div className="utrecht-form-field intake-field">
      <label className="utrecht-form-label intake-field__label" htmlFor={fieldId}>
        {label}
      </label>
      {hint !== undefined ? (
        <div className="utrecht-form-field-description intake-field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <input
        id={fieldId}
        type={type}
        className={[
          'utrecht-textbox utrecht-textbox--html-input intake-field__control',
          narrow ? 'intake-field__control--narrow' : '',
        ].join(' ')}
        maxLength={maxLength}
        value={value}
        aria-describedby={hint !== undefined ? hintId : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

/** Native radio buttons in a fieldset: simple, keyboard-operable, and read well by screen readers. */
export function RadioField<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  inline = false,
}: {
  legend: string;
  name: string;
  value: V | undefined;
  options: readonly { value: V; label: ReactNode }[];
  onChange: (value: V) => void;
  inline?: boolean;
}) {
  return (
    <fieldset className="utrecht-form-fieldset intake-fieldset">
      <legend className="utrecht-form-fieldset__legend intake-field__label">{legend}</legend>
      <div className={inline ? 'intake-choices intake-choices--inline' : 'intake-choices'}>
        {options.map((option) => (
          <label key={option.value} className="intake-choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
