import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '../../../../shared/project/project';
import { reviewHref } from '../../app/route';
import { formatDate } from '../../i18n/dates';
import { formatBudget } from '../projects/project-format';

const col = createColumnHelper<ProjectRow>();

/** 待审报告: the projects in 共享审核; every column sorts in the service (the row's keys are its sort ids). */
export function useReportColumns() {
  const { t } = useTranslation();
  return useMemo(
    () => [
      col.accessor('code', { header: t('ui.review.reports.col.code'), size: 112, cell: (c) => <span className="mono">{c.getValue()}</span> }),
      col.accessor('name', {
        header: t('ui.review.reports.col.name'),
        size: 220,
        meta: { grow: 4 },
        cell: (c) => (
          <a href={reviewHref(c.row.original.code)} tabIndex={-1} title={c.getValue()}>
            {c.getValue()}
          </a>
        ),
      }),
      col.accessor('departmentName', { header: t('ui.review.reports.col.department'), size: 160, meta: { grow: 1 }, cell: (c) => <span title={c.getValue()}>{c.getValue()}</span> }),
      col.accessor('year', { header: t('ui.review.reports.col.year'), size: 56 }),
      col.accessor('budget', { header: t('ui.review.reports.col.budget'), size: 120, meta: { align: 'end' }, cell: (c) => <span className="amount">{formatBudget(c.getValue())}</span> }),
      col.accessor('updatedAt', { header: t('ui.review.reports.col.updatedAt'), size: 92, cell: (c) => formatDate(c.getValue()) }),
    ],
    [t],
  );
}
