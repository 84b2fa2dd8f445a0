import { useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import type { Result } from '../../../../shared/api/contract';
import type { Classification } from '../../../../shared/directory/catalog-models';
import { projectInputSchema, type ProjectView } from '../../../../shared/project/project';
import { FUNDING_SOURCES, PROJECT_TYPES } from '../../../../shared/project/vocab';
import { api } from '../../api/client';
import { navigate, projectHref } from '../../app/route';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { storageKey, useStoredDraft } from '../directory/draft-storage';
import { mergeIssues, schemaCheck } from '../directory/entry-check';
import { FormActions, RestoredNotice, saveOnCtrlS } from '../directory/FormError';
import { DepartmentField, VocabSelect } from '../directory/FormFields';
import { issueMessage } from '../directory/issue-labels';
import { ItemsEditor } from '../directory/ItemsEditor';
import { useLiveCheck, useSave } from '../directory/useEntryCheck';
import { emptyProjectForm, formFromView, formToInput, isShown, reviveForm, stablePath, type ProjectFormState } from './project-form';
import { checkProject } from './project-form-check';
import { projectPathLabel } from './project-form-labels';
import { ProjectFormConsumes } from './ProjectFormConsumes';
import { ProjectPromisesEditor } from './ProjectPromisesEditor';
import { ProjectSystemsEditor } from './ProjectSystemsEditor';

interface Props {
  project: ProjectView | null;
  classifications: Classification[];
  departments: Result<'departments.options'>;
}

const normalize = (path: string) => path.replace(/^input\./, '');

/**
 * 申报 / 修改项目: the declaration in five sections. The contract's schema speaks as the user
 * types (once a field was left, or after a save attempt) and `projects.check` adds the service's
 * rules; errors stand beside their fields, warnings (a project of the same name) in amber do not
 * block saving. What is typed is kept in storage until saved.
 */
export function ProjectForm({ project, classifications, departments }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const toast = useToast();
  const fixedDepartment = user.role === 'registrant';
  const key = storageKey(user.id, project?.id ?? null, 'projectDraft');
  const base = project?.updatedAt ?? null;
  const initial = useMemo(
    () => (project ? formFromView(project) : emptyProjectForm(fixedDepartment ? (user.departmentId ?? '') : '', new Date().getFullYear())),
    [project, fixedDepartment, user.departmentId],
  );
  // A registrant declares for her own department, whatever a stored draft says.
  const revive = (d: ProjectFormState) => {
    const r = reviveForm(d);
    return r && fixedDepartment ? { ...r, departmentId: initial.departmentId } : r;
  };
  const stored = useStoredDraft(key, base, initial, revive, (f) => JSON.stringify(formToInput(f)));
  const { draft: form, setDraft: setForm } = stored;
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);

  const input = useMemo(() => formToInput(form), [form]);
  const id = project?.id ?? null;
  const live = useLiveCheck(input, (i) => checkProject(i, (sent) => api.call('projects.check', { id, input: sent }).then((r) => r.issues)), id);
  const { busy, error, submit, refused } = useSave(
    input,
    async (sent) => {
      // What the schema refuses is not sent: the form already says what is missing, beside each field.
      const local = schemaCheck(projectInputSchema, sent);
      if (!local.complete) throw new ApiError('VALIDATION', 'errors.VALIDATION', {}, local.issues.map((i) => ({ path: i.path, key: i.key })));
      const view = project ? await api.call('projects.update', { id: project.id, input: sent }) : await api.call('projects.create', sent);
      stored.forget();
      toast(t(project ? 'ui.projectForm.updated' : 'ui.projectForm.created', { name: view.name, code: view.code }));
      navigate(projectHref(view.id));
    },
    () => setShowAll(true),
  );
  const issues = mergeIssues([live.issues, refused], normalize);
  const shown = issues.filter((i) => i.severity === 'warning' || isShown(form, i.path, touched, showAll));
  const messages = (path: string, severity: 'error' | 'warning') => {
    const list = shown.filter((i) => i.path === path && (i.severity ?? 'error') === severity);
    return list.length ? list.map((i) => issueMessage(i, t)).join('；') : null;
  };
  const issue = (path: string) => messages(path, 'error');

  const touch = (path: string | undefined) => {
    if (path) setTouched((s) => (s.has(path) ? s : new Set(s).add(path)));
  };
  const set = <K extends keyof ProjectFormState>(field: K, value: ProjectFormState[K], touchedPath?: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    touch(touchedPath);
  };
  // A field's problems show once it was left (or a save was tried): controls name their path in data-path.
  const onBlur = (e: FocusEvent<HTMLFormElement>) => {
    const path = (e.target as HTMLElement).dataset?.path;
    if (path) touch(stablePath(form, path));
  };

  const cancel = () => {
    stored.forget();
    navigate(project ? projectHref(project.id) : '#/projects');
  };
  const discardRestored = () => {
    stored.discard();
    setTouched(new Set());
    setShowAll(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    // Enter inside a list editor adds or picks there; it never submits the whole declaration.
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && target instanceof HTMLInputElement && target.closest('[data-list-editor]')) e.preventDefault();
    saveOnCtrlS(busy, submit)(e);
  };

  const nameWarning = messages('name', 'warning');

  return (
    <form className="entry-form project-form" onSubmit={submit} onKeyDown={onKeyDown} onBlur={onBlur} noValidate>
      {stored.restored && <RestoredNotice onDiscard={discardRestored} onClose={stored.closeNotice} />}

      <fieldset className="panel form-section">
        <legend>{t('ui.projectForm.sectionBasic')}</legend>
        <div className="form-grid">
          <div className={`span-2${nameWarning && !issue('name') ? ' has-warning' : ''}`}>
            <Field label={t('ui.projectForm.name')} error={issue('name')} hint={nameWarning ?? t('ui.projectForm.nameHint')}>
              <input data-path="name" value={form.name} maxLength={100} onChange={(e) => set('name', e.target.value)} autoFocus />
            </Field>
          </div>
          <DepartmentField
            name="departmentId"
            label={t('ui.projectForm.department')}
            fixedHint={fixedDepartment ? t('ui.projectForm.departmentFixed') : null}
            choose={t('ui.projectForm.chooseDepartment')}
            value={form.departmentId}
            onChange={(v) => set('departmentId', v, 'departmentId')}
            departments={departments}
            fallbackName={user.departmentName ?? ''}
            error={issue('departmentId')}
          />
          <Field label={t('ui.projectForm.type')} error={issue('type')}>
            <VocabSelect values={PROJECT_TYPES} prefix="proj.type" value={form.type} onChange={(v) => set('type', v)} path="type" />
          </Field>
          <Field label={t('ui.projectForm.year')} error={issue('year')}>
            <input data-path="year" type="number" inputMode="numeric" min={2000} max={2100} step={1} value={form.year} onChange={(e) => set('year', e.target.value)} />
          </Field>
          <Field label={t('ui.projectForm.budget')} error={issue('budget')} hint={t('ui.projectForm.budgetHint')}>
            <input data-path="budget" type="number" inputMode="decimal" min={0} step="any" value={form.budget} onChange={(e) => set('budget', e.target.value)} />
          </Field>
          <Field label={t('ui.projectForm.fundingSource')} error={issue('fundingSource')}>
            <VocabSelect values={FUNDING_SOURCES} prefix="proj.fundingSource" value={form.fundingSource} onChange={(v) => set('fundingSource', v)} path="fundingSource" />
          </Field>
          <div className="span-2">
            <Field label={t('ui.projectForm.content')} error={issue('content')} hint={t('ui.projectForm.contentHint')}>
              <textarea data-path="content" rows={4} value={form.content} maxLength={5000} onChange={(e) => set('content', e.target.value)} />
            </Field>
          </div>
        </div>
      </fieldset>

      <fieldset className="panel form-section" data-list-editor>
        <legend>
          {t('ui.projectForm.sectionSystems')} <span className="muted">{t('ui.entry.itemCount', { count: form.systems.length })}</span>
        </legend>
        <p className="muted form-note">{t('ui.projectForm.systemsHint')}</p>
        <ListError message={issue('systems')} />
        <ProjectSystemsEditor systems={form.systems} issue={issue} onChange={(systems, path) => set('systems', systems, path ?? 'systems')} />
      </fieldset>

      <fieldset className="panel form-section" data-list-editor>
        <legend>
          {t('ui.projectForm.sectionItems')} <span className="muted">{t('ui.entry.itemCount', { count: form.dataItems.length })}</span>
        </legend>
        <p className="muted form-note">{t('ui.projectForm.itemsHint')}</p>
        {form.dataItems.length === 0 && <p className="muted form-note">{t('ui.projectForm.noItems')}</p>}
        <ListError message={issue('dataItems')} />
        <ItemsEditor
          path="dataItems"
          items={form.dataItems}
          issue={issue}
          addLabel={t('ui.projectForm.itemAdd')}
          onChange={(items, rowKey) => set('dataItems', items, rowKey ? `dataItems.${rowKey}` : 'dataItems')}
        />
      </fieldset>

      <fieldset className="panel form-section" data-list-editor>
        <legend>
          {t('ui.projectForm.sectionConsumes')} <span className="muted">{t('ui.entry.itemCount', { count: form.consumes.length })}</span>
        </legend>
        <ListError message={issue('consumes')} />
        <ProjectFormConsumes consumes={form.consumes} departmentId={form.departmentId} issue={issue} onChange={(consumes, path) => set('consumes', consumes, path ?? 'consumes')} />
      </fieldset>

      <fieldset className="panel form-section" data-list-editor>
        <legend>
          {t('ui.projectForm.sectionProvides')} <span className="muted">{t('ui.entry.itemCount', { count: form.provides.length })}</span>
        </legend>
        <ListError message={issue('provides')} />
        <ProjectPromisesEditor
          provides={form.provides}
          departmentId={form.departmentId}
          classifications={classifications}
          issue={issue}
          onChange={(provides, path) => set('provides', provides, path ?? 'provides')}
        />
      </fieldset>

      <FormActions checking={live.checking} shown={shown} total={issues.length} label={projectPathLabel} error={error} busy={busy} onCancel={cancel} />
    </form>
  );
}

/** A whole list's problem (too many rows), above the list. */
function ListError({ message }: { message: string | null }) {
  return message ? (
    <p className="field-error" role="alert">
      {message}
    </p>
  ) : null;
}
