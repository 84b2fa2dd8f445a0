import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../components/NotificationBell';
import { ProgressBar } from '../components/ProgressBar';
import { StoreWarnings } from '../components/StoreWarnings';
import { DashboardPage } from '../pages/DashboardPage';
import { DepartmentsPage } from '../pages/DepartmentsPage';
import { DemoOffer } from '../pages/DemoOffer';
import { PendingPage } from '../pages/PendingPage';
import { SettingsPage } from '../pages/SettingsPage';
import { UsersPage } from '../pages/UsersPage';
import { LanguageSwitch } from '../pages/LanguageSwitch';
import { AccessPage } from '../pages/directory/AccessPage';
import { DirectoryPage } from '../pages/directory/DirectoryPage';
import { ResourceFormPage } from '../pages/directory/ResourceFormPage';
import { ResourcePage } from '../pages/directory/ResourcePage';
import { ProjectFormPage } from '../pages/projects/ProjectFormPage';
import { ProjectPage } from '../pages/projects/ProjectPage';
import { ProjectsPage } from '../pages/projects/ProjectsPage';
import { ReviewPage } from '../pages/review/ReviewPage';
import { ReportPage } from '../pages/review/ReportPage';
import { DictionaryPage } from '../pages/settings/DictionaryPage';
import { sectionOf, useLocation, type Location, type Route } from './route';
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
  const location = useLocation();
  const section = sectionOf(location.route);

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
          <NotificationBell />
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
        <Page location={location} />
      </main>
    </div>
  );
}

function Page({ location }: { location: Location }) {
  const { route, param } = location;
  switch (route) {
    case 'dashboard':
      return <DashboardPage />;
    case 'settings':
      return <SettingsPage />;
    case 'settings/departments':
      return <DepartmentsPage />;
    case 'settings/users':
      return <UsersPage />;
    case 'settings/dictionary':
      return <DictionaryPage />;
    case 'directory':
      return <DirectoryPage />;
    case 'directory/new':
      return <ResourceFormPage id={null} />;
    case 'directory/edit':
      return <ResourceFormPage key={param} id={param} />;
    case 'directory/resource':
      return <ResourcePage key={param} refValue={param ?? ''} />;
    case 'directory/access':
      return <AccessPage view="mine" />;
    case 'directory/access/incoming':
      return <AccessPage view="incoming" />;
    case 'projects':
      return <ProjectsPage view="all" />;
    case 'projects/queue':
      return <ProjectsPage view="queue" />;
    case 'projects/mine':
      return <ProjectsPage view="mine" />;
    case 'projects/new':
      return <ProjectFormPage id={null} />;
    case 'projects/edit':
      return <ProjectFormPage key={param} id={param} />;
    case 'review':
      return <ReviewPage />;
    case 'review/scan':
      return <ReviewPage view="scan" />;
    case 'review/hotspots':
      return <ReviewPage view="hotspots" />;
    case 'review/report':
      return <ReportPage key={param} projectRef={param ?? ''} />;
    case 'projects/project':
      return <ProjectPage key={param} refValue={param ?? ''} />;
    default:
      return <PendingPage section={sectionOf(route)} />;
  }
}
