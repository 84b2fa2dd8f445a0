import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../../shared/directory/access';
import type { ResourceView } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { fieldError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { FormError } from './FormError';
import { isoDay } from '../../i18n/dates';

/**
 * 申请取用: the whole resource, or chosen data items when the caller can see them (for a
 * non-public resource only the whole resource can be asked for); purpose, legal basis, period.
 */
export function ApplyForm({ resource, onDone, onCancel }: { resource: ResourceView; onDone: (r: AccessRequest) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const items = resource.items ?? [];
  const canChoose = !resource.restricted && items.length > 0;
  const [scope, setScope] = useState<'whole' | 'items'>('whole');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [purpose, setPurpose] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [periodFrom, setPeriodFrom] = useState(isoDay());
  const [periodTo, setPeriodTo] = useState(isoDay(new Date(), 1));
  const [local, setLocal] = useState<Record<string, string>>({});

  const { busy, error, submit } = useSubmit(async () => {
    const problems: Record<string, string> = {};
    if (scope === 'items' && chosen.size === 0) problems.itemIds = t('ui.apply.chooseItems');
    if (periodFrom && periodTo && periodTo < periodFrom) problems.periodTo = t('dir.access.periodOrder');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const itemIds = scope === 'items' ? items.filter((i) => chosen.has(i.id)).map((i) => i.id) : null;
    onDone(await api.call('access.apply', { resourceId: resource.id, itemIds, purpose, legalBasis, periodFrom, periodTo }));
  });
  const err = (path: string) => local[path] ?? fieldError(error, path, t);
  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <form className="form apply-form" onSubmit={submit} noValidate>
      <p className="muted">
        {resource.code} {resource.name} · {resource.providerName}
      </p>
      <fieldset className="plain">
        <legend className="field-label">{t('ui.apply.scope')}</legend>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'whole'} onChange={() => setScope('whole')} />
          {t('ui.apply.whole')}
        </label>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'items'} disabled={!canChoose} onChange={() => setScope('items')} />
          {t('ui.apply.someItems')}
        </label>
        {!canChoose && <span className="field-hint">{resource.restricted ? t('ui.apply.restrictedHint') : t('ui.apply.noItemsHint')}</span>}
        {scope === 'items' && (
          <div className="apply-items" role="group" aria-label={t('ui.apply.items')}>
            {items.map((i) => (
              <label key={i.id} className="check">
                <input type="checkbox" checked={chosen.has(i.id)} onChange={() => toggle(i.id)} />
                {i.name}
              </label>
            ))}
          </div>
        )}
        {err('itemIds') && <span className="field-error">{err('itemIds')}</span>}
      </fieldset>
      <Field label={t('ui.apply.purpose')} error={err('purpose')} hint={t('ui.apply.purposeHint')}>
        <textarea name="purpose" rows={3} maxLength={1000} value={purpose} onChange={(e) => setPurpose(e.target.value)} autoFocus />
      </Field>
      <Field label={t('ui.apply.legalBasis')} error={err('legalBasis')} hint={t('ui.apply.legalBasisHint')}>
        <input name="legalBasis" maxLength={500} value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
      </Field>
      <div className="form-row">
        <Field label={t('ui.apply.periodFrom')} error={err('periodFrom')}>
          <input type="date" name="periodFrom" value={periodFrom} onChange={(e) => setPeriodFrom(e.target.value)} />
        </Field>
        <Field label={t('ui.apply.periodTo')} error={err('periodTo')}>
          <input type="date" name="periodTo" value={periodTo} min={periodFrom} onChange={(e) => setPeriodTo(e.target.value)} />
        </Field>
      </div>
      <FormError error={error} inline={['itemIds', 'purpose', 'legalBasis', 'periodFrom', 'periodTo']} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('ui.common.saving') : t('ui.apply.submit')}
        </button>
      </div>
    </form>
  );
}
