import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api/client';
import { useToast } from '../../components/Toast';
import { downloadBase64 } from './download';

type Format = 'xlsx' | 'csv' | 'dcat';
const FORMATS: Format[] = ['xlsx', 'csv', 'dcat'];
type FileOut = { fileName: string; contentBase64: string };

const directoryTemplate = () => api.call('directory.template', {});
const directoryExport = (format: Format, filters: Record<string, string>, search: string) =>
  api.call('directory.export', { format, filters, search, taskId: crypto.randomUUID() });

function useErrorText() {
  const { t } = useTranslation();
  return (err: unknown) => (err instanceof ApiError ? t(err.key, err.params) : t('errors.INTERNAL'));
}

/** 下载模板: the .xlsx import template (the directory's by default: sheets 资源, 信息项, 说明). */
export function TemplateButton({ fetchTemplate = directoryTemplate }: { fetchTemplate?: () => Promise<FileOut> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const f = await fetchTemplate();
      downloadBase64(f.fileName, f.contentBase64);
      toast(t('ui.dirIO.templateDone', { file: f.fileName }));
    } catch (err) {
      toast(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={run} disabled={busy}>
      {t('ui.dirIO.template')}
    </button>
  );
}

export interface ExportMenuProps<F extends Format> {
  filters: Record<string, string>;
  search: string;
  /** The formats offered and how to export one (the directory's by default). */
  formats?: readonly F[];
  exportAs?: (format: F, filters: Record<string, string>, search: string) => Promise<FileOut & { count: number }>;
  /** The confirmation, with {{count}} and {{file}}. */
  doneKey?: string;
}

/** 导出 ▾: the list as it is filtered and searched now; the directory's export applies the negative list. */
export function ExportMenu<F extends Format = Format>({
  filters,
  search,
  formats = FORMATS as F[],
  exportAs = directoryExport,
  doneKey = 'ui.dirIO.exported',
}: ExportMenuProps<F>) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const onDown = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const run = async (format: F) => {
    setOpen(false);
    button.current?.focus();
    setBusy(true);
    try {
      const f = await exportAs(format, filters, search);
      downloadBase64(f.fileName, f.contentBase64);
      toast(t(doneKey, { count: f.count, file: f.fileName }));
    } catch (err) {
      toast(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!open) return;
    const i = items.current.findIndex((b) => b === document.activeElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = formats.length;
      items.current[(i + (e.key === 'ArrowDown' ? 1 : n - 1) + n) % n]?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div ref={wrap} style={{ position: 'relative' }} onKeyDown={onKeyDown}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen((o) => !o)}>
        {busy ? t('ui.dirIO.exporting') : t('ui.dirIO.export')} ▾
      </button>
      {open && (
        <div
          role="menu"
          aria-label={t('ui.dirIO.exportMenu')}
          style={{
            position: 'absolute',
            right: 0,
            top: 'calc(100% + 4px)',
            zIndex: 20,
            background: '#fff',
            border: '1px solid var(--line)',
            borderRadius: 8,
            boxShadow: '0 10px 30px rgba(0,0,0,0.18)',
            padding: 4,
            display: 'flex',
            flexDirection: 'column',
            minWidth: 220,
          }}
        >
          {formats.map((f, i) => (
            <button
              key={f}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              style={{ border: 'none', textAlign: 'left', background: 'none' }}
              onClick={() => run(f)}
            >
              {t(`ui.dirIO.format.${f}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
