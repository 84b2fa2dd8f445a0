import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/contract';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { LanguageSwitch } from './LanguageSwitch';
import { PasswordForm } from './PasswordForm';
import { FilingThreshold } from './projects/FilingThreshold';
import { SettingsTabs } from './SettingsTabs';

export function SettingsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [info, setInfo] = useState<Result<'system.info'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('system.info', {}).then(setInfo, setError);
  }, []);
  return (
    <>
      <h1>{t('ui.settings.title')}</h1>
      <SettingsTabs current="settings" />
      <section className="panel">
        <h2>{t('ui.settings.language')}</h2>
        <LanguageSwitch />
        <p className="muted">{t('ui.settings.languageHint')}</p>
      </section>
      <section className="panel">
        <h2>{t('ui.settings.changePassword')}</h2>
        <PasswordForm />
      </section>
      {(user.role === 'bureau' || user.role === 'admin') && <FilingThreshold />}
      <section className="panel">
        <h2>{t('ui.settings.system')}</h2>
        <ErrorMessage error={error} />
        {info && (
          <dl className="facts">
            <dt>{t('ui.settings.version')}</dt>
            <dd>{info.version}</dd>
            <dt>{t('ui.settings.mode')}</dt>
            <dd>{t(`ui.settings.modes.${info.mode}`)}</dd>
            <dt>{t('ui.settings.dataDir')}</dt>
            <dd className="mono">{info.dataDir}</dd>
            {info.storeWarnings.length > 0 && (
              <>
                <dt>{t('ui.settings.warnings')}</dt>
                <dd>
                  <ul>
                    {info.storeWarnings.map((w, i) => (
                      <li key={i}>{t(w.key)}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        )}
      </section>
    </>
  );
}
