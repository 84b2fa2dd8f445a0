import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api/contract';
import type { TableQueryInput } from '../../../../shared/model/table-query';
import { HOTSPOT_KINDS, type HotspotRow } from '../../../../shared/review/citywide';
import { api } from '../../api/client';
import { resourceHref } from '../../app/route';
import { DataTable, type FilterDef, type TableState } from '../../components/DataTable';
import { ExportMenu } from '../directory/ExportMenu';

const col = createColumnHelper<HotspotRow>();
/** Resources named in a row of the table; the row opened lists the rest. */
const INLINE_RESOURCES = 2;
const FORMATS = ['xlsx', 'csv'] as const;
/** The list opens on key elements (公民身份号码 …): fields every register has (备注 …) are one filter away. */
const INITIAL = { sort: [{ id: 'departments', desc: true }], filters: { kind: 'key' }, search: '' };

function useHotspotColumns() {
  const { t } = useTranslation();
  return useMemo(
    () => [
      col.accessor('element', {
        header: t('ui.citywide.hotspots.col.element'),
        size: 150,
        cell: (c) => (
          <span title={c.getValue()}>
            <strong>{c.getValue()}</strong>
            {c.row.original.generic && <span className="muted"> · {t('ui.citywide.hotspots.kind.generic')}</span>}
          </span>
        ),
      }),
      col.accessor('departments', { header: t('ui.citywide.hotspots.col.departments'), size: 96, meta: { align: 'end' } }),
      col.accessor('departmentNames', {
        header: t('ui.citywide.hotspots.col.departmentNames'),
        size: 220,
        meta: { grow: 3 },
        enableSorting: false,
        cell: (c) => <span title={c.getValue().join('\n')}>{c.getValue().join('、')}</span>,
      }),
      col.accessor('resourceCount', {
        id: 'resources',
        header: t('ui.citywide.hotspots.col.resources'),
        size: 260,
        meta: { grow: 3 },
        cell: (c) => {
          const r = c.row.original;
          return (
            <span title={r.resources.map((x) => `${x.code} ${x.name}（${x.department}）`).join('\n')}>
              <span className="amount">{r.resourceCount}</span>
              {r.resources.slice(0, INLINE_RESOURCES).map((x) => (
                <span key={x.id}>
                  {' · '}
                  <a href={resourceHref(x.code)} tabIndex={-1}>
                    {x.name}
                  </a>
                </span>
              ))}
              {r.resourceCount > INLINE_RESOURCES && <span className="muted"> …</span>}
            </span>
          );
        },
      }),
      col.accessor('projects', { header: t('ui.citywide.hotspots.col.projects'), size: 80, meta: { align: 'end' } }),
      col.accessor('names', {
        header: t('ui.citywide.hotspots.col.names'),
        size: 180,
        meta: { grow: 2 },
        enableSorting: false,
        cell: (c) => <span title={c.getValue().join('\n')}>{c.getValue().join('、')}</span>,
      }),
    ],
    [t],
  );
}

/**
 * 审查 › 多头采集: data elements that two or more departments collect (published resources and
 * declared projects), most departments first, on the shared DataTable; a row opened lists its
 * departments, name variants and the resources the user may see. Any signed-in user may read it:
 * the service counts every resource but lists only those whose data items the user may see.
 */
export function HotspotsTab() {
  const { t } = useTranslation();
  const columns = useHotspotColumns();
  const [departments, setDepartments] = useState<Result<'departments.options'>>([]);
  const [query, setQuery] = useState<TableState>(INITIAL);
  const [open, setOpen] = useState<HotspotRow | null>(null);

  useEffect(() => {
    let live = true;
    api.call('departments.options', {}).then((d) => live && setDepartments(d), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  const fetchPage = useCallback((q: TableQueryInput) => api.call('review.hotspots', q), []);
  const filters = useMemo(
    (): FilterDef[] => [
      { id: 'kind', label: t('ui.citywide.hotspots.filter.kind'), options: HOTSPOT_KINDS.map((k) => ({ value: k, label: t(`ui.citywide.hotspots.kind.${k}`) })) },
      { id: 'department', label: t('ui.citywide.hotspots.filter.department'), options: departments.map((d) => ({ value: d.id, label: d.name })) },
    ],
    [t, departments],
  );
  const exportAs = useCallback(
    (format: (typeof FORMATS)[number], f: Record<string, string>, s: string) => api.call('review.exportCitywide', { view: 'hotspots', format, filters: f, search: s }),
    [],
  );

  return (
    <>
      <p className="muted review-hint">{t('ui.citywide.hotspots.hint')}</p>
      <DataTable
        label={t('ui.citywide.tabs.hotspots')}
        columns={columns as never}
        fetchPage={fetchPage}
        getRowId={(r: HotspotRow) => r.id}
        filters={filters}
        initialState={INITIAL}
        onStateChange={setQuery}
        onRowOpen={(r: HotspotRow) => setOpen(r)}
        searchPlaceholder={t('ui.citywide.hotspots.searchHint')}
        toolbar={<ExportMenu<(typeof FORMATS)[number]> filters={query.filters} search={query.search} formats={FORMATS} exportAs={exportAs} doneKey="ui.citywide.hotspots.exported" />}
      />
      {open && <HotspotDetail row={open} onClose={() => setOpen(null)} />}
    </>
  );
}

/** One element in full: who collects it, under which names, and the resources (with links) the user may see. */
function HotspotDetail({ row, onClose }: { row: HotspotRow; onClose: () => void }) {
  const { t } = useTranslation();
  // Resources whose items the user may not see are counted, not listed; the service lists at most 50.
  const hidden = Math.max(0, row.resourceCount - row.resources.length);
  return (
    <section className="panel" aria-label={row.element} style={{ marginTop: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12 }}>
        <strong>
          {row.element} · {t('ui.citywide.hotspots.col.departments')} {row.departments} · {t('ui.citywide.hotspots.col.projects')} {row.projects}
        </strong>
        <button type="button" onClick={onClose}>
          {t('ui.common.close')}
        </button>
      </div>
      <p style={{ margin: '8px 0' }}>
        <span className="muted">{t('ui.citywide.hotspots.col.names')}：</span>
        {row.names.join('、')}
      </p>
      <p style={{ margin: '8px 0' }}>
        <span className="muted">{t('ui.citywide.hotspots.col.departmentNames')}：</span>
        {row.departmentNames.join('、')}
      </p>
      <p className="muted" style={{ margin: '8px 0 4px' }}>
        {t('ui.citywide.hotspots.resourcesMore', { count: row.resourceCount })}
        {hidden > 0 && ` · ${t('ui.citywide.hotspots.hidden', { count: hidden })}`}
      </p>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {row.resources.map((r) => (
          <li key={r.id} style={{ margin: '2px 0' }}>
            <a href={resourceHref(r.code)}>
              <span className="mono">{r.code}</span> {r.name}
            </a>{' '}
            <span className="muted">{r.department}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
