import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import type { TableQueryInput } from '../../../../shared/model/table-query';
import { SCAN_PAIR_LABELS, type ClusterRow, type ScanSummary } from '../../../../shared/review/citywide';
import { api } from '../../api/client';
import { projectHref, reviewHref } from '../../app/route';
import { useSession } from '../../app/session';
import { DataTable, type FilterDef, type TableState } from '../../components/DataTable';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../../i18n/dates';
import { ExportMenu } from '../directory/ExportMenu';
import { ProjectStatusBadge } from '../projects/ProjectStatusBadge';
import { percent } from './findings';

type ScanState = (ScanSummary & { stale: boolean }) | null;

const col = createColumnHelper<ClusterRow>();
/** Projects named in a row of the table; the row opened lists them all. */
const INLINE_PROJECTS = 3;
const FORMATS = ['xlsx', 'csv'] as const;

const seesCitywide = (role: string) => role === 'admin' || role === 'bureau' || role === 'auditor';

function useClusterColumns() {
  const { t } = useTranslation();
  return useMemo(
    () => [
      col.accessor('size', { header: t('ui.citywide.scan.col.size'), size: 72, meta: { align: 'end' } }),
      col.accessor('projects', {
        header: t('ui.citywide.scan.col.projects'),
        size: 360,
        meta: { grow: 5 },
        enableSorting: false,
        cell: (c) => {
          const all = c.getValue();
          return (
            <span title={all.map((p) => `${p.code} ${p.name}（${p.departmentName}）`).join('\n')}>
              {all.slice(0, INLINE_PROJECTS).map((p, i) => (
                <span key={p.id}>
                  {i > 0 && '；'}
                  <a href={projectHref(p.id)} tabIndex={-1}>
                    <span className="mono">{p.code}</span> {p.name}
                  </a>
                </span>
              ))}
              {all.length > INLINE_PROJECTS && <span className="muted"> {t('ui.citywide.scan.more', { count: all.length })}</span>}
            </span>
          );
        },
      }),
      col.accessor('departments', { header: t('ui.citywide.scan.col.departments'), size: 80, meta: { align: 'end' } }),
      col.accessor('topLabel', { header: t('ui.citywide.scan.col.topLabel'), size: 120, enableSorting: false, cell: (c) => t(`review.label.${c.getValue()}`) }),
      col.accessor('topScore', { header: t('ui.citywide.scan.col.topScore'), size: 96, meta: { align: 'end' }, cell: (c) => <span className="amount">{percent(c.getValue())}</span> }),
    ],
    [t],
  );
}

/** Follows one task's progress events (the scan this tab started). */
function useTaskProgress(taskId: string | null) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!taskId) return;
    return api.on('progress', (p) => {
      if (p.taskId === taskId) setProgress(p.done >= p.total ? null : { done: p.done, total: p.total });
    });
  }, [taskId]);
  return progress;
}

/**
 * 审查 › 全市扫描: runs the city-wide scan (bureau staff, auditors, administrators) with its
 * progress, says when the shown result was made, and lists the clusters of duplicate construction
 * on the shared DataTable (largest first); a row opened lists every project of the cluster.
 */
