import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../../shared/directory/access';
import type { DataItem } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { fieldError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { FormError } from './FormError';

/**
 * The provider's decision on an application: approve (optionally for fewer data items or a
 * shorter period than asked) or deny with a reason. The request names its items; their ids come
 * from the resource itself, which the provider always sees in full.
 */
export function DecideForm({ request, onDone, onCancel }: { request: AccessRequest; onDone: (r: AccessRequest) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'approve' | 'deny'>('approve');
  const [items, setItems] = useState<DataItem[] | null>(null);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [until, setUntil] = useState(request.periodTo);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    api.call('directory.get', { ref: request.resourceId }).then(
      (v) => {
        if (!live) return;
        const asked = request.itemNames ? new Set(request.itemNames) : null;
        const list = (v.items ?? []).filter((i) => asked === null || asked.has(i.name));
        setItems(list);
        setChosen(new Set(list.map((i) => i.id)));
      },
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [request]);

  const { busy, error, submit } = useSubmit(async () => {
    const problems: Record<string, string> = {};
    if (decision === 'deny' && !reason.trim()) problems.reason = t('dir.access.reasonRequired');
    if (decision === 'approve' && items && items.length > 0 && chosen?.size === 0) problems.itemIds = t('ui.apply.chooseItems');
    if (decision === 'approve' && until > request.periodTo) problems.until = t('dir.access.untilBeyondRequest');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    if (decision === 'deny') return onDone(await api.call('access.decide', { id: request.id, decision, reason: reason.trim() }));
    // Only send a narrower scope when the provider actually narrowed it.
    const all = items !== null && chosen !== null && chosen.size === items.length;
    const itemIds = items && chosen && items.length > 0 && !all ? items.filter((i) => chosen.has(i.id)).map((i) => i.id) : undefined;
    onDone(
      await api.call('access.decide', {
        id: request.id,
        decision,
        ...(itemIds ? { itemIds } : {}),
        ...(until && until !== request.periodTo ? { until } : {}),
        reason: reason.trim(),
      }),
    );
  });
  const err = (path: string) => local[path] ?? fieldError(error, path, t);

  return (
    <form className="form decide-form" onSubmit={submit} noValidate>
      <RequestFacts request={request} />
      <fieldset className="plain">
        <legend className="field-label">{t('ui.access.decision')}</legend>
        <label className="check">
          <input type="radio" name="decision" checked={decision === 'approve'} onChange={() => setDecision('approve')} autoFocus />
          {t('ui.access.approve')}
        </label>
        <label className="check">
          <input type="radio" name="decision" checked={decision === 'deny'} onChange={() => setDecision('deny')} />
          {t('ui.access.deny')}
        </label>
      </fieldset>
      {decision === 'approve' && (
        <>
          <fieldset className="plain">
            <legend className="field-label">{t('ui.access.approvedItems')}</legend>
            {items === null && <span className="muted">{t('ui.common.loading')}</span>}
            {items?.length === 0 && <span className="muted">{t('ui.access.wholeResource')}</span>}
            <div className="apply-items">
              {items?.map((i) => (
                <label key={i.id} className="check">
                  <input
                    type="checkbox"
                    checked={chosen?.has(i.id) ?? false}
                    onChange={() =>
                      setChosen((s) => {
                        const next = new Set(s ?? []);
                        if (next.has(i.id)) next.delete(i.id);
                        else next.add(i.id);
                        return next;
                      })
                    }
                  />
                  {i.name}
                </label>
              ))}
            </div>
            {err('itemIds') && <span className="field-error">{err('itemIds')}</span>}
          </fieldset>
          <Field label={t('ui.access.until')} error={err('until')} hint={t('ui.access.untilHint', { date: request.periodTo })}>
            <input type="date" name="until" value={until} min={request.periodFrom} max={request.periodTo} onChange={(e) => setUntil(e.target.value)} />
          </Field>
        </>
      )}
      <Field label={decision === 'deny' ? t('ui.access.reasonRequired') : t('ui.access.reason')} error={err('reason')}>
        <textarea name="reason" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <FormError error={error} inline={['itemIds', 'until', 'reason']} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className={decision === 'deny' ? 'danger' : 'primary'} disabled={busy}>
          {decision === 'deny' ? t('ui.access.deny') : t('ui.access.approve')}
        </button>
      </div>
    </form>
  );
}

/** What was asked: resource, requester, items, purpose, legal basis, period; and the decision once made. */
export function RequestFacts({ request: r }: { request: AccessRequest }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('ui.access.resource')}</dt>
      <dd>
        <a href={`#/directory/${encodeURIComponent(r.resourceId)}`}>{r.resourceName}</a> <span className="mono muted">{r.resourceCode}</span>
      </dd>
      <dt>{t('ui.access.provider')}</dt>
      <dd>{r.providerName}</dd>
      <dt>{t('ui.access.requester')}</dt>
      <dd>
        {r.requesterDeptName}
        {r.requesterName ? ` · ${r.requesterName}` : ''}
      </dd>
      <dt>{t('ui.access.items')}</dt>
      <dd>{r.itemNames ? r.itemNames.join('、') : t('ui.access.wholeResource')}</dd>
      <dt>{t('ui.apply.purpose')}</dt>
      <dd>{r.purpose}</dd>
      <dt>{t('ui.apply.legalBasis')}</dt>
      <dd>{r.legalBasis}</dd>
      <dt>{t('ui.access.period')}</dt>
      <dd>
        {r.periodFrom} — {r.periodTo}
      </dd>
      {r.status !== 'pending' && (
        <>
          <dt>{t('ui.access.status')}</dt>
          <dd>
            {t(`dir.accessStatus.${r.status}`)}
            {r.approvedUntil && r.status !== 'denied' ? ` · ${t('ui.access.untilDate', { date: r.approvedUntil })}` : ''}
          </dd>
          {r.approvedItemNames && (
            <>
              <dt>{t('ui.access.approvedItems')}</dt>
              <dd>{r.approvedItemNames.join('、')}</dd>
            </>
          )}
          {r.reason && (
            <>
              <dt>{t('ui.access.reason')}</dt>
              <dd>{r.reason}</dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}
