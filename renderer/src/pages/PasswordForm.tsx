import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { ErrorMessage, fieldError } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useToast } from '../components/Toast';
import { useSubmit } from '../components/useSubmit';

/** Change one's own password: the current one is required; other sessions are signed out. */
export function PasswordForm() {
  const { t } = useTranslation();
  const { user } = useSession();
  const toast = useToast();
  const empty = { currentPassword: '', password: '', confirm: '' };
  const [form, setForm] = useState(empty);
  const mismatch = form.confirm.length > 0 && form.confirm !== form.password;
  const { busy, error, submit } = useSubmit(async () => {
    if (mismatch) return;
    await api.call('users.setPassword', { id: user.id, password: form.password, currentPassword: form.currentPassword });
    setForm(empty);
    toast(t('ui.settings.passwordChanged'));
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <form className="form narrow" onSubmit={submit}>
      <Field label={t('ui.settings.currentPassword')} error={fieldError(error, 'currentPassword', t)}>
        <input type="password" autoComplete="current-password" value={form.currentPassword} onChange={set('currentPassword')} required />
      </Field>
      <Field label={t('ui.settings.newPassword')} error={fieldError(error, 'password', t)} hint={t('user.password.tooShort')}>
        <input type="password" autoComplete="new-password" value={form.password} onChange={set('password')} required />
      </Field>
      <Field label={t('ui.setup.confirmPassword')} error={mismatch ? t('ui.setup.passwordsDiffer') : null}>
        <input type="password" autoComplete="new-password" value={form.confirm} onChange={set('confirm')} required />
      </Field>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || mismatch}>
          {t('ui.settings.changePassword')}
        </button>
      </div>
    </form>
  );
}