export function ScanTab() {
  const { t } = useTranslation();
  const { user } = useSession();
  const toast = useToast();
  const columns = useClusterColumns();
  const [scan, setScan] = useState<ScanState | undefined>(undefined);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [query, setQuery] = useState<TableState>({ sort: [], filters: {}, search: '' });
  const [open, setOpen] = useState<ClusterRow | null>(null);
  const progress = useTaskProgress(taskId);
  const running = taskId !== null;

  const fetchPage = useCallback(
    (q: TableQueryInput) =>
      api.call('review.clusters', q).then((page) => {
        setScan(page.scan);
        return page;
      }),
    [],
  );
  const filters = useMemo((): FilterDef[] => [{ id: 'label', label: t('ui.citywide.scan.filter.label'), options: SCAN_PAIR_LABELS.map((l) => ({ value: l, label: t(`review.label.${l}`) })) }], [t]);
  const exportAs = useCallback(
    (format: (typeof FORMATS)[number], f: Record<string, string>, s: string) => api.call('review.exportCitywide', { view: 'clusters', format, filters: f, search: s }),
    [],
  );

  if (!seesCitywide(user.role)) return <p className="muted">{t('ui.citywide.scan.forbidden')}</p>;

  const start = async () => {
    const id = crypto.randomUUID();
    setTaskId(id);
    try {
      const summary = await api.call('review.scan', { taskId: id });
      toast(t('ui.citywide.scan.done', { clusters: summary.clusters }));
      setOpen(null);
      setReloadKey((k) => k + 1);
    } catch (err) {
      toast(err instanceof ApiError ? t(err.key, err.params) : t('errors.INTERNAL'));
    } finally {
      setTaskId(null);
    }
  };

  return (
    <>
      <p className="muted review-hint">{t('ui.citywide.scan.hint')}</p>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', margin: '0 0 12px' }}>
        <button type="button" className="primary" onClick={() => void start()} disabled={running}>
          {running ? t('ui.citywide.scan.scanning') : scan ? t('ui.citywide.scan.rescan') : t('ui.citywide.scan.start')}
        </button>
        {running && (
          <span role="status" style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
            <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-label={t('review.progress.scan')} />
            {progress && progress.total > 1 && <span className="muted">{t('ui.citywide.scan.progress', { done: Math.min(progress.done, progress.total - 1), total: progress.total - 1 })}</span>}
          </span>
        )}
        {!running && scan === null && <span className="muted">{t('ui.citywide.scan.never')}</span>}
        {scan && (
          <span className="muted" aria-live="polite">
            {t('ui.citywide.scan.lastRun', { at: formatDateTime(scan.ranAt), projects: scan.projects, seconds: (scan.ms / 1000).toFixed(1), clusters: scan.clusters, pairs: scan.pairs })}
          </span>
        )}
        {scan?.stale && <span role="note" style={{ color: '#9a6700' }}>{t('ui.citywide.scan.stale')}</span>}
      </div>
      <DataTable
        label={t('ui.citywide.tabs.scan')}
        columns={columns as never}
        fetchPage={fetchPage}
        getRowId={(r: ClusterRow) => r.id}
        filters={filters}
        reloadKey={reloadKey}
        rowHeight={40}
        onStateChange={setQuery}
        onRowOpen={(r: ClusterRow) => setOpen(r)}
        searchPlaceholder={t('ui.citywide.scan.searchHint')}
        toolbar={
          scan ? (
            <ExportMenu<(typeof FORMATS)[number]> filters={query.filters} search={query.search} formats={FORMATS} exportAs={exportAs} doneKey="ui.citywide.scan.exported" />
          ) : undefined
        }
      />
      {open && <ClusterDetail cluster={open} onClose={() => setOpen(null)} />}
    </>
  );
}

/** Every project of the opened cluster, with links to the project and to its review report. */
function ClusterDetail({ cluster, onClose }: { cluster: ClusterRow; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-label={t('ui.citywide.scan.col.projects')} style={{ marginTop: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12 }}>
        <strong>
          {t('ui.citywide.scan.col.size')} {cluster.size} · {t('ui.citywide.scan.col.departments')} {cluster.departments} · {t(`review.label.${cluster.topLabel}`)} {percent(cluster.topScore)}
        </strong>
        <button type="button" onClick={onClose}>
          {t('ui.common.close')}
        </button>
      </div>
      <ul style={{ margin: '8px 0 0', paddingLeft: 18 }}>
        {cluster.projects.map((p) => (
          <li key={p.id} style={{ margin: '4px 0' }}>
            <a href={projectHref(p.id)}>
              <span className="mono">{p.code}</span> {p.name}
            </a>{' '}
            <span className="muted">
              {p.departmentName} · {p.year}
            </span>{' '}
            <ProjectStatusBadge status={p.status} />{' '}
            <a href={reviewHref(p.code)} className="muted">
              {t('ui.review.projectLink')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
