import { cloneElement, isValidElement, useId, type ReactElement } from 'react';

type Control = ReactElement<{ id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }>;

/**
 * A labelled form control. The hint or error is tied to the control with aria-describedby, so
 * screen readers announce it without it becoming part of the control's name.
 */
export function Field({ label, error, children, hint }: { label: string; error?: string | null; children: Control; hint?: string }) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint ?? null;
  const control = isValidElement(children)
    ? cloneElement(children, { id, 'aria-describedby': note ? noteId : undefined, 'aria-invalid': error ? true : undefined })
    : children;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {control}
      {note && (
        <span id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </span>
      )}
    </div>
  );
}
