import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceView } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { fieldError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { FormError } from './FormError';

export type TransitionAction = 'submit' | 'publish' | 'return' | 'retire';

/** Returning and retiring need a comment (the registrant must know what to fix, users why it went). */
export const COMMENT_REQUIRED: ReadonlySet<TransitionAction> = new Set(['return', 'retire']);

/** 提交审核 / 发布 / 退回修改 / 下线, with the comment that goes into the history and the audit log. */
export function TransitionForm({ resource, action, onDone, onCancel }: { resource: ResourceView; action: TransitionAction; onDone: (v: ResourceView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const required = COMMENT_REQUIRED.has(action);
  const { busy, error, submit } = useSubmit(async () => {
    if (required && !comment.trim()) {
      setMissing(true);
      return;
    }
    onDone(await api.call('directory.transition', { id: resource.id, action, comment: comment.trim() }));
  });
  const commentError = (missing && !comment.trim() ? t('dir.rule.commentRequired') : null) ?? fieldError(error, 'comment', t);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t(`ui.resource.confirm.${action}`, { name: resource.name, code: resource.code })}</p>
      <Field label={required ? t('ui.resource.commentRequired') : t('ui.resource.comment')} error={commentError}>
        <textarea name="comment" rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} autoFocus />
      </Field>
      <FormError error={error} inline={['comment']} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className={action === 'retire' || action === 'return' ? 'danger' : 'primary'} disabled={busy}>
          {t(`dir.action.${action}`)}
        </button>
      </div>
    </form>
  );
}
