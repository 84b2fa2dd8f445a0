import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../components/ProgressBar';
import { StoreWarnings } from '../components/StoreWarnings';
import { DashboardPage } from '../pages/DashboardPage';
import { DepartmentsPage } from '../pages/DepartmentsPage';
import { DemoOffer } from '../pages/DemoOffer';
import { PendingPage } from '../pages/PendingPage';
import { SettingsPage } from '../pages/SettingsPage';
import { UsersPage } from '../pages/UsersPage';
import { LanguageSwitch } from '../pages/LanguageSwitch';
import { useRoute, type Route } from './route';
import { useSession } from './session';

const NAV: { route: Route; key: string }[] = [
  { route: 'dashboard', key: 'dashboard' },
  { route: 'projects', key: 'projects' },
  { route: 'review', key: 'review' },
  { route: 'directory', key: 'directory' },
  { route: 'sync', key: 'sync' },
  { route: 'settings', key: 'settings' },
];

/** The signed-in console: navigation on the left, the page on the right. */
export function Shell({ offerDemo }: { offerDemo: boolean }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const [route] = useRoute();
  const section = route.split('/')[0];

  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('ui.app.name')}>
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            统
          </span>
          <div>
            <div className="brand-name">{t('ui.app.name')}</div>
            <div className="brand-sub">{t('ui.app.subtitle')}</div>
          </div>
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.route}>
              <a href={`#/${n.route}`} aria-current={section === n.route ? 'page' : undefined} className={section === n.route ? 'active' : ''}>
                {t(`ui.nav.${n.key}`)}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <div className="whoami">{t('ui.shell.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}</div>
          <LanguageSwitch compact />
          <button type="button" className="link" onClick={signOut}>
            {t('ui.shell.signOut')}
          </button>
        </div>
      </nav>
      <main className="page">
        <ProgressBar />
        <StoreWarnings />
        {offerDemo && user.role === 'admin' && <DemoOffer />}
        <Page route={route} />
      </main>
    </div>
  );
}

function Page({ route }: { route: Route }) {
  switch (route) {
    case 'dashboard':
      return <DashboardPage />;
    case 'settings':
      return <SettingsPage />;
    case 'settings/departments':
      return <DepartmentsPage />;
    case 'settings/users':
      return <UsersPage />;
    default:
      return <PendingPage section={route} />;
  }
}
