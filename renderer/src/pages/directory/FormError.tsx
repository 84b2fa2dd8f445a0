import type { TFunction } from 'i18next';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Issue } from './entry-draft';
import { issueMessage, pathLabel } from './issue-labels';

/**
 * A failed call's message under a form. Problems the form shows beside their fields (`inline`)
 * are not repeated; the rest are named with the form's own labels (`label`; the directory's by
 * default), never a raw path such as `resourceId`.
 */
export function FormError({ error, inline, label = pathLabel }: { error: unknown; inline: readonly string[]; label?: (path: string, t: TFunction) => string }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION' || error.fields.length === 0) return <ErrorMessage error={error} />;
  const rest = error.fields.filter((f) => !inline.includes(f.path.replace(/^input\./, '')));
  if (rest.length === 0) return null;
  return (
    <p className="error" role="alert">
      {rest.map((f) => `${label(f.path.replace(/^input\./, ''), t)}：${issueMessage({ path: f.path, key: f.key }, t)}`).join('；')}
    </p>
  );
}

/**
 * A form's sticky footer: the live check's state (checking, the problems shown so far, or none),
 * why the last save was refused, and 取消 / 保存 (Ctrl+S saves too: see `saveOnCtrlS`).
 */
export function FormActions({ checking, shown, total, label, error, busy, onCancel }: {
  checking: boolean;
  /** The problems the form shows now (warnings included). */
  shown: readonly Issue[];
  /** How many problems there are, shown or not yet. */
  total: number;
  label: (path: string, t: TFunction) => string;
  error: unknown;
  busy: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrorCount = error instanceof ApiError && error.code === 'VALIDATION' ? error.fields.length : 0;
  return (
    <div className="entry-actions">
      <div className="entry-status" aria-live="polite">
        {checking ? (
          <span className="muted">{t('ui.entry.checking')}</span>
        ) : shown.length > 0 ? (
          <details className={shown.every((i) => i.severity === 'warning') ? 'issue-summary warning' : 'issue-summary'}>
            <summary>{t('ui.entry.issueCount', { count: shown.length })}</summary>
            <ul>
              {shown.map((i) => (
                <li key={`${i.path}|${i.key}`} className={i.severity === 'warning' ? 'warning' : undefined}>
                  {label(i.path, t)}：{issueMessage(i, t)}
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <span className="muted">{total === 0 ? t('ui.entry.noIssues') : t('ui.entry.draftHint')}</span>
        )}
      </div>
      {error !== null && fieldErrorCount === 0 && <ErrorMessage error={error} />}
      {fieldErrorCount > 0 && (
        <p className="error" role="alert">
          {t('ui.entry.saveRefused', { count: fieldErrorCount })}
        </p>
      )}
      <button type="button" onClick={onCancel}>
        {t('ui.common.cancel')}
      </button>
      <button type="submit" className="primary" disabled={busy} title={t('ui.entry.saveShortcut')}>
        {busy ? t('ui.common.saving') : t('ui.common.save')}
      </button>
    </div>
  );
}

/** "已恢复上次未保存的内容" with 放弃并重新开始 and 关闭, above a form whose stored draft came back. */
export function RestoredNotice({ onDiscard, onClose }: { onDiscard: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <aside className="banner" role="status">
      <div>{t('ui.entry.restored')}</div>
      <button type="button" onClick={onDiscard}>
        {t('ui.entry.discardRestored')}
      </button>
      <button type="button" onClick={onClose}>
        {t('ui.common.close')}
      </button>
    </aside>
  );
}

/** A form's onKeyDown: Ctrl+S (⌘S) saves instead of saving the page. */
export function saveOnCtrlS(busy: boolean, submit: () => unknown) {
  return (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (!busy) void submit();
    }
  };
}
