import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../../shared/project/project';
import { resourceHref } from '../../app/route';
import { formatDate } from '../../i18n/dates';
import { ShareBadge, StatusBadge } from '../directory/StatusBadge';

type Ref = ProjectView['consumes'][number] | ProjectView['provides'][number];

/** A directory resource named by link and code, or said to be out of sight. */
function ResourceCell({ r }: { r: Ref }) {
  const { t } = useTranslation();
  if (r.name === null) return <span className="muted">{t('ui.projects.page.unknownResource')}</span>;
  return (
    <>
      <a href={resourceHref(r.resourceId)}>{r.name}</a>
      {r.code && <div className="mono muted">{r.code}</div>}
    </>
  );
}

/** 共享需求: the directory resources the project uses instead of collecting the data itself. */
export function ProjectConsumes({ consumes }: { consumes: ProjectView['consumes'] }) {
  const { t } = useTranslation();
  const none = t('ui.common.none');
  return (
    <section className="panel" aria-labelledby="consumes-h">
      <h2 id="consumes-h">{t('ui.projects.page.consumes')}</h2>
      <p className="muted panel-hint">{t('ui.projects.page.consumesHint')}</p>
      {consumes.length === 0 ? (
        <p className="muted">{t('ui.projects.page.noConsumes')}</p>
      ) : (
        <table className="items-table view" aria-labelledby="consumes-h">
          <thead>
            <tr>
              <th>{t('ui.projects.page.resource')}</th>
              <th>{t('ui.projects.page.provider')}</th>
              <th>{t('ui.projects.page.resourceStatus')}</th>
              <th>{t('ui.projects.page.shareType')}</th>
              <th>{t('ui.projects.page.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {consumes.map((c) => (
              <tr key={c.resourceId}>
                <td>
                  <ResourceCell r={c} />
                </td>
                <td>{c.providerName ?? none}</td>
                <td>{c.status ? <StatusBadge status={c.status} /> : none}</td>
                <td>{c.shareType ? <ShareBadge shareType={c.shareType} /> : none}</td>
                <td>{c.purpose || none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** 提供资源: what the project promised to register and share, against what the directory holds now. */
export function ProjectProvides({ provides }: { provides: ProjectView['provides'] }) {
  const { t } = useTranslation();
  const none = t('ui.common.none');
  return (
    <section className="panel" aria-labelledby="provides-h">
      <h2 id="provides-h">{t('ui.projects.page.provides')}</h2>
      <p className="muted panel-hint">{t('ui.projects.page.providesHint')}</p>
      {provides.length === 0 ? (
        <p className="muted">{t('ui.projects.page.noProvides')}</p>
      ) : (
        <table className="items-table view" aria-labelledby="provides-h">
          <thead>
            <tr>
              <th>{t('ui.projects.page.resource')}</th>
              <th>{t('ui.projects.page.resourceStatus')}</th>
              <th>{t('ui.projects.page.promised')}</th>
              <th>{t('ui.projects.page.actual')}</th>
            </tr>
          </thead>
          <tbody>
            {provides.map((p) => (
              <tr key={p.id}>
                <td>
                  <ResourceCell r={p} />
                  {p.exception && (
                    <div className="muted provide-exception">
                      {t('ui.projects.page.exception', { reason: p.exception.reason, user: p.exception.userName ?? none, date: formatDate(p.exception.at) })}
                    </div>
                  )}
                </td>
                <td>{p.status ? <StatusBadge status={p.status} /> : none}</td>
                <td>
                  <ShareBadge shareType={p.promisedShareType} />
                </td>
                <td className={p.shareType !== null && p.shareType !== p.promisedShareType ? 'mismatch' : undefined}>
                  {p.shareType ? <ShareBadge shareType={p.shareType} /> : none}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
