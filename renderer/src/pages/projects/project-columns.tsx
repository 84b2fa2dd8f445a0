import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '../../../../shared/project/project';
import { projectHref } from '../../app/route';
import { formatDate } from '../../i18n/dates';
import { ProjectStatusBadge } from './ProjectStatusBadge';
import { formatBudget } from './project-format';

const col = createColumnHelper<ProjectRow>();

/** The register's columns; every one sorts in the service (the row's keys are its sort ids). */
export function useProjectColumns() {
  const { t } = useTranslation();
  return useMemo(
    () => [
      col.accessor('code', { header: t('ui.projects.col.code'), size: 112, cell: (c) => <span className="mono">{c.getValue()}</span> }),
      col.accessor('name', {
        header: t('ui.projects.col.name'),
        size: 200,
        meta: { grow: 4 },
        cell: (c) => (
          <a href={projectHref(c.row.original.id)} tabIndex={-1} title={c.getValue()}>
            {c.getValue()}
          </a>
        ),
      }),
      col.accessor('departmentName', { header: t('ui.projects.col.department'), size: 150, meta: { grow: 1 }, cell: (c) => <span title={c.getValue()}>{c.getValue()}</span> }),
      col.accessor('type', { header: t('ui.projects.col.type'), size: 72, cell: (c) => t(`proj.type.${c.getValue()}`) }),
      col.accessor('year', { header: t('ui.projects.col.year'), size: 56 }),
      col.accessor('budget', { header: t('ui.projects.col.budget'), size: 120, meta: { align: 'end' }, cell: (c) => <span className="amount">{formatBudget(c.getValue())}</span> }),
      col.accessor('fundingSource', { header: t('ui.projects.col.fundingSource'), size: 88, cell: (c) => t(`proj.fundingSource.${c.getValue()}`) }),
      col.accessor('status', { header: t('ui.projects.col.status'), size: 88, cell: (c) => <ProjectStatusBadge status={c.getValue()} /> }),
      col.accessor('updatedAt', { header: t('ui.projects.col.updatedAt'), size: 92, cell: (c) => formatDate(c.getValue()) }),
    ],
    [t],
  );
}
