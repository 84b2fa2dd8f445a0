import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api/contract';
import type { Classification } from '../../../../shared/directory/catalog-models';
import type { ResourceRow } from '../../../../shared/directory/resource';
import { CLASS_KINDS, FORMATS, OPEN_TYPES, RESOURCE_STATUSES, SHARE_TYPES, UPDATE_CYCLES } from '../../../../shared/directory/vocab';
import type { TableQueryInput } from '../../../../shared/model/table-query';
import { api } from '../../api/client';
import { navigate, resourceHref } from '../../app/route';
import { useSession } from '../../app/session';
import { DataTable, type FilterDef, type TableState } from '../../components/DataTable';
import { DirectoryTabs } from './DirectoryTabs';
import { formatDate } from '../../i18n/dates';
import { ShareBadge, StatusBadge } from './StatusBadge';
import { ExportMenu, TemplateButton } from './ExportMenu';
import { ImportDialog } from './ImportDialog';

const col = createColumnHelper<ResourceRow>();
type Facets = Result<'directory.facets'>;

/** The query the user left the directory with: coming back from a resource restores it (same user only). */
let last: { userId: string; state: TableState } | undefined;

const FACET_DELAY_MS = 250;

/** Label lists (departments, classifications) change rarely: fetched once per signed-in user. */
let lookups: { userId: string; promise: Promise<[Result<'departments.options'>, Classification[]]> } | undefined;
function lookupsFor(userId: string) {
  if (lookups?.userId !== userId) {
    lookups = {
      userId,
      promise: Promise.all([
        api.call('departments.options', {}).catch(() => [] as Result<'departments.options'>),
        api.call('classifications.list', {}).catch(() => [] as Classification[]),
      ]),
    };
  }
  return lookups.promise;
}

/** Who may register entries: department registrants (for their own department) and bureau staff. */
export function canRegister(role: string, departmentId: string | null): boolean {
  return (role === 'registrant' && departmentId !== null) || role === 'bureau';
}

/** Who may import a spreadsheet: registrants (own department's rows), bureau staff and administrators. */
export function canImport(role: string): boolean {
  return role === 'registrant' || role === 'bureau' || role === 'admin';
}

