import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONCLUSIONS, type Conclusion, type Report } from '../../../../shared/review/report';
import { api } from '../../api/client';
import { Badge } from '../../components/Badge';
import { ErrorMessage, fieldError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { formatDateTime } from '../../i18n/dates';
import { consequences, undecidedCount } from './findings';

/**
 * How the report ends: for an auditor while it is open, 审批通过 / 退回修改 / 不予通过 with a comment
 * (locked until every finding is decided); once concluded, the conclusion and the comment the
 * service composed (with what to consume instead), for everyone.
 */
export function ConclusionPanel({ report, onConcluded }: { report: Report; onConcluded: (r: Report, c: Conclusion) => void }) {
  if (report.status === 'concluded') return <ConclusionResult report={report} />;
  if (!report.can.includes('conclude')) return null;
  return <ConcludeForm report={report} onConcluded={onConcluded} />;
}

function ConcludeForm({ report, onConcluded }: { report: Report; onConcluded: (r: Report, c: Conclusion) => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const chosen = useRef<Conclusion>('approve');
  const [pending, setPending] = useState<Conclusion | null>(null);
  const { busy, error, submit } = useSubmit(async () => {
    const c = chosen.current;
    setPending(c);
    try {
      const r = await api.call('review.conclude', { reportId: report.id, conclusion: c, comment: comment.trim() });
      onConcluded(r, c);
    } finally {
      setPending(null);
    }
  });
  const undecided = undecidedCount(report);
  const { consume, duplicates } = consequences(report.findings);
  const stateId = `conclude-state-${report.id}`;
  const commentError = fieldError(error, 'comment', t);

  return (
    <section className="panel review-conclude" aria-labelledby="review-conclude-h">
      <h2 id="review-conclude-h">{t('ui.review.conclude.title')}</h2>
      <p id={stateId} className={undecided > 0 ? 'review-locked' : 'muted'} role="status">
        {undecided > 0 ? t('review.rule.undecided', { count: undecided }) : t('ui.review.conclude.ready')}
      </p>
      <Field label={t('ui.review.conclude.comment')} hint={t('ui.review.conclude.commentHint')} error={commentError}>
        <textarea name="comment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      {(consume.length > 0 || duplicates.length > 0) && (
        <div className="review-appends">
          <div className="muted">{t('ui.review.conclude.appends')}</div>
          {consume.length > 0 && <div>{t('ui.review.conclude.consume', { list: consume.join('；') })}</div>}
          {duplicates.length > 0 && <div>{t('ui.review.conclude.duplicates', { list: duplicates.join('；') })}</div>}
        </div>
      )}
      {!commentError && <ErrorMessage error={error} />}
      <div className="form-actions">
        {CONCLUSIONS.map((c) => (
          <button
            key={c}
            type="button"
            className={c === 'approve' ? 'primary' : 'danger'}
            disabled={undecided > 0 || busy}
            aria-describedby={stateId}
            onClick={() => {
              chosen.current = c;
              void submit();
            }}
          >
            {pending === c ? t('ui.common.saving') : t(`review.conclusion.${c}`)}
          </button>
        ))}
      </div>
    </section>
  );
}

function ConclusionResult({ report }: { report: Report }) {
  const { t } = useTranslation();
  const c = report.conclusion;
  return (
    <section className="panel review-conclude concluded" aria-labelledby="review-conclude-h">
      <h2 id="review-conclude-h">{t('ui.review.conclude.title')}</h2>
      <dl className="facts">
        <dt>{t('ui.review.conclude.result')}</dt>
        <dd>{c ? <Badge label={t(`review.conclusion.${c}`)} className={`conclusion-${c}`} /> : t('ui.common.none')}</dd>
        <dt>{t('ui.review.conclude.commentShown')}</dt>
        <dd className="review-comment">{report.conclusionComment || t('ui.common.none')}</dd>
        <dt>{t('ui.review.conclude.concluded')}</dt>
        <dd>{t('ui.review.conclude.by', { by: report.concludedBy ?? t('ui.common.none'), at: formatDateTime(report.concludedAt) })}</dd>
      </dl>
    </section>
  );
}
