import { useId } from 'react';
import { useElementListener } from './use-element-listener';

interface TextFieldProps {
  /** Says what goes in; the accessible name. */
  label: string;
  /** Where the row already says it: no visible label. @default false */
  labelHidden?: boolean;
  name: string;
  value: string;
  /** Every edit, as typed. */
  onChange: (value: string) => void;
  /** @default none */
  placeholder?: string;
  /** @default false */
  disabled?: boolean;
  /** The text is shown to be copied, not edited. @default false */
  readOnly?: boolean;
  /** Marks the text as refused (too long, not a number). @default false */
  invalid?: boolean;
  /** The id of a line that says more about the text (a counter). @default none */
  describedBy?: string;
}

/** A single-line Spectrum text field (`sp-textfield`) with its label above; `secret` hides what is typed (keys). */
export function SpectrumTextField({ secret = false, ...props }: TextFieldProps & { /** @default false */ secret?: boolean }) {
  return <TextEntry {...props} element="sp-textfield" secret={secret} rows={undefined} />;
}

/** A multi-line Spectrum text area (`sp-textarea`, Premiere's built-in name) with its label above. */
export function SpectrumTextArea({ rows, ...props }: TextFieldProps & { rows: number }) {
  return <TextEntry {...props} element="sp-textarea" secret={false} rows={rows} />;
}

function TextEntry({
  element,
  secret,
  rows,
  label,
  labelHidden = false,
  name,
  value,
  onChange,
  placeholder,
  disabled = false,
  readOnly = false,
  invalid = false,
  describedBy,
}: TextFieldProps & { element: 'sp-textfield' | 'sp-textarea'; secret: boolean; rows: number | undefined }) {
  const id = useId();
  const field = useElementListener<HTMLElement & { value?: unknown }>('input', (target) => {
    if (typeof target.value === 'string') onChange(target.value);
  });
  const shared = {
    ref: field,
    id,
    name,
    label,
    value,
    placeholder,
    disabled: disabled || undefined,
    readonly: readOnly || undefined,
    invalid: invalid || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      {labelHidden ? null : <sp-field-label for={id}>{label}</sp-field-label>}
      {element === 'sp-textarea' ? (
        <sp-textarea {...shared} rows={rows} />
      ) : (
        <sp-textfield {...shared} type={secret ? 'password' : 'text'} />
      )}
    </div>
  );
}
