import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/model/user';
import { api } from '../api/client';
import { ErrorMessage, fieldError } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSubmit } from '../components/useSubmit';
import { LanguageSwitch } from './LanguageSwitch';

/** First run: create the administrator, then sign straight in. */
export function SetupPage({ onDone }: { onDone: (session: string, user: User) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ username: 'admin', displayName: '', password: '', confirm: '' });
  const mismatch = form.confirm.length > 0 && form.confirm !== form.password;
  const { busy, error, submit } = useSubmit(async () => {
    if (mismatch) return;
    const { session, user } = await api.call('auth.setup', { username: form.username, displayName: form.displayName, password: form.password });
    onDone(session, user);
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  return (
    <div className="center-card">
      <form className="card" onSubmit={submit} aria-labelledby="setup-title">
        <div className="card-head">
          <h1 id="setup-title">{t('ui.setup.title')}</h1>
          <LanguageSwitch compact />
        </div>
        <p className="muted">{t('ui.setup.intro')}</p>
        <Field label={t('fieldNames.username')} error={fieldError(error, 'username', t)}>
          <input name="username" autoComplete="username" value={form.username} onChange={set('username')} required autoFocus />
        </Field>
        <Field label={t('fieldNames.displayName')} error={fieldError(error, 'displayName', t)}>
          <input name="displayName" value={form.displayName} onChange={set('displayName')} required />
        </Field>
        <Field label={t('fieldNames.password')} error={fieldError(error, 'password', t)} hint={t('user.password.tooShort')}>
          <input name="password" type="password" autoComplete="new-password" value={form.password} onChange={set('password')} required />
        </Field>
        <Field label={t('ui.setup.confirmPassword')} error={mismatch ? t('ui.setup.passwordsDiffer') : null}>
          <input name="confirm" type="password" autoComplete="new-password" value={form.confirm} onChange={set('confirm')} required />
        </Field>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={busy || mismatch}>
          {t('ui.setup.submit')}
        </button>
      </form>
    </div>
  );
}
