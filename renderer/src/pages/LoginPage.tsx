import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/model/user';
import { api } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSubmit } from '../components/useSubmit';
import { LanguageSwitch } from './LanguageSwitch';

export function LoginPage({ onDone }: { onDone: (session: string, user: User) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit(
    async () => {
      const { session, user } = await api.call('auth.login', { username, password });
      onDone(session, user);
    },
    () => setPassword(''),
  );

  return (
    <div className="center-card">
      <form className="card" onSubmit={submit} aria-labelledby="login-title">
        <div className="card-head">
          <div>
            <div className="brand-name big">{t('ui.app.name')}</div>
            <div className="muted">{t('ui.app.subtitle')}</div>
          </div>
          <LanguageSwitch compact />
        </div>
        <h1 id="login-title">{t('ui.login.title')}</h1>
        <Field label={t('fieldNames.username')}>
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
        </Field>
        <Field label={t('fieldNames.password')}>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </Field>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('ui.login.signingIn') : t('ui.login.submit')}
        </button>
      </form>
    </div>
  );
}
