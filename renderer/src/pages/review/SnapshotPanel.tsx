import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Report } from '../../../../shared/review/report';
import { needlesFor } from './findings';
import { markRanges } from './highlight';
import { Marked } from './Marked';

/**
 * The project as it was checked (the text the evidence quotes), with the selected finding's
 * evidence marked: sentences in the content, systems, functions and data items. The first mark is
 * scrolled into view when the selection changes.
 */
export function SnapshotPanel({ report, finding }: { report: Report; finding: Finding | null }) {
  const { t } = useTranslation();
  const needles = useMemo(() => needlesFor(finding), [finding]);
  const box = useRef<HTMLElement>(null);
  const { content, systems, dataItems } = report.snapshot;

  useEffect(() => {
    const el = box.current;
    const mark = el?.querySelector('mark');
    if (!el || !mark) return;
    const b = el.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    if (m.top < b.top + 48 || m.bottom > b.bottom - 24) el.scrollTop += m.top - b.top - 72;
  }, [finding?.id]);

  const hit = (text: string, list: readonly string[]) => list.length > 0 && markRanges(text, list).length > 0;

  return (
    <section ref={box} className="panel review-subject" aria-labelledby="review-subject-h">
      <h2 id="review-subject-h">{t('ui.review.snapshot.title')}</h2>
      <p className="muted review-small">{t(finding ? 'ui.review.snapshot.hintSelected' : 'ui.review.snapshot.hintNone')}</p>

      <h3>{t('ui.review.snapshot.name')}</h3>
      <p className="review-text">
        <Marked text={report.projectName} needles={needles.name} />
      </p>

      <h3>{t('ui.review.snapshot.content')}</h3>
      {content.trim() ? (
        <p className="review-text project-content">
          <Marked text={content} needles={needles.content} />
        </p>
      ) : (
        <p className="muted">{t('ui.review.snapshot.noContent')}</p>
      )}

      <h3>{t('ui.review.snapshot.systems')}</h3>
      {systems.length === 0 ? (
        <p className="muted">{t('ui.review.snapshot.noSystems')}</p>
      ) : (
        <ul className="system-list">
          {systems.map((s, i) => (
            <li key={`${s.name}-${i}`}>
              <strong className={hit(s.name, needles.systems) ? 'hit' : undefined}>
                <Marked text={s.name} needles={needles.systems} />
              </strong>
              {s.functions.length === 0 ? (
                <span className="muted"> {t('ui.review.snapshot.noFunctions')}</span>
              ) : (
                <ul className="function-list">
                  {s.functions.map((f, k) => (
                    <li key={`${f}-${k}`} className={hit(f, needles.functions) ? 'hit' : undefined}>
                      <Marked text={f} needles={needles.functions} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('ui.review.snapshot.dataItems')}</h3>
      {dataItems.length === 0 ? (
        <p className="muted">{t('ui.review.snapshot.noDataItems')}</p>
      ) : (
        <ul className="function-list review-items">
          {dataItems.map((item, i) => (
            <li key={`${item}-${i}`} className={hit(item, needles.items) ? 'hit' : undefined}>
              <Marked text={item} needles={needles.items} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
