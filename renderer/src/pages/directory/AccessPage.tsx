import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_STATUSES, type AccessRequest } from '../../../../shared/directory/access';
import type { TableQueryInput } from '../../../../shared/model/table-query';
import { api } from '../../api/client';
import { resourceHref } from '../../app/route';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { refreshNotifications } from '../../components/notify-refresh';
import { useToast } from '../../components/Toast';
import { DecideForm, RequestFacts } from './DecideForm';
import { DirectoryTabs } from './DirectoryTabs';
import { formatDate } from '../../i18n/dates';
import { AccessBadge } from './StatusBadge';

const col = createColumnHelper<AccessRequest>();
export type AccessView = 'mine' | 'incoming';

/**
 * 申请取用: my department's applications (我的申请) and the applications for my department's
 * resources (待我审批), on the DataTable; opening a pending incoming one lets the provider decide.
 */
export function AccessPage({ view }: { view: AccessView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const toast = useToast();
  const [open, setOpen] = useState<AccessRequest | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const incoming = view === 'incoming';

  const columns = useMemo(
    () => [
      col.accessor('resourceCode', { header: t('ui.directory.code'), size: 112, cell: (c) => <span className="mono">{c.getValue()}</span> }),
      col.accessor('resourceName', { header: t('ui.access.resource'), size: 190 }),
      incoming
        ? col.accessor('requesterDeptName', {
            header: t('ui.access.requester'),
            size: 170,
            cell: (c) => `${c.getValue()}${c.row.original.requesterName ? ` · ${c.row.original.requesterName}` : ''}`,
          })
        : col.accessor('providerName', { header: t('ui.access.provider'), size: 150 }),
      col.accessor('itemNames', {
        header: t('ui.access.items'),
        size: 150,
        enableSorting: false,
        cell: (c) => {
          const names = c.row.original.status === 'approved' ? (c.row.original.approvedItemNames ?? c.getValue()) : c.getValue();
          return names ? <span title={names.join('、')}>{names.join('、')}</span> : t('ui.access.wholeResource');
        },
      }),
      col.accessor('periodTo', {
        header: t('ui.access.period'),
        size: 170,
        enableSorting: false,
        cell: (c) => `${c.row.original.periodFrom} — ${c.row.original.status === 'approved' && c.row.original.approvedUntil ? c.row.original.approvedUntil : c.getValue()}`,
      }),
      col.accessor('status', { header: t('ui.access.status'), size: 80, cell: (c) => <AccessBadge status={c.getValue()} /> }),
      col.accessor('createdAt', { header: t('ui.access.createdAt'), size: 96, cell: (c) => formatDate(c.getValue()) }),
    ],
    [t, incoming],
  );
  const fetchPage = useCallback((q: TableQueryInput) => api.call(incoming ? 'access.incoming' : 'access.mine', q), [incoming]);
  // Only the provider department's registrants decide (bureau staff see every application, read-only).
  const canDecide = open !== null && incoming && open.status === 'pending' && user.role === 'registrant';

  return (
    <>
      <h1>{t('ui.directory.title')}</h1>
      <DirectoryTabs current="access" />
      <div className="subtabs" role="tablist" aria-label={t('ui.directory.tabAccess')}>
        <a role="tab" aria-selected={!incoming} className={!incoming ? 'active' : ''} href="#/directory/access">
          {t('ui.access.mine')}
        </a>
        {user.departmentId !== null && (
          <a role="tab" aria-selected={incoming} className={incoming ? 'active' : ''} href="#/directory/access/incoming">
            {t('ui.access.incoming')}
          </a>
        )}
      </div>
      <DataTable
        key={view}
        label={incoming ? t('ui.access.incoming') : t('ui.access.mine')}
        columns={columns as never}
        fetchPage={fetchPage}
        getRowId={(r: AccessRequest) => r.id}
        reloadKey={reloadKey}
        initialState={incoming ? { filters: { status: 'pending' } } : undefined}
        filters={[{ id: 'status', label: t('ui.access.status'), options: ACCESS_STATUSES.map((s) => ({ value: s, label: t(`dir.accessStatus.${s}`) })) }]}
        onRowOpen={(r: AccessRequest) => setOpen(r)}
      />
      <Dialog open={open !== null} title={canDecide ? t('ui.access.decideTitle') : t('ui.access.detailTitle')} onClose={() => setOpen(null)}>
        {open &&
          (canDecide ? (
            <DecideForm
              request={open}
              onCancel={() => setOpen(null)}
              onDone={(r) => {
                toast(t(r.status === 'approved' ? 'ui.access.approved' : 'ui.access.denied', { name: r.resourceName, dept: r.requesterDeptName }));
                setOpen(null);
                setReloadKey((k) => k + 1);
                refreshNotifications();
              }}
            />
          ) : (
            <div className="form">
              <RequestFacts request={open} />
              <div className="form-actions">
                <a className="button" href={resourceHref(open.resourceId)} onClick={() => setOpen(null)}>
                  {t('ui.access.openResource')}
                </a>
                <button type="button" onClick={() => setOpen(null)}>
                  {t('ui.common.close')}
                </button>
              </div>
            </div>
          ))}
      </Dialog>
    </>
  );
}
