import { useTranslation } from 'react-i18next';

// Replaced by the review queue (issue 5, in progress).
export function ReviewPage() {
  const { t } = useTranslation();
  return <h1>{t('ui.review.title')}</h1>;
}
