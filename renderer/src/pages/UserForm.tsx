import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/contract';
import { ROLES, type Role } from '../../../shared/model/roles';
import type { User } from '../../../shared/model/user';
import { api } from '../api/client';
import { ErrorMessage, fieldError } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSubmit } from '../components/useSubmit';

interface Props {
  user: User | null;
  options: Result<'departments.options'>;
  onSaved: (u: User) => void;
  onCancel: () => void;
}

export function UserForm({ user, options, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    password: '',
    role: (user?.role ?? 'registrant') as Role,
    departmentId: user?.departmentId ?? '',
    active: user?.active ?? true,
  });
  const { busy, error, submit } = useSubmit(async () => {
    const departmentId = form.departmentId || null;
    onSaved(
      user
        ? await api.call('users.update', { id: user.id, patch: { displayName: form.displayName, role: form.role, departmentId, active: form.active } })
        : await api.call('users.create', { username: form.username, displayName: form.displayName, password: form.password, role: form.role, departmentId }),
    );
  });

  return (
    <form className="form" onSubmit={submit}>
      <Field label={t('ui.users.username')} error={fieldError(error, 'username', t)}>
        <input name="username" value={form.username} disabled={!!user} onChange={(e) => setForm({ ...form, username: e.target.value })} required autoFocus />
      </Field>
      <Field label={t('ui.users.displayName')} error={fieldError(error, 'displayName', t)}>
        <input name="displayName" value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} required />
      </Field>
      {!user && (
        <Field label={t('ui.users.password')} error={fieldError(error, 'password', t)} hint={t('user.password.tooShort')}>
          <input name="password" type="password" autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} required />
        </Field>
      )}
      <Field label={t('ui.users.role')}>
        <select name="role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('ui.users.department')} error={fieldError(error, 'departmentId', t)}>
        <select name="departmentId" value={form.departmentId} onChange={(e) => setForm({ ...form, departmentId: e.target.value })}>
          <option value="">{t('ui.users.chooseDepartment')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} {o.name}
            </option>
          ))}
        </select>
      </Field>
      {user && (
        <label className="check">
          <input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} /> {t('ui.users.activeYes')}
        </label>
      )}
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('ui.common.saving') : t('ui.common.save')}
        </button>
      </div>
    </form>
  );
}
