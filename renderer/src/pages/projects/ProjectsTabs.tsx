import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { Tabs } from '../../components/Tabs';
import { hasMine, hasQueue } from './project-format';

export type ProjectsView = 'all' | 'queue' | 'mine';

/** 项目 › 全部项目 / 项目待审 (reviewers) / 我的项目 (people with a department) */
export function ProjectsTabs({ current }: { current: ProjectsView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const tabs = [
    { id: 'all', href: '#/projects', label: t('ui.projects.tabs.all') },
    ...(hasQueue(user) ? [{ id: 'queue', href: '#/projects/queue', label: t('ui.projects.tabs.queue') }] : []),
    ...(hasMine(user) ? [{ id: 'mine', href: '#/projects/mine', label: t('ui.projects.tabs.mine') }] : []),
  ];
  return <Tabs tabs={tabs} current={current} label={t('ui.projects.tabs.label')} />;
}