/**
 * 资源目录: every department's catalog entries in the one DataTable (virtual rows, paging,
 * sorting, filtering and Chinese full-text search in the service), each filter with the number
 * of entries it would leave for the current search and filters.
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [facets, setFacets] = useState<Facets | null>(null);
  const [departments, setDepartments] = useState<Result<'departments.options'>>([]);
  const [classes, setClasses] = useState<Classification[]>([]);
  const [initial] = useState(() => (last?.userId === user.id ? last.state : undefined));
  const [filters, setFilters] = useState<Record<string, string>>(initial?.filters ?? {});
  const [search, setSearch] = useState(initial?.search ?? '');
  const [importing, setImporting] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const facetGen = useRef(0);
  const facetKey = useRef('');
  const facetTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let live = true;
    lookupsFor(user.id).then(([d, c]) => {
      if (!live) return;
      setDepartments(d);
      setClasses(c);
    });
    return () => {
      live = false;
      clearTimeout(facetTimer.current);
    };
  }, [user.id]);

  const onStateChange = useCallback(
    (s: TableState) => {
      last = { userId: user.id, state: s };
      setFilters(s.filters);
      setSearch(s.search);
      const key = JSON.stringify([s.filters, s.search]);
      if (key === facetKey.current) return; // sorting does not change the counts
      facetKey.current = key;
      const gen = ++facetGen.current;
      // The rows are asked for first; the counts a moment later, once per burst of changes.
      clearTimeout(facetTimer.current);
      facetTimer.current = setTimeout(() => {
        api.call('directory.facets', { filters: s.filters, search: s.search }).then(
          (f) => gen === facetGen.current && setFacets(f),
          () => gen === facetGen.current && setFacets(null),
        );
      }, FACET_DELAY_MS);
    },
    [user.id],
  );

  const columns = useMemo(
    () => [
      col.accessor('code', { header: t('ui.directory.code'), size: 112, cell: (c) => <span className="mono">{c.getValue()}</span> }),
      col.accessor('name', {
        header: t('ui.directory.name'),
        size: 150,
        meta: { grow: 4 },
        cell: (c) => (
          <a href={resourceHref(c.row.original.id)} tabIndex={-1} title={c.row.original.summary}>
            {c.getValue()}
          </a>
        ),
      }),
      col.accessor('providerName', { header: t('ui.directory.provider'), size: 112, meta: { grow: 2 }, cell: (c) => <span title={c.getValue()}>{c.getValue()}</span> }),
      col.accessor('classCode', {
        header: t('ui.directory.classification'),
        size: 88,
        cell: (c) => <span title={`${c.getValue()} ${c.row.original.className ?? ''}`}>{c.row.original.className ?? c.getValue()}</span>,
      }),
      col.accessor('format', { header: t('ui.directory.format'), size: 80, cell: (c) => t(`dir.format.${c.getValue()}`) }),
      col.accessor('shareType', { header: t('ui.directory.shareType'), size: 96, cell: (c) => <ShareBadge shareType={c.getValue()} /> }),
      col.accessor('openType', { header: t('ui.directory.openType'), size: 88, cell: (c) => t(`dir.openType.${c.getValue()}`) }),
      col.accessor('updateCycle', { header: t('ui.directory.updateCycle'), size: 84, cell: (c) => t(`dir.updateCycle.${c.getValue()}`) }),
      col.accessor('status', { header: t('ui.directory.status'), size: 72, cell: (c) => <StatusBadge status={c.getValue()} /> }),
      col.accessor('updatedAt', { header: t('ui.directory.updatedAt'), size: 92, cell: (c) => formatDate(c.getValue()) }),
    ],
    [t],
  );
  const fetchPage = useCallback((q: TableQueryInput) => api.call('directory.list', q), []);

  const filterDefs = useMemo((): FilterDef[] => {
    const count = (dim: keyof Facets, value: string): number | undefined => {
      if (!facets) return undefined;
      return facets[dim].find((f) => f.value === value)?.count ?? 0;
    };
    const vocab = (id: keyof Facets, values: readonly string[], prefix: string): FilterDef => ({
      id,
      label: t(`ui.directory.${id}`),
      options: values.map((v) => ({ value: v, label: t(`${prefix}.${v}`), count: count(id, v) })),
    });
    // Departments: those with entries for the current query (and the chosen one), most entries first.
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const providerValues = facets
      ? facets.provider.filter((f) => f.count > 0 || f.value === filters.provider).sort((a, b) => b.count - a.count).map((f) => f.value)
      : departments.map((d) => d.id);
    if (filters.provider && !providerValues.includes(filters.provider)) providerValues.unshift(filters.provider);
    const top = classes.filter((c) => c.code.length === 3).sort((a, b) => a.code.localeCompare(b.code));
    return [
      { id: 'provider', label: t('ui.directory.provider'), options: providerValues.map((v) => ({ value: v, label: names.get(v) ?? v, count: count('provider', v) })) },
      vocab('classKind', CLASS_KINDS, 'dir.classKind'),
      { id: 'classCode', label: t('ui.directory.classification'), options: top.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` })) },
      vocab('format', FORMATS, 'dir.format'),
      vocab('shareType', SHARE_TYPES, 'dir.shareType'),
      vocab('openType', OPEN_TYPES, 'dir.openType'),
      vocab('updateCycle', UPDATE_CYCLES, 'dir.updateCycle'),
      vocab('status', RESOURCE_STATUSES, 'dir.status'),
    ];
  }, [t, facets, departments, classes, filters.provider]);

  return (
    <>
      <h1>{t('ui.directory.title')}</h1>
      <DirectoryTabs current="directory" />
      <DataTable
        label={t('ui.directory.title')}
        columns={columns as never}
        fetchPage={fetchPage}
        getRowId={(r: ResourceRow) => r.id}
        filters={filterDefs}
        initialState={initial}
        onStateChange={onStateChange}
        onRowOpen={(r: ResourceRow) => navigate(resourceHref(r.id))}
        searchPlaceholder={t('ui.directory.searchHint')}
        reloadKey={reloadKey}
        toolbar={
          <>
            <TemplateButton />
            {canImport(user.role) && (
              <button type="button" onClick={() => setImporting(true)}>
                {t('ui.dirIO.import')}
              </button>
            )}
            <ExportMenu filters={filters} search={search} />
            {canRegister(user.role, user.departmentId) && (
              <a className="button primary" href="#/directory/new">
                {t('ui.directory.add')}
              </a>
            )}
          </>
        }
      />
      <ImportDialog
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => {
          setReloadKey((k) => k + 1);
          facetKey.current = '';
        }}
      />
    </>
  );
}
