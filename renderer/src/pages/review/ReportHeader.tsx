import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../shared/review/report';
import { api } from '../../api/client';
import { projectHref } from '../../app/route';
import { Badge } from '../../components/Badge';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { useSubmit } from '../../components/useSubmit';
import { formatDateTime } from '../../i18n/dates';
import { downloadBase64 } from '../directory/download';
import { ProjectStatusBadge } from '../projects/ProjectStatusBadge';
import { CheckError, isEngineMissing } from './CheckError';

interface Props {
  report: Report;
  check: { busy: boolean; error: unknown; submit: () => Promise<void> };
  onVersion: (version: number) => void;
}

/** Title, status, when and how it was checked; the version shown, 重新检查 and 导出 PDF. */
export function ReportHeader({ report, check, onVersion }: Props) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const pdf = useSubmit(async () => {
    const out = await api.call('review.pdf', { reportId: report.id, language: i18n.language === 'en' ? 'en' : 'zh-CN' });
    downloadBase64(out.fileName, out.contentBase64);
    toast(t('ui.review.report.exported', { file: out.fileName }));
  });
  const checked =
    report.trigger === 'auto'
      ? t('ui.review.report.checkedAuto', { at: formatDateTime(report.createdAt) })
      : t('ui.review.report.checkedManual', { by: report.createdBy ?? t('ui.common.none'), at: formatDateTime(report.createdAt) });
  const versions = Array.from({ length: report.versions }, (_, i) => report.versions - i);

  return (
    <>
      <header className="resource-head review-head">
        <div>
          <h1>{t('ui.review.report.heading', { code: report.projectCode, name: report.projectName })}</h1>
          <div className="badges">
            <Badge label={t(`ui.review.report.status.${report.status}`)} className={`rstatus-${report.status}`} />
            <ProjectStatusBadge status={report.projectStatus} />
            <span className="muted">{report.departmentName}</span>
            <span className="muted">· {checked}</span>
          </div>
        </div>
        <div className="resource-actions">
          {report.versions > 1 && (
            <select aria-label={t('ui.review.report.version')} value={report.version} onChange={(e) => onVersion(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v} value={v}>
                  {t(v === report.versions ? 'ui.review.report.versionLatest' : 'ui.review.report.versionOption', { version: v })}
                </option>
              ))}
            </select>
          )}
          <a className="button" href={projectHref(report.projectId)}>
            {t('ui.review.report.openProject')}
          </a>
          {report.can.includes('check') && !isEngineMissing(check.error) && (
            <button type="button" disabled={check.busy} onClick={() => void check.submit()}>
              {check.busy ? t('ui.review.report.checking') : t('ui.review.report.check')}
            </button>
          )}
          <button type="button" className="primary" disabled={pdf.busy} onClick={() => void pdf.submit()}>
            {pdf.busy ? t('ui.review.report.exporting') : t('ui.review.report.exportPdf')}
          </button>
        </div>
      </header>
      <CheckError error={check.error} />
      <ErrorMessage error={pdf.error} />
    </>
  );
}
