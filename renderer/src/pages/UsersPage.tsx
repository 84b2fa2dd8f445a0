import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/contract';
import { ROLES } from '../../../shared/model/roles';
import type { TableQueryInput } from '../../../shared/model/table-query';
import type { User } from '../../../shared/model/user';
import { api } from '../api/client';
import { DataTable } from '../components/DataTable';
import { Dialog } from '../components/Dialog';
import { useToast } from '../components/Toast';
import { SettingsTabs } from './SettingsTabs';
import { UserForm } from './UserForm';

const col = createColumnHelper<User>();

/** Administrators manage accounts; the table is the same DataTable as every other list. */
export function UsersPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [options, setOptions] = useState<Result<'departments.options'>>([]);
  useEffect(() => {
    api.call('departments.options', {}).then(setOptions, () => setOptions([]));
  }, []);

  const columns = useMemo(
    () => [
      col.accessor('username', { header: t('ui.users.username'), size: 140 }),
      col.accessor('displayName', { header: t('ui.users.displayName'), size: 180 }),
      col.accessor('role', { header: t('ui.users.role'), size: 130, cell: (c) => t(`roles.${c.getValue()}`) }),
      col.accessor('departmentName', { header: t('ui.users.department'), size: 220, cell: (c) => c.getValue() ?? t('ui.common.none') }),
      col.accessor('active', { header: t('ui.users.active'), size: 80, cell: (c) => (c.getValue() ? t('ui.users.activeYes') : t('ui.users.activeNo')) }),
    ],
    [t],
  );
  const fetchPage = useCallback((q: TableQueryInput) => api.call('users.list', q), []);

  return (
    <>
      <h1>{t('ui.users.title')}</h1>
      <SettingsTabs current="settings/users" />
      <DataTable
        label={t('ui.users.title')}
        columns={columns as never}
        fetchPage={fetchPage}
        getRowId={(u: User) => u.id}
        reloadKey={reloadKey}
        filters={[{ id: 'role', label: t('ui.users.role'), options: ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })) }]}
        onRowOpen={(u: User) => setEditing(u)}
        toolbar={
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('ui.users.add')}
          </button>
        }
      />
      <Dialog open={editing !== null} title={editing === 'new' ? t('ui.users.add') : t('ui.users.edit')} onClose={() => setEditing(null)}>
        <UserForm
          user={editing === 'new' ? null : editing}
          options={options}
          onCancel={() => setEditing(null)}
          onSaved={(u) => {
            toast(t(editing === 'new' ? 'ui.users.created' : 'ui.users.updated', { name: u.displayName }));
            setEditing(null);
            setReloadKey((k) => k + 1);
          }}
        />
      </Dialog>
    </>
  );
}
