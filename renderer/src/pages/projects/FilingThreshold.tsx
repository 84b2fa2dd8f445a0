import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorMessage, fieldError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { useSubmit } from '../../components/useSubmit';
import { formatBudget } from './project-format';

/** 设置 › 通用: the 备案 threshold (万元) under which 形式审查 files a project instead of sending it to sharing review. Bureau staff and administrators. */
export function FilingThreshold() {
  const { t } = useTranslation();
  const toast = useToast();
  const [value, setValue] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    api.call('projects.config', {}).then((c) => setValue(String(c.filingThreshold)), setLoadError);
  }, []);
  const { busy, error, submit } = useSubmit(async () => {
    const saved = await api.call('projects.setConfig', { filingThreshold: Number(value) });
    setValue(String(saved.filingThreshold));
    toast(t('ui.projects.settings.saved', { amount: formatBudget(saved.filingThreshold) }));
  });
  return (
    <section className="panel" aria-labelledby="filing-threshold-h">
      <h2 id="filing-threshold-h">{t('ui.projects.settings.title')}</h2>
      <ErrorMessage error={loadError} />
      <form className="form narrow" onSubmit={submit} noValidate>
        <Field label={t('ui.projects.settings.threshold')} hint={t('ui.projects.settings.thresholdHint')} error={fieldError(error, 'filingThreshold', t)}>
          <input type="number" inputMode="decimal" min={0} step="any" value={value} onChange={(e) => setValue(e.target.value)} required />
        </Field>
        <ErrorMessage error={fieldError(error, 'filingThreshold', t) ? null : error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || value.trim() === ''}>
            {t('ui.common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
