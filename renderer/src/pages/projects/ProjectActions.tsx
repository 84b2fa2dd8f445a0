import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../../shared/project/project';
import { PROJECT_ACTIONS, WORKFLOW, nextStatus, type ProjectAction } from '../../../../shared/project/workflow';
import { api } from '../../api/client';
import { projectHref } from '../../app/route';
import { CommentForm } from '../../components/CommentForm';
import { Dialog } from '../../components/Dialog';
import { refreshNotifications } from '../../components/notify-refresh';
import { useToast } from '../../components/Toast';
import { formatBudget } from './project-format';

/** Steps that send a project back or refuse it: shown as such. */
const SENDS_BACK: ReadonlySet<ProjectAction> = new Set(['formal_return', 'return', 'reject', 'acceptance_return']);

/**
 * 编辑 and the workflow steps the caller may take now (`can`), each confirmed in a dialog with a
 * comment (required to send back or refuse); the page shows the project as the service returns it.
 */
export function ProjectActions({ view, onDone }: { view: ProjectView; onDone: (v: ProjectView) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [acting, setActing] = useState<ProjectAction | null>(null);
  const can = new Set(view.can);
  const actions = PROJECT_ACTIONS.filter((a) => can.has(a));
  // 形式审查 passes a project under the threshold to 备案 instead of sharing review: say so before and after.
  const variant = (a: ProjectAction) => (a === 'formal_pass' && nextStatus(a, view.budget, view.filingThreshold) === 'filed' ? 'formal_pass_filed' : a);
  const params = { name: view.name, budget: formatBudget(view.budget), threshold: formatBudget(view.filingThreshold) };

  return (
    <div className="resource-actions">
      {can.has('edit') && (
        <a className="button" href={projectHref(view.id, true)}>
          {t('ui.common.edit')}
        </a>
      )}
      {actions.map((a) => (
        <button key={a} type="button" className={SENDS_BACK.has(a) ? 'danger' : 'primary'} onClick={() => setActing(a)}>
          {t(`proj.action.${a}`)}
        </button>
      ))}
      <Dialog open={acting !== null} title={acting ? t(`proj.action.${acting}`) : ''} onClose={() => setActing(null)}>
        {acting && (
          <CommentForm
            prompt={t(`ui.projects.action.confirm.${variant(acting)}`, params)}
            label={WORKFLOW[acting].commentRequired ? t('ui.projects.action.commentRequired') : t('ui.projects.action.comment')}
            required={WORKFLOW[acting].commentRequired}
            requiredMessage={t('proj.rule.commentRequired')}
            submitLabel={t(`proj.action.${acting}`)}
            tone={SENDS_BACK.has(acting) ? 'danger' : 'primary'}
            onCancel={() => setActing(null)}
            onSubmit={async (comment) => {
              const v = await api.call('projects.transition', { id: view.id, action: acting, comment });
              toast(t(`ui.projects.action.done.${acting === 'formal_pass' && v.status === 'filed' ? 'formal_pass_filed' : acting}`, { name: v.name }));
              setActing(null);
              onDone(v);
              refreshNotifications();
            }}
          />
        )}
      </Dialog>
    </div>
  );
}
