import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/directory/import-report';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fileToBase64 } from './download';

type Phase = 'idle' | 'reading' | 'checking' | 'importing';
type ImportCall = (input: { fileName: string; contentBase64: string; dryRun: boolean; taskId: string }) => Promise<ImportReport>;

const directoryImport: ImportCall = (input) => api.call('directory.import', input);

/** The dialog's own words, as keys: the directory's by default. */
export interface ImportTexts {
  title: string;
  intro: string;
  /** With {{total}} and {{items}}. */
  checkOk: string;
  /** With {{count}}. */
  imported: string;
  /** With {{count}}, {{first}} and {{last}}: the codes given to the new records. */
  codes: string;
}
const DIRECTORY_TEXTS: ImportTexts = { title: 'ui.dirIO.importTitle', intro: 'ui.dirIO.importIntro', checkOk: 'ui.dirIO.checkOk', imported: 'ui.dirIO.imported', codes: 'ui.dirIO.codes' };

/**
 * 导入…: a .xlsx/.csv file is checked first (dryRun) and imported only when the check passes.
 * The import is all-or-nothing; on errors the report lists them by sheet, row and column and
 * the dialog stays open so the person can fix the file and choose it again.
 */
export function ImportDialog({
  open,
  onClose,
  onImported,
  importFile = directoryImport,
  texts = DIRECTORY_TEXTS,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
  importFile?: ImportCall;
  texts?: ImportTexts;
}) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>('idle');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const task = useRef<string | null>(null);
  const gen = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) return;
    gen.current++;
    setPhase('idle');
    setFile(null);
    setReport(null);
    setError(null);
  }, [open]);

  const run = async (f: { name: string; content: string }, dryRun: boolean) => {
    const g = ++gen.current;
    const taskId = crypto.randomUUID();
    task.current = taskId;
    setPhase(dryRun ? 'checking' : 'importing');
    setError(null);
    setReport(null);
    try {
      const r = await importFile({ fileName: f.name, contentBase64: f.content, dryRun, taskId });
      if (g !== gen.current) return;
      setReport(r);
      if (!dryRun && r.imported > 0) onImported();
    } catch (err) {
      if (g === gen.current) setError(err);
    } finally {
      if (g === gen.current) {
        setPhase('idle');
        task.current = null;
      }
    }
  };

  const choose = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    const g = ++gen.current;
    setPhase('reading');
    setReport(null);
    setError(null);
    let content: string;
    try {
      content = await fileToBase64(chosen);
    } catch {
      if (g === gen.current) {
        setPhase('idle');
        setError(new Error('read'));
      }
      return;
    }
    if (g !== gen.current) return;
    const f = { name: chosen.name, content };
    setFile(f);
    await run(f, true);
  };

  const cancel = () => {
    const id = task.current;
    // One task registry serves every import, whichever list it fills.
    if (id) api.call('directory.cancelTask', { taskId: id }).catch(() => undefined);
  };

  const close = () => {
    if (phase !== 'idle') cancel();
    onClose();
  };

  const busy = phase !== 'idle';
  const failed = report && !report.aborted && report.errorCount > 0;
  const passed = report && !report.aborted && report.errorCount === 0 && report.dryRun;
  const done = report && !report.aborted && report.errorCount === 0 && !report.dryRun;

  return (
    <Dialog open={open} title={t(texts.title)} onClose={close}>
      <div className="form" style={{ minWidth: 560, maxWidth: 820 }}>
        <p>{t(texts.intro)}</p>
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          <span>{t('ui.dirIO.file')}</span>
          <input
            ref={input}
            type="file"
            name="file"
            accept=".xlsx,.csv"
            onChange={choose}
            // cleared on click: choosing the same (fixed) file again must fire change again
            onClick={(e) => {
              e.currentTarget.value = '';
            }}
            disabled={busy}
            autoFocus
          />
        </label>

        {busy && (
          <p role="status" aria-live="polite" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            <span>{t(`ui.dirIO.${phase}`)}</span>
            {(phase === 'checking' || phase === 'importing') && (
              <button type="button" onClick={cancel}>
                {t('ui.common.cancel')}
              </button>
            )}
          </p>
        )}

        {error instanceof Error && error.message === 'read' ? (
          <p className="error" role="alert">
            {t('ui.dirIO.readFailed')}
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}

        {report?.aborted && <p role="status">{t('ui.dirIO.cancelled')}</p>}

        {passed && (
          <p role="status" style={{ color: 'var(--green, #1a7f37)', fontWeight: 600 }}>
            {t(texts.checkOk, { total: report.total, items: report.items })}
          </p>
        )}

        {done && (
          <div role="status">
            <p style={{ fontWeight: 600 }}>{t(texts.imported, { count: report.imported })}</p>
            <p className="field-hint">{t(texts.codes, { count: report.codes.length, first: report.codes[0] ?? '', last: report.codes[report.codes.length - 1] ?? '' })}</p>
          </div>
        )}

        {failed && (
          <section aria-labelledby="import-errors-title">
            <div role="alert">
              <h3 id="import-errors-title" className="error" style={{ margin: '8px 0 4px' }}>
                {t('ui.dirIO.errorsTitle', { count: report.errorCount })}
              </h3>
              <p style={{ margin: '0 0 8px' }}>{t('ui.dirIO.nothingWritten')}</p>
            </div>
            {report.errors.length < report.errorCount && <p className="field-hint">{t('ui.dirIO.errorsCut', { shown: report.errors.length })}</p>}
            <div style={{ maxHeight: 320, overflow: 'auto' }}>
              <table className="items-table view" aria-label={t('ui.dirIO.errorsTable')}>
                <thead>
                  <tr>
                    <th scope="col">{t('ui.dirIO.sheet')}</th>
                    <th scope="col">{t('ui.dirIO.row')}</th>
                    <th scope="col">{t('ui.dirIO.column')}</th>
                    <th scope="col">{t('ui.dirIO.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((e, i) => (
                    <tr key={i}>
                      <td style={{ whiteSpace: 'nowrap' }}>{e.sheet || t('ui.common.none')}</td>
                      <td style={{ whiteSpace: 'nowrap' }}>{e.row > 0 ? e.row : t('ui.dirIO.wholeFile')}</td>
                      <td style={{ whiteSpace: 'nowrap' }}>{e.column || t('ui.common.none')}</td>
                      <td>{t(e.key, e.params)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}

        <div className="form-actions">
          <button type="button" onClick={close}>
            {t('ui.common.close')}
          </button>
          {failed && (
            <button type="button" onClick={() => input.current?.click()} disabled={busy}>
              {t('ui.dirIO.chooseAgain')}
            </button>
          )}
          {passed && file && (
            <button type="button" className="primary" onClick={() => run(file, false)} disabled={busy} autoFocus>
              {t('ui.dirIO.doImport')}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
