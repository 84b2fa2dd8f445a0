import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { resourceHref } from '../../app/route';
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
      <nav className="crumbs" aria-label={t('ui.directory.crumbs')}>
        <a href="#/directory">{t('ui.directory.title')}</a>
        {resource && (
          <>
            <span aria-hidden> › </span>
            <a href={resourceHref(resource.id)}>{resource.name}</a>
          </>
        )}
      </nav>
      <h1>{id ? t('ui.entry.editTitle', { code: resource?.code ?? '' }) : t('ui.entry.newTitle')}</h1>
      <ErrorMessage error={error} />
      {!loaded && !error && <p className="muted">{t('ui.common.loading')}</p>}
      {loaded && (
        <ResourceForm key={resource?.id ?? 'new'} resource={resource} classifications={loaded.classifications} departments={loaded.departments} />
      )}
    </>
  );
}
