import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { projectHref } from '../../app/route';
import { Crumbs } from '../../components/Crumbs';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormSources } from '../directory/form-sources';
import { ProjectForm } from './ProjectForm';

/** `#/projects/new` and `#/projects/<id>/edit`: loads what the declaration form needs, then the form. */
export function ProjectFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const { loaded, error } = useFormSources(id, (ref) => api.call('projects.get', { ref }));

  const project = loaded?.record ?? null;
  const editable = !project || project.can.includes('edit');
  return (
    <>
      <Crumbs
        label={t('ui.projectForm.crumbs')}
        trail={[{ label: t('ui.projectForm.register'), href: '#/projects' }, ...(project ? [{ label: project.name, href: projectHref(project.id) }] : [])]}
      />
      <h1>{id ? t('ui.projectForm.editTitle', { code: project?.code ?? '' }) : t('ui.projectForm.newTitle')}</h1>
      <ErrorMessage error={error} />
      {!loaded && !error && <p className="muted">{t('ui.common.loading')}</p>}
      {loaded && !editable && project && (
        <p className="banner warning" role="status">
          <span>{t('ui.projectForm.notEditable', { status: t(`proj.status.${project.status}`) })}</span>
          <a href={projectHref(project.id)}>{t('ui.projectForm.backToProject')}</a>
        </p>
      )}
      {loaded && editable && <ProjectForm key={project?.id ?? 'new'} project={project} classifications={loaded.classifications} departments={loaded.departments} />}
    </>
  );
}
