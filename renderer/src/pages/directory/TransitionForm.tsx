import { useTranslation } from 'react-i18next';
import type { ResourceView } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { CommentForm } from '../../components/CommentForm';

export type TransitionAction = 'submit' | 'publish' | 'return' | 'retire';

/** Returning and retiring need a comment (the registrant must know what to fix, users why it went). */
export const COMMENT_REQUIRED: ReadonlySet<TransitionAction> = new Set(['return', 'retire']);

/** 提交审核 / 发布 / 退回修改 / 下线, with the comment that goes into the history and the audit log. */
export function TransitionForm({ resource, action, onDone, onCancel }: { resource: ResourceView; action: TransitionAction; onDone: (v: ResourceView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const required = COMMENT_REQUIRED.has(action);
  return (
    <CommentForm
      prompt={t(`ui.resource.confirm.${action}`, { name: resource.name, code: resource.code })}
      label={required ? t('ui.resource.commentRequired') : t('ui.resource.comment')}
      required={required}
      requiredMessage={t('dir.rule.commentRequired')}
      submitLabel={t(`dir.action.${action}`)}
      tone={action === 'retire' || action === 'return' ? 'danger' : 'primary'}
      onCancel={onCancel}
      onSubmit={async (comment) => onDone(await api.call('directory.transition', { id: resource.id, action, comment }))}
    />
  );
}
