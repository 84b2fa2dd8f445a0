import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api/contract';
import type { Classification } from '../../../../shared/directory/catalog-models';
import type { ResourceView } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { resourceHref } from '../../app/route';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ResourceForm } from './ResourceForm';

type Loaded = { resource: ResourceView | null; classifications: Classification[]; departments: Result<'departments.options'> };

/** `#/directory/new` and `#/directory/<id>/edit`: loads what the form needs, then the form. */
export function ResourceFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setLoaded(null);
    setError(null);
    Promise.all([
      id ? api.call('directory.get', { ref: id }) : Promise.resolve(null),
      api.call('classifications.list', {}).catch(() => [] as Classification[]),
      api.call('departments.options', {}).catch(() => [] as Result<'departments.options'>),
    ]).then(
      ([resource, classifications, departments]) => live && setLoaded({ resource, classifications, departments }),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const resource = loaded?.resource ?? null;
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
