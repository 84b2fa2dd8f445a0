import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../../shared/directory/access';
import type { ResourceView } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { resourceHref } from '../../app/route';
import { Dialog } from '../../components/Dialog';
import { Crumbs as PageCrumbs } from '../../components/Crumbs';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLiveCall } from '../../components/useLiveCall';
import { refreshNotifications } from '../../components/notify-refresh';
import { Timeline } from '../../components/Timeline';
import { useToast } from '../../components/Toast';
import { ApplyForm } from './ApplyForm';
import { DataItemsTable } from './DataItemsTable';
import { formatDate, formatDateTime } from '../../i18n/dates';
import { AccessBadge, ShareBadge, StatusBadge } from './StatusBadge';
import { TransitionForm, type TransitionAction } from './TransitionForm';

const TRANSITIONS: TransitionAction[] = ['submit', 'publish', 'return', 'retire'];

/**
 * One catalog entry: code, name and state; its basic metadata; its data items and extended
 * metadata unless the negative-list rule withheld them; its history; and what the caller may
 * do with it now (`can`).
 */
export function ResourcePage({ refValue }: { refValue: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: view, setData: setView, error } = useLiveCall<ResourceView>(() => api.call('directory.get', { ref: refValue }), refValue);
  const [acting, setActing] = useState<TransitionAction | 'apply' | null>(null);
  const [requests, setRequests] = useState<AccessRequest[]>([]);

  // The caller's own applications for this resource (the service lists them per department).
  const loadRequests = useCallback((resourceId: string) => {
    api.call('access.mine', { limit: 100 }).then(
      (page) => setRequests(page.rows.filter((r) => r.resourceId === resourceId)),
      () => setRequests([]),
    );
  }, []);
  useEffect(() => {
    if (view) loadRequests(view.id);
  }, [view, loadRequests]);

  if (error) {
    return (
      <>
        <Crumbs />
        <ErrorMessage error={error} />
      </>
    );
  }
  if (!view) return <p className="muted">{t('ui.common.loading')}</p>;

  const can = new Set(view.can);
  const none = t('ui.common.none');
  const pending = requests.find((r) => r.status === 'pending');

  return (
    <>
      <Crumbs name={view.name} />
      <header className="resource-head">
        <div>
          <div className="mono resource-code">{view.code}</div>
          <h1>{view.name}</h1>
          <div className="badges">
            <StatusBadge status={view.status} />
            <ShareBadge shareType={view.shareType} />
            <span className="badge neutral">{t(`dir.openType.${view.openType}`)}</span>
          </div>
        </div>
        <div className="resource-actions">
          {can.has('edit') && (
            <a className="button" href={resourceHref(view.id, true)}>
              {t('ui.common.edit')}
            </a>
          )}
          {TRANSITIONS.filter((a) => can.has(a)).map((a) => (
            <button key={a} type="button" className={a === 'publish' || a === 'submit' ? 'primary' : a === 'retire' ? 'danger' : ''} onClick={() => setActing(a)}>
              {t(`dir.action.${a}`)}
            </button>
          ))}
          {can.has('apply') && (
            <button type="button" className="primary" onClick={() => setActing('apply')}>
              {t('ui.resource.apply')}
            </button>
          )}
        </div>
      </header>

      {view.restricted && (
        <aside className="banner restricted" role="note">
          <div>
            <strong>{t('ui.resource.restrictedTitle')}</strong>
            <div className="muted">{t('ui.resource.restrictedText')}</div>
          </div>
        </aside>
      )}
      {pending && (
        <aside className="banner" role="status">
          <div>{t('ui.resource.pendingRequest', { date: formatDate(pending.createdAt) })}</div>
        </aside>
      )}

      <section className="panel" aria-labelledby="basic-h">
        <h2 id="basic-h">{t('ui.resource.basic')}</h2>
        <dl className="facts two">
          <dt>{t('ui.entry.classCode')}</dt>
          <dd>
            <span className="mono">{view.classCode}</span> {view.className ?? ''}
          </dd>
          <dt>{t('ui.entry.provider')}</dt>
          <dd>
            {view.providerName} <span className="muted mono">{view.providerCode}</span>
          </dd>
          <dt>{t('ui.entry.summary')}</dt>
          <dd className="wide">{view.summary}</dd>
          <dt>{t('ui.entry.format')}</dt>
          <dd>{t(`dir.format.${view.format}`)}</dd>
          <dt>{t('ui.entry.updateCycle')}</dt>
          <dd>{t(`dir.updateCycle.${view.updateCycle}`)}</dd>
          <dt>{t('ui.entry.shareType')}</dt>
          <dd>{t(`dir.shareType.${view.shareType}`)}</dd>
          <dt>{t('ui.entry.shareMethod')}</dt>
          <dd>{view.shareMethod ? t(`dir.shareMethod.${view.shareMethod}`) : none}</dd>
          {view.shareCondition !== null && view.shareType === 'conditional' && (
            <>
              <dt>{t('ui.entry.shareCondition')}</dt>
              <dd className="wide">{view.shareCondition || none}</dd>
            </>
          )}
          <dt>{t('ui.entry.openType')}</dt>
          <dd>{t(`dir.openType.${view.openType}`)}</dd>
          {view.openCondition !== null && view.openType === 'conditional' && (
            <>
              <dt>{t('ui.entry.openCondition')}</dt>
              <dd className="wide">{view.openCondition || none}</dd>
            </>
          )}
          <dt>{t('ui.resource.publishedAt')}</dt>
          <dd>{formatDate(view.publishedAt)}</dd>
          <dt>{t('ui.resource.updatedAt')}</dt>
          <dd>{formatDateTime(view.updatedAt)}</dd>
          {view.sourceSystem !== null && (
            <>
              <dt>{t('ui.entry.sourceSystem')}</dt>
              <dd>{view.sourceSystem || none}</dd>
            </>
          )}
          <dt>{t('ui.entry.relatedCodes')}</dt>
          <dd>
            {view.relatedCodes.length === 0
              ? none
              : view.relatedCodes.map((c) => (
                  <a key={c} className="mono related" href={resourceHref(c)}>
                    {c}
                  </a>
                ))}
          </dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="items-h">
        <h2 id="items-h">
          {t('ui.entry.sectionItems')} {view.items && <span className="muted">{t('ui.entry.itemCount', { count: view.items.length })}</span>}
        </h2>
        {view.items === null ? (
          <p className="muted">{t('ui.resource.itemsWithheld')}</p>
        ) : view.items.length === 0 ? (
          <p className="muted">{t('ui.resource.noItems')}</p>
        ) : (
          <DataItemsTable items={view.items} />
        )}
      </section>

      {view.extra !== null && Object.keys(view.extra).length > 0 && (
        <section className="panel" aria-labelledby="extra-h">
          <h2 id="extra-h">{t('ui.entry.sectionExtra')}</h2>
          <dl className="facts">
            {Object.entries(view.extra).map(([k, v]) => (
              <div key={k} className="contents">
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {view.consumers.length > 0 && (
        <section className="panel" aria-labelledby="users-h">
          <h2 id="users-h">{t('ui.resource.consumers')}</h2>
          <ul className="request-list">
            {view.consumers.map((c, i) => (
              <li key={`${c.department}-${i}`}>
                {c.department}
                <span className="muted">
                  {' · '}
                  {c.items === null ? t('ui.access.wholeResource') : t('ui.resource.consumerItems', { count: c.items })} · {t('ui.access.untilDate', { date: c.until })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {requests.length > 0 && (
        <section className="panel" aria-labelledby="req-h">
          <h2 id="req-h">{t('ui.resource.myRequests')}</h2>
          <ul className="request-list">
            {requests.map((r) => (
              <li key={r.id}>
                <AccessBadge status={r.status} /> {formatDate(r.createdAt)} · {r.itemNames ? r.itemNames.join('、') : t('ui.access.wholeResource')}
                {r.status === 'approved' && r.approvedUntil && <span className="muted"> · {t('ui.access.untilDate', { date: r.approvedUntil })}</span>}
                {r.reason && <span className="muted"> · {r.reason}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel" aria-labelledby="history-h">
        <h2 id="history-h">{t('ui.resource.history')}</h2>
        <Timeline
          events={view.history}
          actionLabel={(a) => t(`dir.action.${a}`, { defaultValue: a })}
          statusLabel={(s) => t(`dir.status.${s}`)}
          empty={none}
        />
      </section>

      <Dialog open={acting !== null && acting !== 'apply'} title={acting && acting !== 'apply' ? t(`dir.action.${acting}`) : ''} onClose={() => setActing(null)}>
        {acting && acting !== 'apply' && (
          <TransitionForm
            resource={view}
            action={acting}
            onCancel={() => setActing(null)}
            onDone={(v) => {
              toast(t(`ui.resource.done.${acting}`, { name: v.name }));
              setActing(null);
              setView(v);
              refreshNotifications();
            }}
          />
        )}
      </Dialog>
      <Dialog open={acting === 'apply'} title={t('ui.resource.apply')} onClose={() => setActing(null)}>
        {acting === 'apply' && (
          <ApplyForm
            resource={view}
            onCancel={() => setActing(null)}
            onDone={() => {
              toast(t('ui.apply.sent', { name: view.name }));
              setActing(null);
              loadRequests(view.id);
              refreshNotifications();
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function Crumbs({ name }: { name?: string }) {
  const { t } = useTranslation();
  const trail = [{ label: t('ui.directory.title'), href: '#/directory' }, ...(name ? [{ label: name }] : [])];
  return <PageCrumbs label={t('ui.directory.crumbs')} trail={trail} />;
}
