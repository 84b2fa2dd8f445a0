import { useTranslation } from 'react-i18next';
import type { ProjectEvent } from '../../../../shared/project/project';
import { Timeline } from '../../components/Timeline';

/** 办理记录: every step, exception and upload, newest first, with who and the comment. */
export function ProjectTimeline({ history }: { history: readonly ProjectEvent[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="project-history-h">
      <h2 id="project-history-h">{t('ui.projects.page.history')}</h2>
      <Timeline
        events={history}
        actionLabel={(a) => t(`proj.action.${a}`, { defaultValue: a })}
        statusLabel={(s) => t(`proj.status.${s}`)}
        empty={t('ui.projects.page.noHistory')}
      />
    </section>
  );
}
