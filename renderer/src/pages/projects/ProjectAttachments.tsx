import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/api/project-contract';
import type { ProjectView } from '../../../../shared/project/project';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../../../shared/project/vocab';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSubmit } from '../../components/useSubmit';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../../i18n/dates';
import { downloadBase64, fileToBase64 } from '../directory/download';
import { formatSize } from './project-format';

const LIMIT_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

/** 附件: the project's documents (可研、设计、预算、验收材料), downloadable; uploads while the project may still take them. */
export function ProjectAttachments({ view, onDone }: { view: ProjectView; onDone: (v: ProjectView) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [downloading, setDownloading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async (id: string, fileName: string) => {
    setDownloading(id);
    setError(null);
    try {
      const f = await api.call('projects.attachment', { id });
      downloadBase64(f.fileName, f.contentBase64);
      toast(t('ui.projects.attachments.downloaded', { file: fileName }));
    } catch (err) {
      setError(err);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="attachments-h">
      <h2 id="attachments-h">
        {t('ui.projects.attachments.title')}{' '}
        {view.attachments.length > 0 && <span className="muted">{t('ui.projects.attachments.count', { count: view.attachments.length })}</span>}
      </h2>
      {view.attachments.length === 0 ? (
        <p className="muted">{t('ui.projects.attachments.none')}</p>
      ) : (
        <table className="items-table view" aria-labelledby="attachments-h">
          <thead>
            <tr>
              <th>{t('ui.projects.attachments.kind')}</th>
              <th>{t('ui.projects.attachments.file')}</th>
              <th className="align-end">{t('ui.projects.attachments.size')}</th>
              <th>{t('ui.projects.attachments.by')}</th>
              <th>{t('ui.projects.attachments.at')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {view.attachments.map((a) => (
              <tr key={a.id}>
                <td>{t(`proj.attachmentKind.${a.kind}`)}</td>
                <td className="file-name">{a.fileName}</td>
                <td className="align-end">{formatSize(a.size)}</td>
                <td>{a.userName ?? t('ui.common.none')}</td>
                <td>{formatDateTime(a.at)}</td>
                <td className="align-end">
                  <button
                    type="button"
                    className="link"
                    aria-label={t('ui.projects.attachments.downloadOf', { file: a.fileName })}
                    disabled={downloading === a.id}
                    onClick={() => void download(a.id, a.fileName)}
                  >
                    {t('ui.projects.attachments.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorMessage error={error} />
      {view.can.includes('attach') && <UploadForm projectId={view.id} onDone={onDone} />}
    </section>
  );
}

/** Kind + file + 上传; the size limit is checked before the file is read, and again by the service. */
function UploadForm({ projectId, onDone }: { projectId: string; onDone: (v: ProjectView) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [kind, setKind] = useState<AttachmentKind>('feasibility');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = (f: File | null) => {
    setFile(f);
    setProblem(
      f === null ? null : f.size > MAX_ATTACHMENT_BYTES ? t('ui.projects.attachments.tooLarge', { file: f.name, mb: LIMIT_MB }) : f.size === 0 ? t('ui.projects.attachments.empty', { file: f.name }) : null,
    );
  };

  const { busy, error, submit } = useSubmit(async () => {
    if (!file) {
      setProblem(t('ui.projects.attachments.chooseFirst'));
      return;
    }
    if (problem) return;
    let contentBase64: string;
    try {
      contentBase64 = await fileToBase64(file);
    } catch {
      setProblem(t('ui.projects.attachments.readFailed'));
      return;
    }
    const v = await api.call('projects.attach', { projectId, kind, fileName: file.name, contentBase64 });
    toast(t('ui.projects.attachments.uploaded', { file: file.name }));
    setFile(null);
    if (input.current) input.current.value = '';
    onDone(v);
  });

  return (
    <form className="upload-form" onSubmit={submit} noValidate aria-label={t('ui.projects.attachments.upload')}>
      <label className="field">
        <span className="field-label">{t('ui.projects.attachments.kind')}</span>
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as AttachmentKind)}>
          {ATTACHMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`proj.attachmentKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('ui.projects.attachments.choose')}</span>
        <input ref={input} type="file" name="file" onChange={(e) => choose(e.target.files?.[0] ?? null)} aria-describedby="upload-limit" />
      </label>
      <button type="submit" className="primary" disabled={busy || problem !== null}>
        {busy ? t('ui.projects.attachments.uploading') : t('ui.projects.attachments.upload')}
      </button>
      <span id="upload-limit" className="field-hint">
        {t('ui.projects.attachments.limit', { mb: LIMIT_MB })}
      </span>
      {problem && (
        <p className="error upload-problem" role="alert">
          {problem}
        </p>
      )}
      <ErrorMessage error={error} />
    </form>
  );
}
