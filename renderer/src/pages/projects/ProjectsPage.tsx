import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api/contract';
import type { ProjectRow } from '../../../../shared/project/project';
import { PROJECT_TYPES } from '../../../../shared/project/vocab';
import { PROJECT_STATUSES } from '../../../../shared/project/workflow';
import type { TableQueryInput } from '../../../../shared/model/table-query';
import { api } from '../../api/client';
import { navigate, projectHref } from '../../app/route';
import { useSession } from '../../app/session';
import { DataTable, type FilterDef, type TableState } from '../../components/DataTable';
import { canImport } from '../directory/DirectoryPage';
import { ExportMenu, TemplateButton } from '../directory/ExportMenu';
import { ImportDialog, type ImportTexts } from '../directory/ImportDialog';
import { useProjectColumns } from './project-columns';
import { mayDeclare, recentYears, seesAllProjects } from './project-format';
import { ProjectsTabs, type ProjectsView } from './ProjectsTabs';

/** What each tab adds to the query: the service knows whose queue and whose department. */
const VIEW_FILTERS: Record<ProjectsView, Record<string, string>> = { all: {}, queue: { queue: '1' }, mine: { mine: '1' } };

const IMPORT_TEXTS: ImportTexts = {
  title: 'ui.projects.io.importTitle',
  intro: 'ui.projects.io.importIntro',
  checkOk: 'ui.projects.io.checkOk',
  imported: 'ui.projects.io.imported',
  codes: 'ui.projects.io.codes',
};
const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

const projectTemplate = () => api.call('projects.template', {});
const importProjects = (input: { fileName: string; contentBase64: string; dryRun: boolean; taskId: string }) => api.call('projects.import', input);

/** The query each tab was left with: coming back from a project restores it (same user only). */
const last = new Map<ProjectsView, { userId: string; state: TableState }>();

/** Department names change rarely: fetched once per signed-in user. */
let departments: { userId: string; promise: Promise<Result<'departments.options'>> } | undefined;
function departmentsFor(userId: string) {
  if (departments?.userId !== userId) departments = { userId, promise: api.call('departments.options', {}).catch(() => []) };
  return departments.promise;
}

/** 信息化项目: the register (全部项目), the caller's review queue (项目待审) and the department's own projects (我的项目). */
export function ProjectsPage({ view }: { view: ProjectsView }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('ui.projects.title')}</h1>
      <ProjectsTabs current={view} />
      {view !== 'all' && <p className="muted projects-hint">{t(view === 'queue' ? 'ui.projects.queueHint' : 'ui.projects.mineHint')}</p>}
      <ProjectList key={view} view={view} />
    </>
  );
}

function ProjectList({ view }: { view: ProjectsView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [options, setOptions] = useState<Result<'departments.options'>>([]);
  const [initial] = useState(() => {
    const saved = last.get(view);
    return saved?.userId === user.id ? saved.state : undefined;
  });
  const [filters, setFilters] = useState<Record<string, string>>(initial?.filters ?? {});
  const [search, setSearch] = useState(initial?.search ?? '');
  const [importing, setImporting] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const columns = useProjectColumns();

  useEffect(() => {
    let live = true;
    departmentsFor(user.id).then((d) => live && setOptions(d));
    return () => {
      live = false;
    };
  }, [user.id]);

  const onStateChange = useCallback(
    (s: TableState) => {
      last.set(view, { userId: user.id, state: s });
      setFilters(s.filters);
      setSearch(s.search);
    },
    [view, user.id],
  );
  const fetchPage = useCallback((q: TableQueryInput) => api.call('projects.list', { ...q, filters: { ...q.filters, ...VIEW_FILTERS[view] } }), [view]);
  const exportAs = useCallback(
    (format: (typeof EXPORT_FORMATS)[number], f: Record<string, string>, s: string) =>
      api.call('projects.export', { format, filters: { ...f, ...VIEW_FILTERS[view] }, search: s, taskId: crypto.randomUUID() }),
    [view],
  );

  const filterDefs = useMemo((): FilterDef[] => {
    const vocab = (id: string, values: readonly string[], prefix: string): FilterDef => ({
      id,
      label: t(`ui.projects.filter.${id}`),
      options: values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) })),
    });
    // A department's own staff see only its projects, and 我的项目 is one department: no department filter there.
    const byDepartment: FilterDef[] =
      seesAllProjects(user) && view !== 'mine' ? [{ id: 'department', label: t('ui.projects.filter.department'), options: options.map((d) => ({ value: d.id, label: d.name })) }] : [];
    return [
      ...byDepartment,
      vocab('type', PROJECT_TYPES, 'proj.type'),
      { id: 'year', label: t('ui.projects.filter.year'), options: recentYears().map((y) => ({ value: String(y), label: String(y) })) },
      vocab('status', PROJECT_STATUSES, 'proj.status'),
      { kind: 'number', id: 'budgetMin', label: t('ui.projects.filter.budget'), ariaLabel: t('ui.projects.filter.budgetMin'), placeholder: t('ui.projects.filter.min') },
      { kind: 'number', id: 'budgetMax', label: t('ui.projects.filter.to'), ariaLabel: t('ui.projects.filter.budgetMax'), placeholder: t('ui.projects.filter.max') },
    ];
  }, [t, options, user, view]);

  const io = canImport(user.role);
  return (
    <>
      <DataTable
        label={t(`ui.projects.tabs.${view}`)}
        columns={columns as never}
        fetchPage={fetchPage}
        getRowId={(r: ProjectRow) => r.id}
        filters={filterDefs}
        initialState={initial}
        onStateChange={onStateChange}
        onRowOpen={(r: ProjectRow) => navigate(projectHref(r.id))}
        searchPlaceholder={t('ui.projects.searchHint')}
        reloadKey={reloadKey}
        toolbar={
          <>
            {io && <TemplateButton fetchTemplate={projectTemplate} />}
            {io && (
              <button type="button" onClick={() => setImporting(true)}>
                {t('ui.dirIO.import')}
              </button>
            )}
            <ExportMenu filters={filters} search={search} formats={EXPORT_FORMATS} exportAs={exportAs} doneKey="ui.projects.io.exported" />
            {mayDeclare(user) && (
              <a className="button primary" href="#/projects/new">
                {t('ui.projects.add')}
              </a>
            )}
          </>
        }
      />
      {io && (
        <ImportDialog
          open={importing}
          onClose={() => setImporting(false)}
          onImported={() => setReloadKey((k) => k + 1)}
          importFile={importProjects}
          texts={IMPORT_TEXTS}
        />
      )}
    </>
  );
}
