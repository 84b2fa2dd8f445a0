import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';

/** Right after the first-run setup: offer the 中山市 demo structure, once. */
export function DemoOffer() {
  const { t } = useTranslation();
  const [state, setState] = useState<'offer' | 'busy' | 'hidden' | { departments: number; users: number }>('offer');
  const [error, setError] = useState<unknown>(null);
  if (state === 'hidden') return null;
  const load = async () => {
    setState('busy');
    try {
      setState(await api.call('demo.load', {}));
    } catch (err) {
      setError(err);
      setState('offer');
    }
  };
  return (
    <aside className="banner" aria-live="polite">
      {typeof state === 'object' ? (
        <>
          <span>{t('ui.setup.demoDone', state)}</span>
          <button type="button" onClick={() => setState('hidden')}>
            {t('ui.common.close')}
          </button>
        </>
      ) : (
        <>
          <div>
            <strong>{t('ui.setup.demoTitle')}</strong>
            <div className="muted">{t('ui.setup.demoIntro')}</div>
          </div>
          <button type="button" className="primary" disabled={state === 'busy'} onClick={load}>
            {t('ui.setup.demoLoad')}
          </button>
          <button type="button" onClick={() => setState('hidden')}>
            {t('ui.setup.demoSkip')}
          </button>
        </>
      )}
      <ErrorMessage error={error} />
    </aside>
  );
}
