import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { ErrorMessage, fieldError } from './ErrorMessage';
import { Field } from './Field';
import { useSubmit } from './useSubmit';

export interface CommentFormProps {
  /** What the step will do, said above the box. */
  prompt: ReactNode;
  label: string;
  /** Shown when the text is required and left empty. */
  required: boolean;
  requiredMessage: string;
  /** The input's name in the API call, so its validation message appears beside the box. */
  field?: string;
  submitLabel: string;
  tone?: 'primary' | 'danger';
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * A workflow step confirmed with a comment or reason (退回、下线、登记例外 …): the text goes into
 * the history and the audit log. Every such dialog of the console uses this one form.
 */
export function CommentForm({ prompt, label, required, requiredMessage, field = 'comment', submitLabel, tone = 'primary', onSubmit, onCancel }: CommentFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, submit } = useSubmit(async () => {
    if (required && !text.trim()) {
      setMissing(true);
      return;
    }
    await onSubmit(text.trim());
  });
  const inlineError = (missing && !text.trim() ? requiredMessage : null) ?? fieldError(error, field, t);
  // A validation error about the box alone is already shown beside it.
  const onlyInline = error instanceof ApiError && error.code === 'VALIDATION' && error.fields.length > 0 && error.fields.every((f) => f.path === field);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{prompt}</p>
      <Field label={label} error={inlineError}>
        <textarea name={field} rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      </Field>
      {!onlyInline && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className={tone} disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
