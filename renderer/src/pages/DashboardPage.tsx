import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useSession } from '../app/session';

/** 工作台: for now the structure the console knows about; progress charts come with the directory. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [counts, setCounts] = useState<{ city: number; town: number; all: number } | null>(null);
  const [directory, setDirectory] = useState<{ all: number; published: number; awaiting: number | null } | null>(null);
  useEffect(() => {
    api.call('departments.options', {}).then(
      (opts) => setCounts({ all: opts.length, city: opts.filter((o) => o.level === 'city').length, town: opts.filter((o) => o.level === 'town').length }),
      () => setCounts(null),
    );
    // Totals only (one row each): the directory and the applications waiting for this department.
    // Asked a moment later, so that going straight on to another page does not queue them first.
    let live = true;
    const timer = setTimeout(() => {
      Promise.all([
        api.call('directory.list', { limit: 1 }),
        api.call('directory.list', { limit: 1, filters: { status: 'published' } }),
        user.departmentId && user.role === 'registrant' ? api.call('access.incoming', { limit: 1, filters: { status: 'pending' } }) : Promise.resolve(null),
      ]).then(
        ([all, published, awaiting]) => live && setDirectory({ all: all.total, published: published.total, awaiting: awaiting?.total ?? null }),
        () => live && setDirectory(null),
      );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [user.departmentId, user.role]);
  return (
    <>
      <h1>{t('ui.dashboard.title')}</h1>
      <p className="muted">{t('ui.dashboard.welcome', { name: user.displayName })}</p>
      <div className="tiles">
        <a className="tile" href="#/settings/departments">
          <div className="tile-value">{counts?.all ?? '…'}</div>
          <div className="tile-label">{t('ui.dashboard.departments')}</div>
          {counts && (
            <div className="tile-sub">
              {t('levels.city')} {counts.city} · {t('levels.town')} {counts.town}
            </div>
          )}
        </a>
        <a className="tile" href="#/directory">
          <div className="tile-value">{directory?.all ?? '…'}</div>
          <div className="tile-label">{t('ui.dashboard.resources')}</div>
          {directory && <div className="tile-sub">{t('ui.dashboard.published', { count: directory.published })}</div>}
        </a>
        {directory?.awaiting != null && (
          <a className="tile" href="#/directory/access/incoming">
            <div className="tile-value">{directory.awaiting}</div>
            <div className="tile-label">{t('ui.dashboard.awaiting')}</div>
          </a>
        )}
      </div>
      <section className="note">
        <h2>{t('ui.dashboard.pending')}</h2>
        <p className="muted">{t('ui.dashboard.pendingText')}</p>
      </section>
    </>
  );
}
