import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/contract';
import { DEPARTMENT_LEVELS, type Department } from '../../../shared/model/department';
import type { TableQueryInput } from '../../../shared/model/table-query';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { DataTable } from '../components/DataTable';
import { Dialog } from '../components/Dialog';
import { useToast } from '../components/Toast';
import { DepartmentForm } from './DepartmentForm';
import { SettingsTabs } from './SettingsTabs';

const col = createColumnHelper<Department>();

export function DepartmentsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const toast = useToast();
  const canEdit = user.role === 'admin' || user.role === 'bureau';
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [options, setOptions] = useState<Result<'departments.options'>>([]);
  useEffect(() => {
    api.call('departments.options', {}).then(setOptions, () => setOptions([]));
  }, [reloadKey]);

  const columns = useMemo(
    () => [
      col.accessor('code', { header: t('ui.departments.code'), size: 110 }),
      col.accessor('name', { header: t('ui.departments.name'), size: 260 }),
      col.accessor('level', { header: t('ui.departments.level'), size: 100, cell: (c) => t(`levels.${c.getValue()}`) }),
      col.accessor('parentName', { header: t('ui.departments.parent'), size: 200, cell: (c) => c.getValue() ?? t('ui.common.none') }),
    ],
    [t],
  );
  const fetchPage = useCallback((q: TableQueryInput) => api.call('departments.list', q), []);

  return (
    <>
      <h1>{t('ui.departments.title')}</h1>
      <SettingsTabs current="settings/departments" />
      <DataTable
        label={t('ui.departments.title')}
        columns={columns as never}
        fetchPage={fetchPage}
        getRowId={(d: Department) => d.id}
        reloadKey={reloadKey}
        filters={[{ id: 'level', label: t('ui.departments.level'), options: DEPARTMENT_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) })) }]}
        onRowOpen={canEdit ? (d: Department) => setEditing(d) : undefined}
        toolbar={
          canEdit && (
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              {t('ui.departments.add')}
            </button>
          )
        }
      />
      <Dialog open={editing !== null} title={editing === 'new' ? t('ui.departments.add') : t('ui.departments.edit')} onClose={() => setEditing(null)}>
        <DepartmentForm
          department={editing === 'new' ? null : editing}
          options={options}
          onCancel={() => setEditing(null)}
          onSaved={(d) => {
            toast(t(editing === 'new' ? 'ui.departments.created' : 'ui.departments.updated', { name: d.name }));
            setEditing(null);
            setReloadKey((k) => k + 1);
          }}
        />
      </Dialog>
    </>
  );
}
