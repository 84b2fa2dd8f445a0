import { useTranslation } from 'react-i18next';

/** Sections whose issues are not built yet say so plainly rather than pretending. */
export function PendingPage({ section }: { section: string }) {
  const { t } = useTranslation();
  return (
    <section className="note">
      <h1>{t('ui.pending.title', { page: t(`ui.nav.${section}`) })}</h1>
      <p className="muted">{t('ui.pending.text')}</p>
    </section>
  );
}
