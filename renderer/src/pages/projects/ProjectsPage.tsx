import { useTranslation } from 'react-i18next';

// Replaced by the register page (issue 4, in progress).
export function ProjectsPage({ view }: { view: 'all' | 'queue' | 'mine' }) {
  const { t } = useTranslation();
  return <h1 data-view={view}>{t('ui.projects.title')}</h1>;
}
