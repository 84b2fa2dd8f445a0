import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, Finding, Report } from '../../../../shared/review/report';
import { Badge } from '../../components/Badge';
import { displayOrder, groupFindings, undecidedCount } from './findings';
import { FindingCard } from './FindingCard';

interface Props {
  report: Report;
  selectedId: string | null;
  onSelect: (id: string) => void;
  canDecide: boolean;
  onDecide: (finding: Finding, decision: Decision) => void;
}

/**
 * The findings grouped by label (重复建设, 重复采集, 部分重叠, 本部门升级). ↑/↓ (and Home/End) move
 * the selection, which drives the marks in the project on the left; Enter on a finding opens its
 * decision.
 */
export function FindingsList({ report, selectedId, onSelect, canDecide, onDecide }: Props) {
  const { t } = useTranslation();
  const cards = useRef(new Map<string, HTMLElement>());
  const order = displayOrder(report.findings);
  const groups = groupFindings(report.findings);

  const moveTo = (f: Finding | undefined) => {
    if (!f) return;
    onSelect(f.id);
    cards.current.get(f.id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('textarea, input, select, details')) return;
    const at = order.findIndex((f) => f.id === selectedId);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveTo(order[at < 0 ? 0 : Math.min(order.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      moveTo(order[e.key === 'Home' ? 0 : order.length - 1]);
    } else if (e.key === 'Enter' && canDecide && target.matches('[data-finding-id]')) {
      const f = order.find((x) => x.id === target.dataset.findingId);
      if (!f) return;
      e.preventDefault();
      onDecide(f, f.decision ?? 'confirmed');
    }
  };

  return (
    <section className="panel review-findings" aria-labelledby="review-findings-h">
      <div className="review-findings-head">
        <h2 id="review-findings-h">{t('ui.review.findings.title')}</h2>
        {order.length > 0 && <span className="muted">{t('ui.review.findings.count', { count: order.length, undecided: undecidedCount(report) })}</span>}
        {order.length > 0 && <span className="muted review-keys">{t('ui.review.findings.keys')}</span>}
      </div>
      {order.length === 0 ? (
        <p className="muted">{t('ui.review.findings.none')}</p>
      ) : (
        <div className="finding-groups" onKeyDown={onKeyDown}>
          {groups.map((g) => (
            <section key={g.label} className="finding-group" aria-labelledby={`finding-group-${g.label}`}>
              <h3 id={`finding-group-${g.label}`}>
                <Badge label={t(`review.label.${g.label}`)} className={`flabel-${g.label}`} />{' '}
                <span className="muted">{t('ui.review.findings.groupCount', { count: g.findings.length })}</span>
              </h3>
              <ul className="finding-list">
                {g.findings.map((f) => (
                  <li key={f.id}>
                    <FindingCard
                      ref={(el) => {
                        if (el) cards.current.set(f.id, el);
                        else cards.current.delete(f.id);
                      }}
                      finding={f}
                      selected={f.id === selectedId}
                      canDecide={canDecide}
                      onSelect={() => onSelect(f.id)}
                      onDecide={(d) => onDecide(f, d)}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

/** Focuses a finding's card (after a decision moves the selection on). */
export function focusFinding(id: string): void {
  const el = document.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(id)}"]`);
  el?.focus();
}
