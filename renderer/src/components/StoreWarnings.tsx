import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';

/** Damage the store recovered from, or trouble since (e.g. a full disk), said plainly after sign-in. */
export function StoreWarnings() {
  const { t } = useTranslation();
  const [warnings, setWarnings] = useState<{ key: string; detail: string }[]>([]);
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    api.call('system.info', {}).then(
      (info) => setWarnings(info.storeWarnings),
      () => undefined, // the settings page shows system information errors
    );
    return api.on('storeWarning', (w) => {
      setWarnings((prev) => [...prev, w]);
      setHidden(false);
    });
  }, []);
  if (hidden || warnings.length === 0) return null;
  return (
    <aside className="banner warning" role="alert">
      <div>
        <strong>{t('ui.settings.warnings')}</strong>
        <ul>
          {warnings.map((w, i) => (
            <li key={i} title={w.detail}>
              {t(w.key)}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={() => setHidden(true)}>
        {t('ui.common.close')}
      </button>
    </aside>
  );
}
