import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_LEVELS, type Department, type DepartmentLevel } from '../../../shared/model/department';
import type { Result } from '../../../shared/api/contract';
import { api } from '../api/client';
import { ErrorMessage, fieldError } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSubmit } from '../components/useSubmit';

interface Props {
  department: Department | null;
  options: Result<'departments.options'>;
  onSaved: (d: Department) => void;
  onCancel: () => void;
}

/** Add or edit a department; the service validates, errors show beside their fields. */
export function DepartmentForm({ department, options, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    code: department?.code ?? '',
    name: department?.name ?? '',
    level: (department?.level ?? 'city') as DepartmentLevel,
    parentId: department?.parentId ?? '',
  });
  const { busy, error, submit } = useSubmit(async () => {
    const values = { code: form.code, name: form.name, level: form.level, parentId: form.parentId || null };
    onSaved(department ? await api.call('departments.update', { id: department.id, patch: values }) : await api.call('departments.create', values));
  });

  return (
    <form className="form" onSubmit={submit}>
      <Field label={t('ui.departments.code')} error={fieldError(error, 'code', t)}>
        <input name="code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} required autoFocus />
      </Field>
      <Field label={t('ui.departments.name')} error={fieldError(error, 'name', t)}>
        <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
      </Field>
      <Field label={t('ui.departments.level')} error={fieldError(error, 'level', t)}>
        <select name="level" value={form.level} onChange={(e) => setForm({ ...form, level: e.target.value as DepartmentLevel })}>
          {DEPARTMENT_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`levels.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('ui.departments.parent')} error={fieldError(error, 'parentId', t)}>
        <select name="parentId" value={form.parentId} onChange={(e) => setForm({ ...form, parentId: e.target.value })}>
          <option value="">{t('ui.departments.noParent')}</option>
          {options
            .filter((o) => o.id !== department?.id)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.code} {o.name}
              </option>
            ))}
        </select>
      </Field>
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
