import { useTranslation } from 'react-i18next';

// Replaced by the report page (issue 5, in progress).
export function ReportPage({ projectRef }: { projectRef: string }) {
  const { t } = useTranslation();
  return <h1 data-ref={projectRef}>{t('ui.review.title')}</h1>;
}
