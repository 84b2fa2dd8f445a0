import { useTranslation } from 'react-i18next';

// Replaced by the project page (issue 4, in progress).
export function ProjectPage({ refValue }: { refValue: string }) {
  const { t } = useTranslation();
  return <h1 data-ref={refValue}>{t('ui.projects.title')}</h1>;
}
