import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { resourceHref } from '../../app/route';
import { Crumbs } from '../../components/Crumbs';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormSources } from './form-sources';
import { ResourceForm } from './ResourceForm';

/** `#/directory/new` and `#/directory/<id>/edit`: loads what the form needs, then the form. */
export function ResourceFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const { loaded, error } = useFormSources(id, (ref) => api.call('directory.get', { ref }));

  const resource = loaded?.record ?? null;
  return (
    <>
      <Crumbs
        label={t('ui.directory.crumbs')}
        trail={[{ label: t('ui.directory.title'), href: '#/directory' }, ...(resource ? [{ label: resource.name, href: resourceHref(resource.id) }] : [])]}
      />
      <h1>{id ? t('ui.entry.editTitle', { code: resource?.code ?? '' }) : t('ui.entry.newTitle')}</h1>
      <ErrorMessage error={error} />
      {!loaded && !error && <p className="muted">{t('ui.common.loading')}</p>}
      {loaded && (
        <ResourceForm key={resource?.id ?? 'new'} resource={resource} classifications={loaded.classifications} departments={loaded.departments} />
      )}
    </>
  );
}
