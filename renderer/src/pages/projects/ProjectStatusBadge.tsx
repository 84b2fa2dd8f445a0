import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../../../shared/project/workflow';
import { Badge } from '../../components/Badge';

/** A coloured label for a project's place in the review workflow. */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <Badge label={t(`proj.status.${status}`)} className={`pstatus-${status}`} />;
}
