import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '../../../../shared/project/project';
import type { TableQueryInput } from '../../../../shared/model/table-query';
import { api } from '../../api/client';
import { navigate, reviewHref } from '../../app/route';
import { DataTable } from '../../components/DataTable';
import { useReportColumns } from './review-columns';
import { HotspotsTab } from './HotspotsTab';
import { ReviewTabs, type ReviewView } from './ReviewTabs';
import { ScanTab } from './ScanTab';

/** 审查: the projects whose duplicate-construction reports await a conclusion (待审报告). */
export function ReviewPage({ view = 'reports' }: { view?: ReviewView }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('ui.review.title')}</h1>
      <ReviewTabs current={view} />
      {view === 'reports' && (
        <>
          <p className="muted review-hint">{t('ui.review.reports.hint')}</p>
          <PendingReports />
        </>
      )}
      {view === 'scan' && <ScanTab />}
      {view === 'hotspots' && <HotspotsTab />}
    </>
  );
}

const UNDER_REVIEW = { status: 'sharing_review' };

function PendingReports() {
  const { t } = useTranslation();
  const columns = useReportColumns();
  const fetchPage = useCallback((q: TableQueryInput) => api.call('projects.list', { ...q, filters: { ...q.filters, ...UNDER_REVIEW } }), []);
  return (
    <DataTable
      label={t('ui.review.tabs.reports')}
      columns={columns as never}
      fetchPage={fetchPage}
      getRowId={(r: ProjectRow) => r.id}
      onRowOpen={(r: ProjectRow) => navigate(reviewHref(r.code))}
      searchPlaceholder={t('ui.review.reports.searchHint')}
    />
  );
}
