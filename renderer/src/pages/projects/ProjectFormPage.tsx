import { useTranslation } from 'react-i18next';

// Replaced by the declaration form (issue 4, in progress).
export function ProjectFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  return <h1 data-id={id ?? ''}>{t('ui.projectForm.newTitle')}</h1>;
}
