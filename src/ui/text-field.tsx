import type { ReactNode } from 'react';
import { ErrorMessage } from './error-message';

interface TextFieldProps {
  id: string;
  label: string;
  hint: string;
  /** Empty when there is none. */
  error: string;
  /** More ids that describe the input, such as a live region after it. */
  describedBy?: string;
  /** The input, given the `aria-describedby` it must carry. */
  children(describedBy: string): ReactNode;
  after?: ReactNode;
}

/** A labelled text input with its hint and error message, GOV.UK style. */
export function TextField({
  id,
  label,
  hint,
  error,
  describedBy,
  children,
  after,
}: TextFieldProps) {
  const description = [`${id}-hint`, error && `${id}-error`, describedBy].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {children(description)}
      {after}
    </div>
  );
}
