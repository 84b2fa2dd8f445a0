import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../../shared/project/project';
import { api } from '../../api/client';
import { reviewHref } from '../../app/route';
import { Crumbs as PageCrumbs } from '../../components/Crumbs';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLiveCall } from '../../components/useLiveCall';
import { formatDateTime } from '../../i18n/dates';
import { DataItemsTable } from '../directory/DataItemsTable';
import { ProjectActions } from './ProjectActions';
import { ProjectAttachments } from './ProjectAttachments';
import { ProjectGate } from './ProjectGate';
import { ProjectConsumes, ProjectProvides } from './ProjectRelations';
import { ProjectStatusBadge } from './ProjectStatusBadge';
import { ProjectTimeline } from './ProjectTimeline';
import { formatBudget } from './project-format';

const SENT_BACK: ReadonlySet<string> = new Set(['formal_return', 'return', 'reject', 'acceptance_return']);

/**
 * One information project: number, name and status with what the caller may do now; its facts,
 * scope, systems and data; what it uses from the directory and promises to it; the acceptance
 * gate once it is being built; its documents and its history.
 */
export function ProjectPage({ refValue }: { refValue: string }) {
  const { t } = useTranslation();
  const { data: view, setData: setView, error } = useLiveCall<ProjectView>(() => api.call('projects.get', { ref: refValue }), refValue);

  if (error) {
    return (
      <>
        <Crumbs />
        <ErrorMessage error={error} />
      </>
    );
  }
  if (!view) return <p className="muted">{t('ui.common.loading')}</p>;

  const none = t('ui.common.none');
  const amounts = { budget: formatBudget(view.budget), threshold: formatBudget(view.filingThreshold) };
  const underThreshold = view.budget < view.filingThreshold;
  const filingNote = view.status === 'filed' ? 'filedDone' : view.status === 'submitted' && underThreshold ? 'filed' : null;
  // Sent back or refused: the reason is what the department must act on, so it stands at the top.
  const arrival = [...view.history].reverse().find((e) => e.toStatus === view.status && e.fromStatus !== e.toStatus);
  const sentBack = arrival && SENT_BACK.has(arrival.action) && arrival.comment ? arrival : null;

  return (
    <>
      <Crumbs name={view.name} />
      <header className="resource-head">
        <div>
          <div className="mono resource-code">{view.code}</div>
          <h1>{view.name}</h1>
          <div className="badges">
            <ProjectStatusBadge status={view.status} />
            <span className="badge neutral">{t(`proj.type.${view.type}`)}</span>
            <span className="badge neutral">{view.year}</span>
            {view.status !== 'draft' && <a className="review-link" href={reviewHref(view.code)}>{t('ui.review.projectLink')}</a>}
          </div>
        </div>
        <ProjectActions view={view} onDone={setView} />
      </header>

      {sentBack && (
        <aside className="banner warning" role="note" aria-labelledby="sent-back-h">
          <div>
            <strong id="sent-back-h">{t(`ui.projects.page.sentBack.${sentBack.action}`)}</strong>
            <div className="sent-back-comment">{sentBack.comment}</div>
            <div className="muted">
              {sentBack.userName ?? none} · {formatDateTime(sentBack.at)}
            </div>
          </div>
        </aside>
      )}

      {filingNote && (
        <aside className="banner" role="note">
          <div>{t(`ui.projects.page.${filingNote}`, amounts)}</div>
        </aside>
      )}

      {view.gate && <ProjectGate view={view} gate={view.gate} onDone={setView} />}

      <section className="panel" aria-labelledby="project-facts-h">
        <h2 id="project-facts-h">{t('ui.projects.page.facts')}</h2>
        <dl className="facts two">
          <dt>{t('ui.projects.page.department')}</dt>
          <dd>{view.departmentName}</dd>
          <dt>{t('ui.projects.page.budget')}</dt>
          <dd className="amount">{t('ui.projects.page.amount', { amount: amounts.budget })}</dd>
          <dt>{t('ui.projects.page.type')}</dt>
          <dd>{t(`proj.type.${view.type}`)}</dd>
          <dt>{t('ui.projects.page.fundingSource')}</dt>
          <dd>{t(`proj.fundingSource.${view.fundingSource}`)}</dd>
          <dt>{t('ui.projects.page.year')}</dt>
          <dd>{view.year}</dd>
          <dt>{t('ui.projects.page.submittedAt')}</dt>
          <dd>{view.submittedAt ? formatDateTime(view.submittedAt) : none}</dd>
          <dt>{t('ui.projects.page.content')}</dt>
          <dd className="wide project-content">{view.content}</dd>
          <dt>{t('ui.projects.page.updatedAt')}</dt>
          <dd className="wide">{formatDateTime(view.updatedAt)}</dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="systems-h">
        <h2 id="systems-h">{t('ui.projects.page.systems')}</h2>
        {view.systems.length === 0 ? (
          <p className="muted">{t('ui.projects.page.noSystems')}</p>
        ) : (
          <ul className="system-list">
            {view.systems.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>
                {s.functions.length === 0 ? (
                  <span className="muted"> {t('ui.projects.page.noFunctions')}</span>
                ) : (
                  <ul className="function-list" aria-label={`${s.name} ${t('ui.projects.page.functions')}`}>
                    {s.functions.map((f, i) => (
                      <li key={`${f}-${i}`}>{f}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="project-items-h">
        <h2 id="project-items-h">
          {t('ui.projects.page.dataItems')} {view.dataItems.length > 0 && <span className="muted">{t('ui.entry.itemCount', { count: view.dataItems.length })}</span>}
        </h2>
        {view.dataItems.length === 0 ? (
          <p className="muted">{t('ui.projects.page.noDataItems')}</p>
        ) : (
          <DataItemsTable items={view.dataItems} labelledBy="project-items-h" />
        )}
      </section>

      <ProjectConsumes consumes={view.consumes} />
      <ProjectProvides provides={view.provides} />
      <ProjectAttachments view={view} onDone={setView} />
      <ProjectTimeline history={view.history} />
    </>
  );
}

function Crumbs({ name }: { name?: string }) {
  const { t } = useTranslation();
  const trail = [{ label: t('ui.projects.title'), href: '#/projects' }, ...(name ? [{ label: name }] : [])];
  return <PageCrumbs label={t('ui.projects.crumbs')} trail={trail} />;
}
