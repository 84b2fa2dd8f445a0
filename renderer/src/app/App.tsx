import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/model/user';
import { api, rememberSession } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { useClearToasts } from '../components/Toast';
import { LoginPage } from '../pages/LoginPage';
import { SetupPage } from '../pages/SetupPage';
import { SessionContext } from './session';
import { Shell } from './Shell';

type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'setup' } | { kind: 'login' } | { kind: 'ready'; user: User; afterSetup: boolean };

/** First run → setup; otherwise sign in (or resume the session kept for this window). */
export function App() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const clearToasts = useClearToasts();

  const start = useCallback(async () => {
    try {
      const status = await api.call('auth.status', {});
      if (status.needsSetup) return setState({ kind: 'setup' });
      if (api.getSession()) {
        try {
          return setState({ kind: 'ready', user: await api.call('auth.me', {}), afterSetup: false });
        } catch (err) {
          if (!(err instanceof ApiError && err.code === 'UNAUTHENTICATED')) throw err;
          rememberSession(null);
        }
      }
      setState({ kind: 'login' });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }, []);
  useEffect(() => void start(), [start]);
  // A session that ends under us (expiry, host restart, deactivation) returns to the sign-in page.
  useEffect(
    () =>
      api.onSessionLost(() => {
        rememberSession(null);
        clearToasts();
        setState({ kind: 'login' });
      }),
    [clearToasts],
  );

  const signedIn = (session: string, user: User, afterSetup = false) => {
    rememberSession(session);
    setState({ kind: 'ready', user, afterSetup });
  };
  const signOut = () => {
    void api.call('auth.logout', {}).finally(() => {
      rememberSession(null);
      clearToasts();
      setState({ kind: 'login' });
    });
  };

  switch (state.kind) {
    case 'loading':
      return <div className="splash">{t('ui.app.loading')}</div>;
    case 'failed':
      return (
        <div className="splash">
          <ErrorMessage error={state.error} />
        </div>
      );
    case 'setup':
      return <SetupPage onDone={(s, u) => signedIn(s, u, true)} />;
    case 'login':
      return <LoginPage onDone={signedIn} />;
    case 'ready':
      return (
        <SessionContext.Provider value={{ user: state.user, signOut }}>
          <Shell offerDemo={state.afterSetup} />
        </SessionContext.Provider>
      );
  }
}
