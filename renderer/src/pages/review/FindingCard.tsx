import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Decision, Evidence, Finding } from '../../../../shared/review/report';
import { projectHref, resourceHref } from '../../app/route';
import { Badge } from '../../components/Badge';
import { formatDateTime } from '../../i18n/dates';
import { ProjectStatusBadge } from '../projects/ProjectStatusBadge';
import { isMarked, isQuote, percent } from './findings';

/** The decisions in the order the buttons show them. */
export const DECISION_BUTTONS: readonly Decision[] = ['confirmed', 'partial', 'dismissed'];

/** How evidence is listed while its finding is not selected. */
const COMPACT = 3;

/** A finding named in one line (the dialog's title, the toast). */
export function findingTitle(f: Finding, t: TFunction): string {
  if (f.otherProject) return `${f.otherProject.code} ${f.otherProject.name}`;
  return t('ui.review.findings.collects', { item: f.dataItem });
}

export function DecisionBadge({ decision }: { decision: Decision | null }) {
  const { t } = useTranslation();
  return <Badge label={decision ? t(`review.decision.${decision}`) : t('ui.review.findings.undecided')} className={`decision-${decision ?? 'none'}`} />;
}

interface Props {
  finding: Finding;
  selected: boolean;
  canDecide: boolean;
  onSelect: () => void;
  onDecide: (decision: Decision) => void;
}

/**
 * One finding: its counterpart (the other project, or the resource to consume instead), score,
 * evidence (this project ↔ the counterpart), the decision so far and, for auditors, the three
 * decisions. Selected, it shows all its evidence with both sides marked.
 */
export const FindingCard = forwardRef<HTMLElement, Props>(function FindingCard({ finding: f, selected, canDecide, onSelect, onDecide }, ref) {
  const { t } = useTranslation();
  const titleId = useId();
  const quotes = f.evidence.filter(isQuote);
  const features = f.evidence.filter((e) => !isQuote(e));
  const shown = selected ? quotes : quotes.slice(0, COMPACT);
  return (
    <article
      ref={ref}
      className={`finding${selected ? ' selected' : ''}`}
      data-finding-id={f.id}
      tabIndex={selected ? 0 : -1}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      onFocus={onSelect}
      onClick={onSelect}
    >
      <div className="finding-head">
        <div className="finding-title" id={titleId}>
          {f.otherProject ? (
            <>
              <a href={projectHref(f.otherProject.id)} className="mono">
                {f.otherProject.code}
              </a>{' '}
              {f.otherProject.name}
            </>
          ) : (
            t('ui.review.findings.collects', { item: f.dataItem })
          )}
        </div>
        <span className="finding-score" title={t('ui.review.findings.score', { score: percent(f.score) })}>
          {percent(f.score)}
        </span>
        <DecisionBadge decision={f.decision} />
      </div>

      <div className="finding-sub">
        {f.otherProject && (
          <>
            <span className="muted">{t('ui.review.findings.project')}</span>
            {f.otherProject.departmentName} · {f.otherProject.year} <ProjectStatusBadge status={f.otherProject.status} />
          </>
        )}
        {f.resource && (
          <>
            <span className="muted">{t('ui.review.findings.resource')}</span>
            <a href={resourceHref(f.resource.id)}>
              <span className="mono">{f.resource.code}</span> {f.resource.name}
            </a>{' '}
            {t('ui.review.findings.resourceItem', { item: f.resource.item })} · {t('ui.review.findings.provider', { name: f.resource.providerName })}
          </>
        )}
      </div>

      {shown.length > 0 && (
        <ul className="evidence" aria-label={t('ui.review.findings.evidence')}>
          {shown.map((e, i) => (
            <EvidenceRow key={i} e={e} marked={selected && isMarked(e)} />
          ))}
          {quotes.length > shown.length && <li className="muted evidence-more">{t('ui.review.findings.moreEvidence', { count: quotes.length - shown.length })}</li>}
        </ul>
      )}
      {selected && features.length > 0 && (
        <details className="evidence-features">
          <summary>{t('ui.review.findings.features')}</summary>
          <ul>
            {features.map((e, i) => (
              <li key={i}>
                <span className="mono">{e.left}</span> = {e.right} <span className="muted">({e.score >= 0 ? '+' : ''}{e.score.toFixed(2)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}

      {f.decision && (
        <div className="finding-decision">
          {f.reason && <div className="finding-reason">{t('ui.review.findings.reason', { reason: f.reason })}</div>}
          <div className="muted">
            {t('ui.review.findings.decided', { by: f.decidedBy ?? t('ui.common.none'), at: formatDateTime(f.decidedAt) })}
            {f.carried && <span className="finding-carried"> · {t('ui.review.findings.carried')}</span>}
          </div>
        </div>
      )}

      {canDecide && (
        <div className="finding-actions">
          {DECISION_BUTTONS.map((d) => (
            <button
              key={d}
              type="button"
              className={`small decide-${d}`}
              aria-pressed={f.decision === d}
              onClick={(ev) => {
                ev.stopPropagation();
                onSelect();
                onDecide(d);
              }}
            >
              {t(`review.decision.${d}`)}
            </button>
          ))}
        </div>
      )}
    </article>
  );
});

/** One piece of evidence: kind, this project's text ↔ the counterpart's, score. */
function EvidenceRow({ e, marked }: { e: Evidence; marked: boolean }) {
  const { t } = useTranslation();
  const side = (text: string, cls: string, label: string) => (
    <span className={`evidence-side ${cls}`} title={label}>
      {marked ? <mark className="ev">{text}</mark> : text}
    </span>
  );
  return (
    <li className={isMarked(e) ? undefined : 'weak'}>
      <span className="evidence-kind">{t(`review.evidence.${e.kind}`)}</span>
      {side(e.left, 'left', t('ui.review.findings.self'))}
      <span className="evidence-arrow" aria-hidden>
        ↔
      </span>
      <span className="sr-only">{t('ui.review.findings.other')}</span>
      {side(e.right, 'right', t('ui.review.findings.other'))}
      <span className="evidence-score">{percent(e.score)}</span>
    </li>
  );
}
