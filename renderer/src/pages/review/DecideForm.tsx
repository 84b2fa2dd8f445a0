import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import type { Decision, Finding, Report } from '../../../../shared/review/report';
import { api } from '../../api/client';
import { Badge } from '../../components/Badge';
import { ErrorMessage, fieldError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { DECISION_BUTTONS, findingTitle } from './FindingCard';
import { percent } from './findings';

interface Props {
  finding: Finding;
  initial: Decision;
  onCancel: () => void;
  onDecided: (report: Report, decision: Decision) => void;
}

/**
 * An auditor's decision on one finding: 确认, 部分成立 or 排除, with a reason (required unless
 * confirmed). The service's refusal (e.g. the report was concluded meanwhile) is shown translated.
 * Ctrl+Enter in the reason saves.
 */
export function DecideForm({ finding, initial, onCancel, onDecided }: Props) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision>(initial);
  const [reason, setReason] = useState(finding.decision ? finding.reason : '');
  const [missing, setMissing] = useState(false);
  const required = decision !== 'confirmed';
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  const radios = useRef<HTMLFieldSetElement>(null);
  const { busy, error, submit } = useSubmit(async () => {
    if (required && !reason.trim()) {
      setMissing(true);
      reasonBox.current?.focus();
      return;
    }
    const report = await api.call('review.decide', { findingId: finding.id, decision, reason: reason.trim() });
    onDecided(report, decision);
  });

  // A decision that needs a reason starts in the reason box; 确认 starts on the choice.
  useEffect(() => {
    if (initial === 'confirmed') radios.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    else reasonBox.current?.focus();
  }, [initial]);

  const inlineError = (missing && required && !reason.trim() ? t('review.rule.reasonRequired') : null) ?? fieldError(error, 'reason', t);
  const onlyInline = error instanceof ApiError && error.code === 'VALIDATION' && error.fields.length > 0 && error.fields.every((f) => f.path === 'reason');

  return (
    <form className="form decide-finding" onSubmit={submit} noValidate>
      <p className="decide-about">
        <Badge label={t(`review.label.${finding.label}`)} className={`flabel-${finding.label}`} /> <strong>{findingTitle(finding, t)}</strong>{' '}
        <span className="muted">{t('ui.review.findings.score', { score: percent(finding.score) })}</span>
      </p>
      <fieldset ref={radios} className="plain decide-choice">
        <legend className="field-label">{t('ui.review.decide.decision')}</legend>
        <div className="decide-options">
          {DECISION_BUTTONS.map((d) => (
            <label key={d} className="check">
              <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
              {t(`review.decision.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t(required ? 'ui.review.decide.reasonRequired' : 'ui.review.decide.reasonOptional')} error={inlineError} hint={t('ui.review.decide.reasonHint')}>
        <textarea
          ref={reasonBox}
          name="reason"
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </Field>
      {!onlyInline && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className={decision === 'confirmed' ? 'primary' : 'danger'} disabled={busy}>
          {t('ui.review.decide.submit')}
        </button>
      </div>
    </form>
  );
}
